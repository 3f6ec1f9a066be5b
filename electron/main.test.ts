// Unit tests (node) of electron/main.ts, window.ts and preload.ts with the electron module
// mocked: single-instance lock (R-E13), sandbox for all renderers, scheme registered before
// ready, every webContents hardened, window options, and the exact preload surface (R-E7).
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { BRIDGE_KEYS, IPC_CHANNELS } from '../shared/ipc';

const h = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: unknown; loaded: string[] }[] = [];
  let ready: () => void = () => undefined;
  const state = { lock: true };
  class FakeWindow {
    options: unknown;
    loaded: string[] = [];
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      isPackaged: true,
      getVersion: () => '1.0.0',
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => { appListeners.set(name, fn); }),
      whenReady: vi.fn(() => new Promise<void>((resolve) => { ready = resolve; })),
    },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        on: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn() },
    safeStorage: { isEncryptionAvailable: vi.fn(() => true), encryptString: vi.fn(), decryptString: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })), on: vi.fn(), send: vi.fn() },
  };
  return { electron, appListeners, windows, state, fireReady: () => ready() };
});

vi.mock('electron', () => h.electron);

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    h.appListeners.clear();
    h.windows.length = 0;
  });

  it('quits at once when another instance holds the lock (R-E13), touching nothing else', async () => {
    h.state.lock = false;
    const { start } = await import('./main');
    expect(start('/opt/app/dist-electron')).toBe(false);
    expect(h.electron.app.quit).toHaveBeenCalled();
    expect(h.electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    h.state.lock = true;
  });

  it('wires the secure defaults in order and opens one hardened window on app://', async () => {
    const { start } = await import('./main');
    expect(start('/opt/app/dist-electron')).toBe(true);
    // Before ready: sandbox for every renderer, the privileged scheme, hardening of all webContents.
    expect(h.electron.app.enableSandbox).toHaveBeenCalled();
    expect(h.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(h.electron.protocol.handle).not.toHaveBeenCalled();
    expect(h.appListeners.has('web-contents-created')).toBe(true);
    expect(h.appListeners.has('second-instance')).toBe(true);

    h.fireReady();
    await flush();
    expect(h.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(h.electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect((h.electron.ipcMain.handle.mock.calls as unknown[][]).map((c) => String(c[0])).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.loaded).toEqual(['app://planner/index.html']);
    const prefs = (win.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(prefs.preload).toBe('/opt/app/dist-electron/preload.cjs');

    // Any later webContents (e.g. a devtools or a stray frame) gets the same handlers.
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    h.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect((contents.on.mock.calls as unknown[][]).map((c) => String(c[0]))).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });
});

describe('preload (R-E7)', () => {
  it('exposes exactly one frozen object with the allow-listed functions, no ipcRenderer', async () => {
    await import('./preload');
    expect(h.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = h.electron.contextBridge.exposeInMainWorld.mock.calls[0]! as unknown as [string, Record<string, unknown>];
    expect(name).toBe('planner');
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_KEYS]);
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(h.electron.ipcRenderer);
  });
  it('forwards only the payload to the fixed channel and never registers listeners', async () => {
    const { api } = await import('./preload');
    await api.saveFile({ suggestedName: 'a.csv', data: 'x' });
    await api.appInfo();
    expect(h.electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.csv', data: 'x' }],
      [IPC_CHANNELS.appInfo],
    ]);
    expect(h.electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(h.electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
