/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { openBytes, parseBackupFileName, parseBackupText, retentionCap, DEFAULT_RETENTION } from '../../shared/backup';
import type { BackupFileInfo } from '../../shared/ipc';
import type { ProjectFile } from '../../shared/model';
import { useToasts } from '../components/toasts';
import { PlannerDB } from '../db/database';
import { importIntoProject } from '../db/importIntoProject';
import { initI18n } from '../i18n';
import { readProject, replaceProject, renameProject } from '../db/projects';
import type { DesktopBackups } from '../platform';
import { useAppStore } from '../state/store';
import { TEST_PROJECT } from '../test-setup/projects';
import { readBackupStatus } from '../db/settings';
import { BackupVerifyError, needsDownloadReminder, writeDesktopBackup } from './backupRun';
import { isDataMutation } from '../db/changes';
import { BackupScheduler } from './scheduler';

const NOW = '2026-11-29T04:00:00.000Z';
let database: PlannerDB;

async function everything(d: PlannerDB) {
  return {
    projects: await d.projects.toArray(),
    assets: await d.assets.toArray(),
    dependencies: (await d.dependencies.orderBy('seq').toArray()).map(({ seq: _seq, ...dep }) => dep),
    scenarios: await d.scenarios.toArray(),
  };
}

/** An in-memory backup folder with the shell's behaviour, plus switches to simulate failures. */
function memoryFolder() {
  const files = new Map<string, Uint8Array>();
  const state = { failWrite: false, corruptOnWrite: false };
  const folder: DesktopBackups = {
    write: (name, data) => {
      if (state.failWrite) return Promise.reject(new Error('ENOSPC: no space left on device'));
      const stored = data.slice();
      if (state.corruptOnWrite) stored[stored.length - 2] = stored[stored.length - 2]! ^ 0xff;
      files.set(name, stored);
      const info: BackupFileInfo = { name, size: stored.length, modifiedAt: NOW };
      return Promise.resolve(info);
    },
    list: () => Promise.resolve({ folder: '/userData/backups', files: [...files.keys()].sort().reverse().map((name) => ({ name, size: files.get(name)!.length, modifiedAt: NOW })) }),
    read: (name) => (files.has(name) ? Promise.resolve(files.get(name)!.slice()) : Promise.reject(new Error('ENOENT'))),
    remove: (name) => Promise.resolve(files.delete(name)),
    loadSecret: () => Promise.resolve(null),
    saveSecret: () => Promise.resolve(false),
  };
  return { files, state, folder };
}

const otherFile = (): ProjectFile => ({
  ...TEST_PROJECT,
  project: { ...TEST_PROJECT.project, name: '备份中的医院' },
  assets: [{ id: 'ONLY-1', name: '备份里的服务器', category: 'server', quantity: 3 }],
  dependencies: [],
});

beforeAll(() => initI18n('zh'));
beforeEach(async () => {
  database = new PlannerDB(`test-backup-${Math.random()}`);
  await replaceProject('p1', TEST_PROJECT, NOW, database);
});
afterEach(async () => {
  await database.delete();
});

describe('restore and undo (importIntoProject)', () => {
  const restore = (projectId: string, file: ProjectFile, now: string) =>
    importIntoProject(projectId, { assets: file.assets, dependencies: file.dependencies, project: file }, { now, doneText: '已恢复', undoneText: '已撤销恢复', database });

  it('restore replaces the project, opens it and offers undo; undo returns the exact previous state, timestamps and dependency order included', async () => {
    useAppStore.getState().setActiveProject('p0');
    await renameProject('p1', '改过名的医院', '2026-11-29T03:00:00.000Z', database);
    const before = await everything(database);
    const outcome = await restore('p1', otherFile(), '2026-11-29T05:00:00.000Z');
    const restored = await readProject('p1', database);
    expect(restored?.project.name).toBe('备份中的医院');
    expect(restored?.assets.map((a) => a.id)).toEqual(['ONLY-1']);
    expect(outcome.assetsWritten).toBe(1);
    expect(useAppStore.getState().activeProjectId).toBe('p1');
    const toast = useToasts.getState().toasts.at(-1);
    expect(toast).toMatchObject({ text: '已恢复', action: { label: '撤销' } });
    await toast!.action!.run();
    expect(await everything(database)).toEqual(before);
    expect(useAppStore.getState().activeProjectId).toBe('p0');
    expect(useToasts.getState().toasts.at(-1)?.text).toBe('已撤销恢复');
  });

  it('restoring into a project that did not exist creates it, and undo removes it again', async () => {
    const before = await everything(database);
    const outcome = await restore('p-new', otherFile(), NOW);
    expect((await readProject('p-new', database))?.assets).toHaveLength(1);
    await outcome.undo();
    expect(await everything(database)).toEqual(before);
  });

  it('a restore that fails midway changes nothing', async () => {
    const before = await everything(database);
    const bad = { ...otherFile(), assets: [otherFile().assets[0]!, otherFile().assets[0]!] };
    await expect(restore('p1', bad, NOW)).rejects.toThrow();
    expect(await everything(database)).toEqual(before);
  });

  it('only the newest change can be undone: a second offer withdraws the first', async () => {
    useToasts.setState({ toasts: [] });
    await restore('p1', otherFile(), NOW);
    const first = useToasts.getState().toasts.at(-1)!.id;
    await restore('p2', otherFile(), NOW);
    const offers = useToasts.getState().toasts.filter((t) => t.action);
    expect(offers.map((t) => t.id)).not.toContain(first);
    expect(offers).toHaveLength(1);
  });
});

describe('desktop backups', () => {
  it('writes every project, verified, and the file restores to the same projects', async () => {
    await replaceProject('p2', otherFile(), NOW, database);
    const { files, folder } = memoryFolder();
    const result = await writeDesktopBackup(folder, { now: NOW, activeProjectId: 'p1' }, database);
    expect(result).toMatchObject({ projects: 2, deleted: [] });
    expect(parseBackupFileName(result.name)).toMatchObject({ at: NOW, encrypted: false });
    const opened = await openBytes(files.get(result.name)!);
    const bundle = parseBackupText(opened.ok ? opened.text : '', result.name);
    expect(bundle.ok && bundle.value.projects.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(bundle.ok && bundle.value.projects[0]!.file).toEqual(await readProject('p1', database));
    const status = await readBackupStatus(database);
    expect(status).toMatchObject({ lastBackupAt: NOW, lastBackupName: result.name });
    expect(status.lastVerifiedAt).toBeDefined();
  });

  it('encrypted backups open only with the passphrase', async () => {
    const { files, folder } = memoryFolder();
    const result = await writeDesktopBackup(folder, { now: NOW, passphrase: '院内口令' }, database);
    expect(result.name.endsWith('.xcpe')).toBe(true);
    const bytes = files.get(result.name)!;
    expect(new TextDecoder().decode(bytes)).not.toContain('测试医院');
    expect(await openBytes(bytes, 'wrong')).toMatchObject({ ok: false });
    expect(await openBytes(bytes, '院内口令')).toMatchObject({ ok: true });
  }, 20_000);

  it('a failed write or a read-back that differs leaves the previous backup intact and adds nothing', async () => {
    const { files, state, folder } = memoryFolder();
    const first = await writeDesktopBackup(folder, { now: NOW }, database);
    const good = files.get(first.name)!.slice();
    state.failWrite = true;
    await expect(writeDesktopBackup(folder, { now: '2026-11-29T04:20:00.000Z' }, database)).rejects.toThrow('ENOSPC');
    state.failWrite = false;
    state.corruptOnWrite = true;
    await expect(writeDesktopBackup(folder, { now: '2026-11-29T04:40:00.000Z' }, database)).rejects.toBeInstanceOf(BackupVerifyError);
    expect([...files.keys()]).toEqual([first.name]);
    expect(files.get(first.name)).toEqual(good);
    expect((await readBackupStatus(database)).lastBackupAt).toBe(NOW);
    expect((await readBackupStatus(database)).lastError).toMatch(/校验失败/);
  });

  it('retention keeps the newest and never more than the cap over 40 days of backups', async () => {
    const { files, folder } = memoryFolder();
    let last = '';
    for (let day = 40; day >= 0; day--) {
      for (const hour of [1, 9, 17]) {
        const now = new Date(Date.parse('2026-11-29T00:00:00.000Z') - day * 86_400_000 + hour * 3_600_000).toISOString();
        last = (await writeDesktopBackup(folder, { now }, database)).name;
      }
    }
    expect(files.has(last)).toBe(true);
    expect(files.size).toBeLessThanOrEqual(retentionCap(DEFAULT_RETENTION));
    expect(files.size).toBeGreaterThanOrEqual(3 + 14);
  }, 60_000);
});

describe('scheduler', () => {
  it('ignores writes to settings and its own status, reacts to project data', () => {
    expect(isDataMutation({ 'idb://db1/assets/': {} }, 'db1')).toBe(true);
    expect(isDataMutation({ 'idb://db1/meta/': {}, 'idb://db1/settings/': {} }, 'db1')).toBe(false);
    expect(isDataMutation({ 'idb://other/assets/': {} }, 'db1')).toBe(false);
  });

  it('backs up at most every 15 minutes after a change, and on page hide only when something changed', async () => {
    const { files, folder } = memoryFolder();
    let now = Date.parse(NOW);
    const timers: { fn: () => void; ms: number }[] = [];
    const scheduler = new BackupScheduler({
      target: folder,
      database,
      now: () => now,
      activeProjectId: () => 'p1',
      passphrase: () => undefined,
      paused: () => false,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
    const stop = await scheduler.start();
    await scheduler.flush();
    expect(files.size).toBe(0);
    scheduler.markDirty();
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(30_000);
    now += 30_000;
    timers.shift()!.fn();
    await scheduler.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(files.size).toBe(1);
    now += 60_000;
    scheduler.markDirty();
    expect(timers[0]!.ms).toBe(15 * 60_000 - 60_000);
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 50));
    expect(files.size).toBe(2);
    stop();
  });
});

describe('web download reminder', () => {
  it('reminds only after changes since a download older than 7 days (before any download: 7 days after first use)', () => {
    expect(needsDownloadReminder({}, NOW)).toBe(false);
    expect(needsDownloadReminder({ lastChangeAt: NOW, firstSeenAt: '2026-11-28T00:00:00.000Z' }, NOW)).toBe(false);
    expect(needsDownloadReminder({ lastChangeAt: NOW, firstSeenAt: '2026-11-20T00:00:00.000Z' }, NOW)).toBe(true);
    expect(needsDownloadReminder({ lastChangeAt: '2026-11-28T00:00:00.000Z', lastDownloadAt: '2026-11-20T00:00:00.000Z' }, NOW)).toBe(true);
    expect(needsDownloadReminder({ lastChangeAt: '2026-11-19T00:00:00.000Z', lastDownloadAt: '2026-11-20T00:00:00.000Z' }, NOW)).toBe(false);
    expect(needsDownloadReminder({ lastChangeAt: '2026-11-28T00:00:00.000Z', lastDownloadAt: '2026-11-27T00:00:00.000Z' }, NOW)).toBe(false);
  });
});
