/**
 * Cut-over units (DESIGN.md planning rules 1 and 2).
 *
 * - A **system** is an application with its dedicated stack: every planned asset it runs on,
 *   transitively through `runs-on`, that no other application runs on. It moves in one wave.
 * - A **shared platform** is a planned asset that two or more applications run on (a shared
 *   database instance, a virtualisation cluster, SAN storage). It is not cut over on its own: the
 *   domestic platform is built in the wave of its first tenant and the foreign one retired after
 *   its last tenant plus the dual-track period.
 * - Everything else (terminals, peripherals, network, security, infrastructure under no
 *   application) is **standalone**: its own unit, except that a stack no application runs on
 *   (a virtualization cluster with its hosts and storage, a security console with its OS) is one
 *   standalone unit named by its top, owned like a system's stack. DESIGN.md rule 1 makes each such
 *   asset its own unit; rule 2 forbids replacing hardware under software that stays, which separate
 *   units allowed (the hosts went waves before the cluster on them).
 * Linear in assets + dependencies: ownership is a label that changes at most twice per node, and
 * each unit's walk to the shared platforms below it goes through its own stack and shared
 * platforms only.
 */
import type { Asset, Category } from '../model';
import { tierRank } from '../model';
import { buildCsr, KIND_RUNS_ON } from '../graph';
import type { AssetGraph, Csr } from '../graph';
import { CAT, categoryCodes } from './codes';

export const UNIT_SYSTEM = 0;
export const UNIT_SHARED = 1;
export const UNIT_STANDALONE = 2;

const CORE = tierRank('core');
/** Standalone categories that count as a core cut-over when they serve the core. */
const CORE_CUTOVER_CATEGORIES: ReadonlySet<Category> = new Set(['network', 'storage', 'server', 'os', 'database', 'middleware', 'virtualization']);

export type Units = {
  count: number;
  /** Unit of each node, -1 for assets not migrated. */
  unitOf: Int32Array;
  kind: Uint8Array;
  /** The node that names the unit (the application, the platform, the asset). */
  head: Int32Array;
  /** Nodes of each unit: members[memberOffsets[u] .. memberOffsets[u + 1]). */
  memberOffsets: Int32Array;
  members: Int32Array;
  /** Tier rank of each unit (its highest member). */
  tier: Uint8Array;
  /** 1 when the unit counts as a core cut-over. */
  core: Uint8Array;
  /** Shared platforms each unit runs on (unit -> shared unit). */
  platforms: Csr;
  /** Tenants of each shared platform (shared unit -> unit). */
  tenants: Csr;
  /** Rank of each unit's id (its head's) in string order: ties everywhere are broken by id. */
  idRank: Int32Array;
};

/**
 * @param graph the asset graph
 * @param assets the assets in node order
 * @param active 1 for migrated assets
 * @param rank effective tier ranks
 * @param cat category codes of the assets (codes.ts), computed when not given
 */
export function buildUnits(graph: AssetGraph, assets: readonly Asset[], active: Uint8Array, rank: Uint8Array, cat: Uint8Array = categoryCodes(assets)): Units {
  const n = graph.ids.length;
  const { offsets, targets, data } = graph.dependsOn;
  const edgeKind = graph.edgeKind;
  const APP = CAT.application;
  // Owner: -1 none, an application node (or, second pass, the top of a stack no application runs
  // on), or -2 for two or more of them. A node is queued once as an application or a top, and then
  // each time its owner changes (-1 → owner → -2: at most twice over both passes).
  const owner = new Int32Array(n).fill(-1);
  const queue = new Int32Array(3 * n + 1);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (cat[v] === APP) {
      owner[v] = v;
      queue[tail++] = v;
    }
  }
  const spread = (from: number): void => {
    for (let head = from; head < tail; head++) {
      const v = queue[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        if (edgeKind[data[e]!] !== KIND_RUNS_ON) continue;
        const w = targets[e]!;
        if (cat[w] === APP || owner[w] === -2 || owner[w] === owner[v]) continue;
        owner[w] = owner[w] === -1 ? owner[v]! : -2;
        queue[tail++] = w;
      }
    }
  };
  spread(0);
  // A stack no application runs on (a virtualization cluster on its hosts and storage, a console's
  // OS under its software) is owned by its top in the same way, so it too moves as one unit: its
  // hosts are not replaced waves before the software that stays on them (rule 2). A top is planned
  // software or hardware that runs on something and that nothing planned runs on.
  const firstTop = tail;
  for (let v = 0; v < n; v++) {
    if (owner[v] !== -1 || active[v] === 0 || cat[v] === APP || !runsOnSomething(graph, v) || carriesPlanned(graph, v, active)) continue;
    owner[v] = v;
    queue[tail++] = v;
  }
  const endTop = tail;
  spread(firstTop);
  const unitOf = new Int32Array(n).fill(-1);
  // At most one unit per node.
  const headOf = new Int32Array(n);
  const kindOf = new Uint8Array(n);
  let count = 0;
  const newUnit = (v: number, kind: number): number => {
    headOf[count] = v;
    kindOf[count] = kind;
    return count++;
  };
  for (let v = 0; v < n; v++) if (active[v] === 1 && cat[v] === APP) unitOf[v] = newUnit(v, UNIT_SYSTEM);
  for (let i = firstTop; i < endTop; i++) unitOf[queue[i]!] = newUnit(queue[i]!, UNIT_STANDALONE);
  const candidate = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (active[v] === 0 || cat[v] === APP) continue;
    const o = owner[v]!;
    if (o >= 0 && active[o] === 1) unitOf[v] = unitOf[o]!;
    else if (o === -2) candidate[v] = 1;
    else unitOf[v] = newUnit(v, UNIT_STANDALONE);
  }
  // Which candidate platforms each unit runs on: a walk down `runs-on` from its members.
  const base = count;
  let pairUnit = new Int32Array(Math.max(1024, n));
  let pairNode = new Int32Array(Math.max(1024, n));
  let pairs = 0;
  const stamp = new Int32Array(n).fill(-1);
  const baseMembers = membersCsr(unitOf, base);
  const stack = new Int32Array(n);
  const tenantCount = new Int32Array(n);
  for (let u = 0; u < base; u++) {
    let sp = 0;
    for (let k = baseMembers.offsets[u]!; k < baseMembers.offsets[u + 1]!; k++) {
      const v = baseMembers.members[k]!;
      stamp[v] = u;
      stack[sp++] = v;
    }
    while (sp > 0) {
      const v = stack[--sp]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        if (edgeKind[data[e]!] !== KIND_RUNS_ON) continue;
        const w = targets[e]!;
        // Through the unit's own stack and shared platforms only: another unit below is that
        // unit's business (its precedence edge says so), which keeps the walk linear.
        if (stamp[w] === u || (candidate[w] === 0 && unitOf[w] !== u)) continue;
        stamp[w] = u;
        if (candidate[w] === 1) {
          if (pairs === pairUnit.length) {
            const grownUnit = new Int32Array(pairs * 2);
            grownUnit.set(pairUnit);
            pairUnit = grownUnit;
            const grownNode = new Int32Array(pairs * 2);
            grownNode.set(pairNode);
            pairNode = grownNode;
          }
          pairUnit[pairs] = u;
          pairNode[pairs++] = w;
          tenantCount[w]!++;
        }
        stack[sp++] = w;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    if (candidate[v] === 0) continue;
    unitOf[v] = newUnit(v, tenantCount[v]! > 0 ? UNIT_SHARED : UNIT_STANDALONE);
  }
  const head = headOf.slice(0, count);
  const kind = kindOf.slice(0, count);
  const { offsets: memberOffsets, members } = membersCsr(unitOf, count);
  const tier = new Uint8Array(count);
  const core = new Uint8Array(count);
  for (let u = 0; u < count; u++) {
    let t = 0;
    for (let k = memberOffsets[u]!; k < memberOffsets[u + 1]!; k++) t = Math.max(t, rank[members[k]!]!);
    tier[u] = t;
    if (t !== CORE) continue;
    if (kind[u] === UNIT_SYSTEM) core[u] = 1;
    else if (kind[u] === UNIT_STANDALONE && CORE_CUTOVER_CATEGORIES.has(assets[head[u]!]!.category)) core[u] = 1;
  }
  const src = new Int32Array(pairs);
  const dst = new Int32Array(pairs);
  let m = 0;
  for (let i = 0; i < pairs; i++) {
    const s = unitOf[pairNode[i]!]!;
    if (kind[s] !== UNIT_SHARED) continue;
    src[m] = pairUnit[i]!;
    dst[m++] = s;
  }
  const platforms = buildCsr(count, src, dst, m);
  const tenants = buildCsr(count, dst, src, m);
  const idRank = rankByString(count, (u) => graph.ids[head[u]!]!);
  return { count, unitOf, kind, head, memberOffsets, members, tier, core, platforms, tenants, idRank };
}

/**
 * Rank of each of `count` items in the string order of their (distinct) names: a plain array
 * sorted with a comparator (V8 sorts a plain array several times faster than a typed array).
 * @param count number of items
 * @param name the name of item i
 */
export function rankByString(count: number, name: (i: number) => string): Int32Array {
  const byName = new Array<number>(count);
  const names = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    byName[i] = i;
    names[i] = name(i);
  }
  byName.sort((a, b) => {
    const ia = names[a]!;
    const ib = names[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) rank[byName[i]!] = i;
  return rank;
}

/** Whether node v runs on another asset. */
function runsOnSomething(graph: AssetGraph, v: number): boolean {
  const { offsets, data } = graph.dependsOn;
  for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (graph.edgeKind[data[e]!] === KIND_RUNS_ON) return true;
  return false;
}

/** Whether a planned (active) asset runs on node v. */
function carriesPlanned(graph: AssetGraph, v: number, active: Uint8Array): boolean {
  const { offsets, targets, data } = graph.dependedOnBy;
  for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (graph.edgeKind[data[e]!] === KIND_RUNS_ON && active[targets[e]!] === 1) return true;
  return false;
}

/** Nodes of units 0..count-1 (by `unitOf`, others ignored) as CSR, in node order. */
function membersCsr(unitOf: Int32Array, count: number): { offsets: Int32Array; members: Int32Array } {
  const n = unitOf.length;
  const offsets = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) {
    const u = unitOf[v]!;
    if (u >= 0 && u < count) offsets[u + 1]!++;
  }
  for (let u = 0; u < count; u++) offsets[u + 1]! += offsets[u]!;
  const members = new Int32Array(offsets[count]!);
  const fill = offsets.slice(0, count);
  for (let v = 0; v < n; v++) {
    const u = unitOf[v]!;
    if (u >= 0 && u < count) members[fill[u]!++] = v;
  }
  return { offsets, members };
}
