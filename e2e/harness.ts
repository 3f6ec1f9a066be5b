/**
 * End-to-end harness (Node side): serves the built web UI with `vite preview`, drives Debian's
 * Chromium through playwright-core, and gives each journey a fresh profile plus helpers
 * (screenshots, IndexedDB reads and content hash, file upload, downloads). Any page error or
 * console error fails the journey unless the journey declared it expected (`allowErrors`).
 *
 * A journey is a module `e2e/<name>.e2e.ts` exporting `run(ctx: E2EContext): Promise<void>`;
 * it throws to fail. `e2e/run.ts` runs them all in sequence.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = join(ROOT, 'test-results');
/** `E2E_PORT` lets several checkouts run their journeys side by side. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;
/** The app's Dexie database (renderer/db/database.ts DB_NAME). */
export const APP_DB = 'xinchuang-planner';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A file to hand to a file input: a path on disk, or bytes with a name. */
export type UploadFile = string | { name: string; mimeType?: string; buffer: Buffer | Uint8Array | string };

/** A caught download, already read into memory and saved under test-results/downloads/. */
export type Download = { name: string; path: string; bytes: Buffer; text: () => string };

/** Every object store of one IndexedDB database: store name → all values in key order. */
export type DbDump = Record<string, unknown[]>;

export type E2EContext = {
  /** The journey's page, already on `baseUrl` with the app loaded. */
  page: Page;
  context: BrowserContext;
  /** Where the built app is served, with a trailing slash. */
  baseUrl: string;
  /** Same as baseUrl (some journeys say url). */
  url: string;
  /** The journey's name (file name without `.e2e.ts`). */
  name: string;
  /** A fresh temporary directory for this journey (deleted afterwards). */
  tmpDir: string;
  /** Saves a full-page screenshot to `test-results/<name>.png`, returns the path. */
  screenshot: (name: string) => Promise<string>;
  /** Console and page errors seen so far (expected ones excluded). */
  errors: () => string[];
  /** Declares console/page errors matching the pattern as expected (they no longer fail the journey). */
  allowErrors: (pattern: RegExp) => void;
  /** Throws if any unexpected console/page error was seen so far. */
  assertNoErrors: () => void;
  /** Reads every store of a database (default: the app DB) from the page. */
  readDb: (dbName?: string) => Promise<DbDump>;
  /** Reads one store of a database (default: the app DB); [] when the store does not exist. */
  readStore: (store: string, dbName?: string) => Promise<unknown[]>;
  /** Number of records in one store ([] store or missing store → 0). */
  countStore: (store: string, dbName?: string) => Promise<number>;
  /**
   * Every stored dependency of the app DB, in each project's order, unpacked from the
   * `dependencyChunks` store (schema v4 keeps parallel arrays from[]/to[]/kind[] per chunk).
   */
  readDependencies: () => Promise<{ projectId: string; from: string; to: string; kind: string }[]>;
  /** SHA-256 (hex) of the canonical JSON of every store of a database: equal hash = equal content. */
  dbHash: (dbName?: string) => Promise<string>;
  /** Puts files into a file input (a CSS selector or a locator), even a hidden one. */
  uploadFile: (target: string | Locator, files: UploadFile | UploadFile[]) => Promise<void>;
  /** Runs the action (e.g. a click) and returns the download it triggers. */
  catchDownload: (action: () => Promise<unknown>, timeoutMs?: number) => Promise<Download>;
  /** Reloads the page and waits for the app shell again. */
  reload: () => Promise<void>;
  /** Waits until the app shell is interactive (the main navigation is visible). */
  waitForApp: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What to serve: the app's build by default; the benchmark page passes its own config and output. */
export type PreviewOptions = { port?: number; config?: string; builtIndex?: string };

/** Starts `vite preview` on 127.0.0.1:4173 (strictPort) and resolves once it answers. */
export async function startPreview(options: PreviewOptions = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = options.port ?? PREVIEW_PORT;
  const builtIndex = options.builtIndex ?? join(ROOT, 'dist', 'index.html');
  if (!existsSync(builtIndex)) throw new Error(`${builtIndex} is missing: run \`vite build\` first (npm run e2e does).`);
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const configArgs = options.config ? ['--config', options.config] : [];
  const child: ChildProcess = spawn(process.execPath, [vite, 'preview', ...configArgs, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${output.trim()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 20 s: ${output.trim()}`);
}

/** Launches Chromium with a fresh temporary profile (a new, empty IndexedDB). */
export async function launchBrowser(profileDir: string, downloadsDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // tsx (esbuild keepNames) wraps named functions in `__name(...)`; functions handed to
  // page.evaluate carry that call into the page, so give the page a no-op `__name`.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  return context;
}

/** Browser-side: dumps every store of a database (runs inside the page via evaluate). */
async function dumpDbInPage(dbName: string): Promise<Record<string, unknown[]>> {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === dbName)) return {};
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(req.error?.message ?? 'open failed'));
  });
  try {
    const names = [...db.objectStoreNames].sort();
    const out: Record<string, unknown[]> = {};
    if (names.length === 0) return out;
    const tx = db.transaction(names, 'readonly');
    await Promise.all(names.map((name) => new Promise<void>((resolve, reject) => {
      const req = tx.objectStore(name).getAll();
      req.onsuccess = () => { out[name] = req.result as unknown[]; resolve(); };
      req.onerror = () => reject(new Error(req.error?.message ?? 'getAll failed'));
    })));
    return out;
  } finally {
    db.close();
  }
}

/** Key-sorted JSON, so that equal content gives an equal string whatever the insertion order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      const src = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(src).sort().map((k) => [k, src[k]]));
    }
    return v;
  });
}

type ErrorLog = { seen: string[]; allowed: RegExp[] };

function watchErrors(context: BrowserContext, log: ErrorLog): void {
  const record = (text: string) => {
    if (!log.allowed.some((re) => re.test(text))) log.seen.push(text);
  };
  const watchPage = (p: Page) => {
    p.on('pageerror', (err) => record(`pageerror: ${err.message}`));
    p.on('console', (msg) => {
      if (msg.type() === 'error') record(`console.error: ${msg.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** Creates the context of one journey: fresh profile, page on the app, error watch. */
export async function openJourney(name: string, baseUrl: string): Promise<{ ctx: E2EContext; close: () => Promise<void> }> {
  const tmpDir = await mkdtemp(join(tmpdir(), `xc-e2e-${name}-`));
  const downloadsDir = join(RESULTS_DIR, 'downloads');
  await mkdir(downloadsDir, { recursive: true });
  const context = await launchBrowser(join(tmpDir, 'profile'), join(tmpDir, 'dl'));
  const log: ErrorLog = { seen: [], allowed: [] };
  watchErrors(context, log);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);

  const waitForApp = async () => {
    await page.locator('nav.app-nav button').first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  };
  const readDb = (dbName = APP_DB) => page.evaluate(dumpDbInPage, dbName);

  const ctx: E2EContext = {
    page,
    context,
    baseUrl,
    url: baseUrl,
    name,
    tmpDir,
    screenshot: async (shot) => {
      await mkdir(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${shot}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    errors: () => [...log.seen],
    allowErrors: (pattern) => {
      log.allowed.push(pattern);
      log.seen = log.seen.filter((text) => !pattern.test(text));
    },
    assertNoErrors: () => {
      if (log.seen.length > 0) throw new Error(`${log.seen.length} console/page error(s):\n  ${log.seen.join('\n  ')}`);
    },
    readDb,
    readStore: async (store, dbName = APP_DB) => (await readDb(dbName))[store] ?? [],
    countStore: async (store, dbName = APP_DB) => ((await readDb(dbName))[store] ?? []).length,
    readDependencies: async () => {
      const chunks = ((await readDb(APP_DB)).dependencyChunks ?? []) as { projectId: string; from: string[]; to: string[]; kind: string[] }[];
      return chunks.flatMap((c) => c.from.map((from, i) => ({ projectId: c.projectId, from, to: c.to[i]!, kind: c.kind[i]! })));
    },
    dbHash: async (dbName = APP_DB) => {
      const json = canonicalJson(await readDb(dbName));
      const { createHash } = await import('node:crypto');
      return createHash('sha256').update(json).digest('hex');
    },
    uploadFile: async (target, files) => {
      const locator = typeof target === 'string' ? page.locator(target).first() : target;
      const list = (Array.isArray(files) ? files : [files]).map((f) =>
        typeof f === 'string'
          ? f
          : { name: f.name, mimeType: f.mimeType ?? 'application/octet-stream', buffer: Buffer.from(f.buffer) },
      );
      // A large file (the 21 MB oversized-file check) takes a while to cross to the page on a loaded machine.
      await locator.setInputFiles(list as Parameters<Locator['setInputFiles']>[0], { timeout: 60_000 });
    },
    catchDownload: async (action, timeoutMs = 20_000) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), action()]);
      const failure = await download.failure();
      if (failure) throw new Error(`download failed: ${failure}`);
      const fileName = basename(download.suggestedFilename());
      const path = join(downloadsDir, `${name}-${fileName}`);
      await download.saveAs(path);
      const bytes = await readFile(path);
      return { name: fileName, path, bytes, text: () => bytes.toString('utf8').replace(/^\uFEFF/, '') };
    },
    reload: async () => {
      await page.reload();
      await waitForApp();
    },
    waitForApp,
  };

  await page.goto(baseUrl);
  await waitForApp();

  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
  };
  return { ctx, close };
}

/** Signature every `e2e/*.e2e.ts` module exports. */
export type Journey = (ctx: E2EContext) => Promise<void>;
