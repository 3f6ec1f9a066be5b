/**
 * Reading a plan's placements: by asset id (`placementOf`), all of them with their ids
 * (`placementEntries`), and the `xcplan plan --json` contract, where they are one record keyed by
 * asset id (`planJson`, and `planFromJson` to read such a file back).
 */
import type { Placement, PlanResult } from './types';

/** The JSON contract of a plan (`xcplan plan --json`): the plan with its placements keyed by asset id. */
export type PlanJson = Omit<PlanResult, 'assetIds' | 'placements'> & { placements: Record<string, Placement> };

type Placed = Pick<PlanResult, 'assetIds' | 'placements'>;

/** Position of each asset id, per `assetIds` array: built once per plan and thread, or given by the planner. */
const indexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/**
 * Hands over the planner's own id index (its graph's), so the first lookup builds nothing.
 * @param assetIds the plan's `assetIds`
 * @param index position of each id in `assetIds`
 */
export function rememberIndex(assetIds: readonly string[], index: ReadonlyMap<string, number>): void {
  indexes.set(assetIds, index);
}

/**
 * Position of each asset id in the plan's `assetIds` (the planner's own index, or built once per
 * plan and thread). When `rowPlacements` finds the plan aligned with an asset list, a position is
 * the id's row in that list.
 * @param plan a plan
 */
export function planIndex(plan: Placed): ReadonlyMap<string, number> {
  let index = indexes.get(plan.assetIds);
  if (!index) {
    // Each id is there once (the project's assets, or a record's keys).
    index = new Map(plan.assetIds.map((id, i) => [id, i]));
    indexes.set(plan.assetIds, index);
  }
  return index;
}

/**
 * The placement of one asset, or undefined when the plan does not know the id.
 * @param plan a plan (or its placements)
 * @param id an asset id
 */
export function placementOf(plan: Placed, id: string): Placement | undefined {
  const i = planIndex(plan).get(id);
  return i === undefined ? undefined : plan.placements[i];
}

/** Each row's placement, and whether the plan lists exactly these rows' ids in this order. */
export type RowPlacements = {
  /** One entry per row (undefined where the plan does not know the id). */
  placements: readonly (Placement | undefined)[];
  /** True: row i's placement is the plan's `placements[i]`, no id repeats, and `planIndex` gives rows. */
  aligned: boolean;
};

/**
 * The placement of each row of `assets`, by position: the plan of that asset list (its ids once
 * each, in file order, as the planner makes it) answers with its own array and no lookup; any
 * other plan answers row by row through `placementOf`. At 100,000 assets the id lookups were a
 * fifth of the analysis.
 * @param plan a plan
 * @param assets the assets whose placements are wanted, in their order
 */
export function rowPlacements(plan: Placed, assets: readonly { id: string }[]): RowPlacements {
  return alignedWith(plan, assets) ? { placements: plan.placements, aligned: true } : { placements: assets.map((asset) => placementOf(plan, asset.id)), aligned: false };
}

/** Whether the plan lists exactly these assets' ids, in this order (the planner lists each id once). */
function alignedWith(plan: Placed, assets: readonly { id: string }[]): boolean {
  const ids = plan.assetIds;
  if (ids.length !== assets.length) return false;
  // The planner's ids are the rows' own strings: each comparison is a pointer check.
  for (let i = 0; i < ids.length; i++) if (ids[i] !== assets[i]!.id) return false;
  return true;
}

/** Every placement with its asset id, in file order. */
export function placementEntries(plan: Placed): [string, Placement][] {
  return plan.placements.map((p, i) => [plan.assetIds[i]!, p]);
}

/**
 * Placements from a record keyed by asset id (a plan file, a test's hand-made plan).
 * @param record asset id → placement
 */
export function placementsFrom(record: Record<string, Placement>): Placed {
  const assetIds = Object.keys(record);
  return { assetIds, placements: assetIds.map((id) => record[id]!) };
}

/**
 * The `xcplan plan --json` contract: the same fields in the same order as ever, the placements one
 * record keyed by asset id.
 * @param plan a plan
 */
export function planJson(plan: PlanResult): PlanJson {
  const placements = Object.create(null) as Record<string, Placement>;
  for (let i = 0; i < plan.assetIds.length; i++) placements[plan.assetIds[i]!] = plan.placements[i]!;
  const { waves, bundles, unscheduled, metrics, units, events, warnings } = plan;
  return { waves, placements, bundles, unscheduled, metrics, units, events, warnings };
}

/**
 * A plan from its JSON contract (a file written by `xcplan plan --json`).
 * @param json the parsed file
 */
export function planFromJson(json: PlanJson): PlanResult {
  const { placements, ...rest } = json;
  return { ...rest, ...placementsFrom(placements) };
}
