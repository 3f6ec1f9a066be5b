/**
 * Node side of `xcplan report --out`: renders the report model to PDF with the app's own
 * ReportDocument (the built renderer/report.html page) in headless Chromium through playwright-core,
 * so the command line and the app print the same document. Loaded on demand by the report command.
 *
 * The page is served from a loopback HTTP server (module scripts do not load from file://). When
 * the build is missing or older than the report's sources, the report page alone is built with
 * Vite's JS API into node_modules/.cache/xcplan-report (dist/ is left alone).
 */
import { existsSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ReportModel } from '../report';
import { writeAtomically } from './write';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'xcplan-report');

/** Chromium is not installed where we look (exit code 2 with this message). */
export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

/** The Chromium binary: `CHROMIUM_PATH` or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/** Sources the report page is built from (the newest one decides whether a build is stale). */
const SOURCES = ['renderer/views/report', 'renderer/report.html', 'renderer/report-entry.tsx', 'renderer/i18n', 'shared/forecast', 'shared/report', 'shared/model'];

async function newestSource(): Promise<number> {
  let newest = 0;
  const visit = async (path: string): Promise<void> => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    const entries: Dirent[] = await readdir(path, { withFileTypes: true });
    await Promise.all(entries.filter((e) => !e.name.endsWith('.test.ts') && !e.name.endsWith('.test.tsx')).map((e) => visit(join(path, e.name))));
  };
  await Promise.all(SOURCES.map((s) => visit(join(ROOT, s))));
  return newest;
}

/**
 * The directory holding a built report.html that is not older than its sources, building one when
 * needed.
 * @param log progress messages
 */
export async function ensureReportBuild(log: (text: string) => void = () => undefined): Promise<string> {
  const newest = await newestSource();
  for (const dir of [join(ROOT, 'dist'), CACHE_DIR]) {
    const page = join(dir, 'report.html');
    if (existsSync(page) && statSync(page).mtimeMs >= newest) return dir;
  }
  log('building the report page (vite)…');
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  await build({
    configFile: false,
    root: join(ROOT, 'renderer'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: CACHE_DIR,
      emptyOutDir: true,
      chunkSizeWarningLimit: 3000,
      rolldownOptions: { input: { report: join(ROOT, 'renderer', 'report.html') } },
    },
  });
  return CACHE_DIR;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Serves a directory on 127.0.0.1 (a random port), GET only, never outside the directory. A
 * request the server cannot decode (`/%`) gets 400 instead of an exception that ends the process.
 */
export async function serveDirectory(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = normalize(dir + sep);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'report.html' : path));
    if (req.method !== 'GET' || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/report.html`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Chromium's flags. The sandbox stays on wherever it can run; Chromium refuses to start sandboxed
 * as root (CI containers run as root), so only there `--no-sandbox` is added. The page it renders
 * is our own report build served from 127.0.0.1, offline (issue 15 #11).
 * @param asRoot whether this process runs as root (no getuid on Windows, where the sandbox always runs)
 */
export function chromiumArgs(asRoot: boolean = process.getuid?.() === 0): string[] {
  const args = ['--disable-gpu', '--no-first-run', '--disable-background-networking'];
  return asRoot ? ['--no-sandbox', ...args] : args;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type PdfResult = { pages: number; bytes: number; text: string };

export type RenderOptions = {
  /** Also save a PNG of the first pages in print media (for review). */
  screenshot?: string;
  log?: (text: string) => void;
};

/**
 * Renders the model to a PDF file (written atomically: a temporary file, then a rename).
 * @param model the report model
 * @param out the PDF path
 * @returns page count, size and the document's text as Chromium laid it out
 */
export async function renderReportPdf(model: ReportModel, out: string, options: RenderOptions = {}): Promise<PdfResult> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const dir = await ensureReportBuild(options.log);
  const { chromium } = await import('playwright-core');
  const server = await serveDirectory(dir);
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ locale: model.lang === 'zh' ? 'zh-CN' : 'en-US' });
    // tsx wraps named functions in `__name(...)`; give the page a no-op so evaluated code runs.
    await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', undefined, { timeout: 20_000 }).catch(() => {
      throw new Error(`the report page did not start${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`);
    });
    await page.evaluate(async (m) => {
      const render = (window as unknown as { xcplanRenderReport: (model: unknown) => Promise<number> }).xcplanRenderReport;
      await render(m);
    }, model as unknown);
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('.report-doc').innerText();
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
    const footer = `<div style="width:100%;padding:0 16mm;font-size:7.5pt;color:#5c6470;font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;display:flex;justify-content:space-between;">
      <span>${escapeHtml(`${model.cover.hospital} · ${model.cover.title}`)}</span>
      <span>${model.lang === 'zh' ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页' : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'}</span></div>`;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' },
      outline: true,
      tagged: true,
    });
    await writeAtomically(out, pdf);
    return { pages: countPdfPages(pdf), bytes: pdf.length, text };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** Pages of a PDF: the `/Type /Page` objects (not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
