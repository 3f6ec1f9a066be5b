/**
 * `planProject`: the edge-to-core plan of a project (DESIGN.md "Planning rules"). Every asset in
 * the file gets a placement: wave 0 when already domestic, a wave with its binding reason, or -1
 * with the reason it is retained or unscheduled. The same input always gives the same plan.
 */
import type { ProjectFile } from '../model';
import { TIERS } from '../model';
import { cycleThrough } from '../graph';
import { buildPlanContext } from './context';
import type { PlanContext, PlanOptions } from './context';
import { text } from './messages';
import * as S from './schedule';
import type { Bundle, Placement, PlacementReason, PlanResult, PlanWarning, Unscheduled, Wave } from './types';

const round2 = (value: number): number => Math.round(value * 100) / 100;

const LIMIT_OF: Record<number, 'capacity' | 'budget' | 'core-limit' | 'freeze'> = {
  [S.R_CAPACITY]: 'capacity',
  [S.R_BUDGET]: 'budget',
  [S.R_CORE]: 'core-limit',
  [S.R_FREEZE]: 'freeze',
};

/**
 * Plans a validated project.
 * @param project the project file (validate it first: the planner skips dependencies on unknown ids)
 * @param options language, cost function (e.g. the forecast price book), effort defaults, scenario
 * @returns the plan in the `xcplan plan --json` contract, with extra `warnings`
 */
export function planProject(project: ProjectFile, options: PlanOptions = {}): PlanResult {
  return planWithContext(project, options).plan;
}

/**
 * Plans and also returns the derived context (graph, tiers, schedule) so a view can explain
 * assets without planning twice.
 */
export function planWithContext(project: ProjectFile, options: PlanOptions = {}): { plan: PlanResult; context: PlanContext } {
  const context = buildPlanContext(project, options);
  return { plan: assemble(context), context };
}

/** The binding reason of comp `c` in the context's language; `blockedBy` when another asset binds it. */
export function reasonOf(context: PlanContext, c: number): PlacementReason {
  const { lang, schedule: s, precedence, graph, calendar, scenario, assets } = context;
  const r = s.reason[c]!;
  const wave = s.wave[c]!;
  const blockerEdge = s.blocker[c]!;
  const blockedBy = blockerEdge >= 0 ? graph.ids[precedence.pred[blockerEdge]!]! : undefined;
  const readyDate = (): string => {
    let date = '';
    for (let k = s.comps.memberOffsets[c]!; k < s.comps.memberOffsets[c + 1]!; k++) {
      const candidate = assets[s.comps.members[k]!]!.readyFrom ?? '';
      if (candidate > date) date = candidate;
    }
    return date;
  };
  switch (r) {
    case S.R_DEPENDENCY:
      return { code: 'dependency', detail: text.dependency(lang, blockedBy ?? '', precedence.rel[blockerEdge]!), ...(blockedBy ? { blockedBy } : {}) };
    case S.R_READY:
      return { code: 'ready-date', detail: text.ready(lang, readyDate()) };
    case S.R_CAPACITY:
      return { code: 'capacity', detail: text.capacity(lang, s.noteWave[c]!, s.note[c]!, scenario.capacityPerWave, s.effort[c]!) };
    case S.R_BUDGET:
      return { code: 'budget', detail: text.budget(lang, calendar.year[s.noteWave[c]!]!, s.note[c]!, s.cost[c]!) };
    case S.R_CORE:
      return { code: 'core-limit', detail: text.coreLimit(lang, s.noteWave[c]!, scenario.maxCoreCutoversPerWave) };
    case S.R_FREEZE:
      return { code: 'freeze', detail: text.freeze(lang, s.noteWave[c]!) };
    case S.R_PINNED:
      return { code: 'pinned', detail: text.pinned(lang, wave) };
    case S.R_EARLIEST:
      return { code: 'earliest', detail: text.earliest(lang) };
    case S.U_READY:
      return { code: 'unscheduled', detail: text.unReady(lang, readyDate()) };
    case S.U_EFFORT:
      return { code: 'unscheduled', detail: text.unEffort(lang, s.effort[c]!, scenario.capacityPerWave) };
    case S.U_COST:
      return { code: 'unscheduled', detail: text.unCost(lang, s.cost[c]!, scenario.budgetPerYear ?? 0) };
    case S.U_CORE:
      return { code: 'unscheduled', detail: text.unCore(lang, s.cutovers[c]!, scenario.maxCoreCutoversPerWave) };
    case S.U_FROZEN:
      return { code: 'unscheduled', detail: text.unFrozen(lang) };
    case S.U_DEPENDENCY:
      return { code: 'unscheduled', detail: text.unDependency(lang, blockedBy ?? '?'), ...(blockedBy ? { blockedBy } : {}) };
    default:
      return { code: 'unscheduled', detail: text.unHorizon(lang, text.limitName(lang, LIMIT_OF[s.prior[c]!] ?? 'other')) };
  }
}

function assemble(context: PlanContext): PlanResult {
  const { lang, schedule: s, graph, assets, calendar, scenario, precedence, tiers } = context;
  const { comps } = s;
  const n = graph.ids.length;
  const reasons = new Array<PlacementReason | undefined>(comps.count);
  const bundleText = new Map<number, string>();
  const bundles: Bundle[] = [];
  for (let c = comps.count - 1; c >= 0; c--) {
    const from = comps.memberOffsets[c]!;
    const to = comps.memberOffsets[c + 1]!;
    if (to - from < 2 || context.active[comps.members[from]!] === 0) continue;
    const ids: string[] = [];
    for (let k = from; k < to; k++) ids.push(graph.ids[comps.members[k]!]!);
    const cycle = cycleThrough(precedence.csr, comps.component, comps.members[from]!).map((v) => graph.ids[v]!);
    bundles.push({ assets: ids, cycle });
    bundleText.set(c, text.bundle(lang, cycle));
  }
  const placements: Record<string, Placement> = {};
  const unscheduled: Unscheduled[] = [];
  const warnings: PlanWarning[] = [...context.warnings];
  let expired = 0;
  for (let v = 0; v < n; v++) {
    const asset = assets[v]!;
    const tier = TIERS[tiers.rank[v]!]!;
    if (context.active[v] === 0) {
      placements[asset.id] =
        asset.status === 'retained' && asset.origin !== 'domestic'
          ? { wave: -1, reason: { code: 'retained', detail: text.retained(lang, asset.retainReason) }, tier }
          : { wave: 0, reason: { code: 'already-domestic', detail: text.alreadyDomestic(lang, asset.status === 'replaced') }, tier };
      continue;
    }
    const c = comps.component[v]!;
    let reason = reasons[c];
    if (!reason) {
      reason = reasonOf(context, c);
      const bundle = bundleText.get(c);
      if (bundle) reason = reason.code === 'earliest' ? { code: 'bundle', detail: bundle } : { ...reason, detail: `${reason.detail}；${bundle}` };
      reasons[c] = reason;
    }
    const wave = s.wave[c]!;
    const placement: Placement = { wave: wave > 0 ? wave : -1, reason, tier };
    if (wave > 0 && context.core[v] === 1 && calendar.cutoverMonth[wave]) placement.cutoverMonth = calendar.cutoverMonth[wave];
    placements[asset.id] = placement;
    if (wave <= 0) unscheduled.push({ id: asset.id, reason: reason.detail });
    const pinned = context.pin[v]!;
    if (pinned > 0 && wave !== pinned) {
      warnings.push({ code: 'pin-broken', assetId: asset.id, wave: pinned, message: text.pinBroken(lang, asset.id, pinned, wave, reason.detail) });
    }
    if (wave > 0 && asset.endOfSupport && asset.endOfSupport < calendar.starts[wave]!) {
      if (asset.endOfSupport < calendar.starts[1]!) expired++;
      else warnings.push({ code: 'past-end-of-support', assetId: asset.id, wave, message: text.pastSupport(lang, asset.id, asset.endOfSupport, wave) });
    }
  }
  if (expired > 0) warnings.push({ code: 'past-end-of-support', message: text.expired(lang, expired, calendar.starts[1]!) });
  const waves = buildWaves(context);
  const budget = scenario.budgetPerYear;
  const spentByYear = new Map<number, number>();
  for (const w of waves) spentByYear.set(w.budgetYear!, (spentByYear.get(w.budgetYear!) ?? 0) + w.cost);
  for (const w of waves) {
    const over: string[] = [];
    if (w.effort > scenario.capacityPerWave + 1e-6) over.push(text.limitName(lang, 'capacity'));
    if ((w.coreCutovers ?? 0) > scenario.maxCoreCutoversPerWave) over.push(text.limitName(lang, 'core-limit'));
    if (budget !== undefined && (spentByYear.get(w.budgetYear!) ?? 0) > budget + 1e-6) over.push(text.limitName(lang, 'budget'));
    if (calendar.frozen[w.index] === 1 && w.assets.some((id) => context.core[graph.indexOf.get(id)!] === 1)) over.push(text.limitName(lang, 'freeze'));
    if (over.length > 0) warnings.push({ code: 'pin-over-limit', wave: w.index, message: text.pinOverLimit(lang, w.index, over.join(lang === 'zh' ? '、' : ', ')) });
  }
  const bounds = s.bounds;
  let assetsPlanned = 0;
  let effortTotal = 0;
  let costTotal = 0;
  for (const w of waves) {
    assetsPlanned += w.assets.length;
    effortTotal += w.effort;
    costTotal += w.cost;
  }
  return {
    waves,
    placements,
    bundles,
    unscheduled,
    metrics: {
      waves: waves.length,
      lowerBound: bounds.lowerBound,
      assetsPlanned,
      effortTotal: round2(effortTotal),
      costTotal: round2(costTotal),
      bounds: { chain: bounds.chain, effort: bounds.effort, cost: bounds.cost, core: bounds.core },
    },
    warnings,
  };
}

function buildWaves(context: PlanContext): Wave[] {
  const { schedule: s, calendar, graph, scenario } = context;
  let last = 0;
  for (let i = 0; i < s.placedCount; i++) last = Math.max(last, s.wave[s.placedOrder[i]!]!);
  const waves: Wave[] = [];
  for (let w = 1; w <= last; w++) {
    waves.push({ index: w, start: calendar.starts[w]!, end: calendar.ends[w]!, assets: [], effort: 0, cost: 0, capacity: scenario.capacityPerWave, budgetYear: calendar.year[w]!, coreCutovers: 0 });
  }
  for (let i = 0; i < s.placedCount; i++) {
    const c = s.placedOrder[i]!;
    const wave = waves[s.wave[c]! - 1]!;
    for (let k = s.comps.memberOffsets[c]!; k < s.comps.memberOffsets[c + 1]!; k++) wave.assets.push(graph.ids[s.comps.members[k]!]!);
    wave.effort += s.effort[c]!;
    wave.cost += s.cost[c]!;
    wave.coreCutovers! += s.cutovers[c]!;
  }
  for (const wave of waves) {
    wave.effort = round2(wave.effort);
    wave.cost = round2(wave.cost);
  }
  return waves;
}
