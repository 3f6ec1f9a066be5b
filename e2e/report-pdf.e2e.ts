/**
 * One report page (issue 18 #4): the app's "生成 PDF" and `xcplan report` print the same pages.
 *
 * The app's print path runs for real up to Chromium: the report view's button → renderer/platform
 * → the preload bridge (stood in for by a function that calls the main process's own
 * `handlePrintToPdf` from electron/ipc.ts in Node) → `webContents.printToPDF`, emulated as Electron
 * does it: its options become Chromium's print settings (Electron's `sanitizePrintOptions`, the same
 * settings DevTools' Page.printToPDF takes) for this page. The command line's PDF comes from
 * `renderReportPdf` (shared/cli/reportPdf.ts) on the same sample. Both PDFs are read back with
 * poppler's `pdftotext -bbox` and compared: page count, page size, the footer on every page, the
 * text of every page, and the margins the text keeps.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { handlePrintToPdf } from '../electron/ipc';
import type { IpcDeps } from '../electron/ipc';
import { renderReportPdf } from '../shared/cli/reportPdf';
import type { PrintToPdfRequest } from '../shared/ipc';
import type { Lang, ProjectFile } from '../shared/model';
import { buildReport, REPORT_PAGE } from '../shared/report';
import type { ReportModel } from '../shared/report';
import type { E2EContext } from './harness';
import { ROOT } from './harness';

const fail = (message: string): never => {
  throw new Error(`report-pdf e2e: ${message}`);
};

/** Electron's paper sizes in inches (lib/browser/api/web-contents: paperFormats). */
const ELECTRON_PAPER: Record<string, { width: number; height: number }> = { a4: { width: 8.27, height: 11.7 }, letter: { width: 8.5, height: 11 } };

type ElectronPdfOptions = {
  pageSize?: string; landscape?: boolean; displayHeaderFooter?: boolean; headerTemplate?: string; footerTemplate?: string; printBackground?: boolean;
  scale?: number; margins?: { top?: number; bottom?: number; left?: number; right?: number }; pageRanges?: string; preferCSSPageSize?: boolean;
  generateTaggedPDF?: boolean; generateDocumentOutline?: boolean;
};

/** Electron's `printToPDF` options as the print settings it hands Chromium (its defaults included). */
function electronPrintSettings(o: ElectronPdfOptions) {
  const paper = ELECTRON_PAPER[(o.pageSize ?? 'letter').toLowerCase()] ?? fail(`unknown page size ${o.pageSize}`);
  const m = o.margins ?? {};
  return {
    landscape: o.landscape ?? false,
    displayHeaderFooter: o.displayHeaderFooter ?? false,
    headerTemplate: o.headerTemplate ?? '',
    footerTemplate: o.footerTemplate ?? '',
    printBackground: o.printBackground ?? false,
    scale: o.scale ?? 1,
    marginTop: m.top ?? 0.4,
    marginBottom: m.bottom ?? 0.4,
    marginLeft: m.left ?? 0.4,
    marginRight: m.right ?? 0.4,
    pageRanges: o.pageRanges ?? '',
    preferCSSPageSize: o.preferCSSPageSize ?? false,
    generateTaggedPDF: o.generateTaggedPDF ?? false,
    generateDocumentOutline: o.generateDocumentOutline ?? false,
    paperWidth: paper.width,
    paperHeight: paper.height,
  };
}

type Word = { x0: number; y0: number; x1: number; y1: number; text: string };
type PdfPage = { width: number; height: number; words: Word[] };

/** The pages of a PDF with every word and its box, in points (poppler's `pdftotext -bbox`). */
function readPdf(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: w[5]!,
    })),
  }));
}

const PT_PER_MM = 72 / 25.4;

/** What a reader sees of a PDF: per page the footer line, the body text and the body's extent. */
function describePdf(pages: PdfPage[]) {
  const footerTop = (p: PdfPage) => p.height - REPORT_PAGE.marginMm.bottom * PT_PER_MM;
  return pages.map((p) => {
    const footer = p.words.filter((w) => w.y0 >= footerTop(p));
    const body = p.words.filter((w) => w.y0 < footerTop(p));
    return {
      size: `${p.width.toFixed(1)}×${p.height.toFixed(1)}`,
      footer: footer.map((w) => w.text).join(' '),
      footerLeft: Math.min(...footer.map((w) => w.x0)),
      footerRight: p.width - Math.max(...footer.map((w) => w.x1)),
      text: body.map((w) => w.text).join(' '),
      left: Math.min(...body.map((w) => w.x0)),
      right: p.width - Math.max(...body.map((w) => w.x1)),
      top: Math.min(...body.map((w) => w.y0)),
      bottom: Math.max(...body.map((w) => w.y1)),
      width: p.width,
      height: p.height,
    };
  });
}

/** The page's printable width in CSS pixels (96 per inch): what Chromium lays the document out in. */
const PRINTABLE_PX = ((REPORT_PAGE.widthMm - REPORT_PAGE.marginMm.left - REPORT_PAGE.marginMm.right) / 25.4) * 96;

/**
 * The elements of each report wider than the page, laid out as they print (print media, the
 * printable width). Chromium shrinks every page of a PDF whose content is wider than the page: the
 * English report printed at about 69% because its spend table's headings did not wrap.
 */
async function overWideElements(ctx: E2EContext, models: readonly ReportModel[]): Promise<string[]> {
  const page = await ctx.context.newPage();
  try {
    await page.setViewportSize({ width: Math.floor(PRINTABLE_PX), height: 1000 });
    await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
    await page.goto(`${ctx.baseUrl}report.html`);
    await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', undefined, { timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const found: string[] = [];
    for (const model of models) {
      await page.evaluate(async (m) => {
        await (window as unknown as { xcplanRenderReport: (model: unknown) => Promise<number> }).xcplanRenderReport(m);
      }, model as unknown);
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = (el: Element | null) => el !== null && el.getBoundingClientRect().right > width + 0.5;
        // The outermost element that sticks out (its parent fits), named by its classes and text.
        return [...document.querySelectorAll('.report-doc *')]
          .filter((el) => over(el) && !over(el.parentElement))
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} is ${Math.round(el.getBoundingClientRect().width)} px wide (page ${width} px): ${(el.textContent ?? '').slice(0, 60)}`);
      });
      found.push(...wide.map((w) => `${model.cover.hospital} (${model.lang}): ${w}`));
    }
    return found;
  } finally {
    await page.close();
  }
}

/** The height of the first section heading's words on page 2 (the summary), in points: the type size as printed. */
function headingHeight(pages: PdfPage[]): number {
  const words = pages[1]?.words ?? [];
  const top = Math.min(...words.map((w) => w.y0));
  const heading = words.filter((w) => Math.abs(w.y0 - top) < 1);
  if (heading.length === 0) fail('page 2 has no heading');
  return Math.max(...heading.map((w) => w.y1 - w.y0));
}

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  // The sample as the app holds it (its own project-file export), for the command line.
  await page.getByRole('button', { name: /^(资产清单|Inventory)/ }).first().click();
  const exported = await ctx.catchDownload(() => page.getByRole('button', { name: '项目文件', exact: true }).click());
  const sample = JSON.parse(exported.text()) as ProjectFile;
  if (sample.project.name !== '示例市第一人民医院（三甲）') fail(`the app holds ${sample.project.name}`);

  await page.getByRole('button', { name: /^(路线图报告|Roadmap report)/ }).first().click();
  await page.getByTestId('report-document').waitFor({ timeout: 20_000 });

  // The desktop shell: the preload bridge's printToPdf reaches the main process's handler.
  const appPdf = join(ctx.tmpDir, 'app.pdf');
  const requests: PrintToPdfRequest[] = [];
  const cdp = await page.context().newCDPSession(page);
  const deps = {
    ipcMain: { handle: () => undefined },
    dialog: { showOpenDialog: () => fail('no open dialog'), showSaveDialog: () => Promise.resolve({ canceled: false, filePath: appPdf }) },
    shell: { openExternal: () => undefined },
    getWindow: () => undefined,
    appInfo: () => ({}),
  } as unknown as IpcDeps;
  const sender = {
    printToPDF: async (options: Record<string, unknown>) => {
      const { data } = (await cdp.send('Page.printToPDF', electronPrintSettings(options as ElectronPdfOptions))) as { data: string };
      return new Uint8Array(Buffer.from(data, 'base64'));
    },
  };
  await page.exposeFunction('__xcplanPrintToPdf', (request: PrintToPdfRequest) => {
    requests.push(request);
    return handlePrintToPdf(deps, { senderFrame: { url: 'app://planner/index.html' }, sender } as never, request);
  });
  await page.evaluate(() => {
    (window as unknown as { planner: unknown }).planner = { printToPdf: (request: unknown) => (window as unknown as { __xcplanPrintToPdf: (r: unknown) => Promise<unknown> }).__xcplanPrintToPdf(request) };
  });
  // Re-render the view (language there and back) now that it runs in the desktop shell.
  await page.getByTestId('report-lang-select').selectOption('en');
  await page.getByRole('heading', { name: '1. Executive summary' }).waitFor();
  await page.getByTestId('report-lang-select').selectOption('zh');
  await page.getByRole('heading', { name: '一、执行摘要' }).waitFor();
  await page.getByRole('button', { name: '生成 PDF' }).click({ timeout: 60_000 });
  await page.getByText('已生成 PDF').first().waitFor({ timeout: 60_000 });
  if (requests.length !== 1) fail(`the app asked the shell to print ${requests.length} times`);

  // The command line, on the same sample, the same day and the same project name.
  const date = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const model = buildReport(sample, undefined, 'zh', { date, projectName: sample.project.name });
  const cliPdf = join(ctx.tmpDir, 'cli.pdf');
  await renderReportPdf(model, cliPdf);
  if (requests[0]!.footer.text !== `${model.cover.hospital} · ${model.cover.title}`) fail(`the app's footer says "${requests[0]!.footer.text}"`);

  const app = describePdf(readPdf(appPdf));
  const cli = describePdf(readPdf(cliPdf));
  writeFileSync(join(ROOT, 'test-results', 'report-pdf-pages.json'), JSON.stringify({ app, cli }, null, 1));
  if (app.length !== cli.length) fail(`the app prints ${app.length} pages, xcplan report ${cli.length}`);
  if (app.length < 6) fail(`only ${app.length} pages`);
  const mm = (pt: number) => pt / PT_PER_MM;
  app.forEach((a, i) => {
    const c = cli[i]!;
    const n = i + 1;
    if (a.size !== c.size || Math.abs(mm(a.width) - REPORT_PAGE.widthMm) > 1 || Math.abs(mm(a.height) - REPORT_PAGE.heightMm) > 1) fail(`page ${n}: paper ${a.size} (app) vs ${c.size} (cli)`);
    const footer = `${model.cover.hospital} · ${model.cover.title} 第 ${n} 页 / 共 ${app.length} 页`;
    if (a.footer.replace(/\s+/g, '') !== footer.replace(/\s+/g, '')) fail(`page ${n}: the app's footer reads "${a.footer}", expected "${footer}"`);
    if (c.footer !== a.footer) fail(`page ${n}: footers differ: "${a.footer}" vs "${c.footer}"`);
    if (a.text !== c.text) {
      let at = 0;
      while (at < a.text.length && a.text[at] === c.text[at]) at += 1;
      const from = Math.max(0, at - 80);
      fail(`page ${n}: the text differs from character ${at}:\n  app: …${a.text.slice(from, at + 120)}\n  cli: …${c.text.slice(from, at + 120)}`);
    }
    for (const side of ['left', 'right', 'top', 'bottom', 'footerLeft', 'footerRight'] as const) {
      if (Math.abs(a[side] - c[side]) > 0.5) fail(`page ${n}: ${side} ${mm(a[side]).toFixed(1)} mm (app) vs ${mm(c[side]).toFixed(1)} mm (cli)`);
    }
    // The text keeps the side margins (poppler's word boxes are the glyphs' advance, exact across;
    // up and down they are the CJK font's whole box, so there only the two PDFs are compared).
    const m = REPORT_PAGE.marginMm;
    if (mm(a.left) < m.left - 0.5 || mm(a.right) < m.right - 0.5) fail(`page ${n}: the text leaves the side margins (left ${mm(a.left).toFixed(1)}, right ${mm(a.right).toFixed(1)} mm)`);
    if (Math.abs(mm(a.footerLeft) - m.left) > 1 || Math.abs(mm(a.footerRight) - m.right) > 1) fail(`page ${n}: the footer runs ${mm(a.footerLeft).toFixed(1)} / ${mm(a.footerRight).toFixed(1)} mm from the edges`);
  });

  // Every report fits the page in both languages, so no PDF is shrunk to fit: the English one
  // prints its headings at the Chinese one's size.
  const secondary = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-secondary.xcplan.json'), 'utf8')) as ProjectFile;
  const models = [sample, secondary].flatMap((project) => (['zh', 'en'] as Lang[]).map((lang) => (lang === 'zh' && project === sample ? model : buildReport(project, undefined, lang, { date }))));
  const wide = await overWideElements(ctx, models);
  if (wide.length > 0) fail(`content wider than the page, Chromium would shrink the PDF:\n  ${wide.join('\n  ')}`);
  const enPdf = join(ctx.tmpDir, 'cli-en.pdf');
  await renderReportPdf(models[1]!, enPdf);
  const [zhSize, enSize] = [headingHeight(readPdf(cliPdf)), headingHeight(readPdf(enPdf))];
  if (Math.abs(enSize / zhSize - 1) > 0.03) fail(`the English PDF prints its headings at ${Math.round((enSize / zhSize) * 100)}% of the Chinese one's size`);
  ctx.assertNoErrors();
}
