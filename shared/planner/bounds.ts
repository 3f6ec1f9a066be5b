/**
 * The plan's quality measure (rule 9): a lower bound on the number of waves, the largest of
 * - the precedence chain: ready dates pushed along precedence (and core work past frozen waves);
 * - the phase chain: the systems of each tier need ceil(their effort / capacity) waves, and a
 *   tier starts no earlier than the last wave of the tier below (sharing that wave, less the overlap);
 * - total effort / capacity per wave, tightened by release waves: work that cannot start before
 *   wave t needs t - 1 + ceil(its effort / capacity) waves;
 * - total cost / budget per year (counted in waves, attributing each wave to its start year);
 * - a vendor team's systems / the systems it may cut over per wave;
 * - core cut-overs / core limit per wave, tightened the same way: cut-overs placed greedily at
 *   their earliest waves, N per non-frozen wave (exact for that relaxation);
 * - the core gate: the waves up to the first core system hold every system below the core, what
 *   reaches a core system, the shared platforms those are tenants of (built with their first
 *   tenant) and that first core system itself, in effort and in money (years of budget); the
 *   core systems then need ceil(count / limit) waves from there.
 * Work that can never be planned (dearer than a year's budget, ready after the horizon, or waiting
 * on such work) is left out, since no plan could place it. Work bigger than a wave goes alone in
 * one, so it counts as one whole wave (`effort` is each bundle's share of a wave, at most the capacity).
 */
import type { Csr } from '../graph';

export type Bounds = { chain: number; phase: number; effort: number; cost: number; core: number; lowerBound: number };

/** Per-bundle totals the bound is computed from (see schedule.ts). */
export type BundleTotals = {
  count: number;
  condensed: Csr;
  isActive: Uint8Array;
  /** Effort, capped at the capacity (a bundle bigger than a wave takes one wave alone). */
  effort: Float64Array;
  cost: Float64Array;
  cutovers: Int32Array;
  core: Uint8Array;
  ready: Int32Array;
  /** Systems: their tier (-1 otherwise). */
  phaseTier: Int8Array;
  /** 1 = reaches a core system: must be placed no later than the first core system (rule 5). */
  hold: Uint8Array;
  /** Shared platforms built with their first tenant: effort and cost counted once. */
  sharedEffort: number;
  sharedCost: number;
  /** Systems per vendor team, and how many one team may cut over per wave. */
  teamSystems: ArrayLike<number>;
  maxTeam: number;
  /** Shared platforms for the core gate (see `GatePlatforms`). */
  gatePlatforms?: GatePlatforms;
  /** 1 = a security product (may spend the security reserve). */
  security?: Uint8Array;
};

/**
 * Shared platforms for the core gate, by unit: the shared platforms of each unit (a platform's
 * tenants are the units that list it) and each unit's bundle; each platform's effort, which counts
 * only where `countsEffort` is 1 (not when it might be built by a bundle that takes a wave alone,
 * see `sharedPlatformsForGate`), and its cost (0 for units that are not shared platforms).
 */
export type GatePlatforms = { platforms: Csr; bundleOf: Int32Array; effort: Float64Array; countsEffort: Uint8Array; cost: Float64Array };

export type Limits = {
  capacity: number;
  budgetPerYear: number;
  maxCore: number;
  /** Phase overlap in waves. */
  overlap: number;
  /** Waves in the horizon. */
  horizon: number;
  /** Whether wave k (also past the horizon) is wholly frozen, and its budget year. */
  frozenAt: (k: number) => boolean;
  yearAt: (k: number) => number;
  /** Share of each year's budget kept for security products (replacements never spend it). */
  reserveShare?: number;
};

const LIMIT = 100_000;

/**
 * Lower bounds, plus what the scheduler reuses: the earliest wave of each bundle along the chain,
 * which bundles can never be planned, and the replacement money the core gate needs up to and
 * including the first core system (`gateMoney`, 0 without core systems).
 * @param totals per-bundle totals over the condensed precedence graph
 * @param limits the scenario's limits and calendar
 */
export function computeBounds(totals: BundleTotals, limits: Limits): Bounds & { earliest: Int32Array; excluded: Uint8Array; gateMoney: number } {
  const C = totals.count;
  const { offsets, targets } = totals.condensed;
  const excluded = new Uint8Array(C);
  const earliest = new Int32Array(C);
  const released = new Float64Array(limits.horizon + 2);
  const cutEarliest: number[] = [];
  let chain = 0;
  let cost = 0;
  let cutovers = 0;
  let any = false;
  // Bundles in decreasing number are in topological order (predecessors first).
  for (let c = C - 1; c >= 0; c--) {
    if (totals.isActive[c] === 0) continue;
    let e = Math.max(1, earliest[c]!, totals.ready[c]!);
    if (totals.core[c] === 1) {
      let guard = 0;
      while (limits.frozenAt(e) && guard++ < 24) e++;
      if (guard > 24) excluded[c] = 1;
    }
    earliest[c] = e;
    if (e > limits.horizon || totals.cost[c]! > limits.budgetPerYear || totals.cutovers[c]! > limits.maxCore) excluded[c] = 1;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const d = targets[k]!;
      if (excluded[c] === 1) excluded[d] = 1;
      if (earliest[d]! < e) earliest[d] = e;
    }
    if (excluded[c] === 1) continue;
    any = true;
    chain = Math.max(chain, e);
    cost += totals.cost[c]!;
    cutovers += totals.cutovers[c]!;
    released[e]! += totals.effort[c]!;
    for (let k = 0; k < totals.cutovers[c]!; k++) cutEarliest.push(e);
  }
  if (!any) return { chain: 0, phase: 0, effort: 0, cost: 0, core: 0, lowerBound: 0, earliest, excluded, gateMoney: 0 };
  released[1]! += totals.sharedEffort;
  cost += totals.sharedCost;
  const tierEffort = [0, 0, 0, 0];
  const tierCuts = [0, 0, 0, 0];
  const tierUsed = [false, false, false, false];
  for (let c = 0; c < C; c++) {
    const t = totals.phaseTier[c]!;
    if (totals.isActive[c] === 0 || excluded[c] === 1 || t < 0) continue;
    tierEffort[t]! += totals.effort[c]!;
    tierCuts[t]! += totals.cutovers[c]!;
    tierUsed[t] = true;
  }
  let phase = 0;
  let tiersUsed = 0;
  for (let t = 0; t < 4; t++) {
    if (!tierUsed[t]) continue;
    phase += Math.max(1, Math.ceil(tierEffort[t]! / limits.capacity - 1e-9), Math.ceil(tierCuts[t]! / limits.maxCore - 1e-9));
    tiersUsed++;
  }
  if (tiersUsed > 1) phase -= (tiersUsed - 1) * (1 + Math.max(0, limits.overlap));
  phase = Math.max(tiersUsed > 0 ? 1 : 0, phase);
  // The core gate: every system below the core and everything that reaches a core system goes no
  // later than the first core system; the core systems then need ceil(count / limit) waves.
  let before = 0;
  let beforeCost = 0;
  // What of it only the replacement budget (the year's budget less the security reserve) may pay.
  let beforeReplace = 0;
  const gated = new Uint8Array(C);
  // The smallest core system (effort, cost): the first of them shares the gate's last wave.
  let firstCore = Number.POSITIVE_INFINITY;
  let firstCoreCost = Number.POSITIVE_INFINITY;
  const coreCosts: number[] = [];
  for (let c = 0; c < C; c++) {
    const t = totals.phaseTier[c]!;
    if (totals.isActive[c] === 0 || excluded[c] === 1) continue;
    if (t === 3) {
      if (totals.cutovers[c]! > 0) {
        firstCore = Math.min(firstCore, totals.effort[c]!);
        firstCoreCost = Math.min(firstCoreCost, totals.cost[c]!);
        coreCosts.push(totals.cost[c]!);
      }
      continue;
    }
    if ((t >= 0 && t < 3) || totals.hold[c] === 1) {
      before += totals.effort[c]!;
      beforeCost += totals.cost[c]!;
      if (totals.security?.[c] !== 1) beforeReplace += totals.cost[c]!;
      gated[c] = 1;
    }
  }
  if (totals.gatePlatforms) {
    const { effort, countsEffort, cost: platformCost, platforms, bundleOf } = totals.gatePlatforms;
    // A platform counts once when any tenant's bundle is gated: mark them from the tenants' side,
    // then add them up in platform order.
    const counted = new Uint8Array(effort.length);
    for (let u = 0; u < platforms.n; u++) {
      if (gated[bundleOf[u]!] === 0) continue;
      for (let k = platforms.offsets[u]!; k < platforms.offsets[u + 1]!; k++) counted[platforms.targets[k]!] = 1;
    }
    for (let s = 0; s < effort.length; s++) {
      if (counted[s] === 0) continue;
      before += countsEffort[s] === 1 ? effort[s]! : 0;
      beforeCost += platformCost[s]!;
      beforeReplace += platformCost[s]!;
    }
  }
  for (let t = 0; t < totals.teamSystems.length; t++) phase = Math.max(phase, Math.ceil(totals.teamSystems[t]! / Math.max(1, totals.maxTeam) - 1e-9));
  let gateMoney = 0;
  if (tierUsed[3] && tierCuts[3]! > 0) {
    gateMoney = beforeReplace + firstCoreCost;
    const coreWaves = Math.ceil(tierCuts[3]! / limits.maxCore - 1e-9);
    phase = Math.max(phase, Math.ceil((before + firstCore) / limits.capacity - 1e-9) + coreWaves - 1);
    phase = Math.max(phase, wavesToSpend(beforeCost + firstCoreCost, limits.budgetPerYear, limits) + coreWaves - 1);
    // The first core system is not a security product: it spends the replacement budget too.
    const replaceBudget = limits.budgetPerYear * (1 - (limits.reserveShare ?? 0));
    phase = Math.max(phase, wavesToSpend(beforeReplace + firstCoreCost, replaceBudget, limits) + coreWaves - 1);
    phase = Math.max(phase, coreMoneyBound(coreCosts, beforeCost, beforeReplace, replaceBudget, limits));
  }
  let effortBound = 0;
  let suffix = 0;
  for (let t = limits.horizon; t >= 1; t--) {
    suffix += released[t]!;
    if (suffix > 0) effortBound = Math.max(effortBound, t - 1 + Math.ceil(suffix / limits.capacity - 1e-9));
  }
  const costBound = wavesToSpend(cost, limits.budgetPerYear, limits);
  let coreBound = 0;
  if (cutovers > 0) {
    cutEarliest.sort((a, b) => a - b);
    let k = 0;
    let used = limits.maxCore;
    for (const e of cutEarliest) {
      if (used >= limits.maxCore || k < e) {
        k = Math.max(k + (used >= limits.maxCore ? 1 : 0), e);
        while (limits.frozenAt(k) && k < LIMIT) k++;
        used = 0;
      }
      used++;
    }
    coreBound = k;
  }
  const lowerBound = Math.max(1, chain, phase, effortBound, costBound, coreBound);
  return { chain, phase, effort: effortBound, cost: costBound, core: coreBound, lowerBound, earliest, excluded, gateMoney };
}

/**
 * The core cut-overs in money: whichever core systems go first, the k-th of them cannot go before
 * the years whose budget pays the gate's spend plus the k cheapest core systems, nor before the
 * wave after the one holding the cut-over `maxCore` places earlier. So when the gate's spend leaves
 * too little in its year for any core system, every core cut-over waits for the next year's money
 * (the secondary sample: 16 waves, not the 13 that counted the first core system alone).
 * @param costs each core bundle's cost (one cut-over each at least, a relaxation)
 * @returns the wave of the last core cut-over in that relaxation (0 without a budget cap)
 */
function coreMoneyBound(costs: number[], before: number, beforeReplace: number, replaceBudget: number, limits: Limits): number {
  if (costs.length === 0 || !Number.isFinite(limits.budgetPerYear) || limits.budgetPerYear <= 0) return 0;
  costs.sort((a, b) => a - b);
  const maxCore = Math.max(1, limits.maxCore);
  const waves = new Int32Array(costs.length);
  let sum = 0;
  for (let k = 0; k < costs.length; k++) {
    sum += costs[k]!;
    let wave = Math.max(wavesToSpend(before + sum, limits.budgetPerYear, limits), wavesToSpend(beforeReplace + sum, replaceBudget, limits));
    if (k > 0) wave = Math.max(wave, waves[k - 1]!);
    if (k >= maxCore) wave = Math.max(wave, waves[k - maxCore]! + 1);
    waves[k] = wave;
  }
  return waves[costs.length - 1]!;
}

/**
 * The fewest waves whose budget years can pay `amount` (a wave spends the budget of the year it
 * starts in); 0 without a budget cap or without spending.
 */
function wavesToSpend(amount: number, perYear: number, limits: Limits): number {
  if (!Number.isFinite(perYear) || perYear <= 0 || amount <= 0) return 0;
  let covered = 0;
  let lastYear = Number.NaN;
  for (let k = 1; k <= LIMIT; k++) {
    const year = limits.yearAt(k);
    if (year !== lastYear) {
      covered += perYear;
      lastYear = year;
    }
    if (covered * (1 + 1e-12) >= amount) return k;
  }
  return 0;
}
