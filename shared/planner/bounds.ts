/**
 * The plan's quality measure (rule 9): a lower bound on the number of waves, the largest of
 * - the precedence chain: ready dates pushed along precedence (and core work past frozen waves);
 * - total effort / capacity per wave;
 * - total cost / budget per year (counted in waves, attributing each wave to its start year);
 * - core cut-overs / core limit per wave (counting only waves with a non-frozen month).
 * Work that can never be planned (too big for a wave, ready after the horizon, or waiting on such
 * work) is left out, since no plan could place it.
 */
import { describeWave } from './calendar';
import type { PlanContext } from './context';
import { U_CORE, U_COST, U_EFFORT, U_FROZEN, U_READY } from './schedule';

export type Bounds = { chain: number; effort: number; cost: number; core: number; lowerBound: number };

const LIMIT = 100_000;

/**
 * @param context the planning context (schedule included)
 */
export function lowerBounds(context: PlanContext): Bounds {
  const { schedule: s, calendar, scenario, meta } = context;
  const C = s.comps.count;
  const { offsets, targets } = s.condensed;
  const excluded = new Uint8Array(C);
  const earliest = new Int32Array(C);
  const present = new Uint8Array(C);
  for (let v = 0; v < context.active.length; v++) if (context.active[v] === 1) present[s.comps.component[v]!] = 1;
  let chain = 0;
  let effort = 0;
  let cost = 0;
  let cutovers = 0;
  let any = false;
  const freeze = new Set(scenario.freezeMonths);
  const frozenAt = (k: number): boolean =>
    k <= calendar.count ? calendar.frozen[k] === 1 : describeWave(meta, freeze, k).cutoverMonth === '';
  // Comps in decreasing number are in topological order (predecessors first).
  for (let c = C - 1; c >= 0; c--) {
    if (present[c] === 0) continue;
    const r = s.reason[c]!;
    if (r === U_READY || r === U_EFFORT || r === U_COST || r === U_CORE || r === U_FROZEN) excluded[c] = 1;
    let e = Math.max(1, earliest[c]!, s.ready[c]!);
    if (s.core[c] === 1 && freeze.size > 0) {
      let guard = 0;
      while (frozenAt(e) && guard++ < 24) e++;
    }
    earliest[c] = e;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const d = targets[k]!;
      if (excluded[c] === 1) excluded[d] = 1;
      if (earliest[d]! < e) earliest[d] = e;
    }
    if (excluded[c] === 1) continue;
    any = true;
    chain = Math.max(chain, e);
    effort += s.effort[c]!;
    cost += s.cost[c]!;
    cutovers += s.cutovers[c]!;
  }
  if (!any) return { chain: 0, effort: 0, cost: 0, core: 0, lowerBound: 0 };
  const effortBound = Math.ceil(effort / scenario.capacityPerWave - 1e-9);
  let costBound = 0;
  const budget = scenario.budgetPerYear;
  if (budget !== undefined && cost > 0) {
    let covered = 0;
    let lastYear = Number.NaN;
    for (let k = 1; k <= LIMIT; k++) {
      const year = k <= calendar.count ? calendar.year[k]! : describeWave(meta, freeze, k).year;
      if (year !== lastYear) {
        covered += budget;
        lastYear = year;
      }
      if (covered + 1e-6 >= cost) {
        costBound = k;
        break;
      }
    }
  }
  let coreBound = 0;
  if (cutovers > 0) {
    let slots = 0;
    for (let k = 1; k <= LIMIT; k++) {
      if (!frozenAt(k)) slots += scenario.maxCoreCutoversPerWave;
      if (slots >= cutovers) {
        coreBound = k;
        break;
      }
    }
  }
  const lowerBound = Math.max(1, chain, effortBound, costBound, coreBound);
  return { chain, effort: effortBound, cost: costBound, core: coreBound, lowerBound };
}
