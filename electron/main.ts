// Main process. App lifecycle: single-instance lock, the app:// scheme, session hardening, IPC
// handlers and the window. Everything security-relevant lives in security.ts / protocol.ts /
// ipc.ts; this file only wires them in order.
import { join } from 'node:path';

import { BrowserWindow, app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';

import { registerBackupSecretHandlers } from './backupSecret';
import { registerGroupHandlers } from './groupSync';
import { registerIpcHandlers } from './ipc';
import { installAppProtocol, registerAppScheme } from './protocol';
import { backupBeforeClose } from './quit';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/** Where the bundled files are, relative to dist-electron/main.cjs. */
export type AppPaths = { distDir: string; preloadPath: string };

export function appPaths(mainDir: string): AppPaths {
  return { distDir: join(mainDir, '..', 'dist'), preloadPath: join(mainDir, 'preload.cjs') };
}

let mainWindow: BrowserWindow | undefined;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * Starts the desktop app. Returns false when another instance already holds the lock (R-E13):
 * this process quits and the first instance focuses its window.
 */
export function start(mainDir: string): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  const paths = appPaths(mainDir);
  const isDev = !app.isPackaged && process.env.XC_DEVTOOLS === '1';
  app.enableSandbox();
  registerAppScheme(protocol);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(async () => {
    hardenSession(session.defaultSession, isDev);
    installAppProtocol(protocol, paths.distDir);
    registerIpcHandlers({
      ipcMain,
      dialog,
      shell,
      getWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
      appInfo: () => ({ version: app.getVersion(), platform: process.platform, arch: process.arch, electron: process.versions.electron ?? '' }),
      backupDir: () => join(app.getPath('userData'), 'backups'),
    });
    registerGroupHandlers(ipcMain, { safeStorage, credentialsPath: () => join(app.getPath('userData'), 'group-store.bin') });
    registerBackupSecretHandlers(ipcMain, { safeStorage, secretPath: () => join(app.getPath('userData'), 'backup-secret.bin') });
    mainWindow = await createMainWindow(BrowserWindow, paths.preloadPath, isDev);
    mainWindow.on('closed', () => { mainWindow = undefined; });
    backupBeforeClose(mainWindow);
  }).catch((err: unknown) => {
    dialog.showErrorBox('信创迁移规划 / Xinchuang Planner', `启动失败 / Start failed: ${err instanceof Error ? err.message : String(err)}`);
    app.exit(1);
  });
  return true;
}

// The bundle (dist-electron/main.cjs) runs this on load; tests import start() with electron mocked.
if (process.env.VITEST === undefined) start(__dirname);
