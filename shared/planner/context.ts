/**
 * Everything the planner derives from a project before it writes the result: the graph, effective
 * tiers, precedence, cut-over units, the calendar, per-unit effort/cost/priority and the schedule.
 * The planning view keeps this to explain a selected asset without planning twice.
 */
import { effortOverrides } from '../assessment/store';
import type { Asset, Category, ProjectFile, ProjectMeta, Scenario } from '../model';
import { DEFAULT_EFFORT_PER_UNIT, DEFAULT_SCENARIO, isMigrated, tierRank } from '../model';
import { buildAssetGraph, buildCsr, KIND_CONNECTS_TO } from '../graph';
import type { AssetGraph, Csr } from '../graph';
import { buildCalendar, describeWave, readyWave } from './calendar';
import type { WaveCalendar } from './calendar';
import type { Lang } from './messages';
import { text } from './messages';
import { buildPrecedence, computeEffectiveTiers } from './precedence';
import { coreReach } from './coreGate';
import type { EffectiveTiers, Precedence } from './precedence';
import { R_CLIENT, R_READY, schedule } from './schedule';
import type { Schedule, ScheduleInput } from './schedule';
import type { PlanWarning } from './types';
import { buildUnits, UNIT_SHARED, UNIT_SYSTEM, unitWaves } from './units';
import { CAT, categoryCodes, SECURITY_PRODUCT } from './codes';
import type { Units } from './units';

export type PlanOptions = {
  /** Language of reason details and warnings (default zh). */
  lang?: Lang;
  /**
   * Cost of replacing an asset in yuan, in a calendar year (default `(unitCost ?? 0) * quantity`);
   * the analysis supplies the price book's, at that year's prices.
   */
  costOf?: (asset: Asset, year: number) => number;
  /** Person-days per unit by category over DEFAULT_EFFORT_PER_UNIT; the scenario's own values win over these. */
  effortPerUnit?: Partial<Record<Category, number>>;
  /** Plan with this scenario instead of the project's active one. */
  scenario?: Scenario;
};

/** The scenario with every version 2 default filled in. */
export type PlanScenario = Scenario & Required<Pick<Scenario, 'phaseOverlapWaves' | 'dualTrackMonths' | 'securityReserveShare' | 'vendorTeamSystemsPerWave'>>;

export type PlanContext = {
  lang: Lang;
  meta: ProjectMeta;
  /** Asset of each graph node (the first asset with each id). */
  assets: Asset[];
  /** Category code of each node (codes.ts). */
  cat: Uint8Array;
  graph: AssetGraph;
  tiers: EffectiveTiers;
  precedence: Precedence;
  units: Units;
  /** Unit precedence (pred -> succ, payload = asset-level precedence edge). */
  unitPrecedence: Csr;
  calendar: WaveCalendar;
  scenario: PlanScenario;
  /** 1 = migrated (adapt or replace, in scope). */
  active: Uint8Array;
  /** Per asset: effort (person-days) and cost in the first year. */
  effort: Float64Array;
  cost: Float64Array;
  /** Per unit and year (`u * years + year - firstYear`). */
  unitCost: Float64Array;
  firstYear: number;
  years: number;
  /** Per unit: the gate tier (-1 none) and whether a terminal waits for a core system's client. */
  gateTier: Int8Array;
  /** Valid pin per unit (0 = none). */
  pin: Int32Array;
  schedule: Schedule;
  /** What the scheduler was given (another budget reruns it: `spanUnderBudget`). */
  scheduleInput: ScheduleInput;
  /** Warnings found while preparing (ignored pins). */
  warnings: PlanWarning[];
};

const CORE = tierRank('core');

/** Default replacement cost: the asset's own unit cost times its quantity. */
export const defaultCostOf = (asset: Asset): number => (asset.unitCost ?? 0) * asset.quantity;

/** The scenario with its version 2 defaults. */
export function planScenario(scenario: Scenario): PlanScenario {
  return {
    ...scenario,
    phaseOverlapWaves: scenario.phaseOverlapWaves ?? DEFAULT_SCENARIO.phaseOverlapWaves!,
    dualTrackMonths: scenario.dualTrackMonths ?? DEFAULT_SCENARIO.dualTrackMonths!,
    securityReserveShare: scenario.securityReserveShare ?? DEFAULT_SCENARIO.securityReserveShare!,
    vendorTeamSystemsPerWave: scenario.vendorTeamSystemsPerWave ?? DEFAULT_SCENARIO.vendorTeamSystemsPerWave!,
    freezeWindows: scenario.freezeWindows ?? [],
  };
}

/**
 * Derives the graph, tiers, precedence, units and calendar and runs the scheduler.
 * @param project a validated project file
 * @param options language, cost function, effort defaults, scenario override
 */
export function buildPlanContext(project: ProjectFile, options: PlanOptions = {}): PlanContext {
  const lang = options.lang ?? 'zh';
  const scenario = planScenario(options.scenario ?? project.scenario ?? DEFAULT_SCENARIO);
  const graph = buildAssetGraph(project.assets, project.dependencies);
  const n = graph.ids.length;
  // Without repeated ids the nodes are the file's rows in order: no copy.
  const assets = n === project.assets.length ? project.assets : Array.from(graph.firstRow, (row) => project.assets[row]!);
  const cat = categoryCodes(assets);
  const tiers = computeEffectiveTiers(graph, assets, cat);
  const active = new Uint8Array(n);
  for (let v = 0; v < n; v++) active[v] = isMigrated(assets[v]!) ? 1 : 0;
  const units = buildUnits(graph, assets, active, tiers.rank, cat);
  const precedence = buildPrecedence(graph, assets, tiers.rank, active, cat);
  const calendar = buildCalendar(project.project, scenario.freezeWindows);
  const firstYear = calendar.year[1]!;
  const years = Math.max(1, calendar.year[calendar.count]! - firstYear + 2);
  const perUnit = { ...DEFAULT_EFFORT_PER_UNIT, ...options.effortPerUnit, ...scenario.effortPerUnit };
  const costOf = options.costOf ?? defaultCostOf;
  // The default cost does not depend on the year: one call per asset instead of one per year.
  const yearless = options.costOf === undefined;
  // Assessed systems (extensions.assessment) carry an effort from the difficulty model; the
  // user's own `effort` on the asset still wins.
  const assessed = effortOverrides(project);
  const effort = new Float64Array(n);
  const cost = new Float64Array(n);
  const U = units.count;
  const unitEffort = new Float64Array(U);
  const unitCost = new Float64Array(U * years);
  const anyAssessed = assessed.size > 0;
  for (let v = 0; v < n; v++) {
    if (active[v] === 0) continue;
    const asset = assets[v]!;
    const e = asset.effort ?? (anyAssessed ? assessed.get(asset.id) : undefined) ?? asset.quantity * (perUnit[asset.category] ?? 0);
    effort[v] = Number.isFinite(e) && e > 0 ? e : 0;
    const u = units.unitOf[v]!;
    unitEffort[u]! += effort[v]!;
    const first = costOf(asset, firstYear);
    cost[v] = Number.isFinite(first) && first > 0 ? first : 0;
    unitCost[u * years]! += cost[v]!;
    if (yearless) continue;
    for (let y = 1; y < years; y++) {
      const c = costOf(asset, firstYear + y);
      unitCost[u * years + y]! += Number.isFinite(c) && c > 0 ? c : 0;
    }
  }
  // A yearless cost: every year of a unit sums the same values in the same order as the first.
  if (yearless) for (let u = 0; u < U; u++) unitCost.fill(unitCost[u * years]!, u * years + 1, (u + 1) * years);
  const unitActive = new Uint8Array(U);
  const shared = new Uint8Array(U);
  const security = new Uint8Array(U);
  const cutover = new Int32Array(U);
  const core = new Uint8Array(U);
  const ready = new Int32Array(U);
  const readyWhy = new Uint8Array(U);
  const phaseTier = new Int8Array(U).fill(-1);
  const gateTier = new Int8Array(U).fill(-1);
  const team = new Int32Array(U).fill(-1);
  const filler = new Uint8Array(U);
  const teams = new Map<string, number>();
  for (let u = 0; u < U; u++) {
    const kind = units.kind[u]!;
    shared[u] = kind === UNIT_SHARED ? 1 : 0;
    unitActive[u] = kind === UNIT_SHARED ? 0 : 1;
    cutover[u] = units.core[u]!;
    core[u] = units.core[u]!;
    let allSecurity = 1;
    for (let k = units.memberOffsets[u]!; k < units.memberOffsets[u + 1]!; k++) {
      const v = units.members[k]!;
      if (SECURITY_PRODUCT[cat[v]!] === 0) allSecurity = 0;
      const readyFrom = assets[v]!.readyFrom;
      // No date: wave 1 (readyWave's answer, without the call).
      const r = readyFrom ? readyWave(calendar, readyFrom) : 1;
      if (r > ready[u]!) {
        ready[u] = r;
        readyWhy[u] = R_READY;
      }
    }
    // A standalone stack is a security product's when its top is one (the console's OS serves it).
    if (kind !== UNIT_SYSTEM && kind !== UNIT_SHARED) allSecurity = SECURITY_PRODUCT[cat[units.head[u]!]!]!;
    security[u] = allSecurity;
    // Standalone work that is neither a terminal nor security (peripherals, office software,
    // standalone infrastructure): the scheduler may defer it for the core gate's money.
    filler[u] = kind !== UNIT_SYSTEM && kind !== UNIT_SHARED && allSecurity === 0 && cat[units.head[u]!] !== CAT.terminal ? 1 : 0;
    const head = assets[units.head[u]!]!;
    if (kind === UNIT_SYSTEM) {
      phaseTier[u] = units.tier[u]!;
      gateTier[u] = units.tier[u]!;
      if (head.vendorTeam) {
        let t = teams.get(head.vendorTeam);
        if (t === undefined) teams.set(head.vendorTeam, (t = teams.size));
        team[u] = t;
      }
    }
  }
  // Terminals (rule 4): a system's domestic client date is a ready date; a terminal of a core
  // system without one waits for the core phase (it goes no later than the core system).
  const TERMINAL = CAT.terminal;
  const APP = CAT.application;
  for (let e = 0; e < graph.m; e++) {
    if (graph.edgeKind[e] !== KIND_CONNECTS_TO) continue;
    const t = graph.edgeFrom[e]!;
    const s = graph.edgeTo[e]!;
    if (active[t] === 0 || cat[t] !== TERMINAL || active[s] === 0 || cat[s] !== APP) continue;
    const u = units.unitOf[t]!;
    const clientDate = assets[s]!.clientReadyFrom;
    if (clientDate) {
      const r = readyWave(calendar, clientDate);
      if (r > ready[u]!) {
        ready[u] = r;
        readyWhy[u] = R_CLIENT;
      }
    } else if (tiers.rank[s] === CORE && units.kind[u] !== UNIT_SYSTEM) gateTier[u] = Math.max(gateTier[u]!, CORE - 1);
  }
  const warnings: PlanWarning[] = [];
  const pin = new Int32Array(U);
  for (const [id, wave] of Object.entries(scenario.pins ?? {})) {
    const v = graph.indexOf.get(id);
    const u = v === undefined ? -1 : units.unitOf[v]!;
    const why = v === undefined ? 'unknown' : active[v] === 0 ? 'inactive' : wave > calendar.count ? 'horizon' : units.kind[u] === UNIT_SHARED ? 'shared' : undefined;
    if (why || v === undefined) {
      warnings.push({ code: 'pin-ignored', assets: [id], wave, detail: text.pinIgnored(lang, id, why ?? 'unknown', wave) });
    } else if (pin[u] === 0 || wave < pin[u]!) {
      pin[u] = wave;
    }
  }
  const unitPrecedence = buildUnitPrecedence(precedence, units, U);
  const priority = unitPriority(graph, assets, units);
  const budget = scenario.budgetPerYear;
  const windows = scenario.freezeWindows;
  const input: ScheduleInput = {
    units: U,
    active: unitActive,
    shared,
    precedence: unitPrecedence,
    effort: unitEffort,
    cost: unitCost,
    firstYear,
    years,
    security,
    cutover,
    core,
    ready,
    readyWhy,
    pin,
    priority,
    phaseTier,
    gateTier,
    coreHold: coreGateHolds(graph, assets, units, cat),
    filler,
    team,
    maxTeam: Math.max(1, scenario.vendorTeamSystemsPerWave),
    platforms: units.platforms,
    calendar,
    capacity: scenario.capacityPerWave,
    budgetPerYear: budget === undefined ? Number.POSITIVE_INFINITY : budget,
    reserveShare: budget === undefined ? 0 : scenario.securityReserveShare,
    maxCore: scenario.maxCoreCutoversPerWave,
    overlap: scenario.phaseOverlapWaves,
    frozenAt: (k) => (k <= calendar.count ? calendar.frozen[k] === 1 : describeWave(project.project, windows, k).cutoverDate === ''),
    yearAt: (k) => (k <= calendar.count ? calendar.year[k]! : describeWave(project.project, windows, k).year),
  };
  const result = schedulePasses(input, scenario.phaseOverlapWaves, phaseTier);
  return {
    lang,
    meta: project.project,
    assets,
    cat,
    graph,
    tiers,
    precedence,
    units,
    unitPrecedence,
    calendar,
    scenario,
    active,
    effort,
    cost,
    unitCost,
    firstYear,
    years,
    gateTier,
    pin,
    schedule: result,
    scheduleInput: input,
    warnings,
  };
}

/**
 * The scheduler's passes: the strict plan; with a phase overlap, a second pass that opens each
 * tier's gate where the lower tiers end; with a budget cap and a plan above its bound, a pass that
 * keeps the core gate's money from filler work, taken when it ends sooner and leaves nothing more
 * unscheduled.
 */
function schedulePasses(input: ScheduleInput, overlap: number, phaseTier: Int8Array): Schedule {
  let result = schedule(input);
  let passInput = input;
  if (overlap > 0) {
    // Overlap k: a tier opens k waves before the tier below ends. Where the lower tiers end is
    // known from the strict plan; the second pass opens each gate there.
    const last = lastWaveByTier(result, phaseTier);
    const gateAt = new Int32Array(4).fill(1);
    let below = 0;
    for (let t = 0; t < 4; t++) {
      gateAt[t] = Math.max(1, below - overlap);
      below = Math.max(below, last[t]!);
    }
    passInput = { ...input, gateAt };
    result = schedule(passInput);
  }
  if (Number.isFinite(input.budgetPerYear) && lastWave(result) > result.bounds.lowerBound) {
    // Money short of the core gate: another pass keeps the gate's years of budget from filler
    // work, taken only when it ends sooner and leaves nothing more unscheduled.
    const kept = schedule({ ...passInput, keepForGate: true });
    if (lastWave(kept) < lastWave(result) && unscheduledCount(kept) <= unscheduledCount(result)) result = kept;
  }
  return result;
}

/** How long a plan is: its waves, the end of its last wave, and the assets it leaves unscheduled. */
export type PlanSpan = { waves: number; end: string; unscheduled: number };

/**
 * The span of the plan the context's project would have under another yearly budget (undefined:
 * no cap), without planning it whole: the graph, units, costs and calendar do not depend on the
 * budget, so only the scheduler runs again (on the 100,000-asset estate 14 schedules took about
 * 1 s; README, "What the cap costs in time"). The same passes as `buildPlanContext`, so for the
 * context's own budget it is the span of the context's plan (tested).
 * @param context a plan context
 * @param budgetPerYear the yearly cap, yuan
 */
export function spanUnderBudget(context: PlanContext, budgetPerYear: number | undefined): PlanSpan {
  const { scheduleInput: input, scenario } = context;
  const capped = budgetPerYear !== undefined && Number.isFinite(budgetPerYear);
  const s = schedulePasses({ ...input, budgetPerYear: capped ? budgetPerYear : Number.POSITIVE_INFINITY, reserveShare: capped ? scenario.securityReserveShare : 0 }, scenario.phaseOverlapWaves, input.phaseTier);
  return spanOf(context, s);
}

/** The plan's span from a schedule, as `assemble` would place the units. */
function spanOf(context: PlanContext, s: Schedule): PlanSpan {
  const { units, calendar } = context;
  const wave = unitWaves(units, s);
  let last = 0;
  let unscheduled = 0;
  for (let u = 0; u < units.count; u++) {
    if (wave[u]! > last) last = wave[u]!;
    if (wave[u]! < 0) unscheduled += units.memberOffsets[u + 1]! - units.memberOffsets[u]!;
  }
  return { waves: last, end: last > 0 ? (calendar.ends[last] ?? describeWave(context.meta, context.scenario.freezeWindows, last).end) : '', unscheduled };
}

/** Unit precedence from the asset-level one; an edge into a shared platform binds each tenant. */
function buildUnitPrecedence(precedence: Precedence, units: Units, U: number): Csr {
  const { unitOf, kind } = units;
  const { offsets: tOffsets, targets: tTargets } = units.tenants;
  const { pred, succ } = precedence;
  // Count, then fill typed arrays (no growing arrays at 400k edges).
  let m = 0;
  for (let e = 0; e < precedence.m; e++) {
    const a = unitOf[pred[e]!]!;
    const b = unitOf[succ[e]!]!;
    if (a < 0 || b < 0 || a === b || kind[a] === UNIT_SHARED) continue;
    if (kind[b] !== UNIT_SHARED) m++;
    else for (let i = tOffsets[b]!; i < tOffsets[b + 1]!; i++) if (tTargets[i] !== a) m++;
  }
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const pay = new Int32Array(m);
  let k = 0;
  for (let e = 0; e < precedence.m; e++) {
    const a = unitOf[pred[e]!]!;
    const b = unitOf[succ[e]!]!;
    if (a < 0 || b < 0 || a === b || kind[a] === UNIT_SHARED) continue;
    if (kind[b] !== UNIT_SHARED) {
      src[k] = a;
      dst[k] = b;
      pay[k++] = e;
    } else {
      for (let i = tOffsets[b]!; i < tOffsets[b + 1]!; i++) {
        if (tTargets[i] === a) continue;
        src[k] = a;
        dst[k] = tTargets[i]!;
        pay[k++] = e;
      }
    }
  }
  return buildCsr(U, src, dst, m, pay);
}

/**
 * Priority of each unit (rule 9): edge before core (tier), then lower risk first (先易后难: fewer
 * dependants, lower 等保 level), then earlier end of support (none = last), then id. One numeric
 * key per unit (every part is a small integer), sorted without a comparator.
 */
function unitPriority(graph: AssetGraph, assets: readonly Asset[], units: Units): Int32Array {
  const U = units.count;
  const dependants = new Int32Array(U);
  const level = new Int32Array(U);
  const eos: string[] = new Array<string>(U).fill('9999');
  let maxDependants = 0;
  let maxLevel = 0;
  const ends = new Set<string>(['9999']);
  for (let u = 0; u < U; u++) {
    for (let k = units.memberOffsets[u]!; k < units.memberOffsets[u + 1]!; k++) {
      const v = units.members[k]!;
      dependants[u]! += graph.dependedOnBy.offsets[v + 1]! - graph.dependedOnBy.offsets[v]!;
      level[u] = Math.max(level[u]!, assets[v]!.securityLevel ?? 0);
      const end = assets[v]!.endOfSupport;
      if (end && end < eos[u]!) eos[u] = end;
    }
    maxDependants = Math.max(maxDependants, dependants[u]!);
    maxLevel = Math.max(maxLevel, level[u]!);
    ends.add(eos[u]!);
  }
  const endRank = new Map<string, number>();
  [...ends].sort().forEach((end, i) => endRank.set(end, i));
  const bases = [4, maxDependants + 1, maxLevel + 1, ends.size, U];
  const exact = bases.reduce((a, b) => a * b, 1) < Number.MAX_SAFE_INTEGER;
  const keyOf = (u: number): number => (((units.tier[u]! * bases[1]! + dependants[u]!) * bases[2]! + level[u]!) * bases[3]! + endRank.get(eos[u]!)!) * U + units.idRank[u]!;
  let count = 0;
  for (let u = 0; u < U; u++) if (units.kind[u] !== UNIT_SHARED) count++;
  const order = new Int32Array(count);
  if (exact) {
    const byIdRank = new Int32Array(U);
    for (let u = 0; u < U; u++) byIdRank[units.idRank[u]!] = u;
    const keys = new Float64Array(count);
    let k = 0;
    for (let u = 0; u < U; u++) if (units.kind[u] !== UNIT_SHARED) keys[k++] = keyOf(u);
    keys.sort();
    for (let i = 0; i < count; i++) order[i] = byIdRank[keys[i]! % U]!;
  } else {
    let k = 0;
    for (let u = 0; u < U; u++) if (units.kind[u] !== UNIT_SHARED) order[k++] = u;
    order.sort((a, b) => units.tier[a]! - units.tier[b]! || dependants[a]! - dependants[b]! || level[a]! - level[b]! || endRank.get(eos[a]!)! - endRank.get(eos[b]!)! || units.idRank[a]! - units.idRank[b]!);
  }
  const priority = new Int32Array(U);
  order.forEach((u, i) => (priority[u] = i));
  return priority;
}

/**
 * Rule 5: the units holding an asset that reaches a core system (coreGate.ts), core units
 * excepted (their order is the core limit's). No core system cuts over before all of them have.
 */
function coreGateHolds(graph: AssetGraph, assets: readonly Asset[], units: Units, cat: Uint8Array): Uint8Array {
  const hold = new Uint8Array(units.count);
  const roots: number[] = [];
  for (let u = 0; u < units.count; u++) if (units.kind[u] === UNIT_SYSTEM && units.core[u] === 1) roots.push(units.head[u]!);
  if (roots.length === 0) return hold;
  const label = coreReach(graph, assets, roots, cat);
  for (let v = 0; v < graph.ids.length; v++) {
    const u = units.unitOf[v]!;
    if (label[v]! < 0 || u < 0 || units.core[u] === 1 || units.kind[u] === UNIT_SHARED) continue;
    hold[u] = 1;
  }
  return hold;
}

/** The last wave any bundle is placed in. */
function lastWave(s: Schedule): number {
  let last = 0;
  for (let c = 0; c < s.wave.length; c++) if (s.wave[c]! > last) last = s.wave[c]!;
  return last;
}

/** Bundles left unscheduled. */
function unscheduledCount(s: Schedule): number {
  let count = 0;
  for (let c = 0; c < s.wave.length; c++) if (s.wave[c] === -1) count++;
  return count;
}

/** Last wave of the systems of each tier in a schedule (0 when none). */
function lastWaveByTier(s: Schedule, phaseTier: Int8Array): Int32Array {
  const last = new Int32Array(4);
  for (let u = 0; u < phaseTier.length; u++) {
    const t = phaseTier[u]!;
    if (t < 0) continue;
    const w = s.wave[s.comps.component[u]!]!;
    if (w > last[t]!) last[t] = w;
  }
  return last;
}
