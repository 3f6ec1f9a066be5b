/** @vitest-environment jsdom */
// Settings → Backup and restore on the desktop (a fake shell bridge with an in-memory backup
// folder): back up now lists a verified backup with its size; restoring it brings a deleted asset
// back; Undo in the toast deletes it again.
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { openBytes, parseBackupText } from '../../../shared/backup';
import type { PlannerBridge } from '../../../shared/ipc';
import { BackupHost } from '../../backup/BackupHost';
import { ToastHost } from '../../components/ToastHost';
import { useToasts } from '../../components/toasts';
import { db } from '../../db/database';
import { replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { TEST_PROJECT } from '../../test-setup/projects';
import { BackupSection } from './BackupSection';

type Win = Window & { planner?: PlannerBridge };
const files = new Map<string, Uint8Array>();
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

function installShell() {
  const bridge = {
    backupWrite: ({ name, data }: { name: string; data: Uint8Array }) => {
      files.set(name, data.slice());
      return ok({ name, size: data.length, modifiedAt: new Date().toISOString() });
    },
    backupList: () => ok({ folder: '/home/u/.config/xcplan/backups', files: [...files.keys()].sort().reverse().map((name) => ({ name, size: files.get(name)!.length, modifiedAt: new Date().toISOString() })) }),
    backupRead: ({ name }: { name: string }) => ok(files.get(name)!.slice()),
    backupDelete: ({ name }: { name: string }) => ok(files.delete(name)),
  } as unknown as PlannerBridge;
  (window as Win).planner = bridge;
}

describe('BackupSection (desktop)', () => {
  beforeAll(() => initI18n('zh'));
  beforeEach(async () => {
    files.clear();
    installShell();
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(async () => {
    cleanup();
    delete (window as Win).planner;
    useToasts.setState({ toasts: [] });
    await db.delete();
    await db.open();
  });

  it('backs up now, lists the verified backup, restores it and undoes the restore', async () => {
    render(
      <>
        <BackupSection />
        <BackupHost />
        <ToastHost />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('backup-folder').textContent).toBe('/home/u/.config/xcplan/backups'));
    expect(screen.getByText('还没有备份。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '立即备份' }));
    const table = await screen.findByTestId('backup-list', {}, { timeout: 5000 });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toMatch(/KB.*未加密/);
    await screen.findByText(/已备份 1 个项目并校验通过/);
    expect(screen.getByTestId('backup-verified').textContent).not.toBe('从未');
    const [name, bytes] = [...files.entries()][0]!;
    const opened = await openBytes(bytes);
    expect(parseBackupText(opened.ok ? opened.text : '', name).ok).toBe(true);

    await db.assets.delete(['p1', 'SRV-001']);
    fireEvent.click(within(rows[1]!).getByRole('button', { name: `恢复备份 ${name}` }));
    fireEvent.click(await screen.findByTestId('restore-confirm'));
    const toast = await screen.findByText(/已恢复“测试医院”（6 项资产）/);
    expect(await db.assets.get(['p1', 'SRV-001'])).toBeDefined();
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: '撤销' }));
    await screen.findByText('已撤销恢复，项目回到恢复前的状态。');
    await waitFor(async () => expect(await db.assets.get(['p1', 'SRV-001'])).toBeUndefined());
    expect(await db.assets.count()).toBe(TEST_PROJECT.assets.length - 1);
    // Let the scheduler's start-up writes settle before the database is deleted.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
