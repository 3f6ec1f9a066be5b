/**
 * Forecast benchmark: spend per year and line for a 100,000-asset plan (a hospital group), with
 * every asset placed in one of 20 quarterly waves. Uses fixtures/generate/estate.ts `generateEstate`
 * when it exists, else a seeded synthetic estate. Runs standalone: `npx tsx bench/forecast.bench.ts`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { costOf, DEFAULT_PRICE_BOOK, forecastSpend } from '../shared/forecast';
import { CATEGORIES } from '../shared/model';
import type { Asset, ProjectFile } from '../shared/model';
import type { PlanResult, Wave } from '../shared/planner/types';
import { placementsFrom } from '../shared/planner';
import type { Placement } from '../shared/planner/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = 100_000;
const WAVES = 20;

type Generator = (options: { assets: number; seed: number }) => ProjectFile;

async function estate(): Promise<ProjectFile> {
  const path = join(ROOT, 'fixtures', 'generate', 'estate.ts');
  if (existsSync(path)) {
    const mod = (await import(pathToFileURL(path).href)) as { generateEstate?: Generator };
    if (typeof mod.generateEstate === 'function') {
      try {
        return mod.generateEstate({ assets: ASSETS, seed: 42 });
      } catch {
        // A generator with another signature: fall back to the synthetic estate below.
      }
    }
  }
  return syntheticEstate(ASSETS, 42);
}

/** A seeded estate: categories in turn, quantities 1..50, a tenth already domestic, some with unit costs. */
export function syntheticEstate(count: number, seed: number): ProjectFile {
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const assets: Asset[] = Array.from({ length: count }, (_, i) => {
    const asset: Asset = { id: `A${i}`, name: `资产${i}`, category: CATEGORIES[i % CATEGORIES.length]!, quantity: 1 + Math.floor(next() * 50), ...(next() < 0.1 ? { vendorOrigin: 'domestic', disposition: 'compliant' } : { vendorOrigin: 'foreign', disposition: 'replace' }) };
    if (next() < 0.05) asset.unitCost = Math.round(next() * 100_000);
    return asset;
  });
  return { format: 'xcplan', version: 2, project: { name: '医疗集团', startDate: '2026-01-01', horizonYears: 5, waveMonths: 3 }, assets, dependencies: [] };
}

/** Spreads non-domestic assets over quarterly waves from the project start. */
export function spreadPlan(project: ProjectFile): PlanResult {
  const startYear = Number(project.project.startDate.slice(0, 4));
  const waves: Wave[] = Array.from({ length: WAVES }, (_, i) => {
    const year = startYear + Math.floor(i / 4);
    const month = (i % 4) * 3 + 1;
    return { index: i + 1, start: `${year}-${String(month).padStart(2, '0')}-01`, end: `${year}-${String(month + 2).padStart(2, '0')}-28`, assets: [], effort: 0, cost: 0 };
  });
  const record: Record<string, Placement> = {};
  const plan: PlanResult = { waves, assetIds: [], placements: [], bundles: [], unscheduled: [], metrics: { waves: WAVES, lowerBound: 1, assetsPlanned: 0, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } }, units: [], events: [], warnings: [] };
  project.assets.forEach((asset, i) => {
    const wave = asset.disposition === 'compliant' ? 0 : 1 + (i % WAVES);
    record[asset.id] = { wave, reason: { code: wave === 0 ? 'already-domestic' : 'earliest', detail: '' } };
  });
  return { ...plan, ...placementsFrom(record) };
}

/** @returns `forecastMs` (median of 5 runs) and `costOf100kMs` */
export async function run(): Promise<Record<string, number>> {
  const project = await estate();
  const plan = spreadPlan(project);
  forecastSpend(project, plan, DEFAULT_PRICE_BOOK);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    forecastSpend(project, plan, DEFAULT_PRICE_BOOK);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const cost = costOf(DEFAULT_PRICE_BOOK, project);
  const costStarted = performance.now();
  let sum = 0;
  for (const asset of project.assets) sum += cost(asset);
  const costOf100kMs = performance.now() - costStarted;
  return { forecastMs: Math.round(times[2]! * 10) / 10, costOf100kMs: Math.round(costOf100kMs * 10) / 10, forecastAssets: project.assets.length, forecastCheck: sum > 0 ? 1 : 0 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metrics = await run();
  process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
}
