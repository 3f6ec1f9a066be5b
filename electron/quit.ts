// Main process. Backup on quit (issue 7): when the window is asked to close, the close is held
// until the page has backed up its last changes (the renderer's BACKUP_FLUSH_GLOBAL function), or
// a time limit passes, then the window closes for real. Without this, a backup started from the
// page's `pagehide` would be cut off when the renderer process ends.
import { BACKUP_FLUSH_GLOBAL } from '../shared/ipc';

/** The part of BrowserWindow this uses (replaceable in tests). */
export type ClosableWindow = {
  on: (event: 'close', listener: (event: { preventDefault: () => void }) => void) => unknown;
  close: () => void;
  isDestroyed: () => boolean;
  webContents: { executeJavaScript: (code: string, userGesture?: boolean) => Promise<unknown> };
};

/** The most a close waits for the backup. */
export const FLUSH_TIMEOUT_MS = 20_000;

/** The code run in the page: calls the flush function when the app defined it. */
export const FLUSH_SCRIPT = `typeof globalThis.${BACKUP_FLUSH_GLOBAL} === 'function' ? globalThis.${BACKUP_FLUSH_GLOBAL}() : null`;

/**
 * Holds the first close of `win` until the page's backup finished (or failed, or timed out).
 * @param win the main window
 * @param timeoutMs longest wait
 */
export function backupBeforeClose(win: ClosableWindow, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || win.isDestroyed()) return;
    event.preventDefault();
    flushed = true;
    const flush = win.webContents.executeJavaScript(FLUSH_SCRIPT, false).catch(() => null);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    void Promise.race([flush, limit]).finally(() => {
      clearTimeout(timer);
      if (!win.isDestroyed()) win.close();
    });
  });
}
