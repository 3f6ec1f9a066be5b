/**
 * The plan timeline as the planning view draws it: one column per wave, one swimlane per tier
 * (edge on top, core at the bottom) holding the wave's cut-over units (systems with their stacks,
 * shared-platform builds, standalone assets; terminals in the lane of the tier they serve), each
 * wave with its effort and cost against capacity and budget, its core cut-overs with their
 * dual-track period, builds and retirements, and the coverage after it (business systems first). Pure and tested in Node;
 * the view only renders these numbers.
 */
import { TIERS } from '../model';
import type { Asset, ProjectFile, Scenario, Tier } from '../model';
import { retirementsAfterPlan } from '../planner/events';
import { idleWaves } from '../planner/idleWaves';
import type { IdleWave } from '../planner/idleWaves';
import type { PlanResult, PlanUnit } from '../planner/types';
import { placementOf, planIndex, rowPlacements } from '../planner/placements';

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
  /** Cut-over units per tier lane (a unit is named by its application or asset), in plan order. */
  lanes: Record<Tier, string[]>;
  coreCutovers: number;
  /** Share of business systems (in scope) on a domestic stack once this wave is done. */
  systemsAfter: number;
  /** Core cut-overs of the wave with their date and the end of their dual track (= rollback deadline). */
  cutovers: { unit: string; date: string; dualTrackUntil?: string }[];
  /** Shared platforms built and old platforms retired in the wave. */
  builds: string[];
  retirements: string[];
  /** For a wave without work: what held the next wave's units (planner idleWaves). */
  idle?: IdleWave;
};

export type TimelineYear = { year: number; cost: number; budget: number | undefined; share: number | undefined };

export type TimelineModel = {
  waves: TimelineWave[];
  years: TimelineYear[];
  alreadyDomestic: number;
  retained: string[];
  unscheduled: string[];
  /** Unscheduled and retained assets by tier lane (the timeline's last column), unscheduled first. */
  parked: Record<Tier, string[]>;
  /** The largest number of units in one lane of one wave (sizes the lanes). */
  maxLaneCount: number;
  /** The plan's units by id: a card shows its kind and how many assets move with it. */
  unitById: ReadonlyMap<string, Pick<PlanUnit, 'kind' | 'assets'>>;
  /** Business systems on a domestic stack before the first wave. */
  systemsStart: number;
  /** Old systems and platforms retired after the last wave (the last core cut-overs' dual track ends there). */
  retiredAfterPlan: { date: string; units: string[] } | undefined;
};

/**
 * Builds the timeline model from a plan.
 * @param project the project that was planned
 * @param plan the planner's result for it
 * @param tiers effective tier per asset id; without it, each placement's own tier (the planner's
 *   effective tier). Assets with neither go to their declared tier, else the edge lane.
 * @param scenario the scenario the plan was made with
 * @returns waves, years and coverage
 */
export function buildTimeline(project: ProjectFile, plan: PlanResult, tiers: Readonly<Record<string, Tier>> | undefined, scenario: Scenario): TimelineModel {
  const { assets } = project;
  // Rows read by position when the plan lists these assets in order (the planner's own plan of
  // them), and ids found through the plan's own index: no map of 100,000 ids built per plan.
  const { placements: placed, aligned } = rowPlacements(plan, assets);
  // An index of every id is needed only for a unit without a tier (none from the planner): built
  // then, not for each plan shown (172 ms in Chromium at 100,000 assets).
  let rowOf: ReadonlyMap<string, number> | undefined;
  const assetOf = (id: string): Asset | undefined => {
    rowOf ??= aligned ? planIndex(plan) : new Map(assets.map((a, row) => [a.id, row]));
    const row = rowOf.get(id);
    return row === undefined ? undefined : assets[row];
  };
  const tierOf = (id: string): Tier | undefined => (tiers ? tiers[id] : placementOf(plan, id)?.tier);
  let alreadyDomestic = 0;
  const retained: string[] = [];
  const unscheduled: string[] = [];
  // The last column: unscheduled, then retained assets, each in its lane, read by row.
  const parkedUnscheduled = emptyLanes();
  const parkedRetained = emptyLanes();
  const applications = new Set<string>();
  for (let row = 0; row < assets.length; row++) {
    const asset = assets[row]!;
    const placement = placed[row];
    if (asset.category === 'application') applications.add(asset.id);
    if (placement?.wave === 0) {
      alreadyDomestic += 1;
      continue;
    }
    const lane = (tiers ? tiers[asset.id] : placement?.tier) ?? asset.tier ?? 'office';
    if (placement?.reason.code === 'retained') {
      retained.push(asset.id);
      parkedRetained[lane].push(asset.id);
    } else if (!placement || placement.wave < 0) {
      unscheduled.push(asset.id);
      parkedUnscheduled[lane].push(asset.id);
    }
  }
  const budget = scenario.budgetPerYear && scenario.budgetPerYear > 0 ? scenario.budgetPerYear : undefined;
  const capacity = scenario.capacityPerWave > 0 ? scenario.capacityPerWave : 0;

  const yearCost = new Map<number, number>();
  const migrating = plan.waves.filter((w) => w.index > 0).sort((a, b) => a.index - b.index);
  for (const wave of migrating) {
    const year = yearOf(wave.start);
    yearCost.set(year, (yearCost.get(year) ?? 0) + wave.cost);
  }
  let maxLaneCount = 0;
  const unitById = new Map<string, PlanUnit>();
  for (const u of plan.units) unitById.set(u.id, u);
  let systemsTotal = 0;
  let systemsDone = 0;
  for (let row = 0; row < assets.length; row++) {
    if (assets[row]!.category !== 'application') continue;
    const p = placed[row];
    if (p?.reason.code === 'retired' || p?.reason.code === 'out-of-scope') continue;
    systemsTotal += 1;
    if (p?.wave === 0) systemsDone += 1;
  }
  const systemsStart = systemsTotal > 0 ? systemsDone / systemsTotal : 1;
  const idleByWave = new Map(idleWaves(plan).map((w) => [w.wave, w]));
  // Each wave's events, in plan order (one pass over the events, not three per wave).
  const eventsOf = new Map<number, PlanResult['events']>();
  for (const event of plan.events) {
    let list = eventsOf.get(event.wave);
    if (!list) eventsOf.set(event.wave, (list = []));
    list.push(event);
  }
  const waves = migrating.map((wave): TimelineWave => {
    const lanes = emptyLanes();
    let coreCutovers = 0;
    for (const id of wave.units ?? wave.assets) {
      const unit = unitById.get(id);
      const tier = unit?.tier ?? tierOf(id) ?? assetOf(id)?.tier ?? 'office';
      lanes[tier].push(id);
    }
    coreCutovers = wave.coreCutovers ?? 0;
    for (const id of wave.units ?? wave.assets) if (applications.has(id)) systemsDone += 1;
    const events = eventsOf.get(wave.index) ?? [];
    for (const tier of TIERS) maxLaneCount = Math.max(maxLaneCount, lanes[tier].length);
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
      systemsAfter: systemsTotal > 0 ? systemsDone / systemsTotal : 1,
      cutovers: events.filter((e) => e.kind === 'cutover' && unitById.get(e.unit)?.core).map((e) => ({ unit: e.unit, date: e.date, ...(e.dualTrackUntil ? { dualTrackUntil: e.dualTrackUntil } : {}) })),
      builds: events.filter((e) => e.kind === 'build').map((e) => e.unit),
      retirements: events.filter((e) => e.kind === 'retire').map((e) => e.unit),
      ...(idleByWave.has(wave.index) ? { idle: idleByWave.get(wave.index)! } : {}),
    };
  });
  const years = [...yearCost.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, cost]): TimelineYear => ({ year, cost, budget, share: budget ? cost / budget : undefined }));
  const parked = emptyLanes();
  for (const tier of TIERS) parked[tier] = [...parkedUnscheduled[tier], ...parkedRetained[tier]];
  const late = retirementsAfterPlan(plan);
  const retiredAfterPlan = late.length > 0 ? { date: late.reduce((d, e) => (e.date > d ? e.date : d), late[0]!.date), units: late.map((e) => e.unit) } : undefined;
  return { waves, years, alreadyDomestic, retained, unscheduled, parked, maxLaneCount, unitById, systemsStart, retiredAfterPlan };
}

function emptyLanes(): Record<Tier, string[]> {
  return { office: [], operations: [], 'clinical-support': [], core: [] };
}

function yearOf(iso: string): number {
  const year = Number.parseInt(iso.slice(0, 4), 10);
  return Number.isFinite(year) ? year : 0;
}
