// Main process. The security defaults of QUALITY.md §1 in one place: webPreferences, the CSP,
// navigation / window-open / webview / permission handlers, offline request blocking and the
// openExternal allow-list. Every origin check parses a URL; none uses startsWith.
import type { Session, WebContents, WebPreferences } from 'electron';

import { APP_HOST, APP_SCHEME } from '../shared/ipc';

/**
 * The Content-Security-Policy sent as a response header by the app:// protocol (R-E2). It equals
 * the web build's <meta> policy plus `frame-ancestors`, which a meta tag cannot carry. Inline
 * styles stay allowed because React and d3 set style attributes; scripts never are.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Hosts `shell.openExternal` may open (policy pages users cite in plans), https only (R-E9). */
export const EXTERNAL_ALLOWED_HOSTS: readonly string[] = ['www.gov.cn', 'www.miit.gov.cn', 'www.nhc.gov.cn', 'www.nhsa.gov.cn'];

/** Schemes a renderer request may use at all; everything else (http, https, ws, ftp, file...) is cancelled (R-E6). */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:']);
/** The developer tools' own schemes: allowed only in development, where devTools is on (issue 15 #11). */
const DEV_REQUEST_SCHEMES = new Set(['devtools:', 'chrome-extension:']);

/** The webPreferences of every window (R-E1). `devTools` only in development. */
export function secureWebPreferences(preloadPath: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: isDev,
  };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when the URL is inside the app itself (`app://planner/...`), by parsed scheme and host. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== undefined && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.username === '' && u.password === '';
}

/** True when a renderer request may proceed (the app's own scheme, data:, blob:; the devtools' schemes in development only). */
export function isAllowedRequest(url: string, isDev = false): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return ALLOWED_REQUEST_SCHEMES.has(u.protocol) || (isDev && DEV_REQUEST_SCHEMES.has(u.protocol));
}

/** True when `shell.openExternal` may open the URL: https on an allow-listed host, no credentials, default port. */
export function isAllowedExternal(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '' && EXTERNAL_ALLOWED_HOSTS.includes(u.hostname);
}

/** Minimal shape of Electron's `shell` used here (mockable in tests). */
export type ShellLike = { openExternal: (url: string) => Promise<void> };

/** Opens an allow-listed URL in the system browser; refuses (returns false) anything else. */
export async function openExternalSafely(shell: ShellLike, url: string): Promise<boolean> {
  if (!isAllowedExternal(url)) return false;
  await shell.openExternal(new URL(url).toString());
  return true;
}

/**
 * Locks one webContents down (R-E4, checklist 12-14): no navigation away from the app, no
 * redirects out, no new windows, no <webview>. Applies to every webContents ever created.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Locks the session down (R-E5, R-E6): every permission request and check is denied, and every
 * request other than the app's own scheme, data: and blob: is cancelled (the app is offline).
 */
export function hardenSession(session: Session, isDev = false): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, isDev) });
  });
  session.on('will-download', (event) => {
    // Exports go through the save dialog in the main process, never a renderer download.
    event.preventDefault();
  });
}
