// Unit tests (node, electron mocked) of the backup passphrase kept by safeStorage (issue 15 #11):
// foreign senders and bad payloads are refused before anything is read or written; the file holds
// only what safeStorage encrypted; without real secure storage nothing is kept.
import { describe, expect, it, vi } from 'vitest';

import { IPC_CHANNELS } from '../shared/ipc';
import type { IpcResult } from '../shared/ipc';
import { handleBackupSecretGet, handleBackupSecretSet, registerBackupSecretHandlers } from './backupSecret';
import type { BackupSecretDeps } from './backupSecret';

vi.mock('electron', () => ({}));

const APP = { senderFrame: { url: 'app://planner/index.html' } } as never;
const FOREIGN = [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'app://planner.evil.example/' } }, { senderFrame: null }, {}] as never[];
const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code);
const PATH = '/u/backup-secret.bin';

/** A safeStorage stand-in that really transforms the text, so plain text in the file would show. */
const fakeSafeStorage = (available = true, backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: vi.fn(() => available),
  getSelectedStorageBackend: vi.fn(() => backend),
  encryptString: vi.fn((text: string) => Buffer.from(`ENC:${Buffer.from(text).toString('base64').split('').reverse().join('')}`)),
  decryptString: vi.fn((data: Buffer) => {
    if (!data.toString().startsWith('ENC:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(data.toString().slice(4).split('').reverse().join(''), 'base64').toString();
  }),
});

function deps(options: { available?: boolean; backend?: string } = {}) {
  const files = new Map<string, Uint8Array>();
  const safeStorage = fakeSafeStorage(options.available ?? true, options.backend);
  const read = vi.fn((path: string) => Promise.resolve(files.get(path)));
  const write = vi.fn((path: string, data: Uint8Array) => Promise.resolve(void files.set(path, data)));
  const remove = vi.fn((path: string) => Promise.resolve(void files.delete(path)));
  const d: BackupSecretDeps = { safeStorage, secretPath: () => PATH, files: { read, write, remove } };
  return { d, files, safeStorage, read, write, remove };
}

describe('backup passphrase in the operating system secret storage', () => {
  it('keeps the passphrase only encrypted, and gives it back after a restart', async () => {
    const t = deps();
    expect(await handleBackupSecretGet(t.d, APP, undefined)).toEqual({ ok: true, value: null });
    expect(await handleBackupSecretSet(t.d, APP, { passphrase: '院内备份口令-2027' })).toEqual({ ok: true, value: true });
    const stored = Buffer.from(t.files.get(PATH)!).toString();
    expect(stored).not.toContain('院内备份口令');
    expect(stored).not.toContain(Buffer.from('院内备份口令-2027').toString('base64'));
    expect(t.safeStorage.encryptString).toHaveBeenCalledWith('院内备份口令-2027');
    // A new main process (same user, same file) reads it back.
    const restarted = { ...t.d, safeStorage: fakeSafeStorage() };
    expect(await handleBackupSecretGet(restarted, APP, undefined)).toEqual({ ok: true, value: '院内备份口令-2027' });
  });

  it('forgets it on request (the file is removed)', async () => {
    const t = deps();
    await handleBackupSecretSet(t.d, APP, { passphrase: 'p' });
    expect(await handleBackupSecretSet(t.d, APP, { passphrase: null })).toEqual({ ok: true, value: true });
    expect(t.files.has(PATH)).toBe(false);
    expect(await handleBackupSecretGet(t.d, APP, undefined)).toEqual({ ok: true, value: null });
  });

  it('keeps nothing without real secure storage (no keyring: basic_text, or unavailable)', async () => {
    for (const t of [deps({ backend: 'basic_text' }), deps({ available: false })]) {
      expect(await handleBackupSecretSet(t.d, APP, { passphrase: 'p' })).toEqual({ ok: true, value: false });
      expect(t.write).not.toHaveBeenCalled();
      expect(t.safeStorage.encryptString).not.toHaveBeenCalled();
      expect(await handleBackupSecretGet(t.d, APP, undefined)).toEqual({ ok: true, value: null });
    }
  });

  it('a file that no longer decrypts (another user or machine) reads as no passphrase, not an error', async () => {
    const t = deps();
    t.files.set(PATH, new Uint8Array(Buffer.from('garbage')));
    expect(await handleBackupSecretGet(t.d, APP, undefined)).toEqual({ ok: true, value: null });
  });

  it('refuses foreign senders and bad payloads before touching the file or safeStorage', async () => {
    const t = deps();
    for (const event of FOREIGN) {
      expect(code(await handleBackupSecretGet(t.d, event, undefined))).toBe('forbidden-sender');
      expect(code(await handleBackupSecretSet(t.d, event, { passphrase: 'p' }))).toBe('forbidden-sender');
    }
    for (const payload of [undefined, {}, { passphrase: '' }, { passphrase: 1 }, { passphrase: 'x'.repeat(1025) }, { passphrase: 'p', extra: 1 }]) {
      expect(code(await handleBackupSecretSet(t.d, APP, payload))).toBe('invalid-payload');
    }
    expect(code(await handleBackupSecretGet(t.d, APP, { x: 1 }))).toBe('invalid-payload');
    expect(t.read).not.toHaveBeenCalled();
    expect(t.write).not.toHaveBeenCalled();
    expect(t.remove).not.toHaveBeenCalled();
    expect(t.safeStorage.decryptString).not.toHaveBeenCalled();
  });

  it('registers exactly its two channels', () => {
    const handle = vi.fn();
    registerBackupSecretHandlers({ handle }, deps().d);
    expect(handle.mock.calls.map((c: unknown[]) => String(c[0]))).toEqual([IPC_CHANNELS.backupSecretGet, IPC_CHANNELS.backupSecretSet]);
  });
});
