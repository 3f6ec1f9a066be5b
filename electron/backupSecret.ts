// Main process. The backup passphrase, when the user asks for encrypted backups, is kept only
// encrypted by the operating system's secret storage (Electron safeStorage, the same pattern as
// the group store's credentials in groupSync.ts) in <userData>/backup-secret.bin, so automatic
// backups go on after a restart without asking again. Never in IndexedDB, the settings or a log.
// Without real secure storage (Linux with no keyring: safeStorage's `basic_text`) nothing is
// kept and the passphrase lives in memory for the session only, as before.
import { unlink } from 'node:fs/promises';

import type { IpcMain, IpcMainInvokeEvent } from 'electron';

import { IPC_CHANNELS, ipcError, ipcFail, ipcOk } from '../shared/ipc';
import type { IpcResult } from '../shared/ipc';
import type { GroupDeps } from './groupSync';
import { secureStorageAvailable } from './groupSync';
import { guarded, readFileIfExists, writeFileAtomic } from './ipc';
import { checkBackupSecret, checkNoArgs } from './validate';

export type BackupSecretDeps = {
  safeStorage: GroupDeps['safeStorage'];
  /** `<userData>/backup-secret.bin` */
  secretPath: () => string;
  files?: { read: (path: string) => Promise<Uint8Array | undefined>; write: (path: string, data: Uint8Array) => Promise<void>; remove: (path: string) => Promise<void> };
};

const defaultFiles = {
  read: readFileIfExists,
  write: (path: string, data: Uint8Array) => writeFileAtomic(path, data),
  remove: (path: string) =>
    unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    }),
};

const failed = (zh: string, en: string, err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  return ipcFail<never>(ipcError('io-failed', `${zh}失败：${detail}`, `${en} failed: ${detail}`));
};

/** The kept passphrase; null when none is kept, secure storage is missing, or it no longer decrypts. */
export async function handleBackupSecretGet(deps: BackupSecretDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<string | null>> {
  return guarded(event, payload, checkNoArgs, async () => {
    if (!secureStorageAvailable(deps.safeStorage)) return ipcOk(null);
    const bytes = await (deps.files ?? defaultFiles).read(deps.secretPath()).catch(() => undefined);
    if (!bytes) return ipcOk(null);
    try {
      const passphrase = deps.safeStorage.decryptString(Buffer.from(bytes));
      return ipcOk(passphrase === '' ? null : passphrase);
    } catch {
      // Another user's or machine's key: the user is asked again, as on a first run.
      return ipcOk(null);
    }
  });
}

/** Keeps the passphrase encrypted (false: no secure storage here, nothing written) or forgets it. */
export async function handleBackupSecretSet(deps: BackupSecretDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<boolean>> {
  return guarded(event, payload, checkBackupSecret, async ({ passphrase }) => {
    const files = deps.files ?? defaultFiles;
    try {
      if (passphrase === null) {
        await files.remove(deps.secretPath());
        return ipcOk(true);
      }
      if (!secureStorageAvailable(deps.safeStorage)) return ipcOk(false);
      await files.write(deps.secretPath(), new Uint8Array(deps.safeStorage.encryptString(passphrase)));
      return ipcOk(true);
    } catch (err) {
      return passphrase === null ? failed('删除已保存的备份口令', 'Forgetting the backup passphrase', err) : failed('保存备份口令', 'Keeping the backup passphrase', err);
    }
  });
}

/** Registers the two handlers on ipcMain. Call once, after `ready`. */
export function registerBackupSecretHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: BackupSecretDeps): void {
  ipcMain.handle(IPC_CHANNELS.backupSecretGet, (event, payload: unknown) => handleBackupSecretGet(deps, event, payload));
  ipcMain.handle(IPC_CHANNELS.backupSecretSet, (event, payload: unknown) => handleBackupSecretSet(deps, event, payload));
}
