/**
 * Planner benchmark: plan a generated estate of 100,000 assets and 400,000 dependencies
 * (fixtures/generate/estate.ts: a group of hospitals shaped like the two samples, with the
 * members' baseline scenarios added up) and compare with the physical floor measured in the same
 * run: a bare typed-array topological sort of the same graph (intern the string ids, build CSR,
 * Kahn). Also the re-plan time of the sample tertiary hospital after one edit (the UI's case) and
 * the plan quality (waves / lower bound) of the estate and of both samples, with what is left
 * unscheduled. Runs standalone: `npx tsx bench/planner.bench.ts`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateEstate } from '../fixtures/generate/estate';
import type { ProjectFile } from '../shared/model';
import { planProject } from '../shared/planner';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Medians of `rounds` timed calls of each function after `warmups` untimed calls of each, the
 * calls interleaved (a, b, b, b, a, b, b, b, …) so both see the same load on a shared machine and
 * their ratio holds. The warm-ups let V8 finish optimising both: the planner's few thousand lines
 * take about five calls to reach their steady speed, a 40-line floor one or two; the planner's
 * first call is measured on its own (`planner100kFirstMs`).
 */
function timedTogether(rounds: number, a: () => unknown, b: () => unknown, bPerRound = 3, warmups = 4): [number, number] {
  for (let i = 0; i < warmups; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let started = performance.now();
    a();
    ta.push(performance.now() - started);
    for (let k = 0; k < bPerRound; k++) {
      started = performance.now();
      b();
      tb.push(performance.now() - started);
    }
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(ta), median(tb)];
}

/** Median of `runs` timed calls after one warm-up. */
function timed(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The floor: ids interned once, CSR over Int32Array, Kahn's order. Returns the nodes ordered. */
export function bareTopologicalSort(project: ProjectFile): number {
  const index = new Map<string, number>();
  const { assets, dependencies } = project;
  for (let i = 0; i < assets.length; i++) index.set(assets[i]!.id, i);
  const n = assets.length;
  const m = dependencies.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const d = dependencies[e]!;
    from[e] = index.get(d.to)!;
    to[e] = index.get(d.from)!;
    offsets[from[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const indegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    targets[cursor[from[e]!]!++] = to[e]!;
    indegree[to[e]!]!++;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (--indegree[targets[e]!]! === 0) order[tail++] = targets[e]!;
  }
  return tail;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs the benchmark and returns its figures. */
export async function run(): Promise<Record<string, number>> {
  const estate = generateEstate({ assets: 100_000, dependencies: 400_000, seed: 42 });
  const firstStarted = performance.now();
  let plan = planProject(estate);
  const planner100kFirstMs = performance.now() - firstStarted;
  const [planner100kMs, plannerFloorMs] = timedTogether(
    7,
    () => (plan = planProject(estate)),
    () => bareTopologicalSort(estate),
  );
  const figures: Record<string, number> = {
    planner100kMs: round(planner100kMs),
    planner100kFirstMs: round(planner100kFirstMs),
    plannerFloorMs: round(plannerFloorMs),
    plannerFloorRatio: round(planner100kMs / plannerFloorMs, 2),
    plannerWaves: plan.metrics.waves,
    plannerLowerBound: plan.metrics.lowerBound,
    plannerQualityRatio: round(plan.metrics.waves / Math.max(1, plan.metrics.lowerBound), 2),
    plannerUnscheduled: plan.unscheduled.length,
    plannerBundles: plan.bundles.length,
  };
  const sample = JSON.parse(await readFile(join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
  let edit = 0;
  figures.replanSampleMs = round(
    timed(9, () => {
      // One edit, as in the UI: a quantity changes, the whole plan is recomputed.
      const assets = sample.assets.slice();
      const k = edit++ % assets.length;
      assets[k] = { ...assets[k]!, quantity: assets[k]!.quantity + 1 };
      return planProject({ ...sample, assets });
    }),
    2,
  );
  const samplePlan = planProject(sample);
  figures.sampleQualityRatio = round(samplePlan.metrics.waves / Math.max(1, samplePlan.metrics.lowerBound), 2);
  const secondary = JSON.parse(await readFile(join(ROOT, 'fixtures', 'sample-secondary.xcplan.json'), 'utf8')) as ProjectFile;
  const secondaryPlan = planProject(secondary);
  figures.sampleSecondaryQualityRatio = round(secondaryPlan.metrics.waves / Math.max(1, secondaryPlan.metrics.lowerBound), 2);
  if (process.env.XC_BENCH_PLANNER_400K === '1') {
    const big = generateEstate({ assets: 400_000, dependencies: 1_600_000, seed: 42 });
    figures.planner400kMs = round(timed(1, () => planProject(big)));
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metrics = await run();
  process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
}
