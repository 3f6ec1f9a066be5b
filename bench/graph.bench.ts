/**
 * Graph benchmark (`npm run bench`, or standalone `npx tsx bench/graph.bench.ts`): a generated
 * estate of 5,000 assets and 20,000 dependencies, then one of 25,000 / 100,000 (keys with `25k`),
 * is written into the app's IndexedDB in headless Chromium, then the graph view is opened and
 * measured:
 *  - graphFirstDrawMs: click on the navigation → first frame on the canvas, timed in the page from
 *    the click event to the end of the first draw with its pixels rasterised (project read, layout
 *    on the page, first draw; the plan follows and colours it); the fastest of ROUNDS tries, each
 *    from a freshly loaded page; target ≤ 1.5 s (issue 6, at 5,000);
 *  - graphFirstDrawFloorMs / graphFirstDrawFloorRatio: the floor measured in the same run on the
 *    benchmark page (bench/browser/main.ts `graphFloor`: the app's readProject from IndexedDB on an
 *    open database, the ring layout, the scene and one draw on a canvas of the same size with its
 *    pixels rasterised, nothing else; the fastest of as many tries), and the first draw against
 *    it; target ≤ 2x (issue 12); graphFloorReadMs / LayoutMs / DrawMs are its parts;
 *  - graphFrameMedianMs / graphFrameP95Ms: frame time while panning and zooming with the mouse,
 *    from the input event to the end of the frame that shows it (event handling, waiting for the
 *    animation frame, drawing); target median ≤ 33 ms (issue 6), ≤ 16 ms at 25,000 (issue 12,
 *    graphFrame25kMedianMs). Headless Chromium only produces frames when
 *    something changed, so bare requestAnimationFrame intervals (graphRafIntervalMedianMs) mostly
 *    measure how fast the driver sends input, not the app;
 *  - graphDrawMedianMs: the canvas drawing cost of one frame;
 *  - graphLayoutMs: estate model + ring layout in Node on the same estate (the main-thread work of
 *    a filter change);
 *  - graphRevisitDrawMs: after visiting the plan view, click on the graph navigation again → first
 *    frame, timed the same way (what switching between views costs once the project has been read).
 * XC_BENCH_GRAPH_ROUNDS sets the number of tries (default 2), XC_BENCH_DEBUG=1 prints the phases
 * of the app's fastest try (ms after the click: view shown, layout done and stats shown, drawn,
 * rasterised) and every try of both sides.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateEstate } from '../fixtures/generate/estate';
import { launchBrowser, openJourney, ROOT, startPreview } from '../e2e/harness';
import { layoutEstate } from '../shared/layout';
import type { ProjectFile } from '../shared/model';
import type { Page } from 'playwright-core';
import type { GraphFloorResult } from './browser/main';
import type { DependencyChunkRow } from '../renderer/db/database';
import { packDependencies } from '../renderer/db/dependencyChunks';
import { WARM_AFTER_MS } from '../renderer/workers/analysisClient';
import { runIfStarted } from './standalone';

// Two estates, 4 dependencies per asset: 5,000 (the figures of issue 6) and 25,000 (issue 12's
// group scale, keys with `25k`). XC_BENCH_GRAPH_ASSETS=N measures one estate of N assets instead.
const SIZES = process.env.XC_BENCH_GRAPH_ASSETS ? [Number(process.env.XC_BENCH_GRAPH_ASSETS)] : [5_000, 25_000];
const PORT = Number(process.env.XC_BENCH_GRAPH_PORT ?? process.env.E2E_PORT ?? 4176);
const PROJECT_ID = 'bench-graph';
const BENCH_CONFIG = join(ROOT, 'bench', 'browser', 'vite.config.ts');
const BENCH_INDEX = join(ROOT, 'bench-results', 'web', 'index.html');
/**
 * How many times the first draw and its floor are each measured; the fastest of each counts (on a
 * machine shared with other work the fastest try is the one least disturbed, for both sides).
 */
const ROUNDS = Number(process.env.XC_BENCH_GRAPH_ROUNDS ?? 2);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};

const debug = (message: string) => {
  if (process.env.XC_BENCH_DEBUG) console.error(`[graph bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
};

function viteBuild(args: string[]): void {
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', ...args], { cwd: ROOT, stdio: 'ignore' });
  if (built.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

export async function run(): Promise<Record<string, number>> {
  // The measured code must be the code in the tree: build both pages unless told they are fresh.
  if (!process.env.XC_BENCH_SKIP_BUILD || !existsSync(join(ROOT, 'dist', 'index.html'))) viteBuild([]);
  if (!process.env.XC_BENCH_SKIP_BUILD || !existsSync(BENCH_INDEX)) viteBuild(['--config', BENCH_CONFIG]);
  const out: Record<string, number> = {};
  for (const assets of SIZES) {
    const estate = generateEstate({ assets, dependencies: assets * 4, seed: 7 });
    const suffix = assets === 5_000 ? '' : `${Math.round(assets / 1000)}k`;
    const app = await measureApp(estate, assets);
    const floor = await measureFloor(estate, app.canvasWidth, app.canvasHeight);
    const t0 = performance.now();
    layoutEstate(estate.assets, estate.dependencies);
    const layoutMs = performance.now() - t0;
    const figures: Record<string, number> = {
      graphFirstDrawMs: app.firstDrawMs,
      graphFirstDrawFloorMs: floor.floorMs,
      graphFirstDrawFloorRatio: app.firstDrawMs / floor.floorMs,
      graphFloorReadMs: floor.readMs,
      graphFloorLayoutMs: floor.layoutMs,
      graphFloorDrawMs: floor.drawMs,
      graphRevisitDrawMs: app.revisitMs,
      graphFrameMedianMs: median(app.latency),
      graphFrameP95Ms: pct(app.latency, 0.95),
      graphRafIntervalMedianMs: median(app.frames),
      graphFramesMeasured: app.latency.length,
      graphDrawMedianMs: median(app.draws),
      graphLayoutMs: layoutMs,
      graphNodes: app.nodes,
      graphEdges: app.edges,
    };
    for (const [key, value] of Object.entries(figures)) {
      const prefix = KEY_PREFIXES.find((p) => key.startsWith(p)) ?? 'graph';
      const name = suffix ? `${prefix}${suffix}${key.slice(prefix.length)}` : key;
      out[name] = /Measured|Nodes|Edges/.test(key) ? value : round(value);
    }
    if (process.env.XC_BENCH_DEBUG) console.log(assets, { phases: app.phases, rounds: app.firstDrawRounds.map(Math.round), floor });
  }
  return out;
}

/** Where the size goes in a key: graphFirstDraw25kFloorRatio, graphFrame25kMedianMs, graphNodes25k. */
const KEY_PREFIXES = ['graphFramesMeasured', 'graphFirstDraw', 'graphRevisitDraw', 'graphRafInterval', 'graphFrame', 'graphFloor', 'graphDraw', 'graphLayout', 'graphNodes', 'graphEdges'];

type AppFigures = {
  firstDrawMs: number;
  firstDrawRounds: number[];
  revisitMs: number;
  latency: number[];
  frames: number[];
  draws: number[];
  nodes: number;
  edges: number;
  canvasWidth: number;
  canvasHeight: number;
  phases: Record<string, number>;
};

/** The app: navigation to the graph → first frame, panning and zooming, and a revisit. */
async function measureApp(estate: ProjectFile, assets: number): Promise<AppFigures> {
  const preview = await startPreview({ port: PORT });
  const { ctx, close } = await openJourney('graph-bench', preview.url);
  try {
    const { page } = ctx;
    await page.goto(preview.url);
    await ctx.waitForApp();
    debug(`app open, writing ${assets} assets`);
    await page.evaluate(writeEstateInPage, { project: { ...estate, dependencies: [] }, dependencyChunks: packDependencies(PROJECT_ID, estate.dependencies), projectId: PROJECT_ID });
    debug('written');
    await ctx.reload();
    await settleInventory(page, estate.project.name);
    debug('inventory settled');

    const navigate = page.getByRole('button', { name: /^(依赖图|Dependencies|Dependency graph)/ }).first();
    const first = await firstDraw(page, () => navigate.click());
    debug(`first draw ${Math.round(first.ms)} ms ${JSON.stringify(first.phases)}`);
    const nodes = Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));
    if (nodes !== assets) throw new Error(`the graph shows ${nodes} nodes, expected ${assets}`);
    // The plan arrives after the first frame and colours the rings: measure panning once it has.
    await page.waitForFunction(() => !/正在规划|Planning/.test(document.querySelector('[data-testid="graph-stats"]')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await page.waitForTimeout(300);

    // Pan with the mouse while recording frame intervals and draw costs in the page.
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.evaluate(startRecording);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 120; i += 1) {
      const angle = (i / 120) * 4 * Math.PI;
      await page.mouse.move(cx + Math.cos(angle) * 150, cy + Math.sin(angle) * 100, { steps: 1 });
    }
    await page.mouse.up();
    // Zoom in and out around the centre as well.
    for (let i = 0; i < 30; i += 1) await page.mouse.wheel(0, i < 15 ? -120 : 120);
    const { frames, draws, latency } = await page.evaluate(stopRecording);
    await ctx.screenshot(`graph-bench-${Math.round(assets / 1000)}k`);
    const edges = Number(await page.getByTestId('graph-canvas').getAttribute('data-edges'));

    // Switch to the plan view (it reads the same project) and back to the graph.
    await page.getByRole('button', { name: /^(迁移计划|Plan|Migration plan)/ }).first().click();
    await page.locator('section.plan-view').first().waitFor({ timeout: 120_000 });
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 120_000 });
    debug('plan view shown');
    const revisit = await firstDraw(page, () => navigate.click());
    debug(`revisit ${Math.round(revisit.ms)} ms`);
    // More first draws, each from a fresh page (nothing cached in the page, the project read
    // again): the fastest counts, as for the floor, so both sides get the same number of tries.
    const rounds = [first];
    for (let round = 1; round < ROUNDS; round += 1) {
      await ctx.reload();
      await settleInventory(page, estate.project.name);
      const again = await firstDraw(page, () => navigate.click());
      debug(`first draw again ${Math.round(again.ms)} ms ${JSON.stringify(again.phases)}`);
      rounds.push(again);
    }
    const best = rounds.reduce((a, b) => (b.ms < a.ms ? b : a));
    return { firstDrawMs: best.ms, firstDrawRounds: rounds.map((r) => r.ms), revisitMs: revisit.ms, latency, frames, draws, nodes, edges, canvasWidth: box.width, canvasHeight: box.height, phases: best.phases };
  } finally {
    await close();
    await preview.stop();
  }
}

/** Waits for the app to show the project and for the inventory's own reads to settle, so they are not counted against the graph. */
async function settleInventory(page: Page, projectName: string): Promise<void> {
  await page.getByTestId('active-project').filter({ hasText: projectName }).waitFor({ timeout: 60_000 });
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 60_000 });
  await page.waitForFunction(() => !/正在读取全部资产|Reading all assets/.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 120_000 });
  // The app warms the analysis once the page is quiet (WARM_AFTER_MS, then an idle moment): its
  // post of the project to the worker is the page's work, not the graph's, so it is let happen first.
  await page.waitForTimeout(WARM_AFTER_MS + 3000);
}

type FirstDraw = { ms: number; phases: Record<string, number> };

/**
 * Navigation → first frame, timed in the page: from the click event on the navigation to the end
 * of the canvas's first draw with its pixels rasterised (one pixel read back, as the floor does).
 * Timing in the page keeps the driver out of it: Playwright's checks before a click and its
 * polling round trips cost 0.6 s at 5,000 assets and several seconds at 25,000 on the loaded
 * machine, none of which the floor pays.
 */
async function firstDraw(page: Page, click: () => Promise<void>): Promise<FirstDraw> {
  await page.evaluate(armFirstDraw);
  await click();
  await page.waitForFunction(() => (window as unknown as { __graphFirst?: FirstDrawRecord }).__graphFirst?.done !== undefined, undefined, { timeout: 300_000, polling: 100 });
  const rec = await page.evaluate(() => (window as unknown as { __graphFirst: FirstDrawRecord }).__graphFirst);
  if (rec.click === undefined || rec.done === undefined) throw new Error('the first draw was not timed');
  const phases = Object.fromEntries(Object.entries(rec.marks).map(([k, v]) => [k, Math.round(v - rec.click!)]));
  return { ms: rec.done - rec.click, phases };
}

type FirstDrawRecord = { click?: number; done?: number; marks: Record<string, number> };

/** Runs in the page: notes the click, when the view, the canvas and the first drawn frame appear. */
function armFirstDraw(): void {
  const rec: FirstDrawRecord = { marks: {} };
  (window as unknown as { __graphFirst?: FirstDrawRecord }).__graphFirst = rec;
  window.addEventListener('click', () => (rec.click = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (rec.click === undefined) return;
    const now = performance.now();
    if (rec.marks.view === undefined && document.querySelector('.graph-view, main .loading')) rec.marks.view = now;
    if (rec.marks.stats === undefined && document.querySelector('[data-testid="graph-stats"]')) rec.marks.stats = now;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"]');
    if (!canvas) return;
    // The draw count is set at the end of the draw, in the same task; this runs right after it.
    if (Number(canvas.dataset.drawCount ?? 0) > 0) {
      rec.marks.draw = now;
      canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
      rec.done = performance.now();
      rec.marks.raster = rec.done;
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-draw-count', 'class'] });
}

/** The floor on the benchmark page (bench/browser/main.ts `graphFloor`), same browser, same canvas size. */
async function measureFloor(estate: ProjectFile, width: number, height: number): Promise<GraphFloorResult> {
  const server = await startPreview({ port: PORT, config: BENCH_CONFIG, builtIndex: BENCH_INDEX });
  const dir = await mkdtemp(join(tmpdir(), 'xc-bench-floor-'));
  const context = await launchBrowser(join(dir, 'profile'), join(dir, 'dl'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.waitForFunction(() => window.xcBench !== undefined, undefined, { timeout: 20_000 });
    debug('floor page open');
    page.setDefaultTimeout(600_000);
    return await page.evaluate(({ project, w, h, rounds }) => window.xcBench!.graphFloor(project, w, h, rounds), { project: estate, w: width, h: height, rounds: ROUNDS });
  } finally {
    await context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Runs in the page: writes the estate as a project with the app's row shapes (dependencies packed
 * in chunks as renderer/db/dependencyChunks.ts stores them, packed by the caller) and makes it active.
 */
export async function writeEstateInPage({ project, dependencyChunks, projectId }: { project: ProjectFile; dependencyChunks: DependencyChunkRow[]; projectId: string }): Promise<void> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('xinchuang-planner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error('open failed'));
    });
  const db = await open();
  const stores = ['projects', 'assets', 'dependencyChunks', 'scenarios', 'settings'];
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    const now = new Date().toISOString();
    const scenario = project.scenario ?? { name: '基准', capacityPerWave: 4000, maxCoreCutoversPerWave: 2, freezeWindows: [], pins: {} };
    tx.objectStore('projects').put({ id: projectId, name: project.project.name, meta: project.project, activeScenario: scenario.name, createdAt: now, updatedAt: now });
    for (const asset of project.assets) tx.objectStore('assets').put({ ...asset, projectId });
    for (const chunk of dependencyChunks) tx.objectStore('dependencyChunks').put(chunk);
    tx.objectStore('scenarios').put({ ...scenario, projectId });
    tx.objectStore('settings').put({ key: 'activeProjectId', value: projectId });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
  });
  db.close();
}

type Recorder = { frames: number[]; draws: number[]; latency: number[]; pending: number; last: number; stop: boolean; observer?: MutationObserver };

/** Runs in the page: records requestAnimationFrame intervals and the canvas's draw times. */
function startRecording(): void {
  const w = window as unknown as { __graphBench?: Recorder };
  const rec: Recorder = { frames: [], draws: [], latency: [], pending: -1, last: performance.now(), stop: false };
  w.__graphBench = rec;
  const tick = (t: number) => {
    if (rec.stop) return;
    rec.frames.push(t - rec.last);
    rec.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    rec.last = t;
    requestAnimationFrame(tick);
  });
  const canvas = document.querySelector('[data-testid="graph-canvas"]');
  if (canvas) {
    // Frame time while panning: from the input event to the end of the frame that shows it.
    const mark = () => {
      if (rec.pending < 0) rec.pending = performance.now();
    };
    canvas.addEventListener('pointermove', mark, { capture: true });
    canvas.addEventListener('wheel', mark, { capture: true });
    rec.observer = new MutationObserver(() => {
      rec.draws.push(Number(canvas.getAttribute('data-last-draw-ms')));
      if (rec.pending >= 0) rec.latency.push(performance.now() - rec.pending);
      rec.pending = -1;
    });
    rec.observer.observe(canvas, { attributes: true, attributeFilter: ['data-draw-count'] });
  }
}

function stopRecording(): { frames: number[]; draws: number[]; latency: number[] } {
  const rec = (window as unknown as { __graphBench: Recorder }).__graphBench;
  rec.stop = true;
  rec.observer?.disconnect();
  return { frames: rec.frames, draws: rec.draws, latency: rec.latency };
}

runIfStarted(import.meta.url, run);
