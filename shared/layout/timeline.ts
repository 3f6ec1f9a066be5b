/**
 * The plan timeline as the planning view draws it: one column per wave, one swimlane per effective
 * tier (edge on top, core at the bottom), each wave with its effort and cost against capacity and
 * budget, and the Xinchuang coverage (share of units domestic) after it. Pure and tested in Node;
 * the view only renders these numbers.
 */
import { TIERS } from '../model';
import type { Asset, ProjectFile, Scenario, Tier } from '../model';
import type { PlanResult } from '../planner/types';

export type TimelineWave = {
  index: number;
  start: string;
  end: string;
  /** Calendar year the wave's cost is booked in (the planner books a wave in the year it starts). */
  year: number;
  effort: number;
  cost: number;
  /** Effort / capacity per wave (may exceed 1 when pins force it). */
  capacityShare: number;
  /** Cost / budget of its year; undefined without a budget. */
  budgetShare: number | undefined;
  /** Asset ids per tier lane, in plan order. */
  lanes: Record<Tier, string[]>;
  coreCutovers: number;
  /** Share of all units that are domestic once this wave is done. */
  coverageAfter: number;
  /** Units migrated in this wave. */
  units: number;
};

export type TimelineYear = { year: number; cost: number; budget: number | undefined; share: number | undefined };

export type TimelineModel = {
  waves: TimelineWave[];
  years: TimelineYear[];
  /** Coverage before the first wave (already domestic units / all units). */
  coverageStart: number;
  totalUnits: number;
  alreadyDomestic: number;
  retained: string[];
  unscheduled: string[];
  /** Unscheduled and retained assets by tier lane (the timeline's last column), unscheduled first. */
  parked: Record<Tier, string[]>;
  /** The largest number of assets in one lane of one wave (sizes the lanes). */
  maxLaneCount: number;
};

/**
 * Builds the timeline model from a plan.
 * @param project the project that was planned
 * @param plan the planner's result for it
 * @param tiers effective tier per asset id (assets missing here go to the edge lane)
 * @param scenario the scenario the plan was made with
 * @returns waves, years and coverage
 */
export function buildTimeline(project: ProjectFile, plan: PlanResult, tiers: Readonly<Record<string, Tier>>, scenario: Scenario): TimelineModel {
  const byId = new Map<string, Asset>(project.assets.map((a) => [a.id, a]));
  const units = (id: string) => Math.max(0, byId.get(id)?.quantity ?? 0);
  let totalUnits = 0;
  let domesticUnits = 0;
  let alreadyDomestic = 0;
  const retained: string[] = [];
  const unscheduled: string[] = [];
  for (const asset of project.assets) {
    totalUnits += Math.max(0, asset.quantity);
    const placement = plan.placements[asset.id];
    if (placement?.wave === 0) {
      domesticUnits += Math.max(0, asset.quantity);
      alreadyDomestic += 1;
    } else if (placement?.reason.code === 'retained') retained.push(asset.id);
    else if (!placement || placement.wave < 0) unscheduled.push(asset.id);
  }
  const coverageStart = totalUnits > 0 ? domesticUnits / totalUnits : 0;
  const budget = scenario.budgetPerYear && scenario.budgetPerYear > 0 ? scenario.budgetPerYear : undefined;
  const capacity = scenario.capacityPerWave > 0 ? scenario.capacityPerWave : 0;

  const yearCost = new Map<number, number>();
  const migrating = plan.waves.filter((w) => w.index > 0).sort((a, b) => a.index - b.index);
  for (const wave of migrating) {
    const year = yearOf(wave.start);
    yearCost.set(year, (yearCost.get(year) ?? 0) + wave.cost);
  }
  let maxLaneCount = 0;
  const waves = migrating.map((wave): TimelineWave => {
    const lanes = emptyLanes();
    let waveUnits = 0;
    let coreCutovers = 0;
    for (const id of wave.assets) {
      const tier = tiers[id] ?? byId.get(id)?.tier ?? 'office';
      lanes[tier].push(id);
      waveUnits += units(id);
      if (tier === 'core' && byId.get(id)?.category === 'application') coreCutovers += 1;
    }
    for (const tier of TIERS) maxLaneCount = Math.max(maxLaneCount, lanes[tier].length);
    domesticUnits += waveUnits;
    return {
      index: wave.index,
      start: wave.start,
      end: wave.end,
      year: yearOf(wave.start),
      effort: wave.effort,
      cost: wave.cost,
      capacityShare: capacity > 0 ? wave.effort / capacity : 0,
      budgetShare: budget ? wave.cost / budget : undefined,
      lanes,
      coreCutovers,
      coverageAfter: totalUnits > 0 ? domesticUnits / totalUnits : 0,
      units: waveUnits,
    };
  });
  const years = [...yearCost.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, cost]): TimelineYear => ({ year, cost, budget, share: budget ? cost / budget : undefined }));
  const parked = emptyLanes();
  for (const id of [...unscheduled, ...retained]) parked[tiers[id] ?? byId.get(id)?.tier ?? 'office'].push(id);
  return { waves, years, coverageStart, totalUnits, alreadyDomestic, retained, unscheduled, parked, maxLaneCount };
}

/**
 * Where an asset's card sits in a timeline drawn with fixed column and lane sizes.
 * @returns the column (0-based position among migration waves) and lane (0 = edge), or undefined when unplaced
 */
export function cardPosition(model: TimelineModel, assetId: string): { column: number; lane: number; slot: number } | undefined {
  for (let column = 0; column < model.waves.length; column += 1) {
    const wave = model.waves[column]!;
    for (let lane = 0; lane < TIERS.length; lane += 1) {
      const slot = wave.lanes[TIERS[lane]!].indexOf(assetId);
      if (slot >= 0) return { column, lane, slot };
    }
  }
  return undefined;
}

function emptyLanes(): Record<Tier, string[]> {
  return { office: [], operations: [], 'clinical-support': [], core: [] };
}

function yearOf(iso: string): number {
  const year = Number.parseInt(iso.slice(0, 4), 10);
  return Number.isFinite(year) ? year : 0;
}
