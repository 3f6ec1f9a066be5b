// Unit tests (node) of electron/ipc.ts and validate.ts: sender origin and payload validation
// with typed errors and no side effect (R-E8), size cap before reading (R-I1), atomic writes (R-X3).
import { mkdtemp, open, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { IMPORT_LIMITS } from '../shared/io/limits';
import { IPC_CHANNELS, MAX_OPEN_BYTES } from '../shared/ipc';
import type { IpcResult } from '../shared/ipc';
import { handleAppInfo, handleOpenExternal, handleOpenFile, handleSaveFile, registerIpcHandlers, writeFileAtomic } from './ipc';
import type { IpcDeps } from './ipc';

vi.mock('electron', () => ({}));

const APP = { senderFrame: { url: 'app://planner/index.html' } } as never;
const FOREIGN = [
  { senderFrame: { url: 'https://evil.example/' } },
  { senderFrame: { url: 'app://planner.evil/index.html' } },
  { senderFrame: { url: 'file:///tmp/x.html' } },
  { senderFrame: null },
  {},
] as never[];

function deps() {
  const fs = {
    stat: vi.fn((_p: string) => Promise.resolve({ size: 10, isFile: () => true })),
    readFile: vi.fn((_p: string) => Promise.resolve(new Uint8Array([1, 2, 3]))),
    writeFileAtomic: vi.fn((_p: string, _d: Uint8Array | string) => Promise.resolve()),
  };
  const m = {
    handle: vi.fn((_channel: string, _fn: unknown) => undefined),
    showOpenDialog: vi.fn((..._a: unknown[]) => Promise.resolve({ canceled: false, filePaths: ['/data/资产.csv'] })),
    showSaveDialog: vi.fn((..._a: unknown[]) => Promise.resolve({ canceled: false, filePath: '/data/out.csv' })),
    openExternal: vi.fn((_url: string) => Promise.resolve()),
  };
  const d = {
    ipcMain: { handle: m.handle },
    dialog: { showOpenDialog: m.showOpenDialog, showSaveDialog: m.showSaveDialog },
    shell: { openExternal: m.openExternal },
    getWindow: () => undefined,
    appInfo: () => ({ version: '1.0.0', platform: 'linux', arch: 'x64', electron: '45.5.0' }),
    fs,
  } as unknown as IpcDeps;
  const sideEffects = () =>
    m.showOpenDialog.mock.calls.length + m.showSaveDialog.mock.calls.length + m.openExternal.mock.calls.length +
    fs.stat.mock.calls.length + fs.readFile.mock.calls.length + fs.writeFileAtomic.mock.calls.length;
  return { d, m, fs, sideEffects };
}

const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code);
const okSave = { suggestedName: '采购清单.csv', data: 'a,b\n1,2\n' };
const okOpen = { filters: [{ name: 'CSV', extensions: ['csv'] }] };

describe('sender validation (checklist 17)', () => {
  it('rejects foreign senders on every channel with a typed error and no side effect', async () => {
    const { d, sideEffects } = deps();
    for (const event of FOREIGN) {
      expect(code(await handleOpenFile(d, event, okOpen))).toBe('forbidden-sender');
      expect(code(await handleSaveFile(d, event, okSave))).toBe('forbidden-sender');
      expect(code(await handleOpenExternal(d, event, { url: 'https://www.gov.cn/' }))).toBe('forbidden-sender');
      expect(code(handleAppInfo(d, event, undefined))).toBe('forbidden-sender');
    }
    expect(sideEffects()).toBe(0);
  });
});

describe('payload validation (R-E8)', () => {
  it('names the bad field and does nothing', async () => {
    const { d, sideEffects } = deps();
    const bad = [
      [handleSaveFile, { suggestedName: '../../etc/cron.d/x', data: 'x' }, 'suggestedName'],
      [handleSaveFile, { suggestedName: 'C:\\Windows\\x.csv', data: 'x' }, 'suggestedName'],
      [handleSaveFile, { suggestedName: 'a.csv', data: 42 }, 'data'],
      [handleSaveFile, { suggestedName: 'a.csv', data: 'x', extra: true }, undefined],
      [handleOpenFile, { filters: [{ name: 'CSV', extensions: ['.csv'] }] }, 'filters.0.extensions.0'],
      [handleOpenFile, 'filters', undefined],
      [handleOpenExternal, { url: 42 }, 'url'],
    ] as const;
    for (const [handler, payload, field] of bad) {
      const r = await handler(d, APP, payload);
      expect(r.ok, JSON.stringify(payload)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-payload');
        expect(r.error.zh).toMatch(/请求参数无效/);
        if (field) expect(r.error.field).toBe(field);
      }
    }
    expect(code(handleAppInfo(d, APP, { x: 1 }))).toBe('invalid-payload');
    expect(sideEffects()).toBe(0);
  });
  it('never throws and never acts on random payloads', async () => {
    const { d, sideEffects } = deps();
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withTypedArray: true }), async (payload) => {
        for (const handler of [handleSaveFile, handleOpenFile, handleOpenExternal]) {
          const r = await handler(d, APP, payload);
          expect(typeof r.ok).toBe('boolean');
        }
      }),
      { numRuns: 200 },
    );
    expect(sideEffects()).toBe(0);
  });
});

describe('open file', () => {
  it('returns the chosen file name and bytes', async () => {
    const { d } = deps();
    const r = await handleOpenFile(d, APP, okOpen);
    expect(r).toEqual({ ok: true, value: { name: '资产.csv', bytes: new Uint8Array([1, 2, 3]) } });
  });
  it('returns null when cancelled', async () => {
    const { d, m, fs } = deps();
    m.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handleOpenFile(d, APP, okOpen)).toEqual({ ok: true, value: null });
    expect(fs.readFile).not.toHaveBeenCalled();
  });
  it('refuses a file over the cap before reading it (R-I1)', async () => {
    const { d, fs } = deps();
    fs.stat.mockResolvedValueOnce({ size: 300 * 1024 * 1024, isFile: () => true });
    const r = await handleOpenFile(d, APP, okOpen);
    expect(code(r)).toBe('too-large');
    if (!r.ok) expect(r.error.en).toContain(`300.0 MB > ${(MAX_OPEN_BYTES / 1024 / 1024).toFixed(1)} MB`);
    expect(fs.readFile).not.toHaveBeenCalled();
  });
  it('reads project files and backups up to the project-file cap for restore and merge (issue 15 #4)', async () => {
    expect(MAX_OPEN_BYTES).toBe(IMPORT_LIMITS.projectBytes);
    const { d, fs } = deps();
    fs.stat.mockResolvedValueOnce({ size: 54 * 1024 * 1024, isFile: () => true });
    const r = await handleOpenFile(d, APP, okOpen);
    expect(r.ok).toBe(true);
    expect(fs.readFile).toHaveBeenCalled();
  });
  it('turns a read failure into a typed io error', async () => {
    const { d, fs } = deps();
    fs.readFile.mockRejectedValueOnce(new Error('EACCES'));
    expect(code(await handleOpenFile(d, APP, okOpen))).toBe('io-failed');
  });
});

describe('save file and open external', () => {
  it('writes atomically to the chosen path and reports only its base name', async () => {
    const { d, fs } = deps();
    expect(await handleSaveFile(d, APP, okSave)).toEqual({ ok: true, value: { saved: true, name: 'out.csv' } });
    expect(fs.writeFileAtomic).toHaveBeenCalledWith('/data/out.csv', okSave.data);
  });
  it('writes nothing when cancelled', async () => {
    const { d, m, fs } = deps();
    m.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handleSaveFile(d, APP, okSave)).toEqual({ ok: true, value: { saved: false } });
    expect(fs.writeFileAtomic).not.toHaveBeenCalled();
  });
  it('refuses non-allow-listed URLs (R-E9)', async () => {
    const { d, m } = deps();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'ms-msdt:/id x', 'https://evil.example/']) {
      expect(code(await handleOpenExternal(d, APP, { url })), url).toBe('not-allowed');
    }
    expect(m.openExternal).not.toHaveBeenCalled();
    expect(code(await handleOpenExternal(d, APP, { url: 'https://www.miit.gov.cn/' }))).toBe('ok');
  });
  it('registers exactly the four channels', () => {
    const { d, m } = deps();
    registerIpcHandlers(d);
    // The group-store and backup-secret channels are registered by groupSync.ts and backupSecret.ts
    // (their own tests; main.test.ts checks all).
    expect(m.handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(IPC_CHANNELS).filter((c) => !c.startsWith('planner:group-') && !c.startsWith('planner:backup-secret-')).sort());
  });
});

describe('writeFileAtomic (R-X3)', () => {
  let dir = '';
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'xc-atomic-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('replaces the target with the complete new content', async () => {
    const target = join(dir, 'plan.csv');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['plan.csv']);
  });
  it('keeps the old file and leaves no temp file when the write fails midway', async () => {
    const target = join(dir, 'plan.csv');
    await writeFile(target, 'old');
    const failingOpen = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      return Object.assign(Object.create(handle) as object, {
        writeFile: async (data: string) => {
          await handle.writeFile(data.slice(0, 3));
          throw new Error('ENOSPC: no space left on device');
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as unknown as typeof open;
    await expect(writeFileAtomic(target, 'new content', { open: failingOpen, rename, unlink })).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.csv']);
  });
  it('leaves no file at all when a new target fails', async () => {
    const target = join(dir, 'new.csv');
    const failingRename = (() => Promise.reject(new Error('EXDEV'))) as unknown as typeof rename;
    await expect(writeFileAtomic(target, 'x', { open, rename: failingRename, unlink })).rejects.toThrow('EXDEV');
    expect(await readdir(dir)).toEqual([]);
  });
  it('fsyncs the directory after the rename, so the new name survives a power cut (issue 15 #11)', async () => {
    const target = join(dir, 'backup.json');
    const events: string[] = [];
    const tracingOpen = (async (path: string, flags: string, mode?: number) => {
      const handle = await open(path, flags, mode);
      const kind = path === dir ? 'dir' : 'file';
      return Object.assign(Object.create(handle) as object, {
        writeFile: (data: string) => handle.writeFile(data),
        sync: async () => {
          events.push(`sync ${kind}`);
          await handle.sync();
        },
        close: () => handle.close(),
      });
    }) as unknown as typeof open;
    const tracingRename = (async (from: string, to: string) => {
      events.push('rename');
      await rename(from, to);
    }) as unknown as typeof rename;
    await writeFileAtomic(target, 'data', { open: tracingOpen, rename: tracingRename, unlink });
    expect(events).toEqual(['sync file', 'rename', 'sync dir']);
    expect(await readFile(target, 'utf8')).toBe('data');
  });
});
