/** @vitest-environment jsdom */
// The start-up recovery dialog: lists the backups newest first, marks a damaged one and cannot
// choose it, preselects the newest good one; "start blank" answers undefined.
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { backupFileName } from '../../shared/backup';
import { initI18n } from '../i18n';
import { BackupHost } from './BackupHost';
import { askRecovery } from './backupStore';

const newest = backupFileName('2026-11-29T04:00:00.000Z', false);
const older = backupFileName('2026-11-28T04:00:00.000Z', true);
const backups = [newest, older].map((name) => ({ name, size: 140_000, modifiedAt: '2026-11-29T04:00:00.000Z' }));

describe('recovery dialog', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(() => cleanup());

  it('offers the newest good backup when the newest is damaged', async () => {
    render(<BackupHost />);
    let answer: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      answer = askRecovery({ reason: 'empty', backups, checks: { [newest]: 'damaged', [older]: 'locked' } });
    });
    const dialog = await screen.findByTestId('recovery-dialog');
    expect(dialog.textContent).toContain('备份文件夹里有 2 份备份');
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => [r.checked, r.disabled])).toEqual([[false, true], [true, false]]);
    expect(dialog.textContent).toContain('已损坏');
    expect(dialog.textContent).toContain('已加密');
    fireEvent.click(screen.getByTestId('recovery-restore'));
    expect(await answer).toBe(older);
    expect(screen.queryByTestId('recovery-dialog')).toBeNull();
  });

  it('"start blank" answers undefined and names the open error', async () => {
    render(<BackupHost />);
    let answer: Promise<string | undefined> = Promise.resolve('x');
    act(() => {
      answer = askRecovery({ reason: 'open-failed', message: 'UnknownError: Internal error', backups, checks: {} });
    });
    expect((await screen.findByTestId('recovery-dialog')).textContent).toContain('UnknownError: Internal error');
    fireEvent.click(screen.getByTestId('recovery-blank'));
    expect(await answer).toBeUndefined();
  });
});
