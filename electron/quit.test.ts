// Unit tests (node) of electron/quit.ts: the first close waits for the page's backup, then closes;
// a hung or failing page never keeps the window open past the limit.
import { describe, expect, it, vi } from 'vitest';

import { FLUSH_SCRIPT, backupBeforeClose } from './quit';

vi.mock('electron', () => ({}));

function fakeWindow(flush: () => Promise<unknown>) {
  let listener: ((event: { preventDefault: () => void }) => void) | undefined;
  const win = {
    on: vi.fn((_e: 'close', fn: (event: { preventDefault: () => void }) => void) => {
      listener = fn;
    }),
    close: vi.fn(() => listener?.({ preventDefault })),
    isDestroyed: () => false,
    webContents: { executeJavaScript: vi.fn((_code: string) => flush()) },
  };
  const preventDefault = vi.fn();
  const userClose = () => listener?.({ preventDefault });
  return { win, preventDefault, userClose };
}

describe('backup before close', () => {
  it('holds the close until the page finished its backup, then closes once', async () => {
    let finish: () => void = () => undefined;
    const { win, preventDefault, userClose } = fakeWindow(() => new Promise<void>((resolve) => (finish = resolve)));
    backupBeforeClose(win);
    userClose();
    expect(preventDefault).toHaveBeenCalledTimes(1);
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(FLUSH_SCRIPT, false);
    await new Promise((r) => setTimeout(r, 10));
    expect(win.close).not.toHaveBeenCalled();
    finish();
    await new Promise((r) => setTimeout(r, 10));
    expect(win.close).toHaveBeenCalledTimes(1);
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });
  it('closes after the time limit when the page hangs, and at once when it fails', async () => {
    const hung = fakeWindow(() => new Promise(() => undefined));
    backupBeforeClose(hung.win, 30);
    hung.userClose();
    await new Promise((r) => setTimeout(r, 60));
    expect(hung.win.close).toHaveBeenCalledTimes(1);
    const failing = fakeWindow(() => Promise.reject(new Error('page gone')));
    backupBeforeClose(failing.win, 10_000);
    failing.userClose();
    await new Promise((r) => setTimeout(r, 10));
    expect(failing.win.close).toHaveBeenCalledTimes(1);
  });
});
