// Unit tests (node) of the desktop's "生成 PDF" (electron/print.ts and its handler in ipc.ts): the
// report's page setup and footer from shared/report/page.ts in Electron's units, the footer text
// escaped, the file saved atomically where the user chose, a cancel writes nothing.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { IpcResult } from '../shared/ipc';
import { REPORT_PAGE } from '../shared/report/page';
import { handlePrintToPdf } from './ipc';
import type { IpcDeps } from './ipc';
import { electronPdfOptions } from './print';

vi.mock('electron', () => ({}));

const APP = { senderFrame: { url: 'app://planner/index.html' } } as never;
const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code);
const FOOTER = { text: '示例市第一人民医院（三甲） · 信息技术应用创新替代路线图', lang: 'zh' as const };

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'xc-print-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function deps() {
  const showSaveDialog = vi.fn((..._a: unknown[]) => Promise.resolve({ canceled: false, filePath: join(root, 'roadmap.pdf') }));
  const d = { ipcMain: { handle: vi.fn() }, dialog: { showOpenDialog: vi.fn(), showSaveDialog }, shell: { openExternal: vi.fn() }, getWindow: () => undefined, appInfo: () => ({}) } as unknown as IpcDeps;
  return { d, showSaveDialog };
}

describe('the report page in Electron units', () => {
  it('prints A4 with the report margins (mm → inches), outline, tags and the hospital footer', () => {
    const o = electronPdfOptions(FOOTER);
    expect(o).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: true, displayHeaderFooter: true, generateDocumentOutline: true, generateTaggedPDF: true });
    expect(o.margins.top * 25.4).toBeCloseTo(REPORT_PAGE.marginMm.top, 6);
    expect(o.margins.bottom * 25.4).toBeCloseTo(REPORT_PAGE.marginMm.bottom, 6);
    expect(o.margins.left * 25.4).toBeCloseTo(REPORT_PAGE.marginMm.left, 6);
    expect(o.margins.right * 25.4).toBeCloseTo(REPORT_PAGE.marginMm.right, 6);
    expect(o.footerTemplate).toContain('示例市第一人民医院（三甲） · 信息技术应用创新替代路线图');
    expect(o.footerTemplate).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
    expect(electronPdfOptions({ text: 'x', lang: 'en' }).footerTemplate).toContain('Page <span class="pageNumber"></span> of');
  });
  it('escapes the footer text, so a hospital name cannot add markup to the footer', () => {
    const o = electronPdfOptions({ text: '<img src=x onerror=alert(1)> & "医院"', lang: 'zh' });
    expect(o.footerTemplate).not.toContain('<img');
    expect(o.footerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;医院&quot;');
  });
});

describe('print to PDF', () => {
  it('prints the sender page with the report page setup and saves it atomically where the user chose', async () => {
    const { d, showSaveDialog } = deps();
    const printToPDF = vi.fn((_o: Record<string, unknown>) => Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')));
    const r = await handlePrintToPdf(d, { ...(APP as object), sender: { printToPDF } } as never, { suggestedName: '迁移路线图.pdf', footer: FOOTER });
    expect(r).toEqual({ ok: true, value: { saved: true, name: 'roadmap.pdf' } });
    expect(printToPDF.mock.calls[0]![0]).toEqual(electronPdfOptions(FOOTER));
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '迁移路线图.pdf' });
    expect(await readFile(join(root, 'roadmap.pdf'), 'utf8')).toBe('%PDF-1.7 test');
  });
  it('refuses a request without its footer or with a path in the name, and writes nothing on cancel or failure', async () => {
    const { d, showSaveDialog } = deps();
    const printToPDF = vi.fn(() => Promise.resolve(new Uint8Array([1])));
    const event = { ...(APP as object), sender: { printToPDF } } as never;
    expect(code(await handlePrintToPdf(d, event, { suggestedName: 'a.pdf' }))).toBe('invalid-payload');
    expect(code(await handlePrintToPdf(d, event, { suggestedName: '../a.pdf', footer: FOOTER }))).toBe('invalid-payload');
    expect(code(await handlePrintToPdf(d, event, { suggestedName: 'a.pdf', footer: { ...FOOTER, lang: 'fr' } }))).toBe('invalid-payload');
    expect(printToPDF).not.toHaveBeenCalled();
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handlePrintToPdf(d, event, { suggestedName: 'a.pdf', footer: FOOTER })).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(root)).toEqual([]);
    const failing = vi.fn(() => Promise.reject(new Error('render failed')));
    expect(code(await handlePrintToPdf(d, { ...(APP as object), sender: { printToPDF: failing } } as never, { suggestedName: 'a.pdf', footer: FOOTER }))).toBe('io-failed');
  });
});
