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
import { KIND_RUNS_ON, reverseCsr } from '../graph';
import type { AssetGraph, Csr } from '../graph';
import { CAT, categoryCodes } from './codes';
import type { Schedule } from './schedule';

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
  const APP = CAT.application;
  // Both walks below follow `runs-on` only: its rows (a quarter of the dependencies) once, instead
  // of testing the kind of every dependency of every node each time a walk passes it.
  const carried = new Uint8Array(n);
  const { offsets, targets } = runsOnRows(graph, active, carried);
  // Owner: -1 none, an application node (or, second pass, the top of a stack no application runs
  // on), or -2 for two or more of them. An application is queued once (the walk never enters
  // one); any other node each time its owner changes (-1 → owner or top → -2: at most twice over
  // both passes), so the queue holds at most 2n.
  const owner = new Int32Array(n).fill(-1);
  // One scratch for the temporaries that are never alive together: the queue (2n) here, then the
  // walk's stack (n) and the platforms it finds (2n to start with).
  const work = new Int32Array(3 * n);
  const queue = work;
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
    if (owner[v] !== -1 || active[v] === 0 || cat[v] === APP || offsets[v + 1] === offsets[v] || carried[v] === 1) continue;
    owner[v] = v;
    queue[tail++] = v;
  }
  const endTop = tail;
  spread(firstTop);
  // Units, each group in node order: the planned applications (systems), the tops, the other
  // standalone assets; then the candidate platforms (two or more owners), numbered from `base`.
  // Counted first so that head and kind are allocated at their size.
  let systems = 0;
  let standalone = 0;
  let candidates = 0;
  for (let v = 0; v < n; v++) {
    if (active[v] === 0) continue;
    if (cat[v] === APP) systems++;
    else if (owner[v] === -2) candidates++;
    else if (owner[v]! < 0 || active[owner[v]!] === 0) standalone++;
  }
  const tops = endTop - firstTop;
  const base = systems + tops + standalone;
  const count = base + candidates;
  const unitOf = new Int32Array(n).fill(-1);
  const head = new Int32Array(count);
  // Candidates stay standalone unless the walk below finds a unit running on them.
  const kind = new Uint8Array(count).fill(UNIT_STANDALONE, systems);
  let next = 0;
  for (let v = 0; v < n; v++) {
    if (active[v] === 0 || cat[v] !== APP) continue;
    head[next] = v;
    unitOf[v] = next++;
  }
  for (let i = firstTop; i < endTop; i++) {
    head[next] = queue[i]!;
    unitOf[queue[i]!] = next++;
  }
  let nextCandidate = base;
  for (let v = 0; v < n; v++) {
    if (active[v] === 0 || cat[v] === APP) continue;
    const o = owner[v]!;
    // A top that another stack reaches too is a candidate (its stack is, all of it: the -2
    // spreads down from it), and its own unit keeps no member.
    if (o >= 0 && active[o] === 1) unitOf[v] = unitOf[o]!;
    else if (o === -2) {
      head[nextCandidate] = v;
      unitOf[v] = nextCandidate++;
    } else {
      head[next] = v;
      unitOf[v] = next++;
    }
  }
  const { offsets: memberOffsets, members } = membersCsr(unitOf, count);
  // Which candidate platforms each unit runs on: a walk down `runs-on` from its members. A
  // candidate is a unit numbered from `base`, so `unitOf` alone says where the walk may go.
  const stamp = owner.fill(-1);
  const stack = work.subarray(0, n);
  let found = work.subarray(n);
  let pairs = 0;
  const platformOffsets = new Int32Array(count + 1);
  for (let u = 0; u < base; u++) {
    platformOffsets[u] = pairs;
    let sp = 0;
    for (let k = memberOffsets[u]!; k < memberOffsets[u + 1]!; k++) {
      const v = members[k]!;
      stamp[v] = u;
      stack[sp++] = v;
    }
    // A top turned candidate (above) still starts its unit's walk, as it did when the walk ran
    // before candidates were numbered.
    const top = head[u]!;
    if (u >= systems && u < systems + tops && unitOf[top] !== u) {
      stamp[top] = u;
      stack[sp++] = top;
    }
    while (sp > 0) {
      const v = stack[--sp]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        const uw = unitOf[w]!;
        // Through the unit's own stack and shared platforms only: another unit below is that
        // unit's business (its precedence edge says so), which keeps the walk linear.
        if (stamp[w] === u || (uw !== u && uw < base)) continue;
        stamp[w] = u;
        if (uw >= base) {
          if (pairs === found.length) {
            const grown = new Int32Array(pairs * 2);
            grown.set(found);
            found = grown;
          }
          found[pairs++] = uw;
          kind[uw] = UNIT_SHARED;
        }
        stack[sp++] = w;
      }
    }
  }
  platformOffsets.fill(pairs, base);
  // Every candidate found has a tenant (the unit that found it), so every pair is a platform
  // edge. They come grouped by unit in unit order: the rows are the walk's own order, and the
  // payload is the edge's position, as buildCsr over the pairs would give.
  const platforms: Csr = { n: count, offsets: platformOffsets, targets: found.slice(0, pairs), data: positions(pairs) };
  const tenants = reverseCsr(platforms);
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
  const idRank = rankByString(count, (u) => graph.ids[head[u]!]!);
  return { count, unitOf, kind, head, memberOffsets, members, tier, core, platforms, tenants, idRank };
}

/**
 * Rank of each of `count` items in the string order of their names (UTF-16 code units, as `<`
 * compares; equal names by item), the order a stable sort with a `<` comparator gives.
 *
 * A multikey quicksort (Bentley and Sedgewick's three-way radix quicksort): each pass splits a
 * range by one code unit at one depth into less, equal and greater, and only the equal part goes
 * one code unit deeper. Ids share long prefixes (`APP-RESEARCH-H0271`), which a comparator sort
 * reads again at every comparison; here each character of a prefix is read about once per pass,
 * with no call per comparison. Ranges under a dozen items are finished by insertion.
 * @param count number of items
 * @param name the name of item i
 */
export function rankByString(count: number, name: (i: number) => string): Int32Array {
  const names = new Array<string>(count);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    names[i] = name(i);
    order[i] = i;
  }
  // Ranges still to sort, as (lo, hi, depth): all code units before `depth` are equal in a range.
  let pending = new Int32Array(96);
  let top = 0;
  pending[top++] = 0;
  pending[top++] = count;
  pending[top++] = 0;
  while (top > 0) {
    let depth = pending[--top]!;
    let hi = pending[--top]!;
    let lo = pending[--top]!;
    while (hi - lo > 1) {
      if (hi - lo < 12) {
        insertionSort(order, names, lo, hi);
        break;
      }
      // -1 past the end of a name: a name sorts before every name it is a prefix of.
      const pivotName = names[order[(lo + hi) >> 1]!]!;
      const pivot = depth < pivotName.length ? pivotName.charCodeAt(depth) : -1;
      let lt = lo;
      let gt = hi - 1;
      let i = lo;
      while (i <= gt) {
        const x = order[i]!;
        const s = names[x]!;
        const c = depth < s.length ? s.charCodeAt(depth) : -1;
        if (c < pivot) {
          order[i++] = order[lt]!;
          order[lt++] = x;
        } else if (c > pivot) {
          order[i] = order[gt]!;
          order[gt--] = x;
        } else i++;
      }
      if (top + 6 > pending.length) {
        const grown = new Int32Array(pending.length * 2);
        grown.set(pending);
        pending = grown;
      }
      if (lt - lo > 1) {
        pending[top++] = lo;
        pending[top++] = lt;
        pending[top++] = depth;
      }
      if (hi - gt > 2) {
        pending[top++] = gt + 1;
        pending[top++] = hi;
        pending[top++] = depth;
      }
      if (pivot < 0) {
        // Equal names (all ended here): by item, as a stable sort leaves them. The partition
        // moved them about.
        order.subarray(lt, gt + 1).sort();
        break;
      }
      lo = lt;
      hi = gt + 1;
      depth++;
    }
  }
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) rank[order[i]!] = i;
  return rank;
}

/** Sorts order[lo..hi) by name, then by item. */
function insertionSort(order: Int32Array, names: readonly string[], lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i]!;
    const name = names[x]!;
    let j = i - 1;
    for (; j >= lo; j--) {
      const y = order[j]!;
      if (names[y]! < name || (names[y] === name && y < x)) break;
      order[j + 1] = y;
    }
    order[j + 1] = x;
  }
}

/**
 * The `runs-on` dependencies as rows (node -> what it runs on), each row in dependency order like
 * `graph.dependsOn`'s; and, in `carried`, 1 for each node a planned asset runs on.
 */
function runsOnRows(graph: AssetGraph, active: Uint8Array, carried: Uint8Array): { offsets: Int32Array; targets: Int32Array } {
  const n = graph.ids.length;
  const { edgeFrom, edgeTo, edgeKind } = graph;
  // Counted at the row's own index and summed, so offsets[v] ends each row; filling from the last
  // dependency back then moves offsets[v] to the row's start (no cursor array).
  const offsets = new Int32Array(n + 1);
  let m = 0;
  for (let e = 0; e < graph.m; e++) {
    if (edgeKind[e] !== KIND_RUNS_ON) continue;
    offsets[edgeFrom[e]!]!++;
    if (active[edgeFrom[e]!] === 1) carried[edgeTo[e]!] = 1;
    m++;
  }
  for (let v = 1; v < n; v++) offsets[v]! += offsets[v - 1]!;
  offsets[n] = m;
  const targets = new Int32Array(m);
  for (let e = graph.m - 1; e >= 0; e--) if (edgeKind[e] === KIND_RUNS_ON) targets[--offsets[edgeFrom[e]!]!] = edgeTo[e]!;
  return { offsets, targets };
}

/** Nodes of units 0..count-1 (by `unitOf`, -1 ignored) as CSR, in node order. */
function membersCsr(unitOf: Int32Array, count: number): { offsets: Int32Array; members: Int32Array } {
  const n = unitOf.length;
  // The same counting as runsOnRows: offsets[u] ends unit u until the backward fill.
  const offsets = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) if (unitOf[v]! >= 0) offsets[unitOf[v]!]!++;
  for (let u = 1; u < count; u++) offsets[u]! += offsets[u - 1]!;
  offsets[count] = count > 0 ? offsets[count - 1]! : 0;
  const members = new Int32Array(offsets[count]);
  for (let v = n - 1; v >= 0; v--) if (unitOf[v]! >= 0) members[--offsets[unitOf[v]!]!] = v;
  return { offsets, members };
}

/** 0, 1, .. m - 1: the payload buildCsr gives edges taken in their input order. */
function positions(m: number): Int32Array {
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) out[i] = i;
  return out;
}

/**
 * Each unit's wave in a schedule: its bundle's wave, or a shared platform's build wave; -1 when
 * unscheduled (the plan's units, events and placements, and `spanUnderBudget`).
 * @param units the plan's units
 * @param s a schedule of them
 */
export function unitWaves(units: Units, s: Pick<Schedule, 'wave' | 'built' | 'comps'>): Int32Array {
  const out = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) {
    const w = units.kind[u] === UNIT_SHARED ? s.built[u]! : s.wave[s.comps.component[u]!]!;
    out[u] = w > 0 ? w : -1;
  }
  return out;
}
