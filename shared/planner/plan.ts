/**
 * `planProject`: the edge-to-core plan of a project (DESIGN.md "Planning rules (version 2)").
 * Every asset in the file gets a placement: wave 0 when already compliant, a wave with its unit
 * and binding reason, or -1 with the reason it is retained, retired or unscheduled. The same
 * input always gives the same plan.
 */
import type { ProjectFile } from '../model';
import { dispositionOf, isRetained, TIERS } from '../model';
import { cycleThrough } from '../graph';
import { joinClauses } from '../format/clauses';
import { buildPlanContext } from './context';
import type { PlanContext, PlanOptions } from './context';
import { text } from './messages';
import * as S from './schedule';
import { UNIT_SHARED, UNIT_SYSTEM } from './units';
import { buildUnitsAndEvents } from './events';
import { planMetrics } from './metrics';
import { planWarnings } from './warnings';
import { rememberIndex } from './placements';
import type { Bundle, Placement, PlacementReason, PlanResult, Unscheduled } from './types';

const LIMIT_OF: Record<number, 'capacity' | 'budget' | 'core-limit' | 'freeze' | 'phase' | 'vendor-team'> = {
  [S.R_CAPACITY]: 'capacity',
  [S.R_BUDGET]: 'budget',
  [S.R_RESERVE]: 'budget',
  [S.R_KEEP]: 'budget',
  [S.R_CORE]: 'core-limit',
  [S.R_FREEZE]: 'freeze',
  [S.R_PHASE]: 'phase',
  [S.R_GATE]: 'phase',
  [S.R_TEAM]: 'vendor-team',
};

/**
 * Plans a validated project.
 * @param project the project file (validate it first: the planner skips dependencies on unknown ids)
 * @param options language, cost function (e.g. the price book at each year's prices), effort defaults, scenario
 * @returns the plan in the `xcplan plan --json` contract
 */
export function planProject(project: ProjectFile, options: PlanOptions = {}): PlanResult {
  return planWithContext(project, options).plan;
}

/**
 * Plans and also returns the derived context (graph, tiers, units, schedule) so a view can explain
 * assets without planning twice.
 */
export function planWithContext(project: ProjectFile, options: PlanOptions = {}): { plan: PlanResult; context: PlanContext } {
  const context = buildPlanContext(project, options);
  return { plan: assemble(context), context };
}

/** The binding reason of comp `c` in the context's language; `blockedBy` when another asset binds it. */
export function reasonOf(context: PlanContext, c: number): PlacementReason {
  const { lang, schedule: s, precedence, graph, calendar, scenario } = context;
  const r = s.reason[c]!;
  const wave = s.wave[c]!;
  const blockerEdge = s.blocker[c]!;
  const blockedBy = blockerEdge >= 0 ? graph.ids[precedence.pred[blockerEdge]!]! : undefined;
  switch (r) {
    case S.R_DEPENDENCY:
      return withBlocker('dependency', text.dependency(lang, blockedBy ?? '', precedence.rel[blockerEdge]!), blockedBy);
    case S.R_READY:
      return { code: 'ready-date', detail: text.ready(lang, latestDate(context, c, 'readyFrom')) };
    case S.R_CLIENT:
      return { code: 'client-not-ready', detail: text.client(lang, latestDate(context, c, 'clientReadyFrom')) };
    case S.R_GATE:
      return { code: 'core-gate', detail: text.coreGateWait(lang, s.noteWave[c]!, s.note[c]!) };
    case S.R_PHASE:
      return { code: 'phase', detail: text.phase(lang, s.noteWave[c]!, s.note[c]!) };
    case S.R_CAPACITY:
      return { code: 'capacity', detail: text.capacity(lang, s.noteWave[c]!, s.note[c]!, scenario.capacityPerWave, s.need[c]!, s.need[c]! - s.effort[c]!) };
    case S.R_TEAM:
      return { code: 'vendor-team', detail: text.team(lang, s.noteWave[c]!, scenario.vendorTeamSystemsPerWave) };
    case S.R_BUDGET:
      return { code: 'budget', detail: text.budget(lang, calendar.year[s.noteWave[c]!]!, s.note[c]!, s.need[c]!, s.need[c]! - compCost(context, c, s.noteWave[c]!)) };
    case S.R_RESERVE:
      return { code: 'security-reserve', detail: text.reserve(lang, calendar.year[s.noteWave[c]!]!, s.note[c]!, s.need[c]!, s.need[c]! - compCost(context, c, s.noteWave[c]!)) };
    case S.R_KEEP:
      return { code: 'budget', detail: text.keepForCore(lang, s.note[c]!) };
    case S.R_CORE:
      return { code: 'core-limit', detail: text.coreLimit(lang, s.noteWave[c]!, scenario.maxCoreCutoversPerWave) };
    case S.R_FREEZE:
      return { code: 'freeze', detail: text.freeze(lang, s.noteWave[c]!) };
    case S.R_PINNED:
      return { code: 'pinned', detail: text.pinned(lang, wave) };
    case S.R_EARLIEST:
      return { code: 'earliest', detail: text.earliest(lang) };
    case S.U_READY:
      return { code: 'unscheduled', detail: text.unReady(lang, latestDate(context, c, 'readyFrom') || latestDate(context, c, 'clientReadyFrom')) };
    case S.U_COST:
      return { code: 'unscheduled', detail: text.unCost(lang, compCost(context, c, 1), scenario.budgetPerYear ?? 0) };
    case S.U_CORE:
      return { code: 'unscheduled', detail: text.unCore(lang, s.cutovers[c]!, scenario.maxCoreCutoversPerWave) };
    case S.U_FROZEN:
      return { code: 'unscheduled', detail: text.unFrozen(lang) };
    case S.U_DEPENDENCY:
      return withBlocker('unscheduled', text.unDependency(lang, blockedBy ?? '?'), blockedBy);
    default:
      return { code: 'unscheduled', detail: text.unHorizon(lang, text.limitName(lang, LIMIT_OF[s.prior[c]!] ?? 'other')) };
  }
}

/** Reasons already written in one plan, per internal reason code and `reasonKey`. */
type ReasonMemo = (Map<number, PlacementReason> | undefined)[];

/**
 * `reasonOf`, one object per distinct reason: comps deferred by the same limit in the same wave
 * read the same words (at 100,000 assets, 13,600 capacity reasons are 600 texts), so they share
 * one reason instead of each formatting and keeping its own copy.
 */
function sharedReasonOf(context: PlanContext, c: number, memo: ReasonMemo): PlacementReason {
  const key = reasonKey(context, c);
  if (key === undefined) return reasonOf(context, c);
  const r = context.schedule.reason[c]!;
  const seen = (memo[r] ??= new Map<number, PlacementReason>());
  const known = seen.get(key);
  if (known) return known;
  const made = reasonOf(context, c);
  seen.set(key, made);
  return made;
}

/**
 * Everything `reasonOf` reads for comp c besides its internal reason code and the plan's constants
 * (language, scenario, calendar): two comps with the same code and key get the same reason.
 * Undefined for the reasons that depend on the comp's own effort or cost, or its assets' dates.
 */
function reasonKey(context: PlanContext, c: number): number | undefined {
  const s = context.schedule;
  const w = s.noteWave[c]!;
  switch (s.reason[c]!) {
    case S.R_DEPENDENCY:
    case S.U_DEPENDENCY: {
      const edge = s.blocker[c]!;
      return edge < 0 ? undefined : pack(context.precedence.pred[edge]!, context.precedence.rel[edge]!, 8);
    }
    case S.R_GATE:
    case S.R_PHASE:
      return Number.isInteger(s.note[c]) ? pack(s.note[c]!, w, WAVES) : undefined;
    case S.R_CAPACITY: {
      // The text shows the used and needed person-days to one decimal, and the platforms' part of the need.
      if (s.need[c] !== s.effort[c]) return undefined;
      const used = pack(Math.round(s.note[c]! * 10), w, WAVES);
      return used === undefined || used >= 2 ** 37 ? undefined : pack(Math.round(s.need[c]! * 10), used, 2 ** 37);
    }
    case S.R_TEAM:
    case S.R_CORE:
    case S.R_FREEZE:
      return w;
    case S.R_PINNED:
      return s.wave[c]!;
    case S.R_EARLIEST:
      return 0;
    case S.U_HORIZON:
      return s.prior[c]!;
    default:
      return undefined;
  }
}

/** Bound on wave numbers in a packed key (a horizon is far shorter). */
const WAVES = 65536;

/** `high` and `low` (0 <= low < base) as one exact integer, or undefined when it would not be exact. */
function pack(high: number, low: number, base: number): number | undefined {
  if (high < 0 || low < 0 || low >= base) return undefined;
  const key = high * base + low;
  return Number.isSafeInteger(key) ? key : undefined;
}

/** A reason with `blockedBy` only when there is one (no spread of a throwaway object per comp). */
function withBlocker(code: PlacementReason['code'], detail: string, blockedBy: string | undefined): PlacementReason {
  const out: PlacementReason = { code, detail };
  if (blockedBy) out.blockedBy = blockedBy;
  return out;
}

/** The latest ready date (`readyFrom`) of comp c's assets, or of the systems they connect to (`clientReadyFrom`). */
function latestDate(context: PlanContext, c: number, field: 'readyFrom' | 'clientReadyFrom'): string {
  const { schedule: s, graph, assets, units } = context;
  let date = '';
  for (let k = s.comps.memberOffsets[c]!; k < s.comps.memberOffsets[c + 1]!; k++) {
    const u = s.comps.members[k]!;
    for (let i = units.memberOffsets[u]!; i < units.memberOffsets[u + 1]!; i++) {
      const v = units.members[i]!;
      if (field === 'readyFrom') {
        const candidate = assets[v]!.readyFrom ?? '';
        if (candidate > date) date = candidate;
        continue;
      }
      for (let e = graph.dependsOn.offsets[v]!; e < graph.dependsOn.offsets[v + 1]!; e++) {
        const candidate = assets[graph.dependsOn.targets[e]!]!.clientReadyFrom ?? '';
        if (candidate > date) date = candidate;
      }
    }
  }
  return date;
}

/** Cost of comp c in the year of wave w (its units' own cost, without shared platforms). */
function compCost(context: PlanContext, c: number, w: number): number {
  const { schedule: s, unitCost, years, firstYear, calendar } = context;
  const y = Math.min(years - 1, Math.max(0, (calendar.year[w] ?? firstYear) - firstYear));
  let total = 0;
  for (let k = s.comps.memberOffsets[c]!; k < s.comps.memberOffsets[c + 1]!; k++) total += unitCost[s.comps.members[k]! * years + y]!;
  return total;
}

function assemble(context: PlanContext): PlanResult {
  const { lang, schedule: s, graph, assets, calendar, units, tiers } = context;
  const { comps } = s;
  const n = graph.ids.length;
  const bundles: Bundle[] = [];
  const bundleText = new Map<number, string>();
  for (let c = comps.count - 1; c >= 0; c--) {
    const from = comps.memberOffsets[c]!;
    const to = comps.memberOffsets[c + 1]!;
    if (to - from < 2 || units.kind[comps.members[from]!] === UNIT_SHARED) continue;
    const ids: string[] = [];
    for (let k = from; k < to; k++) {
      const u = comps.members[k]!;
      for (let i = units.memberOffsets[u]!; i < units.memberOffsets[u + 1]!; i++) ids.push(graph.ids[units.members[i]!]!);
    }
    const cycle = cycleThrough(context.unitPrecedence, comps.component, comps.members[from]!).map((u) => graph.ids[units.head[u]!]!);
    bundles.push({ assets: ids, cycle });
    bundleText.set(c, text.bundle(lang, cycle));
  }
  const reasons = new Array<PlacementReason | undefined>(comps.count);
  const memo: ReasonMemo = [];
  const compReason = (c: number): PlacementReason => {
    let reason = reasons[c];
    if (!reason) {
      reason = sharedReasonOf(context, c, memo);
      const bundle = bundleText.get(c);
      if (bundle) reason = reason.code === 'earliest' ? { code: 'bundle', detail: bundle } : { ...reason, detail: joinClauses([reason.detail, bundle], lang) };
      reasons[c] = reason;
    }
    return reason;
  };
  const { planUnits, events, unitWave, tenantOrder } = buildUnitsAndEvents(context);
  // In node order (the file's assets, each id once): an array, not a record keyed by id.
  const placements = new Array<Placement>(n);
  const unscheduled: Unscheduled[] = [];
  // One reason object per kind of not-migrated asset and per unit, shared by its assets.
  const outOfScope: PlacementReason = { code: 'out-of-scope', detail: text.outOfScope(lang) };
  const retired: PlacementReason = { code: 'retired', detail: text.retired(lang) };
  const domestic: PlacementReason = { code: 'already-domestic', detail: text.alreadyDomestic(lang, false) };
  const notPlanned = new Array<Placement | undefined>(12);
  const unitReason = new Array<PlacementReason | undefined>(units.count);
  const withSystem = new Array<PlacementReason | undefined>(units.count);
  // The members of a system's stack in the same lane share one placement object (read-only, like
  // the whole result): a stack of five is one allocation, not five.
  const stackPlacement = new Array<Placement | undefined>(units.count);
  // Retained assets: one placement per stated reason and lane.
  const retainedBy = new Map<string | undefined, (Placement | undefined)[]>();
  for (let v = 0; v < n; v++) {
    const id = graph.ids[v]!;
    const tier = TIERS[tiers.rank[v]!]!;
    const u = units.unitOf[v]!;
    if (u < 0) {
      const asset = assets[v]!;
      if (isRetained(asset)) {
        const why = asset.retainReason;
        let lanes = retainedBy.get(why);
        if (!lanes) retainedBy.set(why, (lanes = new Array<Placement | undefined>(4)));
        placements[v] = lanes[tiers.rank[v]!] ??= { wave: -1, reason: { code: 'retained', detail: text.retained(lang, why) }, tier };
        continue;
      }
      // Out of scope, retired or already domestic: one shared placement per kind and lane.
      const kind = asset.category === 'other' ? 0 : dispositionOf(asset) === 'retire' ? 1 : 2;
      const slot = kind * 4 + tiers.rank[v]!;
      placements[v] = notPlanned[slot] ??= kind === 0 ? { wave: -1, reason: outOfScope, tier } : kind === 1 ? { wave: -1, reason: retired, tier } : { wave: 0, reason: domestic, tier };
      continue;
    }
    const unitId = graph.ids[units.head[u]!]!;
    const wave = unitWave[u]!;
    let reason = unitReason[u];
    if (!reason) {
      if (units.kind[u] === UNIT_SHARED) {
        const first = units.tenants.offsets[u]!;
        const tenantCount = units.tenants.offsets[u + 1]! - first;
        const firstTenant = tenantCount > 0 ? graph.ids[units.head[tenantOrder[first]!]!]! : '';
        reason = wave > 0 ? { code: 'shared-platform', detail: text.sharedBuild(lang, firstTenant, tenantCount) } : { code: 'unscheduled', detail: text.sharedUnscheduled(lang) };
      } else {
        reason = compReason(comps.component[u]!);
        if (wave > 0 && units.core[u] === 1 && calendar.movedPast[wave]) {
          reason = { ...reason, detail: joinClauses([reason.detail, text.freezeMoved(lang, calendar.cutoverDate[wave]!, calendar.movedPast[wave])], lang) };
        }
      }
      unitReason[u] = reason;
    }
    if (units.kind[u] !== UNIT_SHARED && units.head[u] !== v) {
      // The dedicated stack moves with its system (or the top of a stack no application runs on) and says so.
      let stack = withSystem[u];
      if (!stack) {
        const own = compReason(comps.component[u]!);
        let detail = joinClauses([units.kind[u] === UNIT_SYSTEM ? text.withSystem(lang, unitId) : text.withStack(lang, unitId), own.detail], lang);
        if (wave > 0 && units.core[u] === 1 && calendar.movedPast[wave]) detail = joinClauses([detail, text.freezeMoved(lang, calendar.cutoverDate[wave]!, calendar.movedPast[wave])], lang);
        stack = withBlocker('with-system', detail, own.blockedBy);
        withSystem[u] = stack;
      }
      reason = stack;
      const shared = stackPlacement[u];
      if (shared && shared.tier === tier) {
        placements[v] = shared;
        if (wave <= 0) unscheduled.push({ id, reason: reason.detail });
        continue;
      }
    }
    // A core cut-over's month is in the literal, not added after: an added property gave each
    // such placement a second hidden class and a separate property store.
    const month = wave > 0 && units.core[u] === 1 ? calendar.cutoverMonth[wave] : undefined;
    const placement: Placement = month ? { wave, reason, tier, unit: unitId, cutoverMonth: month } : { wave: wave > 0 ? wave : -1, reason, tier, unit: unitId };
    if (reason === withSystem[u]) stackPlacement[u] = placement;
    placements[v] = placement;
    if (wave <= 0) unscheduled.push({ id, reason: reason.detail });
  }
  const waves = buildWaves(context, unitWave);
  const warnings = planWarnings(context, placements, waves, unitWave);
  rememberIndex(graph.ids, graph.indexOf);
  return {
    waves,
    assetIds: graph.ids,
    placements,
    bundles,
    unscheduled,
    metrics: planMetrics(context, waves, unitWave),
    units: planUnits,
    events,
    warnings,
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function buildWaves(context: PlanContext, unitWave: Int32Array): PlanResult['waves'] {
  const { schedule: s, calendar, graph, scenario, units } = context;
  let last = 0;
  for (let u = 0; u < units.count; u++) last = Math.max(last, unitWave[u]!);
  const waves: PlanResult['waves'] = [];
  for (let w = 1; w <= last; w++) {
    waves.push({ index: w, start: calendar.starts[w]!, end: calendar.ends[w]!, assets: [], units: [], effort: 0, cost: 0, capacity: scenario.capacityPerWave, budgetYear: calendar.year[w]!, coreCutovers: 0 });
  }
  // Each wave's units and assets sized once (no growing arrays at 100k assets), in unit order.
  const unitCount = new Int32Array(last + 1);
  const assetCount = new Int32Array(last + 1);
  for (let u = 0; u < units.count; u++) {
    const w = unitWave[u]!;
    if (w <= 0) continue;
    unitCount[w]!++;
    assetCount[w]! += units.memberOffsets[u + 1]! - units.memberOffsets[u]!;
  }
  for (const wave of waves) {
    wave.units = new Array<string>(unitCount[wave.index]!);
    wave.assets = new Array<string>(assetCount[wave.index]!);
  }
  unitCount.fill(0);
  assetCount.fill(0);
  for (let u = 0; u < units.count; u++) {
    const w = unitWave[u]!;
    if (w <= 0) continue;
    const wave = waves[w - 1]!;
    wave.units![unitCount[w]!++] = graph.ids[units.head[u]!]!;
    for (let i = units.memberOffsets[u]!; i < units.memberOffsets[u + 1]!; i++) wave.assets[assetCount[w]!++] = graph.ids[units.members[i]!]!;
    wave.coreCutovers! += units.core[u]!;
  }
  for (let i = 0; i < s.placedCount; i++) {
    const c = s.placedOrder[i]!;
    const wave = waves[s.wave[c]! - 1]!;
    wave.effort += s.effort[c]! + s.buildEffort[c]!;
    wave.cost += s.cost[c]! + s.buildCost[c]!;
  }
  for (const wave of waves) {
    wave.effort = round2(wave.effort);
    wave.cost = round2(wave.cost);
  }
  return waves;
}
