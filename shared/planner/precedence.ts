/**
 * Effective tiers (lanes) and the precedence graph (DESIGN.md "Planning rules (version 2)" 1–6).
 *
 * Effective tier: an asset's declared tier, else the edge (office); then
 * - a platform inherits the highest tier of what runs on it (`runs-on`, transitively);
 * - a network or storage device inherits the highest tier of the systems that reach it
 *   (`connects-to` from anything but a terminal, peripheral or medical device);
 * - a terminal, peripheral or medical device takes the highest tier of what it serves
 *   (`connects-to` to anything but a network or storage device), so a nurse station is clinical;
 * - a security product that protects assets takes the lowest tier among them (it is built with
 *   the first of them).
 *
 * Precedence ("no later than", same wave allowed), among planned assets only:
 * - `runs-on`: the platform no later than what runs on it (the unit rules make that the same
 *   wave for a dedicated stack and the build wave for a shared platform);
 * - `connects-to` from a terminal to a system: the terminal waits for the system's cut-over unless
 *   the system has a domestic client date (`clientReadyFrom`, a ready date instead); a terminal
 *   goes no later than any core system it serves;
 * - `connects-to` to a network or storage device: the device goes first (it is on the path);
 * - other `connects-to`: the lower tier first; equal tiers: the client first;
 * - `integrates-with`: the lower tier first; equal tiers give no constraint;
 * - `protects`: the security product no later than what it protects.
 */
import type { Asset, Category, Dependency, Tier } from '../model';
import { TIERS, tierRank } from '../model';
import { buildAssetGraph, buildCsr, KIND_CONNECTS_TO, KIND_PROTECTS, KIND_RUNS_ON } from '../graph';
import type { AssetGraph, Csr } from '../graph';
import { CAT, categoryCodes, CLIENT_DEVICE, PATH_DEVICE } from './codes';

/** Why one asset precedes another, for explanations. */
export const REL_PLATFORM = 0;
export const REL_CLIENT = 1;
export const REL_SYSTEM = 2;
export const REL_INTERFACE = 3;
export const REL_NETWORK = 4;
export const REL_PROTECTS = 5;

const CLIENT_DEVICES: ReadonlySet<Category> = new Set(['terminal', 'peripheral', 'medical-device']);
const PATH_DEVICES: ReadonlySet<Category> = new Set(['network', 'storage']);
export const isClientDevice = (category: Category): boolean => CLIENT_DEVICES.has(category);
export const isPathDevice = (category: Category): boolean => PATH_DEVICES.has(category);

export type EffectiveTiers = {
  /** Tier rank per node (0 = office .. 3 = core). */
  rank: Uint8Array;
  /** Node whose declared tier set this node's tier (itself when declared), -1 for the default. */
  source: Int32Array;
};

/**
 * Effective tiers by worklist propagation (each node rises at most three times, so this is linear
 * and terminates on cycles too), then the security products' lowest protected tier.
 * @param graph the asset graph
 * @param assets the assets, in the graph's node order
 */
export function computeEffectiveTiers(graph: AssetGraph, assets: readonly Asset[], cat: Uint8Array = categoryCodes(assets)): EffectiveTiers {
  const n = graph.ids.length;
  const rank = new Uint8Array(n);
  const source = new Int32Array(n).fill(-1);
  // 1 = the asset declares its tier (it never inherits one).
  const declared = new Uint8Array(n);
  // A node with a declared tier is queued once and never rises; any other node is queued each
  // time it rises, at most three times (office to core): 3n in all.
  const queue = new Int32Array(3 * n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    const tier = assets[v]!.tier;
    if (tier !== undefined) declared[v] = 1;
    if (tier) {
      rank[v] = tierRank(tier);
      source[v] = v;
    }
  }
  for (let v = 0; v < n; v++) if (rank[v]! > 0) queue[tail++] = v;
  // The rows as locals: the loop below is the whole cost of this function.
  const { offsets: outOffsets, targets: outTargets, data: outEdge } = graph.dependsOn;
  const { offsets: inOffsets, targets: inTargets, data: inEdge } = graph.dependedOnBy;
  const edgeKind = graph.edgeKind;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const rv = rank[v]!;
    const sv = source[v]!;
    const vClient = CLIENT_DEVICE[cat[v]!] === 1;
    for (let e = outOffsets[v]!, end = outOffsets[v + 1]!; e < end; e++) {
      const kind = edgeKind[outEdge[e]!];
      const w = outTargets[e]!;
      if (kind === KIND_RUNS_ON || (kind === KIND_CONNECTS_TO && !vClient && PATH_DEVICE[cat[w]!] === 1)) {
        if (rank[w]! < rv && declared[w] === 0) {
          rank[w] = rv;
          source[w] = sv;
          queue[tail++] = w;
        }
      }
    }
    if (PATH_DEVICE[cat[v]!] === 1) continue;
    for (let e = inOffsets[v]!, end = inOffsets[v + 1]!; e < end; e++) {
      if (edgeKind[inEdge[e]!] !== KIND_CONNECTS_TO) continue;
      const u = inTargets[e]!;
      if (CLIENT_DEVICE[cat[u]!] === 1 && rank[u]! < rv && declared[u] === 0) {
        rank[u] = rv;
        source[u] = sv;
        queue[tail++] = u;
      }
    }
  }
  for (let e = 0; e < graph.m; e++) {
    if (edgeKind[e] !== KIND_PROTECTS) continue;
    const from = graph.edgeFrom[e]!;
    if (declared[from] === 1) continue;
    if (source[from] === -2) {
      if (rank[graph.edgeTo[e]!]! < rank[from]!) rank[from] = rank[graph.edgeTo[e]!]!;
    } else {
      rank[from] = rank[graph.edgeTo[e]!]!;
      source[from] = -2;
    }
  }
  for (let v = 0; v < n; v++) if (source[v] === -2) source[v] = -1;
  return { rank, source };
}

/**
 * Effective tier of every asset, by id.
 * @param assets the project's assets
 * @param dependencies the project's dependencies
 */
export function effectiveTiers(assets: readonly Asset[], dependencies: readonly Dependency[]): Record<string, Tier> {
  const graph = buildAssetGraph(assets, dependencies);
  return tiersById(graph.ids, computeEffectiveTiers(graph, assets).rank);
}

/**
 * Tier ranks as a record by id (the analysis's `tiers`, `xcplan` output).
 * @param ids node ids
 * @param rank the effective tier rank of each node
 */
export function tiersById(ids: readonly string[], rank: Uint8Array): Record<string, Tier> {
  const out: Record<string, Tier> = Object.create(null) as Record<string, Tier>;
  for (let v = 0; v < ids.length; v++) out[ids[v]!] = TIERS[rank[v]!] ?? 'office';
  return out;
}

export type Precedence = {
  /** pred -> succ, payload = precedence edge number (built on first read). */
  readonly csr: Csr;
  pred: Int32Array;
  succ: Int32Array;
  /** REL_* per precedence edge. */
  rel: Uint8Array;
  m: number;
};

const CORE = tierRank('core');

/**
 * The precedence graph among nodes with `active[v] === 1` (edges touching other nodes are dropped:
 * compliant assets are done and retained ones stay as they are).
 * @param graph the asset graph
 * @param assets the assets in node order
 * @param rank effective tier ranks
 * @param active which nodes take part (all when omitted)
 */
export function buildPrecedence(graph: AssetGraph, assets: readonly Asset[], rank: Uint8Array, active?: Uint8Array, cat: Uint8Array = categoryCodes(assets)): Precedence {
  // Each dependency gives at most one precedence edge.
  const cap = graph.m;
  const pred = new Int32Array(cap);
  const succ = new Int32Array(cap);
  const rel = new Uint8Array(cap);
  let m = 0;
  const { edgeFrom, edgeTo, edgeKind } = graph;
  const TERMINAL = CAT.terminal;
  for (let e = 0; e < graph.m; e++) {
    const from = edgeFrom[e]!;
    const to = edgeTo[e]!;
    if (active && (active[from] === 0 || active[to] === 0)) continue;
    const kind = edgeKind[e]!;
    let p = from;
    let s = to;
    let r: number;
    if (kind === KIND_RUNS_ON) {
      p = to;
      s = from;
      r = REL_PLATFORM;
    } else if (kind === KIND_PROTECTS) r = REL_PROTECTS;
    else if (kind === KIND_CONNECTS_TO) {
      const toCat = cat[to]!;
      if (PATH_DEVICE[toCat] === 1) {
        p = to;
        s = from;
        r = REL_NETWORK;
      } else if (cat[from] === TERMINAL && CLIENT_DEVICE[toCat] === 0) {
        // The terminal waits for the system's cut-over unless a domestic client date is known
        // (then it is a ready date, see context.ts); it goes no later than a core system.
        // A core system is the exception: its terminals go first (the core gate) within the core
        // phase (units.ts), and a missing client is a warning.
        if (rank[to] === CORE) r = REL_CLIENT;
        else if (!assets[to]!.clientReadyFrom) {
          p = to;
          s = from;
          r = REL_SYSTEM;
        } else continue;
      } else if (rank[from]! <= rank[to]!) r = REL_CLIENT;
      else {
        p = to;
        s = from;
        r = REL_SYSTEM;
      }
    } else {
      const rf = rank[from]!;
      const rt = rank[to]!;
      if (rf === rt) continue;
      if (rf > rt) {
        p = to;
        s = from;
      }
      r = REL_INTERFACE;
    }
    pred[m] = p;
    succ[m] = s;
    rel[m] = r;
    m++;
  }
  // The CSR serves explanations and impact walks, not the plan: built on first use.
  let csr: Csr | undefined;
  return {
    get csr(): Csr {
      return (csr ??= buildCsr(graph.ids.length, pred, succ, m));
    },
    pred,
    succ,
    rel,
    m,
  };
}
