/**
 * The contract between the renderer and the desktop shell: channel names, request and result
 * types, limits, and the typed error every handler returns instead of throwing. The preload
 * exposes exactly one object of type `PlannerBridge` as `window.planner`; the main process
 * validates every payload (electron/validate.ts) and the sender's origin before acting.
 * No runtime dependencies here, so the sandboxed preload stays tiny.
 */

import type { Lang } from './model';

/** IPC channel names; the preload invokes nothing else. */
export const IPC_CHANNELS = {
  openFile: 'planner:open-file',
  saveFile: 'planner:save-file',
  appInfo: 'planner:app-info',
  openExternal: 'planner:open-external',
  backupWrite: 'planner:backup-write',
  backupList: 'planner:backup-list',
  backupRead: 'planner:backup-read',
  backupDelete: 'planner:backup-delete',
  printToPdf: 'planner:print-to-pdf',
  groupConfigGet: 'planner:group-config-get',
  groupConfigSet: 'planner:group-config-set',
  groupPush: 'planner:group-push',
  groupPull: 'planner:group-pull',
  backupSecretGet: 'planner:backup-secret-get',
  backupSecretSet: 'planner:backup-secret-set',
} as const;

/** The scheme and host the UI is served from in the desktop shell (`app://planner/index.html`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Largest file the open dialog reads (QUALITY.md R-I1: checked before reading): the project-file
 * cap, so restore from file and merge take any project file or backup the app accepts (a 100k
 * estate is about 54 MB). The renderer then applies the cap of the file's type (CSV/XLSX 20 MB).
 * Equal to IMPORT_LIMITS.projectBytes (asserted in electron/ipc.test.ts; no import, to keep the preload tiny).
 */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;
/** Largest payload the save handler writes (reports and full project exports: a project file at its cap). */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/**
 * Largest backup the shell writes or reads: a bundle of every project, so larger than one project
 * file. 512 MB is about the longest string V8 can build, which bounds one JSON bundle anyway.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** Limits on names and filters, so a payload cannot be used to flood the dialogs. */
export const MAX_NAME_CHARS = 255;
export const MAX_FILTERS = 10;

/** A dialog file-type filter, e.g. `{ name: 'CSV', extensions: ['csv'] }`. */
export type FileFilter = { name: string; extensions: string[] };

export type OpenFileRequest = { filters: FileFilter[]; title?: string };
/** The chosen file, or `null` when the user cancelled. */
export type OpenFileResult = { name: string; bytes: Uint8Array } | null;

export type SaveFileRequest = {
  suggestedName: string;
  /** Text is written as UTF-8 exactly as given (callers add a BOM where Excel needs one). */
  data: Uint8Array | string;
  filters?: FileFilter[];
  title?: string;
};
/** `saved:false` when the user cancelled; `name` is the chosen file's base name (never the full path). */
export type SaveFileResult = { saved: boolean; name?: string };

export type AppInfo = { version: string; platform: string; arch: string; electron: string };

export type OpenExternalRequest = { url: string };

/** Backups live in `<userData>/backups`; names must match shared/backup BACKUP_NAME_PATTERN. */
export type BackupWriteRequest = { name: string; data: Uint8Array };
export type BackupNameRequest = { name: string };
/** One backup file as listed; `sha256` only where the shell computed it (after a write). */
export type BackupFileInfo = { name: string; size: number; modifiedAt: string; sha256?: string };
/** The backup folder's full path (shown in Settings) and its backup files, newest first. */
export type BackupListResult = { folder: string; files: BackupFileInfo[] };

/**
 * The page function the desktop shell calls (webContents.executeJavaScript) when the window is
 * about to close, so the last changes are backed up before quitting; it returns a promise.
 */
export const BACKUP_FLUSH_GLOBAL = '__xcplanFlushBackups';

/**
 * Renders the calling page to a PDF on the report's page (shared/report/page.ts: A4, margins, the
 * footer with `footer.text` and the page number) and offers a save dialog.
 */
export type PrintToPdfRequest = { suggestedName: string; footer: { text: string; lang: Lang } };

// ── Group store (issue 17): the hospital group's PostgreSQL ─────────────────────────────────

/** What the renderer may know of the stored connection: never the password. */
export type GroupConfig = {
  /** `postgres://user@host:port/db?sslmode=…`, without the password. */
  url: string;
  hospitalId: string;
  hasPassword: boolean;
};
/** The connection to keep; the password is encrypted with the OS's secure storage (safeStorage). */
export type GroupConfigSetRequest = { url: string; hospitalId: string; password?: string };
/** A project file to push as the next revision; `baseRevision` is the revision it started from (0: none). */
export type GroupPushRequest = { data: Uint8Array; baseRevision: number; fileName: string };
export type GroupPushResult = { status: 'pushed'; revision: number } | { status: 'stale'; head: number; base: number } | { status: 'unknown-hospital' };
/** Pull the head revision, or `revision`. */
export type GroupPullRequest = { revision?: number };
export type GroupPullResult = { revision: number; bytes: Uint8Array; sha256: string; author: string; pushedAt: string } | null;

export type IpcErrorCode =
  | 'forbidden-sender'
  | 'not-configured'
  | 'unavailable'
  | 'invalid-payload'
  | 'too-large'
  | 'not-allowed'
  | 'no-space'
  | 'io-failed';

/** A typed failure: the code for programs, a message in both languages for people. */
export type IpcError = { code: IpcErrorCode; zh: string; en: string; field?: string };

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The one API object the preload exposes as `window.planner`. */
export type PlannerBridge = {
  openFile: (request: OpenFileRequest) => Promise<IpcResult<OpenFileResult>>;
  saveFile: (request: SaveFileRequest) => Promise<IpcResult<SaveFileResult>>;
  appInfo: () => Promise<IpcResult<AppInfo>>;
  openExternal: (request: OpenExternalRequest) => Promise<IpcResult<boolean>>;
  backupWrite: (request: BackupWriteRequest) => Promise<IpcResult<BackupFileInfo>>;
  backupList: () => Promise<IpcResult<BackupListResult>>;
  backupRead: (request: BackupNameRequest) => Promise<IpcResult<Uint8Array>>;
  backupDelete: (request: BackupNameRequest) => Promise<IpcResult<boolean>>;
  printToPdf: (request: PrintToPdfRequest) => Promise<IpcResult<SaveFileResult>>;
  groupConfigGet: () => Promise<IpcResult<GroupConfig | null>>;
  groupConfigSet: (request: GroupConfigSetRequest) => Promise<IpcResult<GroupConfig>>;
  groupPush: (request: GroupPushRequest) => Promise<IpcResult<GroupPushResult>>;
  groupPull: (request: GroupPullRequest) => Promise<IpcResult<GroupPullResult>>;
  /** The backup passphrase kept by the operating system's secret storage; null when none is kept. */
  backupSecretGet: () => Promise<IpcResult<string | null>>;
  /** Keeps (or, with null, forgets) the backup passphrase; false when no secure storage exists. */
  backupSecretSet: (request: BackupSecretRequest) => Promise<IpcResult<boolean>>;
};

/** The backup passphrase to keep, or null to forget it. */
export type BackupSecretRequest = { passphrase: string | null };

/** The exact key set of the bridge (R-E7: asserted by tests, nothing else may be exposed). */
export const BRIDGE_KEYS = ['appInfo', 'backupDelete', 'backupList', 'backupRead', 'backupSecretGet', 'backupSecretSet', 'backupWrite', 'groupConfigGet', 'groupConfigSet', 'groupPull', 'groupPush', 'openExternal', 'openFile', 'printToPdf', 'saveFile'] as const satisfies readonly (keyof PlannerBridge)[];

/** Builds a typed IPC error. */
export function ipcError(code: IpcErrorCode, zh: string, en: string, field?: string): IpcError {
  return field === undefined ? { code, zh, en } : { code, zh, en, field };
}

/** Wraps a value as a successful IPC result. */
export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed IPC result. */
export function ipcFail<T>(error: IpcError): IpcResult<T> {
  return { ok: false, error };
}

/** Type guard for results coming back over the bridge (the renderer trusts nothing blindly). */
export function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: { code?: unknown } };
  return v.ok === true || (v.ok === false && typeof v.error?.code === 'string');
}
