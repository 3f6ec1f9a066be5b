/**
 * "Play the plan": the state of every node at a point of the roadmap, so the graph turns domestic
 * wave by wave, edge to core. Wave 0 is the estate today.
 */
import type { Asset } from '../model';
import { isCompliant, isRetained } from '../model';
import type { PlanResult } from '../planner/types';
import { placementOf } from '../planner/placements';

/** Drawing status of a node at a given wave. */
export const NODE_STATES = ['domestic', 'migrated', 'planned', 'retained', 'unscheduled', 'unknown'] as const;
export type NodeState = (typeof NODE_STATES)[number];

/** Codes for typed arrays, in NODE_STATES order. */
export const NODE_STATE_CODE: Record<NodeState, number> = { domestic: 0, migrated: 1, planned: 2, retained: 3, unscheduled: 4, unknown: 5 };

/**
 * Node states after `wave` waves of the plan.
 * @param assets assets in drawing order
 * @param plan the plan (undefined: no plan yet, states follow origin only)
 * @param wave 0 = today; k = after wave k; Infinity = at the end of the plan
 * @returns one NODE_STATE_CODE per asset
 */
export function nodeStatesAt(assets: readonly Asset[], plan: PlanResult | undefined, wave: number): Uint8Array {
  const out = new Uint8Array(assets.length);
  for (let i = 0; i < assets.length; i += 1) {
    const asset = assets[i]!;
    const placement = plan ? placementOf(plan, asset.id) : undefined;
    let state: NodeState;
    if (isCompliant(asset) || placement?.wave === 0) state = 'domestic';
    else if (isRetained(asset) || placement?.reason.code === 'retained') state = 'retained';
    else if (!placement) state = asset.vendorOrigin === 'unknown' || !asset.vendorOrigin ? 'unknown' : 'planned';
    else if (placement.wave < 0) state = 'unscheduled';
    else state = placement.wave <= wave ? 'migrated' : 'planned';
    out[i] = NODE_STATE_CODE[state];
  }
  return out;
}

/**
 * Share of units domestic after `wave` (domestic today plus migrated so far).
 * @returns a ratio in [0, 1]; 0 for an empty estate
 */
export function coverageAt(assets: readonly Asset[], states: Uint8Array): number {
  let total = 0;
  let done = 0;
  for (let i = 0; i < assets.length; i += 1) {
    const q = Math.max(0, assets[i]!.quantity);
    total += q;
    if (states[i] === NODE_STATE_CODE.domestic || states[i] === NODE_STATE_CODE.migrated) done += q;
  }
  return total > 0 ? done / total : 0;
}

/** The last wave index of a plan (0 when nothing is to migrate). */
export function lastWave(plan: PlanResult | undefined): number {
  let last = 0;
  for (const w of plan?.waves ?? []) last = Math.max(last, w.index);
  return last;
}
