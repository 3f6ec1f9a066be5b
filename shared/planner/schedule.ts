/**
 * The wave scheduler: list scheduling over the condensation of the precedence graph (cycles are
 * bundles that move together), wave by wave. In each wave the free bundles are taken in priority
 * order (pins' deadlines, then edge before core, end of support, security level, id) and placed when
 * they fit the wave's capacity, the budget of the wave's year, the core cut-over limit and the
 * freeze months; a bundle freed by a placement may go in the same wave (precedence is "no later
 * than"). Those that do not fit wait for the next wave, remembering why (the binding constraint).
 * Pinned bundles are placed in their pinned wave when their prerequisites allow it, even over a
 * limit (pins win; the plan warns). Typed arrays throughout; O((bundles + edges) log bundles) per
 * wave for the bundles waiting.
 */
import { buildCsr, stronglyConnectedComponents } from '../graph';
import type { Components, Csr } from '../graph';
import type { WaveCalendar } from './calendar';
import { computeBounds } from './bounds';
import type { Bounds } from './bounds';
import { createRankHeap } from './heap';
import type { Precedence } from './precedence';

/** Internal reason codes (mapped to the contract's codes in plan.ts). */
export const R_EARLIEST = 1;
export const R_DEPENDENCY = 2;
export const R_READY = 3;
export const R_CAPACITY = 4;
export const R_BUDGET = 5;
export const R_CORE = 6;
export const R_FREEZE = 7;
export const R_PINNED = 8;
/** Unscheduled: */
export const U_READY = 20;
export const U_EFFORT = 21;
export const U_COST = 22;
export const U_CORE = 23;
export const U_FROZEN = 24;
export const U_DEPENDENCY = 25;
export const U_HORIZON = 26;

export type ScheduleInput = {
  n: number;
  /** 1 = to be planned. */
  active: Uint8Array;
  precedence: Precedence;
  effort: Float64Array;
  cost: Float64Array;
  /** Effective tier is core (freeze months apply). */
  core: Uint8Array;
  /** Counts as a core cut-over (a core business system). */
  cutover: Uint8Array;
  ready: Int32Array;
  /** Pinned wave, 0 = none (already checked to be within the horizon). */
  pin: Int32Array;
  /** Priority of each asset (lower first) without pins: tier, end of support, security, id. */
  priority: Int32Array;
  calendar: WaveCalendar;
  capacity: number;
  /** Infinity when there is no budget cap. */
  budgetPerYear: number;
  maxCore: number;
  /** Whether wave k (also past the horizon) is wholly frozen, and its budget year. */
  frozenAt: (k: number) => boolean;
  yearAt: (k: number) => number;
};

export type Schedule = {
  bounds: Bounds;
  comps: Components;
  /** Condensed precedence: comp -> comp, payload = precedence edge. */
  condensed: Csr;
  /** Per comp: wave (>= 1), -1 unscheduled, 0 inactive. */
  wave: Int32Array;
  reason: Uint8Array;
  /** Precedence edge that bound the comp (dependency reasons), -1 otherwise. */
  blocker: Int32Array;
  /** Wave from which the comp was last deferred, and the amount in play (effort used, budget left). */
  noteWave: Int32Array;
  note: Float64Array;
  /** For comps that ran out of horizon: the last reason they were deferred. */
  prior: Uint8Array;
  effort: Float64Array;
  cost: Float64Array;
  cutovers: Int32Array;
  core: Uint8Array;
  ready: Int32Array;
  pin: Int32Array;
  /** Placement order: comps in the order they were placed. */
  placedOrder: Int32Array;
  placedCount: number;
};

/**
 * Schedules the active assets.
 * @param input per-asset arrays, the precedence graph, the calendar and the limits
 */
export function schedule(input: ScheduleInput): Schedule {
  const { n, active, precedence, calendar, capacity, budgetPerYear, maxCore } = input;
  const comps = stronglyConnectedComponents(precedence.csr);
  const C = comps.count;
  const of = comps.component;
  const cs = new Int32Array(precedence.m);
  const ct = new Int32Array(precedence.m);
  const payload = new Int32Array(precedence.m);
  let cm = 0;
  for (let e = 0; e < precedence.m; e++) {
    const a = of[precedence.pred[e]!]!;
    const b = of[precedence.succ[e]!]!;
    if (a === b) continue;
    cs[cm] = a;
    ct[cm] = b;
    payload[cm++] = e;
  }
  const condensed = buildCsr(C, cs, ct, cm, payload);
  const effort = new Float64Array(C);
  const cost = new Float64Array(C);
  const cutovers = new Int32Array(C);
  const core = new Uint8Array(C);
  const ready = new Int32Array(C);
  const pin = new Int32Array(C);
  const best = new Int32Array(C).fill(0x7fffffff);
  const isActive = new Uint8Array(C);
  for (let v = 0; v < n; v++) {
    if (active[v] === 0) continue;
    const c = of[v]!;
    isActive[c] = 1;
    effort[c]! += input.effort[v]!;
    cost[c]! += input.cost[v]!;
    cutovers[c]! += input.cutover[v]!;
    if (input.core[v] === 1) core[c] = 1;
    if (input.ready[v]! > ready[c]!) ready[c] = input.ready[v]!;
    const p = input.pin[v]!;
    if (p > 0 && (pin[c] === 0 || p < pin[c]!)) pin[c] = p;
    if (input.priority[v]! < best[c]!) best[c] = input.priority[v]!;
  }
  const limits = { capacity, budgetPerYear, maxCore, horizon: calendar.count, frozenAt: input.frozenAt, yearAt: input.yearAt };
  const { earliest, excluded, ...bounds } = computeBounds({ count: C, condensed, isActive, effort, cost, cutovers, core, ready }, limits);
  const { deadline, pinned } = deadlines(C, condensed, { isActive, cutovers, pin, best, earliest, excluded }, Math.min(calendar.count, bounds.lowerBound), input);
  const { offsets, targets, data } = condensed;
  const order: number[] = [];
  for (let c = 0; c < C; c++) if (isActive[c] === 1) order.push(c);
  order.sort((a, b) => pinned[a]! - pinned[b]! || deadline[a]! - deadline[b]! || best[a]! - best[b]!);
  const rank = new Int32Array(C);
  order.forEach((c, i) => (rank[c] = i));

  const wave = new Int32Array(C);
  const reason = new Uint8Array(C);
  const blocker = new Int32Array(C).fill(-1);
  const noteWave = new Int32Array(C);
  const note = new Float64Array(C);
  const prior = new Uint8Array(C);
  const avail = new Int32Array(C);
  const indegree = new Int32Array(C);
  for (let e = 0; e < cm; e++) indegree[targets[e]!]!++;
  const heap = createRankHeap(order.length, rank);
  const future: number[][] = Array.from({ length: calendar.count + 2 }, () => []);
  let current = 1;
  const placedOrder = new Int32Array(order.length);
  let placedCount = 0;

  // Pinned comps whose prerequisites allow their pinned wave are placed first in that wave.
  const pinnedAt: number[][] = Array.from({ length: calendar.count + 2 }, () => []);
  const entryWave = new Int32Array(C);
  const enter = (c: number): void => {
    let entry = Math.max(1, avail[c]!);
    let why = avail[c]! > 1 && blocker[c]! >= 0 ? R_DEPENDENCY : R_EARLIEST;
    if (ready[c]! > entry) {
      entry = ready[c]!;
      why = R_READY;
    }
    if (pin[c]! > entry) {
      entry = pin[c]!;
      why = R_PINNED;
    }
    reason[c] = why;
    entryWave[c] = entry;
    const forced = pin[c] === entry;
    let impossible = 0;
    if (entry > calendar.count) impossible = why === R_READY ? U_READY : U_DEPENDENCY;
    else if (!forced && effort[c]! > capacity) impossible = U_EFFORT;
    else if (!forced && cost[c]! > budgetPerYear) impossible = U_COST;
    else if (!forced && cutovers[c]! > maxCore) impossible = U_CORE;
    else if (!forced && core[c] === 1 && !hasOpenWave(calendar, entry)) impossible = U_FROZEN;
    if (impossible !== 0) {
      wave[c] = -1;
      reason[c] = impossible;
    } else if (forced) pinnedAt[entry]!.push(c);
    else if (entry === current) heap.push(c);
    else future[entry]!.push(c);
  };

  // A wave stops being scanned when it is full: nothing left fits its capacity, or this many
  // bundles in a row did not fit. Bundles not scanned were held back by that full wave; their
  // reason is filled in when they are placed (see `place`).
  const MAX_MISSES = 512;
  let minEffort = Number.POSITIVE_INFINITY;
  for (const c of order) minEffort = Math.min(minEffort, effort[c]!);
  const usedAtStop = new Float64Array(calendar.count + 2).fill(-1);
  const budgetLeft = new Map<number, number>();
  let capLeft = 0;
  let coreLeft = 0;
  const place = (c: number, w: number, forced: boolean): void => {
    const year = calendar.year[w]!;
    if (forced) {
      reason[c] = R_PINNED;
      blocker[c] = -1;
    } else if (entryWave[c]! < w && noteWave[c]! < w - 1 && usedAtStop[w - 1]! >= 0) {
      reason[c] = R_CAPACITY;
      blocker[c] = -1;
      noteWave[c] = w - 1;
      note[c] = usedAtStop[w - 1]!;
    }
    wave[c] = w;
    placedOrder[placedCount++] = c;
    capLeft -= effort[c]!;
    coreLeft -= cutovers[c]!;
    budgetLeft.set(year, (budgetLeft.get(year) ?? budgetPerYear) - cost[c]!);
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      const d = targets[e]!;
      if (w >= avail[d]!) {
        avail[d] = w;
        blocker[d] = data[e]!;
      }
      if (--indegree[d]! === 0) enter(d);
    }
  };
  for (const c of order) if (indegree[c] === 0) enter(c);
  for (; current <= calendar.count; current++) {
    const w = current;
    for (const c of future[w]!) heap.push(c);
    future[w] = [];
    const year = calendar.year[w]!;
    capLeft = capacity;
    coreLeft = maxCore;
    const frozen = calendar.frozen[w] === 1;
    const deferred: number[] = [];
    let misses = 0;
    for (;;) {
      const forced = pinnedAt[w]!.pop();
      if (forced !== undefined) {
        place(forced, w, true);
        continue;
      }
      if (heap.size() === 0) break;
      if (capLeft < minEffort || misses >= MAX_MISSES) {
        usedAtStop[w] = capacity - capLeft;
        break;
      }
      const c = heap.pop();
      const yearLeft = budgetLeft.get(year) ?? budgetPerYear;
      let why = 0;
      let amount = 0;
      if (core[c] === 1 && frozen) why = R_FREEZE;
      else if (cutovers[c]! > coreLeft) {
        why = R_CORE;
        amount = maxCore - coreLeft;
      } else if (effort[c]! > capLeft) {
        why = R_CAPACITY;
        amount = capacity - capLeft;
      } else if (cost[c]! > yearLeft) {
        why = R_BUDGET;
        amount = yearLeft;
      }
      if (why === 0) {
        misses = 0;
        place(c, w, false);
        continue;
      }
      if (why === R_CAPACITY) misses++;
      reason[c] = why;
      blocker[c] = -1;
      noteWave[c] = w;
      note[c] = amount;
      deferred.push(c);
    }
    for (const c of deferred) heap.push(c);
  }
  // Whatever is still waiting ran out of horizon; what never became free waits for an unscheduled
  // prerequisite (propagated in topological order: decreasing comp number).
  for (let c = heap.pop(); c >= 0; c = heap.pop()) markHorizon(c);
  for (const list of future) for (const c of list) markHorizon(c);
  for (const list of pinnedAt) for (const c of list) markHorizon(c);
  function markHorizon(c: number): void {
    wave[c] = -1;
    prior[c] = noteWave[c]! < calendar.count && usedAtStop[calendar.count]! >= 0 ? R_CAPACITY : reason[c]!;
    reason[c] = U_HORIZON;
  }
  for (let c = C - 1; c >= 0; c--) {
    if (isActive[c] === 1 && wave[c] === 0) {
      wave[c] = -1;
      reason[c] = U_DEPENDENCY;
    }
    if (wave[c] !== -1) continue;
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      const d = targets[e]!;
      if (wave[d] === 0) {
        wave[d] = -1;
        reason[d] = U_DEPENDENCY;
        blocker[d] = data[e]!;
      }
    }
  }
  return { bounds, comps, condensed, wave, reason, blocker, noteWave, note, prior, effort, cost, cutovers, core, ready, pin, placedOrder, placedCount };
}

/**
 * Deadlines for the priority order (earliest deadline first, then rule 5). Core cut-overs are the
 * scarce resource (N per wave): left to the end they would run one after another after all other
 * work, so each gets the latest wave that still lets all of them finish by the target (the lower
 * bound), in order of their earliest wave and priority. A deadline pulls the prerequisites
 * forward; everything else gets the target, so ties fall back to edge first. Pins come before all
 * of that: a pinned bundle's prerequisites go first, ordered by the pinned wave.
 */
function deadlines(
  C: number,
  condensed: Csr,
  t: { isActive: Uint8Array; cutovers: Int32Array; pin: Int32Array; best: Int32Array; earliest: Int32Array; excluded: Uint8Array },
  target: number,
  input: Pick<ScheduleInput, 'maxCore' | 'frozenAt'>,
): { deadline: Int32Array; pinned: Int32Array } {
  const deadline = new Int32Array(C).fill(Math.max(1, target));
  const cuts: number[] = [];
  for (let c = 0; c < C; c++) if (t.isActive[c] === 1 && t.cutovers[c]! > 0 && t.excluded[c] === 0) cuts.push(c);
  cuts.sort((a, b) => t.earliest[a]! - t.earliest[b]! || t.best[a]! - t.best[b]!);
  let k = target;
  let used = 0;
  for (let i = cuts.length - 1; i >= 0; i--) {
    while (k > 1 && input.frozenAt(k)) k--;
    const c = cuts[i]!;
    deadline[c] = Math.max(1, k);
    used += t.cutovers[c]!;
    if (used >= input.maxCore) {
      k--;
      used = 0;
    }
  }
  // Successors come first in Tarjan's numbering, so one pass in increasing number propagates.
  const NONE = 0x7fffffff;
  const pinned = new Int32Array(C).fill(NONE);
  const { offsets, targets } = condensed;
  for (let c = 0; c < C; c++) {
    let d = deadline[c]!;
    let p = t.pin[c]! > 0 ? t.pin[c]! : NONE;
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      d = Math.min(d, deadline[targets[e]!]!);
      p = Math.min(p, pinned[targets[e]!]!);
    }
    deadline[c] = Math.min(d, p);
    pinned[c] = p;
  }
  return { deadline, pinned };
}

/** Whether some wave from `from` on has a non-frozen month. */
function hasOpenWave(calendar: WaveCalendar, from: number): boolean {
  for (let w = from; w <= calendar.count; w++) if (calendar.frozen[w] === 0) return true;
  return false;
}
