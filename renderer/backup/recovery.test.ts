/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { backupFileName, sealText, serializeBackup } from '../../shared/backup';
import type { BackupBundle } from '../../shared/backup';
import { PlannerDB } from '../db/database';
import { readProject, replaceProject } from '../db/projects';
import { stagingName } from '../db/recovery';
import type { DesktopBackups } from '../platform';
import { TEST_PROJECT } from '../test-setup/projects';
import type { RecoveryRequest } from './backupStore';
import { startupRecovery } from './recovery';

const NOW = '2026-11-29T04:00:00.000Z';
let database: PlannerDB;

const bundle: BackupBundle = {
  format: 'xcplan-backup',
  version: 1,
  createdAt: NOW,
  activeProjectId: 'p2',
  projects: [
    { id: 'p1', file: TEST_PROJECT },
    { id: 'p2', file: { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '第二医院' } } },
  ],
};

async function folderWith(names: string[], damaged: string[] = []): Promise<DesktopBackups> {
  const text = await serializeBackup(bundle);
  const bytes = await sealText(text);
  const bad = await sealText(text.replace('"quantity":300', '"quantity":301'));
  return {
    write: vi.fn(),
    list: () => Promise.resolve({ folder: '/u/backups', files: names.map((name) => ({ name, size: bytes.length, modifiedAt: NOW })) }),
    read: (name) => Promise.resolve(damaged.includes(name) ? bad : bytes),
    remove: vi.fn(),
    loadSecret: () => Promise.resolve(null),
    saveSecret: () => Promise.resolve(false),
  };
}

beforeEach(() => {
  database = new PlannerDB(`test-recovery-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

describe('start-up recovery (desktop)', () => {
  it('offers the backups when the database is empty, and restores every project of the chosen one', async () => {
    const name = backupFileName(NOW, false);
    const asked: Omit<RecoveryRequest, 'resolve'>[] = [];
    const opened = await startupRecovery(database, await folderWith([name]), (request) => {
      asked.push(request);
      return Promise.resolve(name);
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ reason: 'empty', backups: [{ name }] });
    expect(opened).toBe('p2');
    expect((await readProject('p2', database))?.project.name).toBe('第二医院');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await readProject('p1', database))?.assets.sort(byId)).toEqual([...TEST_PROJECT.assets].sort(byId));
  });

  it('when the database cannot be opened, restoring replaces it; declining shows the open error', async () => {
    const name = backupFileName(NOW, false);
    const open = vi.spyOn(database, 'open').mockRejectedValueOnce(new Error('UnknownError: 数据库文件损坏'));
    await expect(startupRecovery(database, await folderWith([name]), () => Promise.resolve(undefined))).rejects.toThrow('数据库文件损坏');
    open.mockRejectedValueOnce(new Error('UnknownError: 数据库文件损坏'));
    const asked: Omit<RecoveryRequest, 'resolve'>[] = [];
    const opened = await startupRecovery(database, await folderWith([name]), (request) => {
      asked.push(request);
      return Promise.resolve(name);
    });
    expect(asked[0]).toMatchObject({ reason: 'open-failed', message: 'UnknownError: 数据库文件损坏' });
    expect(opened).toBe('p2');
    expect(await database.projects.count()).toBe(2);
  });

  it('starts as usual when the user declines, when there are no backups, or when projects exist', async () => {
    const name = backupFileName(NOW, false);
    expect(await startupRecovery(database, await folderWith([name]), () => Promise.resolve(undefined))).toBeUndefined();
    expect(await database.projects.count()).toBe(0);
    const ask = vi.fn(() => Promise.resolve(name));
    expect(await startupRecovery(database, await folderWith([]), ask)).toBeUndefined();
    await replaceProject('p9', TEST_PROJECT, NOW, database);
    expect(await startupRecovery(database, await folderWith([name]), ask)).toBeUndefined();
    expect(ask).not.toHaveBeenCalled();
    expect(await startupRecovery(database, undefined, ask)).toBeUndefined();
  });

  it('flags a damaged newest backup and offers the next good one (R-S8); choosing the damaged one restores nothing', async () => {
    const newest = backupFileName('2026-11-29T04:00:00.000Z', false);
    const older = backupFileName('2026-11-28T04:00:00.000Z', false);
    const asked: Omit<RecoveryRequest, 'resolve'>[] = [];
    const answers = [newest, older];
    const opened = await startupRecovery(database, await folderWith([newest, older], [newest]), (request) => {
      asked.push(request);
      return Promise.resolve(answers.shift());
    });
    expect(asked[0]!.checks).toEqual({ [newest]: 'damaged', [older]: 'ok' });
    expect(asked).toHaveLength(2);
    expect(opened).toBe('p2');
    expect((await readProject('p1', database))?.assets.find((a) => a.id === 'PC-001')?.quantity).toBe(300);
  });

  it('a planted backup with a valid checksum and 100,000 levels of nesting is flagged damaged, not thrown on every launch (issue 15 #6)', async () => {
    const planted = backupFileName('2026-11-30T04:00:00.000Z', false);
    const good = backupFileName('2026-11-28T04:00:00.000Z', false);
    const depth = 100_000;
    const projects = `[{"id":"p1","file":{"format":"xcplan","version":1,"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3},"assets":[],"dependencies":[],"extensions":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}]`;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(projects));
    const checksum = `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    const plantedBytes = await sealText(`{"format":"xcplan-backup","version":1,"createdAt":"2026-11-30T04:00:00.000Z","checksum":"${checksum}","projects":${projects}}`);
    const folder = await folderWith([planted, good]);
    const read = folder.read;
    folder.read = (name) => (name === planted ? Promise.resolve(plantedBytes) : read(name));
    const asked: Omit<RecoveryRequest, 'resolve'>[] = [];
    const answers = [planted, good];
    const opened = await startupRecovery(database, folder, (request) => {
      asked.push(request);
      return Promise.resolve(answers.shift());
    });
    expect(asked[0]!.checks).toEqual({ [planted]: 'damaged', [good]: 'ok' });
    expect(opened).toBe('p2');
    expect(await database.projects.count()).toBe(2);
  });

  it('restores the projects of a backup all or nothing: a failure in the second leaves no trace of the first (issue 15 #6)', async () => {
    const name = backupFileName(NOW, false);
    const bulkAdd = database.assets.bulkAdd.bind(database.assets);
    let calls = 0;
    vi.spyOn(database.assets, 'bulkAdd').mockImplementation(((...args: Parameters<typeof bulkAdd>) => {
      calls++;
      if (calls === 2) return Promise.reject(new Error('injected failure in the second project'));
      return bulkAdd(...args);
    }) as typeof database.assets.bulkAdd);
    const answers = [name];
    const opened = await startupRecovery(database, await folderWith([name]), () => Promise.resolve(answers.shift()));
    expect(opened).toBeUndefined();
    expect(calls).toBe(2);
    expect(await database.projects.count()).toBe(0);
    expect(await database.assets.count()).toBe(0);
  });

  it('over a broken database, the backup is written into a staging database and read back before the broken one is deleted (issue 15 #6)', async () => {
    const name = backupFileName(NOW, false);
    const staging = stagingName(database.name);
    const stagedAtDelete: number[] = [];
    const realDelete = Dexie.delete.bind(Dexie);
    const del = vi.spyOn(Dexie, 'delete').mockImplementation(async (dbName: string) => {
      if (dbName === database.name) {
        const staged = new PlannerDB(staging);
        stagedAtDelete.push(await staged.projects.count(), await staged.assets.count());
        staged.close();
      }
      return realDelete(dbName);
    });
    vi.spyOn(database, 'open').mockRejectedValueOnce(new Error('UnknownError: 数据库文件损坏'));
    const answers = [name];
    expect(await startupRecovery(database, await folderWith([name]), () => Promise.resolve(answers.shift()))).toBe('p2');
    expect(stagedAtDelete).toEqual([2, TEST_PROJECT.assets.length * 2]);
    expect(del).toHaveBeenCalledWith(database.name);
    expect(await Dexie.exists(staging)).toBe(false);
    expect(await database.projects.count()).toBe(2);
  });

  it('when writing the staging database fails, the broken database is not deleted and keeps its rows', async () => {
    const name = backupFileName(NOW, false);
    await replaceProject('p9', TEST_PROJECT, NOW, database);
    const staging = stagingName(database.name);
    type Transact = { transaction: (this: Dexie, ...args: unknown[]) => unknown };
    const proto = Dexie.prototype as unknown as Transact;
    const realTransaction = proto.transaction;
    vi.spyOn(proto, 'transaction').mockImplementation(function (this: Dexie, ...args: unknown[]) {
      if (this.name === staging && args[0] === 'rw') return Promise.reject(new Error('QuotaExceededError: 磁盘已满'));
      return realTransaction.apply(this, args);
    });
    const del = vi.spyOn(Dexie, 'delete');
    vi.spyOn(database, 'open').mockRejectedValueOnce(new Error('UnknownError: 数据库文件损坏'));
    const answers = [name];
    await expect(startupRecovery(database, await folderWith([name]), () => Promise.resolve(answers.shift()))).rejects.toThrow('数据库文件损坏');
    expect(del).not.toHaveBeenCalledWith(database.name);
    vi.restoreAllMocks();
    expect(await Dexie.exists(staging)).toBe(false);
    expect((await readProject('p9', database))?.assets).toHaveLength(TEST_PROJECT.assets.length);
  });
});
