// Unit tests (node) of the backup handlers in electron/ipc.ts: foreign senders and bad payloads are
// refused with no side effect, writes are atomic and verified, names cannot leave the backup folder
// (the print handler's own tests: print.test.ts).
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { backupFileName } from '../shared/backup/naming';
import type { IpcResult } from '../shared/ipc';
import { BACKUP_SPARE_BYTES, handleBackupDelete, handleBackupList, handleBackupRead, handleBackupWrite, handlePrintToPdf } from './ipc';
import type { IpcDeps } from './ipc';

vi.mock('electron', () => ({}));

const APP = { senderFrame: { url: 'app://planner/index.html' } } as never;
const FOREIGN = [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'file:///tmp/x.html' } }, { senderFrame: null }, {}] as never[];
const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code);
const NAME = backupFileName('2026-11-29T04:30:00.000Z', false);
const NAME2 = backupFileName('2026-11-29T05:30:00.000Z', true);

let root = '';
let dir = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'xc-backup-'));
  dir = join(root, 'userData', 'backups');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function deps(extra: Partial<IpcDeps> = {}) {
  const showSaveDialog = vi.fn((..._a: unknown[]) => Promise.resolve({ canceled: false, filePath: join(root, 'roadmap.pdf') }));
  const d = {
    ipcMain: { handle: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog },
    shell: { openExternal: vi.fn() },
    getWindow: () => undefined,
    appInfo: () => ({ version: '1', platform: 'linux', arch: 'x64', electron: '1' }),
    backupDir: () => dir,
    ...extra,
  } as unknown as IpcDeps;
  return { d, showSaveDialog };
}

describe('backup channels', () => {
  it('write creates the folder, writes atomically and returns size and SHA-256 of what is on disk', async () => {
    const { d } = deps();
    const data = new TextEncoder().encode('{"format":"xcplan-backup"}\n');
    const r = await handleBackupWrite(d, APP, { name: NAME, data });
    expect(r).toMatchObject({ ok: true, value: { name: NAME, size: data.length, sha256: createHash('sha256').update(data).digest('hex') } });
    expect(await readdir(dir)).toEqual([NAME]);
    expect(new Uint8Array(await readFile(join(dir, NAME)))).toEqual(data);
  });

  it('writes and reads back a backup over 200 MB, as a bundle of large projects is (issue 15 #4)', async () => {
    const { d } = deps();
    const data = new Uint8Array(210 * 1024 * 1024).fill(0x20);
    const r = await handleBackupWrite(d, APP, { name: NAME, data });
    expect(r).toMatchObject({ ok: true, value: { name: NAME, size: data.length } });
    const back = await handleBackupRead(d, APP, { name: NAME });
    expect(back.ok && back.value.length).toBe(data.length);
  });

  it('a failed write leaves the previous backup intact and no temp file', async () => {
    const { d } = deps();
    await handleBackupWrite(d, APP, { name: NAME, data: new TextEncoder().encode('old') });
    const failing = deps({ fs: { stat: vi.fn(), readFile: vi.fn(), writeFileAtomic: () => Promise.reject(new Error('ENOSPC: no space left on device')) } }).d;
    const r = await handleBackupWrite(failing, APP, { name: NAME, data: new TextEncoder().encode('new') });
    expect(code(r)).toBe('io-failed');
    if (!r.ok) expect(r.error.zh).toContain('ENOSPC');
    expect(await readFile(join(dir, NAME), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual([NAME]);
  });

  it('refuses a backup the disk has no room for, before writing, naming both sizes; earlier backups stay (issue 15 #11)', async () => {
    const { d } = deps();
    await handleBackupWrite(d, APP, { name: NAME, data: new TextEncoder().encode('old') });
    const data = new Uint8Array(10 * 1024 * 1024);
    const freeBytes = vi.fn(() => Promise.resolve(BACKUP_SPARE_BYTES + data.length - 1024 * 1024));
    const full = deps({ freeBytes, fs: { stat: vi.fn(), readFile: vi.fn(), writeFileAtomic: vi.fn() } }).d;
    const r = await handleBackupWrite(full, APP, { name: NAME, data });
    expect(code(r)).toBe('no-space');
    if (!r.ok) expect(r.error.zh).toMatch(/可用 73\.0 MB，需要 74\.0 MB/);
    expect(freeBytes).toHaveBeenCalledWith(dir);
    expect(full.fs!.writeFileAtomic).not.toHaveBeenCalled();
    expect(await readFile(join(dir, NAME), 'utf8')).toBe('old');
    // Exactly enough room: written.
    freeBytes.mockResolvedValueOnce(BACKUP_SPARE_BYTES + data.length);
    expect(code(await handleBackupWrite(deps({ freeBytes }).d, APP, { name: NAME, data }))).toBe('ok');
  });

  it('takes the copy the app writes before a schema upgrade (-db-v<N>) like any backup', async () => {
    const { d } = deps();
    const copy = 'xcplan-backup-20261205T060000000Z-db-v3.json';
    expect(code(await handleBackupWrite(d, APP, { name: copy, data: new Uint8Array([7]) }))).toBe('ok');
    const list = await handleBackupList(d, APP, undefined);
    expect(list.ok && list.value.files.map((f) => f.name)).toEqual([copy]);
    expect(await handleBackupRead(d, APP, { name: copy })).toEqual({ ok: true, value: new Uint8Array([7]) });
  });

  it('lists only backup files, newest first; reads and deletes them', async () => {
    const { d } = deps();
    expect(await handleBackupList(d, APP, undefined)).toEqual({ ok: true, value: { folder: dir, files: [] } });
    await handleBackupWrite(d, APP, { name: NAME, data: new Uint8Array([1]) });
    await handleBackupWrite(d, APP, { name: NAME2, data: new Uint8Array([2, 3]) });
    await writeFile(join(dir, 'notes.txt'), 'not a backup');
    const list = await handleBackupList(d, APP, undefined);
    expect(list.ok && list.value.files.map((f) => [f.name, f.size])).toEqual([[NAME2, 2], [NAME, 1]]);
    expect(await handleBackupRead(d, APP, { name: NAME2 })).toEqual({ ok: true, value: new Uint8Array([2, 3]) });
    expect(await handleBackupDelete(d, APP, { name: NAME2 })).toEqual({ ok: true, value: true });
    expect(await handleBackupDelete(d, APP, { name: NAME2 })).toEqual({ ok: true, value: true });
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', NAME].sort());
    expect(code(await handleBackupRead(d, APP, { name: NAME2 }))).toBe('io-failed');
  });

  it('refuses foreign senders on every channel and touches nothing', async () => {
    const { d } = deps();
    await handleBackupWrite(d, APP, { name: NAME, data: new Uint8Array([1]) });
    const printToPDF = vi.fn();
    for (const event of FOREIGN) {
      const e = { ...(event as object), sender: { printToPDF } } as never;
      expect(code(await handleBackupWrite(d, e, { name: NAME2, data: new Uint8Array([1]) }))).toBe('forbidden-sender');
      expect(code(await handleBackupList(d, e, undefined))).toBe('forbidden-sender');
      expect(code(await handleBackupRead(d, e, { name: NAME }))).toBe('forbidden-sender');
      expect(code(await handleBackupDelete(d, e, { name: NAME }))).toBe('forbidden-sender');
      expect(code(await handlePrintToPdf(d, e, { suggestedName: 'a.pdf' }))).toBe('forbidden-sender');
    }
    expect(printToPDF).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([NAME]);
  });

  it('refuses names that could leave the backup folder or are not backups (no path traversal)', async () => {
    const { d } = deps();
    await writeFile(join(root, 'secret.json'), 'secret');
    const bad = [
      '../secret.json',
      `../${NAME}`,
      `sub/${NAME}`,
      `..\\${NAME}`,
      `/etc/${NAME}`,
      `${NAME}/..`,
      'xcplan-backup-20261129T043000000Z.json\u0000.txt',
      'xcplan-backup-../../x.json',
      'xcplan-backup-20261129T043000000Z-db-v../x.json',
      `xcplan-backup-20261129T043000000Z-db-v3.json/../../secret.json`,
      'secret.json',
      '',
      42,
    ];
    for (const name of bad) {
      for (const r of [await handleBackupRead(d, APP, { name }), await handleBackupDelete(d, APP, { name }), await handleBackupWrite(d, APP, { name, data: new Uint8Array([1]) })]) {
        expect(code(r), String(name)).toBe('invalid-payload');
        if (!r.ok) expect(r.error.field).toBe('name');
      }
    }
    expect(await readFile(join(root, 'secret.json'), 'utf8')).toBe('secret');
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('refuses bad payloads with the field named, and random payloads never throw or write', async () => {
    const { d } = deps();
    expect(code(await handleBackupWrite(d, APP, { name: NAME, data: 'text' }))).toBe('invalid-payload');
    expect(code(await handleBackupWrite(d, APP, { name: NAME, data: new Uint8Array(0) }))).toBe('invalid-payload');
    expect(code(await handleBackupWrite(d, APP, { name: NAME, data: new Uint8Array([1]), extra: 1 }))).toBe('invalid-payload');
    expect(code(await handleBackupList(d, APP, { all: true }))).toBe('invalid-payload');
    expect(code(await handlePrintToPdf(d, APP, { suggestedName: '../x.pdf' }))).toBe('invalid-payload');
    await fc.assert(
      fc.asyncProperty(fc.anything({ withTypedArray: true }), async (payload) => {
        for (const handler of [handleBackupWrite, handleBackupRead, handleBackupDelete]) expect(typeof (await handler(d, APP, payload)).ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('says the folder is unavailable when the shell has none', async () => {
    const { d } = deps({ backupDir: undefined });
    expect(code(await handleBackupList(d, APP, undefined))).toBe('not-allowed');
    expect(code(await handleBackupWrite(d, APP, { name: NAME, data: new Uint8Array([1]) }))).toBe('not-allowed');
  });
});
