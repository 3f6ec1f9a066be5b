/**
 * Plan view benchmark at group scale (`npm run bench`, or standalone `npx tsx bench/planView.bench.ts`):
 * a generated estate of 100,000 assets and 400,000 dependencies is written into the app's
 * IndexedDB in headless Chromium, the app is reloaded (it opens on the inventory, which reads the
 * whole project), and the plan view is opened from the navigation:
 *  - planViewFirstMs: clicked as soon as the inventory holds every asset: the click → the first
 *    frame showing the plan's summary, with the analysis made after the click (the app's warm-up
 *    waits for a quiet page, so it has not started);
 *  - planViewWarmedMs: the same after PAUSE_MS on the inventory, as a user who looks at the
 *    inventory first: the app has warmed the analysis in its worker meanwhile;
 *  - planViewWarmedRatio: the second against the first.
 * Both are timed in the page (the click event to the frame), each from a freshly loaded page.
 * `XC_BENCH_PLANVIEW_ASSETS` sets the estate size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { generateEstate } from '../fixtures/generate/estate';
import { openJourney, ROOT, startPreview } from '../e2e/harness';
import { packDependencies } from '../renderer/db/dependencyChunks';
import { writeEstateInPage } from './graph.bench';
import { runIfStarted } from './standalone';

const ASSETS = Number(process.env.XC_BENCH_PLANVIEW_ASSETS ?? 100_000);
const PORT = Number(process.env.XC_BENCH_PLANVIEW_PORT ?? 4177);
const PROJECT_ID = 'bench-plan-view';
/** Time on the inventory before the warmed visit: the warm-up's quiet second and the worker's analysis (about 3 s at 100,000 here). */
const PAUSE_MS = 12_000;

/** Reloads the app and waits until the inventory holds the whole project. */
async function reloadOnInventory(page: Page, reload: () => Promise<void>, name: string): Promise<void> {
  await reload();
  await page.getByTestId('active-project').filter({ hasText: name }).waitFor({ timeout: 60_000 });
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 60_000 });
  await page.waitForFunction((rows) => [...document.querySelectorAll('main .inv-table[role="grid"]')].some((t) => Number(t.getAttribute('aria-rowcount') ?? 0) > rows), ASSETS, { timeout: 180_000, polling: 100 });
}

/** In the page: click the plan navigation, resolve with the time to the first frame showing the plan's summary. */
function timePlanVisit(): Promise<number | string> {
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav.app-nav button')].find((b) => b.textContent === '迁移计划');
    if (!button) {
      resolve('no plan navigation button');
      return;
    }
    const t0 = performance.now();
    const frame = () => {
      const now = performance.now();
      if (document.querySelector('main [data-testid="plan-waves"]') && !document.querySelector('main .loading')) {
        resolve(now - t0);
        return;
      }
      if (now - t0 > 180_000) {
        resolve('the plan view did not show the plan within 180 s');
        return;
      }
      requestAnimationFrame(frame);
    };
    button.click();
    requestAnimationFrame(frame);
  });
}

export async function run(): Promise<Record<string, number>> {
  if (!process.env.XC_BENCH_SKIP_BUILD || !existsSync(join(ROOT, 'dist', 'index.html'))) {
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`vite build failed: ${(built.stderr || built.stdout).split('\n').slice(0, 12).join('\n')}`);
  }
  const estate = generateEstate({ assets: ASSETS, dependencies: ASSETS * 4, seed: 42 });
  const preview = await startPreview({ port: PORT });
  const { ctx, close } = await openJourney('plan-view-bench', preview.url);
  try {
    const { page } = ctx;
    page.setDefaultTimeout(180_000);
    await page.evaluate(writeEstateInPage, { project: { ...estate, dependencies: [] }, dependencyChunks: packDependencies(PROJECT_ID, estate.dependencies), projectId: PROJECT_ID });
    const visit = async (): Promise<number> => {
      const ms = await page.evaluate(timePlanVisit);
      if (typeof ms === 'string') throw new Error(ms);
      return ms;
    };
    await reloadOnInventory(page, ctx.reload, estate.project.name);
    const first = await visit();
    await reloadOnInventory(page, ctx.reload, estate.project.name);
    await page.waitForTimeout(PAUSE_MS);
    const warmed = await visit();
    await ctx.screenshot('plan-view-bench');
    return { planViewFirstMs: Math.round(first), planViewWarmedMs: Math.round(warmed), planViewWarmedRatio: Math.round((warmed / first) * 100) / 100 };
  } finally {
    await close();
    await preview.stop();
  }
}

runIfStarted(import.meta.url, run);
