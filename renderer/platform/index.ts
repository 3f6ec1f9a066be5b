/**
 * The renderer's only door to the host: the Electron preload bridge when it exists, the browser's
 * file input and downloads otherwise (`npm run web`). Views call these, never `window.*` bridges.
 */

import type { BackupFileInfo, BackupListResult, FileFilter, GroupConfig, GroupConfigSetRequest, GroupPullResult, GroupPushResult, IpcError, IpcResult, PlannerBridge, PrintToPdfRequest } from '../../shared/ipc';
import { isIpcResult } from '../../shared/ipc';

export type { FileFilter, GroupConfig } from '../../shared/ipc';

export type PickedFile = { name: string; bytes: Uint8Array };

/** A failure reported by the desktop shell (file too large, refused, disk error), with zh/en text. */
export class PlatformError extends Error {
  readonly code: IpcError['code'];
  readonly zh: string;
  readonly en: string;

  constructor(error: IpcError) {
    super(error.en);
    this.name = 'PlatformError';
    this.code = error.code;
    this.zh = error.zh;
    this.en = error.en;
  }
}

// Typed here as well as in renderer/global.d.ts, so files compiled without that declaration
// (tests under tsconfig.node.json) still check.
const bridge = (): PlannerBridge | undefined =>
  typeof window !== 'undefined' ? (window as Window & { planner?: PlannerBridge }).planner : undefined;

function unwrap<T>(result: IpcResult<T>): T {
  if (!isIpcResult(result)) throw new PlatformError({ code: 'io-failed', zh: '桌面程序返回了无法识别的结果', en: 'The desktop shell returned an unrecognised result' });
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

/** Lets the user choose a file to import. Resolves undefined when cancelled. */
export async function pickFile(filters: FileFilter[]): Promise<PickedFile | undefined> {
  const desktop = bridge();
  if (desktop) {
    const picked = unwrap(await desktop.openFile({ filters }));
    return picked ? { name: picked.name, bytes: picked.bytes } : undefined;
  }
  const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  const file = await new Promise<File | undefined>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
  if (!file) return undefined;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Saves bytes under a suggested name: the native save dialog (atomic write) on the desktop, a
 * download in the browser. Resolves false when the user cancelled the dialog; a desktop failure
 * rejects with a `PlatformError`.
 */
export async function saveFile(suggestedName: string, bytes: Uint8Array | string, mime: string): Promise<boolean> {
  const desktop = bridge();
  if (desktop) {
    const ext = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1];
    const filters = ext ? [{ name: ext.toUpperCase(), extensions: [ext.toLowerCase()] }] : undefined;
    return unwrap(await desktop.saveFile({ suggestedName, data: bytes, filters })).saved;
  }
  const blob = new Blob([typeof bytes === 'string' ? bytes : bytes.slice().buffer], { type: mime });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return Promise.resolve(true);
}

/** True inside the Electron shell (the preload bridge is present). */
export const isDesktop = (): boolean => bridge() !== undefined;

/**
 * Prints the current document on the report's page (shared/report/page.ts). Desktop: the shell
 * renders this page to a PDF with `footer` on every page and asks where to save it (resolves false
 * when the user cancelled). Web build: the browser's print dialog (save as PDF), whose footer comes
 * from the page's own @page rules; resolves true once the dialog has been shown.
 */
export async function printDocument(suggestedName: string, footer: PrintToPdfRequest['footer']): Promise<boolean> {
  const desktop = bridge();
  if (desktop) {
    const name = /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
    return unwrap(await desktop.printToPdf({ suggestedName: name, footer })).saved;
  }
  window.print();
  return Promise.resolve(true);
}

/**
 * The desktop backup folder (`<userData>/backups`). Undefined in the web build, where IndexedDB
 * is the only storage and backups are downloads.
 */
export const desktopBackups = (): DesktopBackups | undefined => {
  const desktop = bridge();
  if (!desktop) return undefined;
  return {
    write: async (name, data) => unwrap(await desktop.backupWrite({ name, data })),
    list: async () => unwrap(await desktop.backupList()),
    read: async (name) => unwrap(await desktop.backupRead({ name })),
    remove: async (name) => unwrap(await desktop.backupDelete({ name })),
    // A shell without these (an older build, a test bridge) keeps nothing.
    loadSecret: async () => (desktop.backupSecretGet ? unwrap(await desktop.backupSecretGet()) : null),
    saveSecret: async (passphrase) => (desktop.backupSecretSet ? unwrap(await desktop.backupSecretSet({ passphrase })) : false),
  };
};

/** Backup files in the desktop shell's backup folder; every call rejects with a PlatformError on failure. */
export type DesktopBackups = {
  write: (name: string, data: Uint8Array) => Promise<BackupFileInfo>;
  list: () => Promise<BackupListResult>;
  read: (name: string) => Promise<Uint8Array>;
  remove: (name: string) => Promise<boolean>;
  /** The backup passphrase kept by the system's secret storage (safeStorage), or null. */
  loadSecret: () => Promise<string | null>;
  /** Keeps (null: forgets) the backup passphrase; false when the system has no secure storage. */
  saveSecret: (passphrase: string | null) => Promise<boolean>;
};

/**
 * The hospital group's PostgreSQL store, reached through the desktop shell (issue 17). Undefined
 * in the web build: sync is a desktop feature.
 */
export const desktopGroupStore = (): DesktopGroupStore | undefined => {
  const desktop = bridge();
  if (!desktop) return undefined;
  return {
    config: async () => unwrap(await desktop.groupConfigGet()),
    configure: async (request) => unwrap(await desktop.groupConfigSet(request)),
    push: async (data, baseRevision, fileName) => unwrap(await desktop.groupPush({ data, baseRevision, fileName })),
    pull: async (revision) => unwrap(await desktop.groupPull(revision === undefined ? {} : { revision })),
  };
};

/** Every call rejects with a PlatformError on failure (not configured, no secure storage, server error). */
export type DesktopGroupStore = {
  config: () => Promise<GroupConfig | null>;
  configure: (request: GroupConfigSetRequest) => Promise<GroupConfig>;
  push: (data: Uint8Array, baseRevision: number, fileName: string) => Promise<GroupPushResult>;
  pull: (revision?: number) => Promise<GroupPullResult>;
};
