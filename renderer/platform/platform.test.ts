/** @vitest-environment jsdom */
// The platform layer's desktop branch: with `window.planner` present, files go through the
// bridge (native dialogs); bridge errors become a PlatformError with both languages.
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { PlannerBridge } from '../../shared/ipc';
import { PlatformError, desktopBackups, isDesktop, pickFile, printDocument, saveFile } from './index';

type Win = Window & { planner?: PlannerBridge };

function install(overrides: Partial<PlannerBridge>) {
  const bridge: PlannerBridge = {
    openFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { name: '资产.csv', bytes: new Uint8Array([65]) } })),
    saveFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { saved: true, name: 'out.csv' } })),
    appInfo: vi.fn(() => Promise.resolve({ ok: true as const, value: { version: '1', platform: 'linux', arch: 'x64', electron: '45' } })),
    openExternal: vi.fn(() => Promise.resolve({ ok: true as const, value: true })),
    backupWrite: vi.fn(() => Promise.resolve({ ok: true as const, value: { name: 'b', size: 1, modifiedAt: '2026-11-29T00:00:00.000Z' } })),
    backupList: vi.fn(() => Promise.resolve({ ok: true as const, value: { folder: '/u/backups', files: [] } })),
    backupRead: vi.fn(() => Promise.resolve({ ok: true as const, value: new Uint8Array([1]) })),
    backupDelete: vi.fn(() => Promise.resolve({ ok: true as const, value: true })),
    printToPdf: vi.fn(() => Promise.resolve({ ok: true as const, value: { saved: true, name: 'r.pdf' } })),
    groupConfigGet: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    groupConfigSet: vi.fn(() => Promise.resolve({ ok: true as const, value: { url: 'postgres://u@h/db', hospitalId: 'H1', hasPassword: true } })),
    groupPush: vi.fn(() => Promise.resolve({ ok: true as const, value: { status: 'pushed' as const, revision: 1 } })),
    groupPull: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    backupSecretGet: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    backupSecretSet: vi.fn(() => Promise.resolve({ ok: true as const, value: true })),
    ...overrides,
  };
  (window as Win).planner = bridge;
  return bridge;
}

afterEach(() => {
  delete (window as Win).planner;
});

describe('platform layer', () => {
  it('is the browser without a bridge', () => {
    expect(isDesktop()).toBe(false);
  });
  it('opens through the native dialog on the desktop', async () => {
    const bridge = install({});
    expect(isDesktop()).toBe(true);
    await expect(pickFile([{ name: 'CSV', extensions: ['csv'] }])).resolves.toEqual({ name: '资产.csv', bytes: new Uint8Array([65]) });
    expect(bridge.openFile).toHaveBeenCalledWith({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
  });
  it('returns undefined when the dialog is cancelled', async () => {
    install({ openFile: vi.fn(() => Promise.resolve({ ok: true as const, value: null })) });
    await expect(pickFile([])).resolves.toBeUndefined();
  });
  it('saves through the bridge with a filter from the extension', async () => {
    const bridge = install({});
    await expect(saveFile('采购清单.xlsx', new Uint8Array([1]), 'application/octet-stream')).resolves.toBe(true);
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: '采购清单.xlsx', data: new Uint8Array([1]), filters: [{ name: 'XLSX', extensions: ['xlsx'] }] });
  });
  it('turns a bridge error into a PlatformError with zh and en text', async () => {
    install({ openFile: vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'too-large' as const, zh: '文件过大', en: 'File too large' } })) });
    const err = await pickFile([]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ code: 'too-large', zh: '文件过大', en: 'File too large' });
  });
  it('rejects a malformed bridge answer', async () => {
    install({ saveFile: vi.fn(() => Promise.resolve('nonsense' as never)) });
    await expect(saveFile('a.csv', 'x', 'text/csv')).rejects.toBeInstanceOf(PlatformError);
  });
  it('prints to a PDF file through the shell on the desktop, and never opens the browser print dialog there', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const bridge = install({});
    const footer = { text: '示例医院 · 信创替代路线图', lang: 'zh' as const };
    await expect(printDocument('迁移路线图', footer)).resolves.toBe(true);
    expect(bridge.printToPdf).toHaveBeenCalledWith({ suggestedName: '迁移路线图.pdf', footer });
    expect(print).not.toHaveBeenCalled();
    install({ printToPdf: vi.fn(() => Promise.resolve({ ok: true as const, value: { saved: false } })) });
    await expect(printDocument('r.pdf', footer)).resolves.toBe(false);
    delete (window as Win).planner;
    await expect(printDocument('r.pdf', footer)).resolves.toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
  it('reaches the backup folder only on the desktop, with typed errors', async () => {
    expect(desktopBackups()).toBeUndefined();
    install({ backupRead: vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'invalid-payload' as const, zh: '请求参数无效', en: 'Invalid request', field: 'name' } })) });
    const backups = desktopBackups()!;
    await expect(backups.list()).resolves.toEqual({ folder: '/u/backups', files: [] });
    await expect(backups.read('../x')).rejects.toBeInstanceOf(PlatformError);
  });
});
