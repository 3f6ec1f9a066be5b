/**
 * Effective tiers and the precedence graph (DESIGN.md "Planning rules" 3 and 4).
 *
 * - Effective tier: an asset's declared tier (undeclared = office, the edge); infrastructure then
 *   inherits the highest tier of everything that runs on it, transitively (`runs-on` only: a
 *   terminal connecting to HIS stays at the edge).
 * - Precedence ("no later than", same wave allowed):
 *   - `runs-on`: the platform goes no later than what runs on it;
 *   - `connects-to`: the endpoint with the lower effective tier goes first; on equal tiers the
 *     client (`from`) goes first, because a system is cut over once its clients are ready;
 *   - `integrates-with`: the endpoint with the lower effective tier goes first; equal tiers give no
 *     constraint (either order works).
 */
import type { Asset, Dependency, Tier } from '../model';
import { TIERS, tierRank } from '../model';
import { buildAssetGraph, buildCsr, KIND_CONNECTS_TO, KIND_RUNS_ON } from '../graph';
import type { AssetGraph, Csr } from '../graph';

/** Why one asset precedes another, for explanations. */
export const REL_PLATFORM = 0;
export const REL_CLIENT = 1;
export const REL_SYSTEM = 2;
export const REL_INTERFACE = 3;

export type EffectiveTiers = {
  /** Tier rank per node (0 = office .. 3 = core). */
  rank: Uint8Array;
  /** Node whose declared tier set this node's tier (itself when declared), -1 for the default. */
  source: Int32Array;
};

/**
 * Effective tiers by worklist propagation along `runs-on` (each node rises at most three times, so
 * this is linear and terminates on cycles too).
 * @param graph the asset graph
 * @param assets the assets, in the graph's node order
 */
export function computeEffectiveTiers(graph: AssetGraph, assets: readonly Asset[]): EffectiveTiers {
  const n = graph.ids.length;
  const rank = new Uint8Array(n);
  const source = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const tier = assets[v]!.tier;
    if (tier) {
      rank[v] = tierRank(tier);
      source[v] = v;
    }
  }
  const { offsets, targets, data } = graph.dependsOn;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (rank[v]! > 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (graph.edgeKind[data[e]!] !== KIND_RUNS_ON) continue;
      const w = targets[e]!;
      if (rank[w]! < rank[v]!) {
        rank[w] = rank[v]!;
        source[w] = source[v]!;
        queue.push(w);
      }
    }
  }
  return { rank, source };
}

/**
 * Effective tier of every asset (rule 4), by id.
 * @param assets the project's assets
 * @param dependencies the project's dependencies
 */
export function effectiveTiers(assets: readonly Asset[], dependencies: readonly Dependency[]): Record<string, Tier> {
  const graph = buildAssetGraph(assets, dependencies);
  const { rank } = computeEffectiveTiers(graph, assets);
  const out: Record<string, Tier> = {};
  for (let v = 0; v < graph.ids.length; v++) out[graph.ids[v]!] = TIERS[rank[v]!]!;
  return out;
}

export type Precedence = {
  /** pred -> succ, payload = precedence edge number. */
  csr: Csr;
  pred: Int32Array;
  succ: Int32Array;
  /** REL_* per precedence edge. */
  rel: Uint8Array;
  m: number;
};

/**
 * The precedence graph among nodes with `active[v] === 1` (edges touching other nodes are dropped:
 * domestic assets are done and retained ones stay as they are).
 * @param graph the asset graph
 * @param rank effective tier ranks
 * @param active which nodes take part (all when omitted)
 */
export function buildPrecedence(graph: AssetGraph, rank: Uint8Array, active?: Uint8Array): Precedence {
  const pred = new Int32Array(graph.m);
  const succ = new Int32Array(graph.m);
  const rel = new Uint8Array(graph.m);
  let m = 0;
  for (let e = 0; e < graph.m; e++) {
    const from = graph.edgeFrom[e]!;
    const to = graph.edgeTo[e]!;
    if (active && (active[from] === 0 || active[to] === 0)) continue;
    const kind = graph.edgeKind[e]!;
    const rf = rank[from]!;
    const rt = rank[to]!;
    let p: number;
    let s: number;
    let r: number;
    if (kind === KIND_RUNS_ON) {
      [p, s, r] = [to, from, REL_PLATFORM];
    } else if (kind === KIND_CONNECTS_TO) {
      [p, s, r] = rf <= rt ? [from, to, REL_CLIENT] : [to, from, REL_SYSTEM];
    } else if (rf !== rt) {
      [p, s, r] = rf < rt ? [from, to, REL_INTERFACE] : [to, from, REL_INTERFACE];
    } else {
      continue;
    }
    pred[m] = p;
    succ[m] = s;
    rel[m] = r;
    m++;
  }
  return { csr: buildCsr(graph.ids.length, pred, succ, m), pred, succ, rel, m };
}
