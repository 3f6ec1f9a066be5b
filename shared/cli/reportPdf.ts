/**
 * Node side of `xcplan report --out`: renders the report model to PDF with the app's own
 * ReportDocument (the built report.html page) in headless Chromium through playwright-core, on the
 * page setup and footer the desktop's "生成 PDF" uses too (shared/report/page.ts).
 *
 * The page is the web build's `dist/report.html` (`npm run build`), served from a loopback HTTP
 * server (module scripts do not load from file://). The build records the sources it was made from
 * (report-sources.json, written by vite.config.ts); when the build is missing or one of them is
 * newer, the report page alone is built on demand from the same Vite config into
 * node_modules/.cache/xcplan-report (dist/ is left alone).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { ReportModel } from '../report';
import { footerTemplate, HEADER_TEMPLATE, REPORT_PAGE, reportFooter } from '../report/page';
import { writeAtomically } from './write';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const VITE_CONFIG = join(ROOT, 'vite.config.ts');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'xcplan-report');

/** Chromium is not installed where we look (exit code 2 with this message). */
export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

/** The Chromium binary: `CHROMIUM_PATH` or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/** What the Vite config says about the report page (its input and the sources list beside it). */
type ViteReportConfig = { REPORT_PAGE_INPUT: string; REPORT_SOURCES_FILE: string };

async function viteReportConfig(): Promise<ViteReportConfig> {
  return (await import(pathToFileURL(VITE_CONFIG).href)) as ViteReportConfig;
}

/**
 * Whether `dir` holds a report page built from the current sources: report.html and the sources
 * list exist, and no listed source is newer than the page (or gone).
 */
export function isFreshReportBuild(dir: string, sourcesFile: string): boolean {
  const page = join(dir, 'report.html');
  const list = join(dir, sourcesFile);
  if (!existsSync(page) || !existsSync(list)) return false;
  const built = statSync(page).mtimeMs;
  let sources: unknown;
  try {
    sources = JSON.parse(readFileSync(list, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(sources) || sources.length === 0) return false;
  return sources.every((s) => typeof s === 'string' && existsSync(join(ROOT, s)) && statSync(join(ROOT, s)).mtimeMs <= built);
}

/**
 * The directory holding a built report.html that is not older than its sources: `dist/` from
 * `npm run build`, else the cache, building the report page into the cache when neither is fresh.
 * @param log progress messages
 */
export async function ensureReportBuild(log: (text: string) => void = () => undefined): Promise<string> {
  const config = await viteReportConfig();
  for (const dir of [join(ROOT, 'dist'), CACHE_DIR]) {
    if (isFreshReportBuild(dir, config.REPORT_SOURCES_FILE)) return dir;
  }
  log('building the report page (vite)…');
  await buildReportPage(CACHE_DIR);
  return CACHE_DIR;
}

/**
 * Builds the report page alone with the app's own Vite config (its plugins, base and options; only
 * the input narrowed to the report page) into `outDir`, with its sources list.
 */
export async function buildReportPage(outDir: string): Promise<void> {
  const config = await viteReportConfig();
  const { build, loadConfigFromFile } = await import('vite');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, VITE_CONFIG, ROOT, 'warn');
  if (!loaded) throw new Error(`cannot load ${VITE_CONFIG}`);
  const { config: vite } = loaded;
  await build({
    ...vite,
    configFile: false,
    root: join(ROOT, vite.root ?? '.'),
    logLevel: 'warn',
    build: {
      ...vite.build,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { ...vite.build?.rolldownOptions, input: { report: config.REPORT_PAGE_INPUT } },
    },
  });
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
    const m = REPORT_PAGE.marginMm;
    const pdf = await page.pdf({
      format: REPORT_PAGE.paper,
      printBackground: REPORT_PAGE.printBackground,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: footerTemplate(reportFooter(model)),
      margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
      outline: REPORT_PAGE.outline,
      tagged: REPORT_PAGE.tagged,
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
