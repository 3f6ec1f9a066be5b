/**
 * Everything the planner derives from a project before it writes the result: the graph, effective
 * tiers, precedence, the calendar, per-asset effort/cost/priority and the schedule. The planning
 * view keeps this to explain a selected asset without planning twice.
 */
import type { Asset, Category, ProjectFile, ProjectMeta, Scenario } from '../model';
import { DEFAULT_EFFORT_PER_UNIT, DEFAULT_SCENARIO, tierRank } from '../model';
import { buildAssetGraph } from '../graph';
import type { AssetGraph } from '../graph';
import { buildCalendar, describeWave, readyWave } from './calendar';
import type { WaveCalendar } from './calendar';
import type { Lang } from './messages';
import { text } from './messages';
import { buildPrecedence, computeEffectiveTiers } from './precedence';
import type { EffectiveTiers, Precedence } from './precedence';
import { schedule } from './schedule';
import type { Schedule } from './schedule';
import type { PlanWarning } from './types';

export type PlanOptions = {
  /** Language of reason details and warnings (default zh). */
  lang?: Lang;
  /** Replacement cost of an asset in yuan (default `(unitCost ?? 0) * quantity`); the price book supplies a better one. */
  costOf?: (asset: Asset) => number;
  /** Person-days per unit by category over DEFAULT_EFFORT_PER_UNIT; the scenario's own values win over these. */
  effortPerUnit?: Partial<Record<Category, number>>;
  /** Plan with this scenario instead of the project's active one. */
  scenario?: Scenario;
};

export type PlanContext = {
  lang: Lang;
  meta: ProjectMeta;
  /** Asset of each graph node (the first asset with each id). */
  assets: Asset[];
  graph: AssetGraph;
  tiers: EffectiveTiers;
  precedence: Precedence;
  calendar: WaveCalendar;
  scenario: Scenario;
  /** 1 = planned (not domestic, not replaced, not retained). */
  active: Uint8Array;
  effort: Float64Array;
  cost: Float64Array;
  core: Uint8Array;
  cutover: Uint8Array;
  ready: Int32Array;
  /** Valid pin per node (0 = none). */
  pin: Int32Array;
  schedule: Schedule;
  /** Warnings found while preparing (ignored pins). */
  warnings: PlanWarning[];
};

const CORE = tierRank('core');

/** Default replacement cost: the asset's own unit cost times its quantity. */
export const defaultCostOf = (asset: Asset): number => (asset.unitCost ?? 0) * asset.quantity;

/** Whether the planner migrates an asset (rule 1): not domestic, not replaced, not retained. */
export const isPlanned = (asset: Asset): boolean => asset.origin !== 'domestic' && asset.status !== 'replaced' && asset.status !== 'retained';

/**
 * Derives the graph, tiers, precedence and calendar and runs the scheduler.
 * @param project a validated project file
 * @param options language, cost function, effort defaults, scenario override
 */
export function buildPlanContext(project: ProjectFile, options: PlanOptions = {}): PlanContext {
  const lang = options.lang ?? 'zh';
  const scenario = options.scenario ?? project.scenario ?? DEFAULT_SCENARIO;
  const graph = buildAssetGraph(project.assets, project.dependencies);
  const n = graph.ids.length;
  const assets = new Array<Asset>(n);
  for (let v = 0; v < n; v++) assets[v] = project.assets[graph.firstRow[v]!]!;
  const tiers = computeEffectiveTiers(graph, assets);
  const active = new Uint8Array(n);
  for (let v = 0; v < n; v++) active[v] = isPlanned(assets[v]!) ? 1 : 0;
  const precedence = buildPrecedence(graph, tiers.rank, active);
  const calendar = buildCalendar(project.project, scenario.freezeMonths);
  const perUnit = { ...DEFAULT_EFFORT_PER_UNIT, ...options.effortPerUnit, ...scenario.effortPerUnit };
  const costOf = options.costOf ?? defaultCostOf;
  const effort = new Float64Array(n);
  const cost = new Float64Array(n);
  const core = new Uint8Array(n);
  const cutover = new Uint8Array(n);
  const ready = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (active[v] === 0) continue;
    const asset = assets[v]!;
    const e = asset.quantity * (perUnit[asset.category] ?? 0);
    effort[v] = Number.isFinite(e) && e > 0 ? e : 0;
    const c = costOf(asset);
    cost[v] = Number.isFinite(c) && c > 0 ? c : 0;
    if (tiers.rank[v] === CORE) {
      core[v] = 1;
      // A core cut-over is a core business system switching over: a core application or an asset
      // declared core. Infrastructure that only inherits the core tier moves under the freeze
      // rule but does not take a cut-over slot of its own.
      cutover[v] = asset.category === 'application' || asset.tier === 'core' ? 1 : 0;
    }
    ready[v] = readyWave(calendar, asset.readyFrom);
  }
  const warnings: PlanWarning[] = [];
  const pin = new Int32Array(n);
  for (const [id, wave] of Object.entries(scenario.pins ?? {})) {
    const v = graph.indexOf.get(id);
    const why = v === undefined ? 'unknown' : active[v] === 0 ? 'inactive' : wave > calendar.count ? 'horizon' : undefined;
    if (why || v === undefined) {
      warnings.push({ code: 'pin-ignored', assetId: id, wave, message: text.pinIgnored(lang, id, why ?? 'unknown', wave) });
    } else {
      pin[v] = wave;
    }
  }
  const priority = assetPriority(assets, active, tiers.rank);
  const budget = scenario.budgetPerYear;
  const freeze = new Set(scenario.freezeMonths);
  const result = schedule({
    n,
    active,
    precedence,
    effort,
    cost,
    core,
    cutover,
    ready,
    pin,
    priority,
    calendar,
    capacity: scenario.capacityPerWave,
    budgetPerYear: budget === undefined ? Number.POSITIVE_INFINITY : budget,
    maxCore: scenario.maxCoreCutoversPerWave,
    frozenAt: (k) => (k <= calendar.count ? calendar.frozen[k] === 1 : describeWave(project.project, freeze, k).cutoverMonth === ''),
    yearAt: (k) => (k <= calendar.count ? calendar.year[k]! : describeWave(project.project, freeze, k).year),
  });
  return { lang, meta: project.project, assets, graph, tiers, precedence, calendar, scenario, active, effort, cost, core, cutover, ready, pin, schedule: result, warnings };
}

/**
 * Priority of each asset (rule 5): edge before core (effective tier), then earlier end of support
 * (none = last), then higher security level, then id.
 */
function assetPriority(assets: readonly Asset[], active: Uint8Array, rank: Uint8Array): Int32Array {
  const order: number[] = [];
  for (let v = 0; v < assets.length; v++) if (active[v] === 1) order.push(v);
  order.sort((a, b) => {
    const tier = rank[a]! - rank[b]!;
    if (tier !== 0) return tier;
    const ea = assets[a]!.endOfSupport ?? '9999';
    const eb = assets[b]!.endOfSupport ?? '9999';
    if (ea !== eb) return ea < eb ? -1 : 1;
    const sec = (assets[b]!.securityLevel ?? 0) - (assets[a]!.securityLevel ?? 0);
    if (sec !== 0) return sec;
    const ia = assets[a]!.id;
    const ib = assets[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const priority = new Int32Array(assets.length);
  order.forEach((v, i) => (priority[v] = i));
  return priority;
}
