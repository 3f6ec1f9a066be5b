// Unit tests (node, electron mocked) of the group-store handlers: foreign senders and bad payloads
// are refused before the credentials are read or a connection is opened; credentials are kept only
// encrypted by safeStorage; push results (pushed, stale, unknown hospital) and failures are typed.
import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

import type { Db } from '../shared/groupdb';
import type { IpcResult } from '../shared/ipc';
import { handleGroupConfigGet, handleGroupConfigSet, handleGroupPull, handleGroupPush, registerGroupHandlers } from './groupSync';
import type { GroupDeps } from './groupSync';

vi.mock('electron', () => ({}));

const APP = { senderFrame: { url: 'app://planner/index.html' } } as never;
const FOREIGN = [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'app://planner.evil.example/' } }, { senderFrame: null }, {}] as never[];
const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code);
const SAMPLE = new Uint8Array(readFileSync(new URL('../fixtures/sample-secondary.xcplan.json', import.meta.url)));

/** A safeStorage stand-in that really transforms the text, so plain text in the file would show. */
const fakeSafeStorage = (available = true, backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: vi.fn(() => available),
  getSelectedStorageBackend: vi.fn(() => backend),
  encryptString: vi.fn((text: string) => Buffer.from(`ENC:${Buffer.from(text).toString('base64').split('').reverse().join('')}`)),
  decryptString: vi.fn((data: Buffer) => Buffer.from(data.toString().slice(4).split('').reverse().join(''), 'base64').toString()),
});

/** A fake store: the head revision it reports, and every query it saw. */
function fakeDb(head: number | undefined) {
  const queries: string[] = [];
  const db: Db = {
    query: <R,>(text: string) => {
      queries.push(text);
      if (/FOR UPDATE/.test(text)) return Promise.resolve({ rows: (head === undefined ? [] : [{ revision: head }]) as R[], rowCount: head === undefined ? 0 : 1 });
      if (/FROM xcplan\.revisions r/.test(text)) return Promise.resolve({ rows: [{ revision: 4, body: Buffer.from('{"x":1}'), sha256: 'ab', author: 'h1', pushed_at: new Date('2027-01-01T00:00:00Z') }] as R[], rowCount: 1 });
      return Promise.resolve({ rows: [] as R[], rowCount: 0 });
    },
  };
  return { db, queries };
}

function deps(options: { head?: number; stored?: boolean; available?: boolean; backend?: string; connectError?: Error } = {}) {
  const files = new Map<string, Uint8Array>();
  const safeStorage = fakeSafeStorage(options.available ?? true, options.backend);
  if (options.stored ?? true) files.set('/u/group-store.bin', new Uint8Array(safeStorage.encryptString(JSON.stringify({ url: 'postgres://h1@db.group.example/xcplan', hospitalId: 'H1', password: 'pa55' }))));
  const store = fakeDb('head' in options ? options.head : 0);
  const close = vi.fn(() => Promise.resolve());
  const connect = vi.fn((..._args: unknown[]) => (options.connectError ? Promise.reject(options.connectError) : Promise.resolve({ db: store.db, close })));
  const read = vi.fn((path: string) => Promise.resolve(files.get(path)));
  const write = vi.fn((path: string, data: Uint8Array) => {
    files.set(path, data);
    return Promise.resolve();
  });
  const d: GroupDeps = { safeStorage, credentialsPath: () => '/u/group-store.bin', files: { read, write }, connect };
  return { d, files, connect, close, read, write, store, safeStorage };
}

const PUSH = { data: SAMPLE, baseRevision: 0, fileName: 'sample.xcplan.json' };

describe('group store IPC: refused before anything happens', () => {
  it('refuses foreign senders on every channel without reading credentials or connecting', async () => {
    for (const event of FOREIGN) {
      const t = deps();
      const results = [
        await handleGroupConfigGet(t.d, event, undefined),
        await handleGroupConfigSet(t.d, event, { url: 'postgres://a@b/c', hospitalId: 'H1', password: 'x' }),
        await handleGroupPush(t.d, event, PUSH),
        await handleGroupPull(t.d, event, {}),
      ];
      expect(results.map(code)).toEqual(['forbidden-sender', 'forbidden-sender', 'forbidden-sender', 'forbidden-sender']);
      expect(t.read).not.toHaveBeenCalled();
      expect(t.write).not.toHaveBeenCalled();
      expect(t.connect).not.toHaveBeenCalled();
      expect(t.safeStorage.decryptString).not.toHaveBeenCalled();
    }
  });

  it.each([
    ['push: data as a string', handleGroupPush, { ...PUSH, data: 'text' }, 'data'],
    ['push: empty data', handleGroupPush, { ...PUSH, data: new Uint8Array() }, 'data'],
    ['push: negative base', handleGroupPush, { ...PUSH, baseRevision: -1 }, 'baseRevision'],
    ['push: fractional base', handleGroupPush, { ...PUSH, baseRevision: 1.5 }, 'baseRevision'],
    ['push: file name with a path', handleGroupPush, { ...PUSH, fileName: '../../etc/passwd' }, 'fileName'],
    ['push: an extra key', handleGroupPush, { ...PUSH, hospitalId: 'B' }, undefined],
    ['push: no payload', handleGroupPush, undefined, undefined],
    ['pull: revision 0', handleGroupPull, { revision: 0 }, 'revision'],
    ['pull: revision as text', handleGroupPull, { revision: '1; DROP TABLE x' }, 'revision'],
    ['pull: an extra key', handleGroupPull, { hospitalId: 'B' }, undefined],
    ['config: not a postgres URL', handleGroupConfigSet, { url: 'mysql://a@b/c', hospitalId: 'H1' }, 'url'],
    ['config: blank hospital', handleGroupConfigSet, { url: 'postgres://a@b/c', hospitalId: '  ' }, 'hospitalId'],
    ['config: unsupported sslmode', handleGroupConfigSet, { url: 'postgres://a@b/c?sslmode=prefer', hospitalId: 'H1' }, 'url'],
    ['config-get: any argument', handleGroupConfigGet, { x: 1 }, undefined],
  ] as const)('refuses a bad payload (%s) before reading credentials or connecting', async (_label, handler, payload, field) => {
    const t = deps();
    const result = await (handler as (d: GroupDeps, e: never, p: unknown) => Promise<IpcResult<unknown>>)(t.d, APP, payload);
    expect(code(result)).toBe('invalid-payload');
    if (field && !result.ok) expect(result.error.field).toBe(field);
    expect(t.connect).not.toHaveBeenCalled();
    expect(t.read).not.toHaveBeenCalled();
    expect(t.write).not.toHaveBeenCalled();
  });

  it('refuses bytes that are not a valid project file, naming the problem, without connecting', async () => {
    const t = deps();
    const result = await handleGroupPush(t.d, APP, { ...PUSH, data: new TextEncoder().encode('{"format":"xcplan","version":1}') });
    expect(code(result)).toBe('invalid-payload');
    expect(!result.ok && result.error.zh.length).toBeGreaterThan(0);
    const notUtf8 = await handleGroupPush(t.d, APP, { ...PUSH, data: new Uint8Array([0xff, 0xfe, 0x00]) });
    expect(code(notUtf8)).toBe('invalid-payload');
    expect(t.connect).not.toHaveBeenCalled();
  });
});

describe('group store IPC: credentials', () => {
  it('keeps the connection only encrypted, moves a password out of the URL and never returns it', async () => {
    const t = deps({ stored: false });
    const set = await handleGroupConfigSet(t.d, APP, { url: 'postgres://h1:s3cr%40t@db.group.example:5432/xcplan', hospitalId: ' H1 ' });
    expect(set).toEqual({ ok: true, value: { url: 'postgres://h1@db.group.example:5432/xcplan', hospitalId: 'H1', hasPassword: true } });
    const written = Buffer.from(t.files.get('/u/group-store.bin')!).toString();
    expect(written).not.toContain('s3cr');
    expect(written).not.toContain('db.group.example');
    expect(t.safeStorage.encryptString).toHaveBeenCalled();
    const got = await handleGroupConfigGet(t.d, APP, undefined);
    expect(got).toEqual({ ok: true, value: { url: 'postgres://h1@db.group.example:5432/xcplan', hospitalId: 'H1', hasPassword: true } });
    expect(JSON.stringify(got)).not.toContain('s3cr');
    // The password reaches the connection, not the renderer.
    await handleGroupPull(t.d, APP, {});
    expect(t.connect).toHaveBeenCalledWith('postgres://h1@db.group.example:5432/xcplan', 's3cr@t');
    // Changing the hospital without typing the password again keeps it; an empty password clears it.
    await handleGroupConfigSet(t.d, APP, { url: 'postgres://h1@db.group.example:5432/xcplan', hospitalId: 'H2' });
    await handleGroupPull(t.d, APP, {});
    expect(t.connect).toHaveBeenLastCalledWith('postgres://h1@db.group.example:5432/xcplan', 's3cr@t');
    expect(await handleGroupConfigSet(t.d, APP, { url: 'postgres://h1@db.group.example:5432/xcplan', hospitalId: 'H2', password: '' })).toMatchObject({ ok: true, value: { hasPassword: false } });
  });

  it.each([
    ['no encryption at all', false, 'gnome_libsecret'],
    ["Linux's plain-text fallback", true, 'basic_text'],
  ])('refuses to keep a password when the OS offers %s, and writes nothing', async (_label, available, backend) => {
    const t = deps({ stored: false, available, backend });
    const result = await handleGroupConfigSet(t.d, APP, { url: 'postgres://a@db.example/x', hospitalId: 'H1', password: 'p' });
    expect(code(result)).toBe('unavailable');
    expect(t.write).not.toHaveBeenCalled();
    expect(code(await handleGroupPush(t.d, APP, PUSH))).toBe('unavailable');
    expect(t.connect).not.toHaveBeenCalled();
  });

  it('says when nothing is set up, without connecting', async () => {
    const t = deps({ stored: false });
    expect(await handleGroupConfigGet(t.d, APP, undefined)).toEqual({ ok: true, value: null });
    expect(code(await handleGroupPush(t.d, APP, PUSH))).toBe('not-configured');
    expect(code(await handleGroupPull(t.d, APP, {}))).toBe('not-configured');
    expect(t.connect).not.toHaveBeenCalled();
  });
});

describe('group store IPC: push and pull', () => {
  it('pushes to the configured hospital and closes the connection', async () => {
    const t = deps({ head: 0 });
    expect(await handleGroupPush(t.d, APP, PUSH)).toEqual({ ok: true, value: { status: 'pushed', revision: 1 } });
    expect(t.store.queries.at(-1)).toBe('COMMIT');
    expect(t.close).toHaveBeenCalledTimes(1);
  });

  it('reports a stale push (nothing written) so the app can offer the merge', async () => {
    const t = deps({ head: 3 });
    expect(await handleGroupPush(t.d, APP, { ...PUSH, baseRevision: 1 })).toEqual({ ok: true, value: { status: 'stale', head: 3, base: 1 } });
    expect(t.store.queries.some((q) => /INSERT/.test(q))).toBe(false);
    expect(t.close).toHaveBeenCalledTimes(1);
  });

  it('reports a hospital the role may not write', async () => {
    const t = deps({ head: undefined });
    expect(await handleGroupPush(t.d, APP, PUSH)).toEqual({ ok: true, value: { status: 'unknown-hospital' } });
  });

  it('returns the pulled bytes with their revision', async () => {
    const t = deps();
    const result = await handleGroupPull(t.d, APP, { revision: 4 });
    expect(result.ok && result.value && { revision: result.value.revision, text: Buffer.from(result.value.bytes).toString() }).toEqual({ revision: 4, text: '{"x":1}' });
  });

  it('turns a connection failure into a typed error without the password', async () => {
    const t = deps({ connectError: new Error('connect ECONNREFUSED 10.0.0.5:5432') });
    const result = await handleGroupPush(t.d, APP, PUSH);
    expect(code(result)).toBe('io-failed');
    expect(!result.ok && result.error.en).toContain('ECONNREFUSED');
    expect(JSON.stringify(result)).not.toContain('pa55');
  });

  it('registers exactly the four group channels', () => {
    const handle = vi.fn();
    registerGroupHandlers({ handle }, deps().d);
    expect(handle.mock.calls.map((c) => String(c[0])).sort()).toEqual(['planner:group-config-get', 'planner:group-config-set', 'planner:group-pull', 'planner:group-push']);
  });
});
