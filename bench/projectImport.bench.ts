/**
 * Project-file import benchmark (issue 12), measured in Debian's Chromium on the benchmark page
 * (bench/browser/main.ts `runProjectImport`):
 * - projectImport100kMs: a generated project file of 100,000 assets and 400,000 dependencies
 *   (about 61 MB) imported as the app does it: the import worker's `read` task (decode, parse and
 *   validate with the project-file schema, the project cloned back to the page), then
 *   commitImport's one transaction; projectImportParse100kMs is the read task, projectImportWrite100kMs
 *   the transaction;
 * - projectRawWrite100kMs: a raw IndexedDB write of the very rows the app stored, same keys and
 *   indexes, one transaction, same durability, same page and run; projectImportVsRawRatio.
 * Each figure is the best of XC_BENCH_PROJECT_ROUNDS rounds (default 2), a round being an import
 * then a raw write, so one round slowed by other work on a shared machine does not decide the
 * ratio. XC_BENCH_PROJECT_ASSETS=N measures another size; XC_BENCH_DEBUG=1 prints every round.
 * Standalone: `npx tsx bench/projectImport.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launchBrowser, ROOT, startPreview } from '../e2e/harness';
import { runIfStarted } from './standalone';

const ASSETS = Number(process.env.XC_BENCH_PROJECT_ASSETS ?? 100_000);
const ROUNDS = Number(process.env.XC_BENCH_PROJECT_ROUNDS ?? 2);
const PORT = Number(process.env.E2E_PORT ?? 4177);
const BENCH_CONFIG = join(ROOT, 'bench', 'browser', 'vite.config.ts');
const BENCH_INDEX = join(ROOT, 'bench-results', 'web', 'index.html');

export async function run(): Promise<Record<string, number>> {
  if (!process.env.XC_BENCH_SKIP_BUILD || !existsSync(BENCH_INDEX)) {
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--config', BENCH_CONFIG], { cwd: ROOT, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('vite build of the benchmark page failed');
  }
  const server = await startPreview({ port: PORT, config: BENCH_CONFIG, builtIndex: BENCH_INDEX });
  const dir = await mkdtemp(join(tmpdir(), 'xc-bench-project-'));
  const context = await launchBrowser(join(dir, 'profile'), join(dir, 'dl'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.xcBench !== undefined, undefined, { timeout: 20_000 });
    page.setDefaultTimeout(1_200_000);
    const r = await page.evaluate(([n, rounds]) => window.xcBench!.runProjectImport(n, rounds), [ASSETS, ROUNDS] as const);
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    if (process.env.XC_BENCH_DEBUG) for (const round of r.rounds) console.error(JSON.stringify(Object.fromEntries(Object.entries(round).map(([k, v]) => [k, Math.round(v)]))));
    const size = ASSETS === 100_000 ? '100k' : `${Math.round(ASSETS / 1000)}k`;
    return {
      [`projectImport${size}Ms`]: Math.round(r.importMs),
      [`projectImportParse${size}Ms`]: Math.round(r.parseMs),
      [`projectImportWrite${size}Ms`]: Math.round(r.writeMs),
      [`projectRawWrite${size}Ms`]: Math.round(r.rawWriteMs),
      projectImportVsRawRatio: Number((r.importMs / r.rawWriteMs).toFixed(2)),
      projectFileMb: Number(r.fileMb.toFixed(1)),
    };
  } finally {
    await context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}

runIfStarted(import.meta.url, run);
