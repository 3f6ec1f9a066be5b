/** @vitest-environment jsdom */
/**
 * The copy before a schema upgrade (QUALITY.md R-S6): start the current app over a database of
 * every older released version (fixtures/db) → a backup file stamped with that version is in the
 * backup folder, written while the database was still at that version, holding its rows as they
 * were; the database is then upgraded; the copy restores to the same projects; a copy that cannot
 * be written stops the start with the database untouched; retention never deletes a copy.
 */
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { backupFileName, DEFAULT_RETENTION, openBytes, parseBackupFileName, parseDumpText, sealText, serializeBackup, serializeDump } from '../../shared/backup';
import type { DatabaseDump } from '../../shared/backup';
import { PlannerDB } from '../db/database';
import { installedVersion, loadDump } from '../db/dump';
import { readAllProjects, replaceProject } from '../db/projects';
import { CURRENT_DB_VERSION } from '../db/schema';
import type { DesktopBackups } from '../platform';
import { TEST_PROJECT } from '../test-setup/projects';
import { applyRetention } from './backupRun';
import { backupBeforeUpgrade, PreUpgradeBackupError } from './preUpgrade';
import { browserCopies } from './browserCopies';
import { startupRecovery } from './recovery';
import { readRestoreSource } from './restoreSource';

type FixtureDump = { version: number; tables: Record<string, Record<string, unknown>[]> };
const DUMPS = import.meta.glob<FixtureDump>('../../fixtures/db/v*.json', { import: 'default', eager: true });
const fixture = (version: number): FixtureDump => structuredClone(DUMPS[`../../fixtures/db/v${version}.json`]!);
const OLDER = Array.from({ length: CURRENT_DB_VERSION - 1 }, (_, i) => i + 1);

const NOW = '2026-12-05T06:00:00.000Z';
const names: string[] = [];
const freshName = () => {
  const name = `pre-upgrade-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
};

/** An in-memory backup folder; `onWrite` runs before a file is stored. */
function memoryFolder(onWrite: (name: string) => Promise<void> = () => Promise.resolve(), secret: string | null = null) {
  const files = new Map<string, Uint8Array>();
  const folder: DesktopBackups = {
    write: async (name, data) => {
      await onWrite(name);
      files.set(name, data);
      return { name, size: data.length, modifiedAt: NOW };
    },
    list: () => Promise.resolve({ folder: '/u/backups', files: [...files.keys()].sort().reverse().map((name) => ({ name, size: files.get(name)!.length, modifiedAt: NOW })) }),
    read: (name) => (files.has(name) ? Promise.resolve(files.get(name)!) : Promise.reject(new Error(`no file ${name}`))),
    remove: (name) => Promise.resolve(files.delete(name)),
    loadSecret: () => Promise.resolve(secret),
    saveSecret: () => Promise.resolve(false),
  };
  return { folder, files };
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('copy of the database before a schema upgrade (R-S6)', () => {
  for (const version of OLDER) {
    it(`a version ${version} database is copied, stamped v${version}, before it is upgraded; the copy restores the same projects`, async () => {
      const name = freshName();
      const old = fixture(version);
      await loadDump(name, version, old.tables);
      const versionAtWrite: (number | undefined)[] = [];
      const { folder, files } = memoryFolder(async () => void versionAtWrite.push(await installedVersion(name)));
      const database = new PlannerDB(name);
      try {
        await startupRecovery(database, folder, () => Promise.resolve(undefined));
        // One file, named for the version it holds, written while the database was at that version.
        expect([...files.keys()]).toHaveLength(1);
        const fileName = [...files.keys()][0]!;
        expect(fileName).toMatch(new RegExp(`^xcplan-backup-\\d{8}T\\d{9}Z-db-v${version}\\.json$`));
        expect(parseBackupFileName(fileName)?.dbVersion).toBe(version);
        expect(versionAtWrite).toEqual([version]);
        // Then the database was upgraded.
        expect(database.verno).toBe(CURRENT_DB_VERSION);
        expect(await installedVersion(name)).toBe(CURRENT_DB_VERSION);
        // The copy holds the rows as the old version wrote them (version 1's assets still say `origin`).
        const text = new TextDecoder().decode(files.get(fileName));
        const copy = parseDumpText(text, fileName);
        if (!copy.ok) throw new Error(JSON.stringify(copy.issues));
        expect(copy.value.dbVersion).toBe(version);
        for (const [table, rows] of Object.entries(old.tables)) expect(copy.value.tables[table], table).toHaveLength(rows.length);
        const byId = (rows: unknown[]) => [...(rows as { id: string; projectId: string }[])].sort((a, b) => `${a.projectId}/${a.id}`.localeCompare(`${b.projectId}/${b.id}`));
        expect(byId(copy.value.tables.assets!)).toEqual(byId(old.tables.assets!));
        if (version === 1) expect(copy.value.tables.assets!.some((row) => 'origin' in (row as object))).toBe(true);
        // Restoring the copy (as the restore dialog reads it) gives the projects the upgraded database holds.
        const restored = await readRestoreSource(text, fileName);
        if (!restored.ok || restored.value.kind !== 'backup') throw new Error('the copy did not read as a backup');
        expect(restored.value.bundle.projects).toEqual(await readAllProjects(database));
        expect(restored.value.bundle.activeProjectId).toBe('fixture-county');
      } finally {
        database.close();
      }
    });
  }

  it('the web build (no backup folder) keeps the copy in a browser database of its own, read back, then upgrades; the copy restores', async () => {
    const name = freshName();
    const copiesName = freshName();
    await loadDump(name, 3, fixture(3).tables);
    const database = new PlannerDB(name);
    try {
      await startupRecovery(database, undefined, () => Promise.resolve(undefined), () => browserCopies(copiesName));
      expect(database.verno).toBe(CURRENT_DB_VERSION);
      const copies = browserCopies(copiesName);
      const listed = (await copies.list()).files;
      expect(listed.map((f) => parseBackupFileName(f.name)?.dbVersion)).toEqual([3]);
      const text = new TextDecoder().decode(await copies.read(listed[0]!.name));
      expect(listed[0]!.size).toBe(new TextEncoder().encode(text).length);
      const restored = await readRestoreSource(text, listed[0]!.name);
      if (!restored.ok || restored.value.kind !== 'backup') throw new Error('the copy did not read as a backup');
      expect(restored.value.bundle.projects).toEqual(await readAllProjects(database));
      // Never pruned by the periodic backups' retention, and deleted only when asked.
      expect(await applyRetention(copies, '2030-01-01T00:00:00.000Z', DEFAULT_RETENTION)).toEqual([]);
      expect(await copies.remove(listed[0]!.name)).toBe(true);
      expect((await copies.list()).files).toEqual([]);
    } finally {
      database.close();
    }
    // A current database takes no second copy.
    await startupRecovery(new PlannerDB(name), undefined, () => Promise.resolve(undefined), () => browserCopies(copiesName));
    expect((await browserCopies(copiesName).list()).files).toEqual([]);
  });

  it('takes no copy of a current database, nor when there is none (and creates none)', async () => {
    const name = freshName();
    const { folder, files } = memoryFolder();
    expect(await backupBeforeUpgrade(folder, { now: NOW, databaseName: name })).toBeUndefined();
    expect(await Dexie.exists(name)).toBe(false);
    const database = new PlannerDB(name);
    await replaceProject('p1', TEST_PROJECT, NOW, database);
    database.close();
    expect(await backupBeforeUpgrade(folder, { now: NOW, databaseName: name })).toBeUndefined();
    expect(files.size).toBe(0);
  });

  it('a database that cannot be opened at all is left to start-up recovery, which offers the backups (R-S10)', async () => {
    const name = freshName();
    await loadDump(name, 3, fixture(3).tables);
    const { folder } = memoryFolder();
    await folder.write(backupFileName(NOW, false), await sealText(await serializeBackup({ format: 'xcplan-backup', version: 1, createdAt: NOW, projects: [{ id: 'p1', file: TEST_PROJECT }] })));
    const open = vi.spyOn(Dexie.prototype, 'open').mockRejectedValue(new Error('UnknownError: 数据库文件损坏'));
    const database = new PlannerDB(name);
    const asked: string[] = [];
    try {
      await expect(startupRecovery(database, folder, (request) => (asked.push(request.reason), Promise.resolve(undefined)))).rejects.toThrow('数据库文件损坏');
    } finally {
      open.mockRestore();
      database.close();
    }
    expect(asked).toEqual(['open-failed']);
  });

  it('a copy that cannot be written stops the start: the database stays at its version, no file is left, and the message says why', async () => {
    const name = freshName();
    await loadDump(name, 3, fixture(3).tables);
    const { folder, files } = memoryFolder(() => Promise.reject(new Error('ENOSPC: no space left on device')));
    const database = new PlannerDB(name);
    const started = startupRecovery(database, folder, () => Promise.resolve(undefined));
    await expect(started).rejects.toBeInstanceOf(PreUpgradeBackupError);
    await expect(started).rejects.toThrow(/版本 3 升级到 4.*ENOSPC/);
    expect(files.size).toBe(0);
    expect(database.isOpen()).toBe(false);
    expect(await installedVersion(name)).toBe(3);
  });

  it('a copy read back different from what was written is removed and stops the start', async () => {
    const name = freshName();
    await loadDump(name, 2, fixture(2).tables);
    const { folder, files } = memoryFolder();
    const read = folder.read;
    folder.read = async (file) => {
      const bytes = await read(file);
      const damaged = bytes.slice();
      damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 1;
      return damaged;
    };
    await expect(backupBeforeUpgrade(folder, { now: NOW, databaseName: name })).rejects.toThrow(/hash mismatch/);
    expect(files.size).toBe(0);
    expect(await installedVersion(name)).toBe(2);
  });

  it('with backups set to encrypted, the copy is sealed with the kept passphrase, or the one asked for; none given stops the start', async () => {
    const name = freshName();
    const old = fixture(3);
    old.tables.settings!.push({ key: 'backupEncrypt', value: true });
    await loadDump(name, 3, old.tables);
    const kept = memoryFolder(undefined, '院内备份口令');
    const copied = await backupBeforeUpgrade(kept.folder, { now: NOW, databaseName: name, ask: () => Promise.reject(new Error('not asked')) });
    expect(copied).toMatchObject({ fromVersion: 3, encrypted: true });
    expect(copied?.name).toMatch(/-db-v3\.xcpe$/);
    const sealed = kept.files.get(copied!.name)!;
    expect(new TextDecoder().decode(sealed)).not.toContain('夹具县人民医院');
    const opened = await openBytes(sealed, '院内备份口令');
    expect(opened.ok && parseDumpText(opened.text, 'copy').ok).toBe(true);

    const asked = memoryFolder();
    const ask = vi.fn(() => Promise.resolve('当场输入的口令'));
    expect((await backupBeforeUpgrade(asked.folder, { now: NOW, databaseName: name, ask }))?.encrypted).toBe(true);
    expect(ask).toHaveBeenCalledOnce();

    const declined = memoryFolder();
    await expect(backupBeforeUpgrade(declined.folder, { now: NOW, databaseName: name, ask: () => Promise.resolve(undefined) })).rejects.toThrow(/口令/);
    expect(declined.files.size).toBe(0);
    expect(await installedVersion(name)).toBe(3);
  });

  it('retention never deletes a copy taken before an upgrade, however old', async () => {
    const { folder, files } = memoryFolder();
    const bytes = await sealText(await serializeBackup({ format: 'xcplan-backup', version: 1, createdAt: NOW, projects: [] }));
    const copy = backupFileName('2025-01-01T00:00:00.000Z', false, undefined, 2);
    files.set(copy, bytes);
    for (let day = 0; day < 90; day++) files.set(backupFileName(new Date(Date.parse(NOW) - day * 86_400_000).toISOString(), false), bytes);
    const deleted = await applyRetention(folder, NOW, { today: 3, days: 14, weeks: 8 });
    expect(deleted.length).toBeGreaterThan(50);
    expect(deleted).not.toContain(copy);
    expect(files.has(copy)).toBe(true);
  });

  it('a copy from a newer app is refused on restore, as its database would be (R-S11)', async () => {
    const dump: DatabaseDump = { format: 'xcplan-db-dump', version: 1, dbVersion: CURRENT_DB_VERSION + 1, createdAt: NOW, tables: {} };
    await expect(readRestoreSource(await serializeDump(dump), 'newer.json')).rejects.toThrow(/更新版本/);
  });
});
