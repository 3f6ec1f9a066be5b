// Main process. Creates the one application window: secure webPreferences, hardened
// webContents, and the UI loaded from app://planner/ (never file://).
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

import { APP_ORIGIN } from '../shared/ipc';
import { hardenWebContents, secureWebPreferences } from './security';

/** The URL the window loads: the web build's index.html over the app protocol. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Options of the main window (exported so tests can assert them). */
export function mainWindowOptions(preloadPath: string, isDev: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '信创迁移规划',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, isDev),
  };
}

export type WindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Creates, hardens and loads the main window; shows it once it has painted. */
export async function createMainWindow(Ctor: WindowCtor, preloadPath: string, isDev: boolean): Promise<BrowserWindow> {
  const win = new Ctor(mainWindowOptions(preloadPath, isDev));
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY_URL);
  return win;
}
