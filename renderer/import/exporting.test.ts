/** @vitest-environment jsdom */
// Unencrypted exports warn once written that the file holds the hospital's inventory in clear
// (issue 15 #11); a cancelled save says nothing.
import 'fake-indexeddb/auto';

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { PlannerBridge } from '../../shared/ipc';
import { useToasts } from '../components/toasts';
import { replaceProject } from '../db/projects';
import { initI18n } from '../i18n';
import { TEST_PROJECT } from '../test-setup/projects';
import { exportProject } from './exporting';

beforeAll(async () => {
  initI18n('zh');
  await replaceProject('p-export', TEST_PROJECT, '2026-11-01T00:00:00Z');
});
afterEach(() => {
  delete (window as Window & { planner?: unknown }).planner;
  useToasts.setState({ toasts: [] });
});

function bridge(saved: boolean) {
  const saveFile = vi.fn(() => Promise.resolve({ ok: true as const, value: { saved, name: 'x' } }));
  (window as Window & { planner?: Partial<PlannerBridge> }).planner = { saveFile };
  return saveFile;
}

describe('export warning', () => {
  it('warns after a plain project file or table is written, naming the file', async () => {
    for (const format of ['project', 'csv'] as const) {
      bridge(true);
      expect(await exportProject('p-export', format, 'zh')).toBe(true);
      const text = useToasts.getState().toasts.at(-1)?.text ?? '';
      expect(text).toContain('未加密');
      expect(text).toContain(format === 'project' ? '测试医院.xcplan.json' : '测试医院-资产清单.csv');
      useToasts.setState({ toasts: [] });
    }
  });

  it('says nothing when the save is cancelled', async () => {
    const saveFile = bridge(false);
    expect(await exportProject('p-export', 'project', 'zh')).toBe(false);
    expect(saveFile).toHaveBeenCalled();
    expect(useToasts.getState().toasts).toEqual([]);
  });
});
