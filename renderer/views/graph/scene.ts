/**
 * What the graph canvas draws, prepared once per change of data, play position or selection:
 * per-node fill and ring codes, highlight roles, and edge styles. Drawing (canvas or SVG) only
 * reads these arrays, so a pan or zoom frame does no data work at all.
 */
import { EDGE_COLOURS, HIGHLIGHT_COLOURS, STATE_COLOURS } from '../../../shared/format/palette';
import { impactOf } from '../../../shared/graph';
import type { Impact } from '../../../shared/graph';
import type { EstateModel } from '../../../shared/layout';
import { NODE_STATE_CODE } from '../../../shared/layout';
import type { Bundle } from '../../../shared/planner';

/** Fill colour per node state (domestic green, foreign red, unknown grey), from the one palette. */
export const FILL = { domestic: STATE_COLOURS.domestic, migrated: STATE_COLOURS.migrated, foreign: STATE_COLOURS.foreign, unknown: STATE_COLOURS.unknown } as const;
export const RING = { retained: STATE_COLOURS.retained, unscheduled: STATE_COLOURS.unscheduled, cycle: STATE_COLOURS.problem, broken: STATE_COLOURS.problem, selected: HIGHLIGHT_COLOURS.selected } as const;
export const EDGE = EDGE_COLOURS;
export const HIGHLIGHT = HIGHLIGHT_COLOURS;

/** Fill index per node: 0 domestic, 1 migrated (turned domestic by the plan so far), 2 foreign, 3 unknown. */
export const FILL_ORDER = [FILL.domestic, FILL.migrated, FILL.foreign, FILL.unknown] as const;

/** Role of a node under the current selection: 0 none/no selection, 1 selected, 2 prerequisite, 3 dependent, 4 faded. */
export const ROLE = { none: 0, selected: 1, prerequisite: 2, dependent: 3, faded: 4 } as const;

export type Scene = {
  model: EstateModel;
  fill: Uint8Array;
  /** Ring flags per node: 1 retained, 2 unscheduled, 4 in a cycle, 8 has a broken dependency. */
  ring: Uint8Array;
  role: Uint8Array;
  /** Edge flags: 1 inside a cycle, 2 highlighted (both ends highlighted). */
  edgeFlag: Uint8Array;
  impact: Impact | undefined;
  selected: number;
  hasSelection: boolean;
};

/**
 * Builds the scene.
 * @param model the estate model
 * @param states node states per node (NODE_STATE_CODE, already combined for collapsed groups)
 * @param bundles the plan's cycle bundles
 * @param selected selected node index, or -1
 */
export function buildScene(model: EstateModel, states: Uint8Array, bundles: readonly Bundle[], selected: number): Scene {
  const n = model.nodes.length;
  const fill = new Uint8Array(n);
  const ring = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const s = states[i] ?? NODE_STATE_CODE.unknown;
    const origin = model.nodes[i]!.asset.vendorOrigin;
    fill[i] = s === NODE_STATE_CODE.domestic ? 0 : s === NODE_STATE_CODE.migrated ? 1 : origin === 'unknown' || !origin ? 3 : 2;
    if (s === NODE_STATE_CODE.retained) ring[i]! |= 1;
    if (s === NODE_STATE_CODE.unscheduled) ring[i]! |= 2;
  }
  const inCycle = new Uint8Array(n);
  for (const bundle of bundles) {
    for (const id of bundle.assets) {
      const v = model.nodeOfAsset.get(id);
      if (v !== undefined) {
        inCycle[v] = 1;
        ring[v]! |= 4;
      }
    }
  }
  for (const b of model.graph.broken) {
    const end = model.graph.indexOf.get(b.missing === 'from' ? b.dependency.to : b.dependency.from);
    if (end !== undefined) ring[end]! |= 8;
  }
  const role = new Uint8Array(n);
  const impact = selected >= 0 && selected < n ? impactOf(model, selected) : undefined;
  if (impact) {
    role.fill(ROLE.faded);
    for (const v of impact.prerequisites) role[v] = ROLE.prerequisite;
    for (const v of impact.dependents) role[v] = ROLE.dependent;
    role[selected] = ROLE.selected;
  }
  const { edgeFrom, edgeTo } = model.graph;
  const edgeFlag = new Uint8Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e += 1) {
    const a = edgeFrom[e]!;
    const b = edgeTo[e]!;
    if (inCycle[a] && inCycle[b]) edgeFlag[e]! |= 1;
    if (impact && role[a] !== ROLE.faded && role[b] !== ROLE.faded) edgeFlag[e]! |= 2;
  }
  return { model, fill, ring, role, edgeFlag, impact, selected: impact ? selected : -1, hasSelection: impact !== undefined };
}

/**
 * Combines per-asset states into per-node states: a collapsed group is only as far along as its
 * least advanced member (highest code).
 */
export function combineStates(model: EstateModel, assetIds: readonly string[], assetStates: Uint8Array): Uint8Array {
  const out = new Uint8Array(model.nodes.length);
  for (let i = 0; i < assetIds.length; i += 1) {
    const v = model.nodeOfAsset.get(assetIds[i]!);
    if (v !== undefined) out[v] = Math.max(out[v]!, assetStates[i]!);
  }
  return out;
}
