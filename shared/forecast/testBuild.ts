/**
 * Small builders for forecast tests: a project and a plan with waves by calendar year.
 * Test-only helper (imported by *.test.ts beside it).
 */
import type { Asset, Dependency, ProjectFile } from '../model';
import type { PlanResult, Wave } from '../planner/types';
import { placementsFrom } from '../planner/placements';
import type { Placement } from '../planner/types';

/**
 * A project starting on 1 January of `startYear`.
 * @param assets assets
 * @param options horizon (default 3), dependencies, budget per year
 */
export function buildProject(
  assets: Asset[],
  options: { startYear?: number; horizonYears?: number; dependencies?: Dependency[]; budgetPerYear?: number } = {},
): ProjectFile {
  const project: ProjectFile = {
    format: 'xcplan',
    version: 2,
    project: { name: '测试医院', startDate: `${options.startYear ?? 2025}-01-01`, horizonYears: options.horizonYears ?? 3, waveMonths: 12 },
    assets,
    dependencies: options.dependencies ?? [],
  };
  if (options.budgetPerYear !== undefined) {
    project.scenario = { name: '基准', capacityPerWave: 1000, budgetPerYear: options.budgetPerYear, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {} };
  }
  return project;
}

/**
 * A plan with one wave per calendar year given: wave i+1 runs through `years[i]`.
 * @param placements asset id -> year of its wave; 0 = already domestic; -1 = unscheduled
 * @param years the wave years in order (wave 1 = years[0])
 */
export function buildPlan(placements: Record<string, number>, years: number[]): PlanResult {
  const waves: Wave[] = years.map((year, i) => ({ index: i + 1, start: `${year}-01-01`, end: `${year}-12-31`, assets: [], effort: 0, cost: 0 }));
  const record: Record<string, Placement> = {};
  const result: PlanResult = { waves, assetIds: [], placements: [], bundles: [], unscheduled: [], metrics: { waves: waves.length, lowerBound: 1, assetsPlanned: 0, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } }, units: [], events: [], warnings: [] };
  for (const [id, year] of Object.entries(placements)) {
    const wave = year <= 0 ? year : years.indexOf(year) + 1;
    if (wave > 0) waves[wave - 1]!.assets.push(id);
    record[id] = { wave, reason: { code: wave === 0 ? 'already-domestic' : wave < 0 ? 'unscheduled' : 'earliest', detail: '' } };
  }
  return { ...result, ...placementsFrom(record) };
}

export const asset = (id: string, category: Asset['category'], quantity: number, extra: Partial<Asset> = {}): Asset => ({
  id,
  name: id,
  category,
  quantity,
  vendorOrigin: 'foreign',
  disposition: 'replace',
  ...extra,
});
