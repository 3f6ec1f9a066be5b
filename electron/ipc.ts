// Main process. The IPC handlers behind `window.planner` (shared/ipc.ts). Each handler first
// checks the sender frame's origin, then the payload schema, and only then acts; failures are
// typed `IpcResult` errors, never throws (R-E8). Files are read with a size cap checked before
// reading (R-I1) and written atomically: temp file + fsync + rename + fsync of the directory (R-X3).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, stat, statfs, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';

import { parseBackupFileName } from '../shared/backup/naming';
import { IPC_CHANNELS, MAX_BACKUP_BYTES, MAX_OPEN_BYTES, ipcError, ipcFail, ipcOk } from '../shared/ipc';
import type { AppInfo, BackupFileInfo, BackupListResult, IpcResult, OpenFileResult, SaveFileResult } from '../shared/ipc';
import { electronPdfOptions } from './print';
import { openExternalSafely } from './security';
import type { ShellLike } from './security';
import { checkBackupName, checkBackupWrite, checkNoArgs, checkOpenExternal, checkOpenFile, checkPrintToPdf, checkSaveFile, checkSender } from './validate';
import type { Checked } from './validate';

/** The file-system calls the handlers use (replaceable in tests). */
export type FileOps = {
  stat: (path: string) => Promise<{ size: number; isFile: () => boolean }>;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFileAtomic: (path: string, data: Uint8Array | string) => Promise<void>;
};

export type IpcDeps = {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: ShellLike;
  getWindow: () => BrowserWindow | undefined;
  appInfo: () => AppInfo;
  fs?: FileOps;
  /** The backup folder (`<userData>/backups`); created on first write. */
  backupDir?: () => string;
  /** Bytes free for this user on the disk holding `dir` (replaced in tests). */
  freeBytes?: (dir: string) => Promise<number>;
};

/** Room a backup must leave free on its disk, so a backup never fills the disk to the last byte. */
export const BACKUP_SPARE_BYTES = 64 * 1024 * 1024;

const statfsFreeBytes = async (dir: string): Promise<number> => {
  const info = await statfs(dir);
  return info.bavail * info.bsize;
};

/** The low-level handle calls `writeFileAtomic` makes (replaceable in tests to simulate a failure). */
export type AtomicFs = {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
};

/** A file's bytes, or undefined when it does not exist (other errors are thrown). */
export const readFileIfExists = (path: string): Promise<Uint8Array | undefined> =>
  readFile(path).then(
    (b) => new Uint8Array(b),
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    },
  );

/**
 * Writes `data` to `path` so that the target is either the old file or the complete new one:
 * the bytes go to a temp file in the same directory, are fsynced, then renamed over the target.
 * On any failure the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, fs: AtomicFs = { open, rename, unlink }): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncDirectory(dirname(path), fs);
}

/**
 * fsyncs a directory so a rename in it survives a power cut (the rename itself lives in the
 * directory's entries). Windows cannot open a directory for fsync (EPERM/EISDIR): skipped there,
 * where NTFS journals the rename.
 */
export async function syncDirectory(dir: string, fs: Pick<AtomicFs, 'open'> = { open }): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EACCES' && code !== 'EINVAL') throw err;
  } finally {
    await handle?.close();
  }
}

const defaultFs: FileOps = { stat, readFile, writeFileAtomic: (p, d) => writeFileAtomic(p, d) };

const ioFailed = (zh: string, en: string, err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  return ipcError('io-failed', `${zh}失败：${detail}`, `${en} failed: ${detail}`);
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Every handler's prologue (R-E8): the sender's origin, then the payload schema, only then the action. */
export async function guarded<T, R>(event: IpcMainInvokeEvent, payload: unknown, check: (payload: unknown) => Checked<T>, act: (request: T) => Promise<IpcResult<R>>): Promise<IpcResult<R>> {
  const sender = checkSender(event);
  if (sender) return ipcFail(sender);
  const req = check(payload);
  if (!req.ok) return ipcFail(req.error);
  return act(req.value);
}

/** Handles an open-file request (exported for tests). */
export async function handleOpenFile(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<OpenFileResult>> {
  return guarded(event, payload, checkOpenFile, async (req) => {
    const fs = deps.fs ?? defaultFs;
    const options: OpenDialogOptions = { properties: ['openFile'], filters: req.filters, title: req.title };
    const win = deps.getWindow();
    const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return ipcOk(null);
    try {
      const info = await fs.stat(path);
      if (!info.isFile()) return ipcFail(ipcError('invalid-payload', '所选路径不是文件', 'The chosen path is not a file'));
      if (info.size > MAX_OPEN_BYTES) {
        return ipcFail(ipcError('too-large', `文件过大（${mb(info.size)} MB > ${mb(MAX_OPEN_BYTES)} MB）`, `File too large (${mb(info.size)} MB > ${mb(MAX_OPEN_BYTES)} MB)`));
      }
      const bytes = await fs.readFile(path);
      return ipcOk({ name: basename(path), bytes: new Uint8Array(bytes) });
    } catch (err) {
      return ipcFail(ioFailed('读取文件', 'Reading the file', err));
    }
  });
}

/** Handles a save-file request (exported for tests). */
export async function handleSaveFile(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<SaveFileResult>> {
  return guarded(event, payload, checkSaveFile, async (req) => {
    const fs = deps.fs ?? defaultFs;
    const options: SaveDialogOptions = { defaultPath: req.suggestedName, filters: req.filters, title: req.title };
    const win = deps.getWindow();
    const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ipcOk({ saved: false });
    try {
      await fs.writeFileAtomic(choice.filePath, req.data);
      return ipcOk({ saved: true, name: basename(choice.filePath) });
    } catch (err) {
      return ipcFail(ioFailed('写入文件', 'Writing the file', err));
    }
  });
}

/** Handles an open-external request: allow-listed https URLs only (R-E9). */
export async function handleOpenExternal(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<boolean>> {
  return guarded(event, payload, checkOpenExternal, async (req) => {
    try {
      const opened = await openExternalSafely(deps.shell, req.url);
      if (!opened) return ipcFail(ipcError('not-allowed', '该链接不在允许打开的网址清单内', 'This link is not on the list of sites the app may open', 'url'));
      return ipcOk(true);
    } catch (err) {
      return ipcFail(ioFailed('打开链接', 'Opening the link', err));
    }
  });
}

/** Handles an app-info request. */
export function handleAppInfo(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): IpcResult<AppInfo> {
  const sender = checkSender(event);
  if (sender) return ipcFail(sender);
  if (payload !== undefined) return ipcFail(ipcError('invalid-payload', '此请求不接受参数', 'This request takes no arguments'));
  return ipcOk(deps.appInfo());
}

// ── Backups (issue 7) ───────────────────────────────────────────────────────────────────────
// Names are validated against BACKUP_NAME_PATTERN (no separators, fixed prefix and extension), and
// the resolved path is checked again to lie directly inside the backup folder.

function backupPath(deps: IpcDeps, name: string): string | undefined {
  if (!deps.backupDir) return undefined;
  const dir = resolve(deps.backupDir());
  const path = resolve(dir, name);
  return dirname(path) === dir && basename(path) === name && parseBackupFileName(name) ? path : undefined;
}

const noBackupDir = () => ipcFail<never>(ipcError('not-allowed', '备份文件夹不可用', 'The backup folder is not available', 'name'));

/** Writes one backup atomically, then reads it back and returns its size and SHA-256 (exported for tests). */
export async function handleBackupWrite(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<BackupFileInfo>> {
  return guarded(event, payload, checkBackupWrite, async (req) => {
    const path = backupPath(deps, req.name);
    if (!path) return noBackupDir();
    const fs = deps.fs ?? defaultFs;
    try {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // Checked before writing: a full disk is named as such, and earlier backups stay as they are.
      const free = await (deps.freeBytes ?? statfsFreeBytes)(dirname(path)).catch(() => Infinity);
      if (free < req.data.byteLength + BACKUP_SPARE_BYTES) {
        const need = mb(req.data.byteLength + BACKUP_SPARE_BYTES);
        return ipcFail(ipcError('no-space', `备份所在磁盘空间不足（可用 ${mb(free)} MB，需要 ${need} MB），未写入；之前的备份未受影响`, `Not enough free disk space for the backup (${mb(free)} MB free, ${need} MB needed); nothing was written and earlier backups are untouched`));
      }
      await fs.writeFileAtomic(path, req.data);
      const back = await fs.readFile(path);
      const info = await stat(path);
      return ipcOk({ name: req.name, size: back.byteLength, modifiedAt: info.mtime.toISOString(), sha256: createHash('sha256').update(back).digest('hex') });
    } catch (err) {
      return ipcFail(ioFailed('写入备份', 'Writing the backup', err));
    }
  });
}

/** Lists the backup files, newest first; other files in the folder are ignored. */
export async function handleBackupList(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<BackupListResult>> {
  return guarded(event, payload, checkNoArgs, async () => {
    if (!deps.backupDir) return noBackupDir();
    const folder = resolve(deps.backupDir());
    try {
      const names = await readdir(folder).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return [] as string[];
        throw err;
      });
      const files: BackupFileInfo[] = [];
      for (const name of names) {
        if (!parseBackupFileName(name)) continue;
        const info = await stat(join(folder, name));
        if (info.isFile()) files.push({ name, size: info.size, modifiedAt: info.mtime.toISOString() });
      }
      files.sort((a, b) => (a.name < b.name ? 1 : -1));
      return ipcOk({ folder, files });
    } catch (err) {
      return ipcFail(ioFailed('读取备份列表', 'Listing the backups', err));
    }
  });
}

/** Reads one backup (size checked before reading). */
export async function handleBackupRead(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<Uint8Array>> {
  return guarded(event, payload, checkBackupName, async (req) => {
    const path = backupPath(deps, req.name);
    if (!path) return noBackupDir();
    const fs = deps.fs ?? defaultFs;
    try {
      const info = await fs.stat(path);
      if (!info.isFile()) return ipcFail(ipcError('invalid-payload', '备份不是文件', 'The backup is not a file', 'name'));
      if (info.size > MAX_BACKUP_BYTES) return ipcFail(ipcError('too-large', `备份过大（${mb(info.size)} MB）`, `Backup too large (${mb(info.size)} MB)`));
      return ipcOk(new Uint8Array(await fs.readFile(path)));
    } catch (err) {
      return ipcFail(ioFailed('读取备份', 'Reading the backup', err));
    }
  });
}

/** Deletes one backup (retention); a missing file counts as deleted. */
export async function handleBackupDelete(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<boolean>> {
  return guarded(event, payload, checkBackupName, async (req) => {
    const path = backupPath(deps, req.name);
    if (!path) return noBackupDir();
    try {
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      return ipcOk(true);
    } catch (err) {
      return ipcFail(ioFailed('删除备份', 'Deleting the backup', err));
    }
  });
}

// ── Print to PDF (issue 7: the roadmap report) ────────────────────────────────────────────────

/** The part of WebContents the print handler uses. */
export type PrintableSender = { printToPDF: (options: Record<string, unknown>) => Promise<Uint8Array> };

/** Renders the sender's page on the report's page setup (electron/print.ts), then asks where to save it. */
export async function handlePrintToPdf(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<SaveFileResult>> {
  return guarded(event, payload, checkPrintToPdf, async (req) => {
    const fs = deps.fs ?? defaultFs;
    try {
      const contents = event.sender as unknown as PrintableSender;
      const pdf = await contents.printToPDF(electronPdfOptions(req.footer));
      const options: SaveDialogOptions = { defaultPath: req.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const win = deps.getWindow();
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ipcOk({ saved: false });
      await fs.writeFileAtomic(choice.filePath, new Uint8Array(pdf));
      return ipcOk({ saved: true, name: basename(choice.filePath) });
    } catch (err) {
      return ipcFail(ioFailed('生成 PDF', 'Making the PDF', err));
    }
  });
}

/** Registers every handler of `IPC_CHANNELS` on ipcMain. Call once, after `ready`. */
export function registerIpcHandlers(deps: IpcDeps): void {
  deps.ipcMain.handle(IPC_CHANNELS.openFile, (event, payload: unknown) => handleOpenFile(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.saveFile, (event, payload: unknown) => handleSaveFile(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.openExternal, (event, payload: unknown) => handleOpenExternal(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.appInfo, (event, payload: unknown) => handleAppInfo(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.backupWrite, (event, payload: unknown) => handleBackupWrite(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.backupList, (event, payload: unknown) => handleBackupList(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.backupRead, (event, payload: unknown) => handleBackupRead(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.backupDelete, (event, payload: unknown) => handleBackupDelete(deps, event, payload));
  deps.ipcMain.handle(IPC_CHANNELS.printToPdf, (event, payload: unknown) => handlePrintToPdf(deps, event, payload));
}
