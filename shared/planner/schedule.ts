/**
 * The wave scheduler (DESIGN.md planning rules 3 and 6–9): list scheduling over the condensation
 * of the unit precedence graph (cycles are bundles that move together), wave by wave. In each wave
 * the free bundles are taken in priority order (pins' deadlines, core deadlines, then tier, lower
 * risk, end of support, id) and placed when they pass, in this order: the phase gate (no system of
 * a tier before every system of the tiers below it, rule 3), the freeze windows of their scope,
 * the core cut-over limit, the vendor team's limit, the wave's capacity (with the shared platforms
 * the bundle is the first tenant of) and the year's budget at that year's prices, of which the
 * security reserve is kept for security products. A bundle freed by a placement may go in the same
 * wave (precedence is "no later than"). Those that do not fit wait, remembering why. Pinned
 * bundles are placed in their pinned wave when their prerequisites allow it, even over a limit.
 * Typed arrays throughout.
 */
import { stronglyConnectedComponents } from '../graph';
import type { Components, Csr } from '../graph';
import type { WaveCalendar } from './calendar';
import { computeBounds } from './bounds';
import type { Bounds, GatePlatforms } from './bounds';
import { createRankQueue } from './heap';

/** Internal reason codes (mapped to the contract's codes in plan.ts). */
export const R_EARLIEST = 1;
export const R_DEPENDENCY = 2;
export const R_READY = 3;
export const R_CAPACITY = 4;
export const R_BUDGET = 5;
export const R_CORE = 6;
export const R_FREEZE = 7;
export const R_PINNED = 8;
export const R_PHASE = 9;
export const R_CLIENT = 10;
export const R_TEAM = 11;
export const R_RESERVE = 12;
export const R_GATE = 13;
/** Deferred so the year's money goes to the core gate first (note = the last year the money is kept for). */
export const R_KEEP = 14;
/** Unscheduled: */
export const U_READY = 20;
export const U_COST = 22;
export const U_CORE = 23;
export const U_FROZEN = 24;
export const U_DEPENDENCY = 25;
export const U_HORIZON = 26;

/** Per-unit inputs; `active` 0 for shared platforms (built with their first tenant). */
export type ScheduleInput = {
  units: number;
  active: Uint8Array;
  /** 1 = a shared platform with tenants. */
  shared: Uint8Array;
  /** Unit precedence: pred -> succ, payload = the asset-level precedence edge behind it. */
  precedence: Csr;
  effort: Float64Array;
  /** Cost per unit and year: `cost[u * years + (year - firstYear)]` (the last year repeats). */
  cost: Float64Array;
  firstYear: number;
  years: number;
  /** 1 = a security product: may spend the security reserve. */
  security: Uint8Array;
  /** Core cut-overs the unit counts for (0 or 1). */
  cutover: Int32Array;
  /** 1 = core windows apply (a core cut-over). */
  core: Uint8Array;
  ready: Int32Array;
  /** R_READY or R_CLIENT: what set `ready`. */
  readyWhy: Uint8Array;
  /** Pinned wave, 0 = none. */
  pin: Int32Array;
  /** Priority (lower first) without pins: tier, risk, end of support, id. */
  priority: Int32Array;
  /** Systems: their tier (counted by the phase gate); -1 otherwise. */
  phaseTier: Int8Array;
  /** Tier whose gate the unit waits for (systems, and terminals of core systems); -1 none. */
  gateTier: Int8Array;
  /** 1 = the unit reaches a core system: core systems wait until every such unit is placed (rule 5). */
  coreHold: Uint8Array;
  /**
   * 1 = standalone work off the way to the core (not a system, terminal or security product):
   * until the first core system cuts over, it spends only the money the core gate leaves.
   */
  filler: Uint8Array;
  /** Keep the core gate's money from filler work (the planner's second pass, see context.ts). */
  keepForGate?: boolean;
  /** Vendor team index per unit, -1 none. */
  team: Int32Array;
  maxTeam: number;
  /** Shared platforms per unit (unit -> shared unit). */
  platforms: Csr;
  calendar: WaveCalendar;
  capacity: number;
  /** Infinity when there is no budget cap. */
  budgetPerYear: number;
  reserveShare: number;
  maxCore: number;
  /** Waves a higher tier may start before the lower tier ends (for the bound). */
  overlap: number;
  /** Phase overlap: gate of tier t opens at this wave regardless (second pass), or undefined. */
  gateAt?: Int32Array;
  /** Whether wave k (also past the horizon) is frozen for core cut-overs, and its budget year. */
  frozenAt: (k: number) => boolean;
  yearAt: (k: number) => number;
};

export type Schedule = {
  bounds: Bounds;
  comps: Components;
  condensed: Csr;
  /** Per comp: wave (>= 1), -1 unscheduled, 0 inactive. */
  wave: Int32Array;
  reason: Uint8Array;
  /** Asset-level precedence edge that bound the comp (dependency reasons), -1 otherwise. */
  blocker: Int32Array;
  /** Wave from which the comp was last deferred, and the amount in play (effort used, budget left, tier). */
  noteWave: Int32Array;
  note: Float64Array;
  /**
   * For a comp deferred by capacity, budget or the security reserve: what it needed then, with the
   * shared platforms it would have built (person-days, or yuan at that year's prices). Its own
   * effort alone could fit where the platforms it brings did not.
   */
  need: Float64Array;
  prior: Uint8Array;
  effort: Float64Array;
  /** Cost of each comp in the year of its wave (0 when unplaced). */
  cost: Float64Array;
  cutovers: Int32Array;
  /** Build wave of each shared unit (0 when never built). */
  built: Int32Array;
  /** Effort and cost of the shared platforms built with each comp. */
  buildEffort: Float64Array;
  buildCost: Float64Array;
  placedOrder: Int32Array;
  placedCount: number;
};

const TIERS = 4;
/** Fields of a comp's record in the scheduler's `flow` array (see there). */
const FLOW = 4;
const F_PREDS = 0;
const F_AVAIL = 1;
const F_EDGE = 2;
const F_ENTRY = 3;
/** Slots of the scheduler's running sums (`acc`). */
const ACC_CAP = 0;
const ACC_BUILD_EFFORT = 1;
const ACC_BUILD_COST = 2;
const ACC_AMOUNT = 3;
const ACC_NEED = 4;

/**
 * Schedules the units.
 * @param input per-unit arrays, the precedence graph, the calendar and the limits
 */
export function schedule(input: ScheduleInput): Schedule {
  const { units: U, active, calendar, capacity, budgetPerYear, maxCore, years, firstYear } = input;
  const comps = stronglyConnectedComponents(input.precedence);
  const C = comps.count;
  const condensed = condense(input.precedence, comps);
  const effort = new Float64Array(C);
  // Cost per comp and year, `costY[c * costYears + y * yearStep]`. When no active unit's cost
  // changes with the year (the default cost), every year sums the same values in the same order,
  // so one column is exact: it is `costMin` itself, 2 MB less to allocate and one value per comp
  // for the placement loop to read.
  let yearless = true;
  for (let u = 0; u < U && yearless; u++) {
    if (active[u] === 0) continue;
    for (let y = 1; y < years; y++) if (input.cost[u * years + y] !== input.cost[u * years]) yearless = false;
  }
  const costMin = new Float64Array(C);
  const costYears = yearless ? 1 : years;
  const yearStep = yearless ? 0 : 1;
  const costY = yearless ? costMin : new Float64Array(C * years);
  const cutovers = new Int32Array(C);
  const core = new Uint8Array(C);
  const ready = new Int32Array(C);
  const readyWhy = new Uint8Array(C);
  const pin = new Int32Array(C);
  const best = new Int32Array(C).fill(0x7fffffff);
  const isActive = new Uint8Array(C);
  const security = new Uint8Array(C).fill(1);
  const phaseTier = new Int8Array(C).fill(-1);
  const gateTier = new Int8Array(C).fill(-1);
  const hold = new Uint8Array(C);
  const filler = new Uint8Array(C).fill(1);
  // Bundle by bundle (members in increasing unit number, so sums add up in the order a pass over
  // the units would): the per-bundle arrays are written in turn and finished in the same pass.
  for (let c = 0; c < C; c++) {
    for (let i = comps.memberOffsets[c]!; i < comps.memberOffsets[c + 1]!; i++) {
      const u = comps.members[i]!;
      if (active[u] === 0) continue;
      isActive[c] = 1;
      if (input.filler[u] === 0) filler[c] = 0;
      effort[c]! += input.effort[u]!;
      for (let y = 0; y < costYears; y++) costY[c * costYears + y]! += input.cost[u * years + y]!;
      cutovers[c]! += input.cutover[u]!;
      if (input.core[u] === 1) core[c] = 1;
      if (input.security[u] === 0) security[c] = 0;
      if (input.ready[u]! > ready[c]!) {
        ready[c] = input.ready[u]!;
        readyWhy[c] = input.readyWhy[u]!;
      }
      const p = input.pin[u]!;
      if (p > 0 && (pin[c] === 0 || p < pin[c]!)) pin[c] = p;
      if (input.priority[u]! < best[c]!) best[c] = input.priority[u]!;
      if (input.phaseTier[u]! > phaseTier[c]!) phaseTier[c] = input.phaseTier[u]!;
      if (input.gateTier[u]! > gateTier[c]!) gateTier[c] = input.gateTier[u]!;
      if (input.coreHold[u] === 1) hold[c] = 1;
    }
    if (hold[c] === 1 || cutovers[c]! > 0 || gateTier[c]! >= 0 || phaseTier[c]! >= 0 || pin[c]! > 0) filler[c] = 0;
    let min = Number.POSITIVE_INFINITY;
    for (let y = 0; y < costYears; y++) min = Math.min(min, costY[c * costYears + y]!);
    costMin[c] = isActive[c] === 1 ? min : 0;
  }
  // Shared platforms count towards the bound once, at their cheapest.
  const gatePlatforms = sharedPlatformsForGate(input, comps, effort);
  let sharedEffort = 0;
  let sharedCost = 0;
  for (let u = 0; u < U; u++) {
    if (input.shared[u] === 0) continue;
    sharedEffort += input.effort[u]!;
    sharedCost += gatePlatforms.cost[u]!;
  }
  // What a comp takes of a wave: its effort, or the whole wave when it is bigger (it goes alone).
  const waveShare = new Float64Array(C);
  for (let c = 0; c < C; c++) waveShare[c] = Math.min(effort[c]!, capacity);
  // Vendor teams: the systems of each team per comp (a comp is one unit but for bundles), as
  // (team, count) pairs, and each team's systems in all.
  const teams = compTeams(C, comps, input);
  const teamSystems = new Int32Array(teams.count);
  for (let u = 0; u < U; u++) if (active[u] === 1 && input.team[u]! >= 0 && input.phaseTier[u]! >= 0) teamSystems[input.team[u]!]!++;
  const limits = { capacity, budgetPerYear, maxCore, overlap: input.overlap, horizon: calendar.count, frozenAt: input.frozenAt, yearAt: input.yearAt, reserveShare: input.reserveShare };
  const { earliest, excluded, gateMoney, ...bounds } = computeBounds(
    { count: C, condensed, isActive, effort: waveShare, cost: costMin, cutovers, core, ready, phaseTier, hold, sharedEffort, sharedCost, teamSystems, maxTeam: input.maxTeam, gatePlatforms, security },
    limits,
  );
  // The phase chain is the plan's spine: each tier's systems (and what they wait for) get the wave
  // by which their phase could end, so filler work does not crowd them out of the early waves.
  const phaseEnd = new Int32Array(TIERS);
  {
    const tierEffort = new Float64Array(TIERS);
    const tierCuts = new Int32Array(TIERS);
    for (let c = 0; c < C; c++) {
      if (isActive[c] === 0 || excluded[c] === 1 || phaseTier[c]! < 0) continue;
      tierEffort[phaseTier[c]!]! += waveShare[c]!;
      tierCuts[phaseTier[c]!]! += cutovers[c]!;
    }
    let end = 0;
    for (let t = 0; t < TIERS; t++) {
      const need = Math.max(tierEffort[t]! > 0 ? 1 : 0, Math.ceil(tierEffort[t]! / capacity - 1e-9), Math.ceil(tierCuts[t]! / maxCore - 1e-9));
      if (need > 0) end = Math.max(1, end + need - (end > 0 ? 1 : 0));
      phaseEnd[t] = Math.max(1, end);
    }
  }
  const { deadline, pinned } = deadlines(C, condensed, { isActive, cutovers, pin, best, earliest, excluded, phaseTier, phaseEnd }, Math.min(calendar.count, bounds.lowerBound), input);
  const { offsets, targets, data } = condensed;
  const order = priorityOrder(C, isActive, pinned, deadline, best);
  const rank = new Int32Array(C);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;

  // What placing a comp updates in each successor, one record of FLOW ints per comp so the
  // placement's pass over its edges touches one cache line per successor instead of four arrays:
  // predecessors still to place, the wave the last of them took (`avail`), the edge behind it
  // (its payload becomes `blocker` when the comp enters, or at the end if it never does), and the
  // wave the comp entered at.
  const flow = new Int32Array(C * FLOW);
  for (let c = 0; c < C; c++) flow[c * FLOW + F_EDGE] = -1;
  // Hard earliest wave (ready dates and pins along precedence): a system waiting for one does not
  // hold the phase gate before then (the plan warns when the order breaks). The same pass over the
  // edges counts each comp's predecessors.
  const hard = new Int32Array(C);
  for (let c = C - 1; c >= 0; c--) {
    if (isActive[c] === 0) {
      for (let e = offsets[c]!; e < offsets[c + 1]!; e++) flow[targets[e]! * FLOW + F_PREDS]!++;
      continue;
    }
    const h = Math.max(hard[c]!, ready[c]!, pin[c]!, 1);
    hard[c] = h;
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      const d = targets[e]!;
      flow[d * FLOW + F_PREDS]!++;
      if (hard[d]! < h) hard[d] = h;
    }
  }

  const wave = new Int32Array(C);
  const reason = new Uint8Array(C);
  const blocker = new Int32Array(C).fill(-1);
  const noteWave = new Int32Array(C);
  const note = new Float64Array(C);
  const need = new Float64Array(C);
  const prior = new Uint8Array(C);
  // Free bundles by rank. Only active bundles are ever queued (the inactive ones, shared
  // platforms, have no precedence edges), and each is in one place at a time: the queue, a
  // waiting list or placed.
  const queue = createRankQueue(order.length);
  const horizon = calendar.count;
  const future: number[][] = Array.from({ length: horizon + 2 }, () => []);
  const pinnedAt: number[][] = Array.from({ length: horizon + 2 }, () => []);
  const phaseWait: number[][] = Array.from({ length: TIERS }, () => []);
  const placedOrder = new Int32Array(order.length);
  let placedCount = 0;
  const built = new Int32Array(U);
  const buildEffort = new Float64Array(C);
  const buildCost = new Float64Array(C);
  const cost = new Float64Array(C);

  // Phase gate bookkeeping: systems not yet placed whose hard earliest wave has come.
  const pending = new Int32Array(TIERS);
  const counted = new Uint8Array(C);
  const doomed = new Uint8Array(C);
  // The systems and holds by hard earliest wave: `byHard[hardFrom[w] .. hardFrom[w + 1])`, a
  // counting sort. They are only counted when their wave comes, so any order within a wave does,
  // and comp order reads the arrays in turn.
  const hardFrom = new Int32Array(horizon + 2);
  const counts = (c: number): boolean => isActive[c] === 1 && (phaseTier[c]! >= 0 || hold[c] === 1) && hard[c]! <= horizon;
  for (let c = 0; c < C; c++) if (counts(c)) hardFrom[hard[c]! + 1]!++;
  for (let w = 1; w <= horizon + 1; w++) hardFrom[w]! += hardFrom[w - 1]!;
  const byHard = new Int32Array(hardFrom[horizon + 1]!);
  const hardCursor = hardFrom.slice();
  for (let c = 0; c < C; c++) if (counts(c)) byHard[hardCursor[hard[c]!]!++] = c;
  // The core gate: units reaching a core system not yet placed (core systems wait for them).
  let holding = 0;
  const holdCounted = new Uint8Array(C);
  const coreWait: number[] = [];
  let current = 1;
  const gateOpen = (t: number): boolean => {
    if (input.gateAt) return current >= input.gateAt[t]!;
    for (let s = 0; s < t; s++) if (pending[s]! > 0) return false;
    return true;
  };
  const release = (): void => {
    for (let t = 0; t < TIERS; t++) {
      if (phaseWait[t]!.length === 0 || !gateOpen(t)) continue;
      for (const c of phaseWait[t]!) queue.push(rank[c]!);
      phaseWait[t] = [];
    }
    if (holding === 0 && coreWait.length > 0) {
      for (const c of coreWait) queue.push(rank[c]!);
      coreWait.length = 0;
    }
  };
  const uncount = (c: number): void => {
    if (counted[c] === 1) {
      counted[c] = 0;
      pending[phaseTier[c]!]!--;
    }
    if (holdCounted[c] === 1) {
      holdCounted[c] = 0;
      holding--;
    }
  };
  const doom = (start: number): void => {
    const stack = [start];
    while (stack.length > 0) {
      const c = stack.pop()!;
      uncount(c);
      for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
        const d = targets[e]!;
        if (doomed[d] === 0) {
          doomed[d] = 1;
          stack.push(d);
        }
      }
    }
  };

  const enter = (c: number): void => {
    const at = c * FLOW;
    if (flow[at + F_EDGE]! >= 0) blocker[c] = data[flow[at + F_EDGE]!]!;
    if (doomed[c] === 1) return;
    const avail = flow[at + F_AVAIL]!;
    let entry = Math.max(1, avail);
    let why = avail > 1 && blocker[c]! >= 0 ? R_DEPENDENCY : R_EARLIEST;
    if (ready[c]! > entry) {
      entry = ready[c]!;
      why = readyWhy[c] === R_CLIENT ? R_CLIENT : R_READY;
    }
    if (pin[c]! > entry) {
      entry = pin[c]!;
      why = R_PINNED;
    }
    reason[c] = why;
    flow[at + F_ENTRY] = entry;
    const forced = pin[c] === entry;
    let impossible = 0;
    if (entry > horizon) impossible = why === R_READY || why === R_CLIENT ? U_READY : U_DEPENDENCY;
    else if (!forced && costMin[c]! > budgetPerYear) impossible = U_COST;
    else if (!forced && cutovers[c]! > maxCore) impossible = U_CORE;
    else if (!forced && core[c] === 1 && !hasOpenWave(calendar, entry)) impossible = U_FROZEN;
    if (impossible !== 0) {
      wave[c] = -1;
      reason[c] = impossible;
      doom(c);
      release();
    } else if (forced) pinnedAt[entry]!.push(c);
    else if (entry === current) free(c);
    else future[entry]!.push(c);
  };

  const MAX_MISSES = 512;
  let minEffort = Number.POSITIVE_INFINITY;
  for (let c = 0; c < C; c++) if (isActive[c] === 1) minEffort = Math.min(minEffort, effort[c]!);
  // A unit bigger than a wave still gets a wave of its own.
  minEffort = Math.min(minEffort, capacity);
  // Units bigger than a wave (DESIGN.md is silent on them; the plan warns with their effort
  // against the capacity) wait apart from the heap, in rank order, and each takes a wave alone:
  // at the start of a wave, before anything else, the first of them the limits allow.
  const oversize: number[] = [];
  const free = (c: number): void => {
    if (effort[c]! <= capacity) {
      queue.push(rank[c]!);
      return;
    }
    let i = oversize.length;
    oversize.push(c);
    while (i > 0 && rank[oversize[i - 1]!]! > rank[c]!) {
      oversize[i] = oversize[i - 1]!;
      i--;
    }
    oversize[i] = c;
  };
  const usedAtStop = new Float64Array(horizon + 2).fill(-1);
  const spentAll = new Float64Array(years);
  const spentOther = new Float64Array(years);
  const replaceBudget = budgetPerYear * (1 - input.reserveShare);
  // The core gate's money (rules 5 and 8), in the second pass: in the years of replacement budget
  // the gate and the first core system need at the least, filler work waits until a core system
  // has cut over, so office software or a printer bought first does not push the first core
  // cut-over into the next year's budget.
  const keepYears = input.keepForGate && Number.isFinite(replaceBudget) && replaceBudget > 0 && gateMoney > 0 ? Math.ceil(gateMoney / replaceBudget - 1e-9) : 0;
  let coreStarted = false;
  // The systems each vendor team has cut over in the current wave.
  const teamUsed = new Int32Array(teams.count);
  // The running sums the closures below update (capacity left in the wave, the pending platforms'
  // effort and cost, the amount a deferral names) live in one Float64Array: a fractional number
  // in a captured `let` is a new heap object on every write (3 MB of garbage a plan at 100,000
  // assets, by V8's sampling heap profiler).
  const acc = new Float64Array(5);
  let coreLeft = 0;
  const evalStamp = new Int32Array(U).fill(-1);
  let stampNo = 0;
  const pendingBuild = new Int32Array(U);
  let pendingCount = 0;
  let buildFor = -1;
  let buildYear = -1;
  /** Shared platforms comp c would build in year index y (into pendingBuild), their effort and cost (in `acc`). */
  const platformsToBuild = (c: number, y: number): void => {
    if (buildFor === c && buildYear === y) return;
    buildFor = c;
    buildYear = y;
    stampNo++;
    pendingCount = 0;
    acc[ACC_BUILD_EFFORT] = 0;
    acc[ACC_BUILD_COST] = 0;
    const pOffsets = input.platforms.offsets;
    const pTargets = input.platforms.targets;
    for (let i = comps.memberOffsets[c]!; i < comps.memberOffsets[c + 1]!; i++) {
      const u = comps.members[i]!;
      for (let j = pOffsets[u]!; j < pOffsets[u + 1]!; j++) {
        const s = pTargets[j]!;
        if (built[s] !== 0 || evalStamp[s] === stampNo) continue;
        evalStamp[s] = stampNo;
        pendingBuild[pendingCount++] = s;
        acc[ACC_BUILD_EFFORT] += input.effort[s]!;
        acc[ACC_BUILD_COST] += input.cost[s * years + y]!;
      }
    }
  };
  // Only systems count for a team, so a comp without one (phaseTier < 0, in a small array) has no
  // pairs: callers skip the look-up in `teams`, another cache line per comp.
  const teamsFit = (c: number): boolean => {
    for (let i = teams.offsets[c]!; i < teams.offsets[c + 1]!; i++) if (teamUsed[teams.team[i]!]! + teams.systems[i]! > input.maxTeam) return false;
    return true;
  };
  const yearIndex = (w: number): number => Math.min(years - 1, Math.max(0, calendar.year[w]! - firstYear));

  const place = (c: number, w: number, forced: boolean): void => {
    const y = yearIndex(w);
    platformsToBuild(c, y);
    const be = acc[ACC_BUILD_EFFORT]!;
    const bc = acc[ACC_BUILD_COST]!;
    if (forced) {
      reason[c] = R_PINNED;
      blocker[c] = -1;
    } else if (flow[c * FLOW + F_ENTRY]! < w && noteWave[c]! < w - 1 && usedAtStop[w - 1]! >= 0 && reason[c] !== R_PHASE && reason[c] !== R_GATE) {
      reason[c] = R_CAPACITY;
      blocker[c] = -1;
      noteWave[c] = w - 1;
      note[c] = usedAtStop[w - 1]!;
      // It was not weighed in that wave (the wave stopped first): its need is what it takes now.
      need[c] = effort[c]! + be;
    }
    for (let i = 0; i < pendingCount; i++) built[pendingBuild[i]!] = w;
    buildFor = -1;
    buildEffort[c] = be;
    buildCost[c] = bc;
    wave[c] = w;
    cost[c] = costY[c * costYears + y * yearStep]!;
    placedOrder[placedCount++] = c;
    acc[ACC_CAP]! -= effort[c]! + be;
    coreLeft -= cutovers[c]!;
    spentAll[y]! += cost[c] + bc;
    if (security[c] === 0) spentOther[y]! += cost[c] + bc;
    if (cutovers[c]! > 0 && phaseTier[c] === TIERS - 1) coreStarted = true;
    if (phaseTier[c]! >= 0) for (let i = teams.offsets[c]!; i < teams.offsets[c + 1]!; i++) teamUsed[teams.team[i]!]! += teams.systems[i]!;
    uncount(c);
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      const d = targets[e]!;
      const at = d * FLOW;
      if (w >= flow[at + F_AVAIL]!) {
        flow[at + F_AVAIL] = w;
        flow[at + F_EDGE] = e;
      }
      if (--flow[at + F_PREDS]! === 0) enter(d);
    }
    release();
  };
  /** Why comp c cannot go into the current wave (0 = it can), the amount in play in `acc`. */
  const limitsFor = (c: number, y: number, frozenAll: boolean, frozenCore: boolean): number => {
    acc[ACC_AMOUNT] = 0;
    acc[ACC_NEED] = 0;
    if (frozenAll || (core[c] === 1 && frozenCore)) return R_FREEZE;
    if (cutovers[c]! > coreLeft) {
      acc[ACC_AMOUNT] = maxCore - coreLeft;
      return R_CORE;
    }
    if (phaseTier[c]! >= 0 && !teamsFit(c)) return R_TEAM;
    platformsToBuild(c, y);
    // A unit bigger than a wave goes alone, into a wave nothing else has used.
    const alone = effort[c]! + acc[ACC_BUILD_EFFORT]! > capacity && acc[ACC_CAP]! === capacity;
    if (effort[c]! + acc[ACC_BUILD_EFFORT]! > acc[ACC_CAP]! && !alone) {
      acc[ACC_AMOUNT] = capacity - acc[ACC_CAP]!;
      acc[ACC_NEED] = effort[c]! + acc[ACC_BUILD_EFFORT]!;
      return R_CAPACITY;
    }
    // Read only now: most misses at the end of a wave are for capacity, and the cost is another
    // cache line per bundle.
    const need = costY[c * costYears + y * yearStep]! + acc[ACC_BUILD_COST]!;
    acc[ACC_NEED] = need;
    if (need > budgetPerYear - spentAll[y]! + 1e-6) {
      acc[ACC_AMOUNT] = budgetPerYear - spentAll[y]!;
      return R_BUDGET;
    }
    if (security[c] === 0 && need > replaceBudget - spentOther[y]! + 1e-6) {
      acc[ACC_AMOUNT] = replaceBudget - spentOther[y]!;
      return R_RESERVE;
    }
    if (filler[c] === 1 && !coreStarted && y < keepYears) {
      acc[ACC_AMOUNT] = firstYear + keepYears - 1;
      return R_KEEP;
    }
    return 0;
  };
  const defer = (c: number, w: number, why: number, value: number): void => {
    reason[c] = why;
    blocker[c] = -1;
    noteWave[c] = w;
    note[c] = value;
    // What limitsFor weighed for this comp (its last call was for c when the reason is one of these).
    need[c] = why === R_CAPACITY || why === R_BUDGET || why === R_RESERVE ? acc[ACC_NEED]! : 0;
  };
  /** The first unit bigger than a wave that the gates and limits let into the (empty) wave w. */
  const placeOversize = (w: number, y: number, frozenAll: boolean, frozenCore: boolean): void => {
    for (let i = 0; i < oversize.length; i++) {
      const c = oversize[i]!;
      if (doomed[c] === 1) continue;
      if (gateTier[c]! >= 0 && !gateOpen(gateTier[c]!)) defer(c, w, R_PHASE, gateTier[c]!);
      else if (cutovers[c]! > 0 && phaseTier[c] === TIERS - 1 && holding > 0) defer(c, w, R_GATE, holding);
      else {
        const why = limitsFor(c, y, frozenAll, frozenCore);
        if (why !== 0) defer(c, w, why, acc[ACC_AMOUNT]!);
        else {
          oversize.splice(i, 1);
          place(c, w, false);
          return;
        }
      }
    }
  };
  for (const c of order) if (flow[c * FLOW + F_PREDS] === 0) enter(c);
  for (; current <= horizon; current++) {
    const w = current;
    for (let i = hardFrom[w]!; i < hardFrom[w + 1]!; i++) {
      const c = byHard[i]!;
      if (wave[c] !== 0 || doomed[c] === 1) continue;
      if (phaseTier[c]! >= 0) {
        counted[c] = 1;
        pending[phaseTier[c]!]!++;
      }
      if (hold[c] === 1) {
        holdCounted[c] = 1;
        holding++;
      }
    }
    for (const c of future[w]!) free(c);
    future[w] = [];
    release();
    const y = yearIndex(w);
    acc[ACC_CAP] = capacity;
    coreLeft = maxCore;
    teamUsed.fill(0);
    const frozenCore = calendar.frozen[w] === 1;
    const frozenAll = calendar.frozenAll[w] === 1;
    const deferred: number[] = [];
    let misses = 0;
    let bigTried = false;
    for (;;) {
      const forced = pinnedAt[w]!.pop();
      if (forced !== undefined) {
        place(forced, w, true);
        continue;
      }
      if (!bigTried) {
        bigTried = true;
        if (acc[ACC_CAP] === capacity) placeOversize(w, y, frozenAll, frozenCore);
        continue;
      }
      if (queue.size() === 0) break;
      if (acc[ACC_CAP] < minEffort || misses >= MAX_MISSES) {
        usedAtStop[w] = capacity - acc[ACC_CAP];
        break;
      }
      const c = order[queue.pop()]!;
      if (gateTier[c]! >= 0 && !gateOpen(gateTier[c]!)) {
        reason[c] = R_PHASE;
        blocker[c] = -1;
        noteWave[c] = w;
        note[c] = gateTier[c]!;
        phaseWait[gateTier[c]!]!.push(c);
        continue;
      }
      if (cutovers[c]! > 0 && phaseTier[c] === TIERS - 1 && holding > 0) {
        reason[c] = R_GATE;
        blocker[c] = -1;
        noteWave[c] = w;
        note[c] = holding;
        coreWait.push(c);
        continue;
      }
      const why = limitsFor(c, y, frozenAll, frozenCore);
      if (why === 0) {
        misses = 0;
        place(c, w, false);
        continue;
      }
      if (why === R_CAPACITY) misses++;
      defer(c, w, why, acc[ACC_AMOUNT]!);
      deferred.push(c);
    }
    for (const c of deferred) queue.push(rank[c]!);
  }
  // Whatever is still waiting ran out of horizon; what never became free waits for an unscheduled
  // prerequisite (propagated in topological order: decreasing comp number).
  const markHorizon = (c: number): void => {
    wave[c] = -1;
    prior[c] = noteWave[c]! < horizon && usedAtStop[horizon]! >= 0 ? R_CAPACITY : reason[c]!;
    reason[c] = U_HORIZON;
  };
  for (let r = queue.pop(); r >= 0; r = queue.pop()) markHorizon(order[r]!);
  for (const list of [...future, ...pinnedAt, ...phaseWait, coreWait, oversize]) for (const c of list) markHorizon(c);
  // The comps that never entered still wait for a predecessor: their blocker so far is the edge
  // of the last predecessor placed.
  for (let c = 0; c < C; c++) {
    const at = c * FLOW;
    if (flow[at + F_PREDS]! > 0 && flow[at + F_EDGE]! >= 0) blocker[c] = data[flow[at + F_EDGE]!]!;
  }
  for (let c = C - 1; c >= 0; c--) {
    if (isActive[c] === 1 && wave[c] === 0) {
      wave[c] = -1;
      reason[c] = U_DEPENDENCY;
    }
    if (wave[c] !== -1) continue;
    for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
      const d = targets[e]!;
      if (wave[d] === 0 || (wave[d] === -1 && reason[d] === U_DEPENDENCY && blocker[d] === -1)) {
        wave[d] = -1;
        reason[d] = U_DEPENDENCY;
        blocker[d] = data[e]!;
      }
    }
  }
  return { bounds, comps, condensed, wave, reason, blocker, noteWave, note, need, prior, effort, cost, cutovers, built, buildEffort, buildCost, placedOrder, placedCount };
}

/**
 * Deadlines for the priority order (earliest deadline first, then rule 9). Core cut-overs are the
 * scarce resource (N per wave): each gets the latest wave that still lets all of them finish by
 * the target (the lower bound), in order of their earliest wave and priority. A deadline pulls the
 * prerequisites forward; everything else gets the target, so ties fall back to edge first. Pins
 * come before all of that: a pinned bundle's prerequisites go first, ordered by the pinned wave.
 */
function deadlines(
  C: number,
  condensed: Csr,
  t: { isActive: Uint8Array; cutovers: Int32Array; pin: Int32Array; best: Int32Array; earliest: Int32Array; excluded: Uint8Array; phaseTier: Int8Array; phaseEnd: Int32Array },
  target: number,
  input: Pick<ScheduleInput, 'maxCore' | 'frozenAt'>,
): { deadline: Int32Array; pinned: Int32Array } {
  const deadline = new Int32Array(C).fill(Math.max(1, target));
  for (let c = 0; c < C; c++) if (t.phaseTier[c]! >= 0) deadline[c] = Math.min(deadline[c]!, Math.max(1, t.phaseEnd[t.phaseTier[c]!]!));
  const cuts: number[] = [];
  for (let c = 0; c < C; c++) if (t.isActive[c] === 1 && t.cutovers[c]! > 0 && t.excluded[c] === 0) cuts.push(c);
  cuts.sort((a, b) => t.earliest[a]! - t.earliest[b]! || t.best[a]! - t.best[b]!);
  let k = target;
  let used = 0;
  for (let i = cuts.length - 1; i >= 0; i--) {
    while (k > 1 && input.frozenAt(k)) k--;
    const c = cuts[i]!;
    deadline[c] = Math.min(deadline[c]!, Math.max(1, k));
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
  let anyPin = false;
  for (let c = 0; c < C && !anyPin; c++) anyPin = t.pin[c]! > 0;
  if (!anyPin) {
    // Without pins `pinned` stays NONE everywhere: the deadlines alone, half the reads per edge.
    for (let c = 0; c < C; c++) {
      let d = deadline[c]!;
      for (let e = offsets[c]!; e < offsets[c + 1]!; e++) d = Math.min(d, deadline[targets[e]!]!);
      deadline[c] = d;
    }
    return { deadline, pinned };
  }
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

/** Whether some wave from `from` on has a day open to a core cut-over. */
function hasOpenWave(calendar: WaveCalendar, from: number): boolean {
  for (let w = from; w <= calendar.count; w++) if (calendar.frozen[w] === 0) return true;
  return false;
}

/**
 * The active comps in priority order: pinned prerequisites first (by pinned wave), then deadline,
 * then rule 9's priority (`best`, distinct per comp). Pinned waves and deadlines are waves (a few
 * dozen values each) and `best` is dense, so no comparison sort: the comps in `best` order, then
 * a stable counting sort on (pinned wave, deadline).
 */
function priorityOrder(C: number, isActive: Uint8Array, pinned: Int32Array, deadline: Int32Array, best: Int32Array): Int32Array {
  let maxPinned = 0;
  let maxDeadline = 0;
  let maxBest = 0;
  let count = 0;
  for (let c = 0; c < C; c++) {
    if (isActive[c] === 0) continue;
    count++;
    if (pinned[c]! !== 0x7fffffff && pinned[c]! > maxPinned) maxPinned = pinned[c]!;
    if (deadline[c]! > maxDeadline) maxDeadline = deadline[c]!;
    if (best[c]! > maxBest) maxBest = best[c]!;
  }
  const pinBase = maxDeadline + 1;
  // The bucket of comp c: unpinned after every pinned wave, then by deadline.
  const bucketOf = (c: number): number => (pinned[c] === 0x7fffffff ? maxPinned + 1 : pinned[c]!) * pinBase + deadline[c]!;
  const start = new Int32Array((maxPinned + 2) * pinBase + 1);
  const byBest = new Int32Array(maxBest + 1).fill(-1);
  for (let c = 0; c < C; c++) {
    if (isActive[c] === 0) continue;
    start[bucketOf(c) + 1]!++;
    byBest[best[c]!] = c;
  }
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(count);
  for (let b = 0; b <= maxBest; b++) {
    const c = byBest[b]!;
    if (c >= 0) order[start[bucketOf(c)]!++] = c;
  }
  return order;
}

/** Per comp, the vendor teams of its systems and how many systems of each: CSR-like (team, systems) pairs. */
function compTeams(C: number, comps: Components, input: ScheduleInput): { count: number; offsets: Int32Array; team: Int32Array; systems: Int32Array } {
  let count = 0;
  // At most one pair per system with a team: typed arrays of that size, not growing arrays.
  let most = 0;
  for (let u = 0; u < input.units; u++) {
    const t = input.team[u]!;
    if (t >= count) count = t + 1;
    if (t >= 0 && input.phaseTier[u]! >= 0) most++;
  }
  const offsets = new Int32Array(C + 1);
  const team = new Int32Array(most);
  const systems = new Int32Array(most);
  let pairs = 0;
  for (let c = 0; c < C; c++) {
    offsets[c] = pairs;
    const from = comps.memberOffsets[c]!;
    const to = comps.memberOffsets[c + 1]!;
    for (let i = from; i < to; i++) {
      const u = comps.members[i]!;
      const t = input.team[u]!;
      if (t < 0 || input.phaseTier[u]! < 0) continue;
      let k = offsets[c]!;
      while (k < pairs && team[k] !== t) k++;
      if (k === pairs) {
        team[pairs] = t;
        systems[pairs++] = 1;
      } else systems[k]!++;
    }
  }
  offsets[C] = pairs;
  return { count, offsets, team, systems };
}

/**
 * For the core gate's bound: the shared platforms of each unit and its bundle (the bound counts a
 * platform once when a tenant's bundle is gated), with their effort and cost. A platform's effort
 * counts only when none of its tenants' bundles could take a wave alone with it (the bundle's
 * effort plus all its platforms within the capacity), so the waves it is built in never hold more
 * than the capacity and the bound stays a bound; its cost always counts (no wave spends beyond
 * its year's budget).
 * @param input the schedule input (platforms per unit, effort per unit)
 * @param comps the bundles
 * @param effort effort of each bundle
 */
function sharedPlatformsForGate(input: ScheduleInput, comps: Components, effort: Float64Array): GatePlatforms {
  const U = input.units;
  const { offsets, targets } = input.platforms;
  const countsEffort = new Uint8Array(U);
  // Cost at the cheapest year (the platform is paid in whichever year it is built).
  const cost = new Float64Array(U);
  for (let u = 0; u < U; u++) {
    if (input.shared[u] === 0) continue;
    countsEffort[u] = 1;
    let min = Number.POSITIVE_INFINITY;
    for (let y = 0; y < input.years; y++) min = Math.min(min, input.cost[u * input.years + y]!);
    cost[u] = Number.isFinite(min) ? min : 0;
  }
  // Bundle by bundle, its effort with all its platforms (in the order a pass over the units would
  // add them), then its platforms' effort stops counting if that is more than a wave.
  const { memberOffsets, members } = comps;
  for (let c = 0; c < comps.count; c++) {
    let withPlatforms = effort[c]!;
    for (let i = memberOffsets[c]!; i < memberOffsets[c + 1]!; i++) {
      const u = members[i]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) withPlatforms += input.effort[targets[j]!]!;
    }
    if (withPlatforms <= input.capacity) continue;
    for (let i = memberOffsets[c]!; i < memberOffsets[c + 1]!; i++) {
      const u = members[i]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) countsEffort[targets[j]!] = 0;
    }
  }
  return { platforms: input.platforms, bundleOf: comps.component, effort: input.effort, countsEffort, cost };
}

/**
 * The condensation of the unit precedence graph: an edge between bundles for every unit edge
 * between different bundles, with its payload. Built straight into its rows, in one pass in
 * bundle order: each row holds the bundle's members' edges in increasing unit number and edge
 * order (members are listed in increasing unit number), the order `buildCsr` would keep from one
 * pass over the units, without its three edge-sized temporaries (source, target, payload) and
 * cursor. The edge arrays are sized for every unit edge and cut to the edges kept (a view: the
 * edges inside bundles, a few, are not worth a second pass to count them first).
 * @param precedence unit precedence
 * @param comps its strongly connected components
 */
function condense(precedence: Csr, comps: Components): Csr {
  const { offsets, targets, data } = precedence;
  const { component: of, count: C, memberOffsets, members } = comps;
  const rows = new Int32Array(C + 1);
  const rowTargets = new Int32Array(targets.length);
  const rowData = new Int32Array(targets.length);
  let k = 0;
  for (let c = 0; c < C; c++) {
    rows[c] = k;
    for (let i = memberOffsets[c]!; i < memberOffsets[c + 1]!; i++) {
      const u = members[i]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const d = of[targets[e]!]!;
        if (d === c) continue;
        rowTargets[k] = d;
        rowData[k++] = data[e]!;
      }
    }
  }
  rows[C] = k;
  return { n: C, offsets: rows, targets: rowTargets.subarray(0, k), data: rowData.subarray(0, k) };
}
