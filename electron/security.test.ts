// Unit tests (node) of electron/security.ts: webPreferences, CSP, navigation / window-open /
// webview / permission handlers, offline request blocking and the openExternal allow-list.
import { describe, expect, it, vi } from 'vitest';

import {
  CSP,
  hardenSession,
  hardenWebContents,
  isAllowedExternal,
  isAllowedRequest,
  isAppUrl,
  openExternalSafely,
  secureWebPreferences,
} from './security';

vi.mock('electron', () => ({}));

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => { listeners.set(name, fn); return contents; },
    setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => { openHandler = fn; },
  };
  const fire = (name: string, ...args: unknown[]) => {
    const fn = listeners.get(name);
    if (!fn) throw new Error(`no ${name} listener`);
    fn(...args);
  };
  return { contents, fire, openHandler: () => openHandler, listeners };
}

const navEvent = (url?: string) => ({ preventDefault: vi.fn(), url });

describe('secureWebPreferences (R-E1)', () => {
  it('sets every hardening value explicitly', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
  it('allows devtools only in development', () => {
    expect(secureWebPreferences('p', true).devTools).toBe(true);
  });
});

describe('CSP (R-E2)', () => {
  it('is strict: no eval, no remote origins, no framing', () => {
    for (const d of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
      expect(CSP).toContain(d);
    }
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe/);
    expect(CSP.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });
});

describe('URL checks', () => {
  it('recognises only app://planner as the app', () => {
    expect(isAppUrl('app://planner/index.html')).toBe(true);
    expect(isAppUrl('app://planner.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@planner/')).toBe(false);
    expect(isAppUrl('https://planner/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('cancels every network scheme (R-E6)', () => {
    for (const url of ['http://example.com/', 'https://example.com/', 'ws://x/', 'wss://x/', 'ftp://x/', 'file:///etc/passwd', 'app://other/x']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
    for (const url of ['app://planner/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://planner/1234']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });
  it('refuses devtools: and chrome-extension: outside development (issue 15 #11)', () => {
    for (const url of ['devtools://devtools/bundled/inspector.html', 'chrome-extension://abcdefghijklmnop/background.js']) {
      expect(isAllowedRequest(url), url).toBe(false);
      expect(isAllowedRequest(url, true), url).toBe(true);
    }
  });
});

describe('hardenWebContents (R-E4)', () => {
  it('blocks navigation and redirects away from the app, keeps in-app navigation', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never);
    for (const url of ['https://example.com/', 'app://planner.attacker.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const e = navEvent();
      fire('will-navigate', e, url);
      expect(e.preventDefault, url).toHaveBeenCalled();
      const r = navEvent();
      fire('will-redirect', r, url);
      expect(r.preventDefault, url).toHaveBeenCalled();
      const f = navEvent(url);
      fire('will-frame-navigate', f);
      expect(f.preventDefault, url).toHaveBeenCalled();
    }
    const ok = navEvent();
    fire('will-navigate', ok, 'app://planner/index.html#/plan');
    expect(ok.preventDefault).not.toHaveBeenCalled();
  });
  it('denies every new window and every <webview>', () => {
    const { contents, fire, openHandler } = fakeContents();
    hardenWebContents(contents as never);
    for (const url of ['https://example.com/', 'app://planner/index.html', 'about:blank']) {
      expect(openHandler()?.({ url })).toEqual({ action: 'deny' });
    }
    const e = navEvent();
    fire('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession (R-E5, R-E6)', () => {
  function fakeSession() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      on: vi.fn(),
    };
    hardenSession(s as never);
    return s;
  }
  it('denies every permission request and check', () => {
    const s = fakeSession();
    const request = s.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'persistent-storage']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb, permission).toHaveBeenCalledWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(check({}, 'media', 'app://planner', {})).toBe(false);
    const device = s.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);
  });
  it('cancels http/https/ws requests and passes app:// ones', () => {
    const s = fakeSession();
    const handler = s.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const verdict = (url: string) => {
      const cb = vi.fn();
      handler({ url }, cb);
      return (cb.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    expect(verdict('https://example.com/track')).toBe(true);
    expect(verdict('http://127.0.0.1:8080/')).toBe(true);
    expect(verdict('ws://127.0.0.1:1/')).toBe(true);
    expect(verdict('app://planner/assets/index.js')).toBe(false);
  });
  it('refuses renderer downloads (exports go through the save dialog)', () => {
    const s = fakeSession();
    const [name, fn] = s.on.mock.calls[0]! as [string, (e: { preventDefault: () => void }) => void];
    expect(name).toBe('will-download');
    const e = navEvent();
    fn(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('openExternal allow-list (R-E9)', () => {
  it('refuses javascript:, file:, smb:, ms-msdt:, http and unknown hosts without calling the shell', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'http://www.gov.cn/',
      'https://www.gov.cn.attacker.com/',
      'https://user@www.gov.cn/',
      'https://www.gov.cn:8443/',
      'https://example.com/',
      '',
    ]) {
      expect(isAllowedExternal(url), url).toBe(false);
      await expect(openExternalSafely(shell, url)).resolves.toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
  it('opens an allow-listed https page', async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    await expect(openExternalSafely(shell, 'https://www.nhc.gov.cn/guidance')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.nhc.gov.cn/guidance');
  });
});
