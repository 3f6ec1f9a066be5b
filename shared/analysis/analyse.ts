/**
 * The one analysis of a project (issue 12): price book → cost per asset and year → plan →
 * forecast lines → procurement list → coverage, computed once per project and scenario (the
 * procurement list when first read). Every
 * view, the CLI (`plan`, `forecast`, `procure`, `report`) and the report read this result; no
 * other module calls the planner or the cost functions (lint enforces it, eslint.config.js).
 *
 * One cost basis: an asset bought in a year costs its price-book parts at THAT year's prices,
 * each rounded to the yuan (`costOf`). The planner's budget check, the plan's wave costs, the
 * forecast's one-off spend and the procurement list's costs are all sums of those same numbers,
 * so a year's figure is the same to the yuan wherever it is shown.
 */
import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../catalogue';
import { changeCosts, changeInputFromPlan } from '../change';
import type { ChangeResult } from '../change';
import { compareScenarios, costOf, forecastSpend, pricingOf, projectScenarios, readPriceBook, unitPrice, VARIANTS } from '../forecast';
import type { ForecastResult, PricedPart, PriceBook, ScenarioSummary, Variant } from '../forecast';
import type { Asset, Issue, Lang, ProjectFile, Scenario, Tier } from '../model';
import { DEFAULT_SCENARIO } from '../model';
import { buildAssetGraph } from '../graph';
import type { BrokenDependency } from '../graph';
import { effectiveTiers, planScenario, planWithContext, tiersById } from '../planner';
import type { PlanContext, PlanResult } from '../planner';
import { buildProcurementList, readAdaptationMatrix, readProcurementRules, resolveTarget } from '../procurement';
import type { ProcurementList } from '../procurement';
import { rowPlacements } from '../planner/placements';
import type { Placement } from '../planner';

export type AnalysisOptions = {
  /** Language of the plan's reasons and warnings (default zh). */
  lang?: Lang;
  /** A plan read from a file (`--plan`), used instead of planning. */
  plan?: PlanResult;
  /** File name for messages about the price book, rules and catalogue. */
  file?: string;
  /** A clock (performance.now) to time the planning and the whole analysis; without it both are 0. */
  now?: () => number;
};

/** What one planned asset costs: the year it is paid in and its parts summed, per variant, in yuan. */
export type AssetCost = { wave: number; year: number; low: number; base: number; high: number };

export type Analysis = {
  /** The scenario analysed (defaults filled in). */
  scenario: Scenario;
  book: PriceBook;
  plan: PlanResult;
  /** Effective tier of each asset (the lane the views draw it in); built when first read (the report reads it). */
  readonly tiers: Record<string, Tier>;
  /** Per planned asset (wave ≥ 1): its one-off cost at its wave's year prices. */
  costs: Record<string, AssetCost>;
  forecast: ForecastResult;
  /**
   * Built when first read, then kept: the same list from the same costs whenever it is read. At
   * 100,000 assets it is a quarter to a third of the analysis (0.64–0.84 s in the bench), and only
   * the procurement view, `xcplan procure` and the report read it; the plan, forecast, graph and
   * group views, and the scenario comparison's other scenarios, do not wait for it.
   */
  readonly procurement: ProcurementList;
  /** Training and change management per wave and year (its own forecast line). */
  change: ChangeResult;
  /** Problems met reading the project's rules, catalogue and adaptation matrix (not fatal). */
  issues: Issue[];
  /** Dependencies naming an id no asset has (left out of the plan; the plan view lists them); built when first read. */
  readonly broken: BrokenDependency[];
  /** Milliseconds spent planning and on the whole analysis, its procurement list not built (0 without a clock). */
  timings: { planMs: number; totalMs: number };
};

/** The project cannot be analysed (an invalid price book); `issues` name the file and field. */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
  constructor(readonly issues: Issue[]) {
    super(issues.map((issue) => issue.message.en).join('; '));
  }
}

/**
 * Analyses a project under a scenario.
 * @param project a validated project file
 * @param scenario the scenario (default: the project's active one)
 * @param options language, a plan to use instead of planning, file name for messages
 * @returns the one result every consumer reads; throws `AnalysisError` when the price book is invalid
 */
export function analyse(project: ProjectFile, scenario?: Scenario, options: AnalysisOptions = {}): Analysis {
  return analyseWithContext(project, scenario, options).analysis;
}

/**
 * `analyse`, also returning the planner's context (graph, units, schedule) so the app's worker can
 * explain a selected asset without planning again. The context stays where it was computed.
 */
export function analyseWithContext(project: ProjectFile, scenario?: Scenario, options: AnalysisOptions = {}): { analysis: Analysis; context?: PlanContext } {
  const now = options.now ?? (() => 0);
  const t0 = now();
  const active = planScenario(scenario ?? project.scenario ?? { ...DEFAULT_SCENARIO, pins: {} });
  const planned: ProjectFile = { ...project, scenario: active };
  const file = options.file ?? 'project';
  const book = readPriceBook(planned, file);
  if (!book.ok) throw new AnalysisError(book.issues);
  const priceOf = costOf(book.value, planned);
  let plan: PlanResult;
  let context: PlanContext | undefined;
  const t1 = now();
  if (options.plan) {
    plan = options.plan;
  } else {
    const run = planWithContext(planned, { lang: options.lang ?? 'zh', costOf: priceOf, scenario: active });
    plan = run.plan;
    context = run.context;
  }
  const tiersOf = (): Record<string, Tier> => (context ? tiersById(context.graph.ids, context.tiers.rank) : effectiveTiers(planned.assets, planned.dependencies));
  const planMs = now() - t1;
  const priced = pricer(planned, book.value);
  const rows = planRows(planned, plan);
  const { costs, rowCost } = assetCosts(planned, plan, rows, priced);
  // The plan's waves carry the same yuan as the forecast and the procurement list: the sum of their assets' costs.
  for (const wave of plan.waves) {
    let sum = 0;
    for (const id of wave.assets) sum += costs[id]?.base ?? 0;
    wave.cost = sum;
  }
  plan.metrics.costTotal = plan.waves.reduce((sum, wave) => sum + wave.cost, 0);
  const change = changeCosts(changeInputFromPlan(planned, plan));
  const startYear = Number(planned.project.startDate.slice(0, 4));
  const count = planned.project.horizonYears;
  const running = runningCosts(planned, plan, rows, priced, rowCost, startYear, count);
  const changeByYear = new Float64Array(count);
  for (const y of change.perYear) if (y.year >= startYear && y.year < startYear + count) changeByYear[y.year - startYear]! += y.cost;
  const forecast = forecastSpend(planned, plan, book.value, {
    dualTrack: running.dualTrack,
    savings: running.savings,
    change: changeByYear,
    assessments: assessmentsByYear(planned, plan, rows, book.value, startYear, count),
    reserveShare: active.securityReserveShare ?? 0.05,
    priced,
  });
  const { build, issues } = procurementOf(planned, plan, book.value, rowCost, file);
  const timings = { planMs, totalMs: now() - t0 };
  let procurement: ProcurementList | undefined;
  let tiers: Record<string, Tier> | undefined;
  let broken: BrokenDependency[] | undefined;
  const analysis: Analysis = {
    scenario: active,
    book: book.value,
    plan,
    get tiers() {
      return (tiers ??= tiersOf());
    },
    costs,
    forecast,
    get procurement() {
      return (procurement ??= build());
    },
    change,
    issues,
    get broken() {
      return (broken ??= context ? context.graph.broken : buildAssetGraph(planned.assets, planned.dependencies).broken);
    },
    timings,
  };
  return { analysis, ...(context ? { context } : {}) };
}

type Pricer = (asset: Asset, year: number) => readonly PricedPart[];

/** `pricedParts` of the project's assets from one price index for the whole analysis. */
function pricer(project: ProjectFile, book: PriceBook): Pricer {
  return pricingOf(book, project).parts;
}

/**
 * The plan read row by row: each row's placement, and whether it is the first row with its id
 * (every row is, in a plan of this asset list; repeated ids are a validation error, and then the
 * first row counts, as everywhere).
 */
type PlanRows = { placement: readonly (Placement | undefined)[]; unique: boolean; first: (row: number) => boolean };

function planRows(project: ProjectFile, plan: PlanResult): PlanRows {
  const { assets } = project;
  const { placements, aligned } = rowPlacements(plan, assets);
  if (aligned) return { placement: placements, unique: true, first: () => true };
  const firstRow = new Map<string, number>();
  assets.forEach((asset, row) => {
    if (!firstRow.has(asset.id)) firstRow.set(asset.id, row);
  });
  return { placement: placements, unique: firstRow.size === assets.length, first: (row) => firstRow.get(assets[row]!.id) === row };
}

/**
 * Each planned asset's parts at its wave's year prices (the forecast adds the same rounded parts):
 * by id (the analysis's contract) and by row (every row of an id gets that id's cost).
 */
function assetCosts(project: ProjectFile, plan: PlanResult, rows: PlanRows, priced: Pricer): { costs: Record<string, AssetCost>; rowCost: (AssetCost | undefined)[] } {
  const { assets } = project;
  const yearOfWave = new Map(plan.waves.map((w) => [w.index, w.budgetYear ?? Number(w.start.slice(0, 4))]));
  const costs: Record<string, AssetCost> = {};
  const rowCost = new Array<AssetCost | undefined>(assets.length);
  const startYear = Number(project.project.startDate.slice(0, 4));
  for (let row = 0; row < assets.length; row++) {
    const placement = rows.placement[row];
    if (!placement || placement.wave < 1 || !rows.first(row)) continue;
    const asset = assets[row]!;
    const { wave } = placement;
    const year = Math.max(startYear, yearOfWave.get(wave) ?? startYear);
    const cost: AssetCost = { wave, year, low: 0, base: 0, high: 0 };
    for (const part of priced(asset, year)) {
      for (const variant of VARIANTS) cost[variant] += part[variant];
    }
    costs[asset.id] = cost;
    rowCost[row] = cost;
  }
  // A repeated id's later rows read the first row's cost.
  if (!rows.unique) for (let row = 0; row < assets.length; row++) if (!rows.first(row)) rowCost[row] = costs[assets[row]!.id];
  return { costs, rowCost };
}

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** Adds `perMonth` to the year slots of the months [from, to) within the horizon. */
function spreadMonths(out: Float64Array, from: number, to: number, perMonth: number, startYear: number): void {
  const first = Math.max(from, startYear * 12);
  const last = Math.min(to, (startYear + out.length) * 12);
  for (let m = first; m < last; m++) out[Math.floor(m / 12) - startYear]! += perMonth;
}

/**
 * Dual-track running and savings. A foreign product with support (a price-book item with a
 * recurring rate: server OS, database, middleware, virtualization, security, core network) keeps
 * its support contract until its platform retires: the plan's retire event of its unit (a shared
 * platform after its last tenant; a core system after its dual track), else its cut-over. From its
 * replacement's cut-over (or build) to that retirement it runs beside the new one: dual-track
 * running. From the retirement on the contract stops: a saving. The contract's yearly value is
 * estimated as the replacement's price times the item's support rate.
 */
function runningCosts(project: ProjectFile, plan: PlanResult, rows: PlanRows, priced: Pricer, rowCost: readonly (AssetCost | undefined)[], startYear: number, count: number) {
  const dualTrack = new Float64Array(count);
  const savings = new Float64Array(count);
  const starts = new Map<string, string>();
  const retires = new Map<string, string>();
  for (const event of plan.events ?? []) {
    if (event.kind === 'retire') retires.set(event.unit, event.date);
    else if (!starts.has(event.unit)) starts.set(event.unit, event.date);
  }
  const waveStart = new Map(plan.waves.map((w) => [w.index, w.start]));
  const end = (startYear + count) * 12;
  const { assets } = project;
  for (let row = 0; row < assets.length; row++) {
    const asset = assets[row]!;
    if (asset.vendorOrigin !== 'foreign') continue;
    const placement = rows.placement[row];
    if (!placement || placement.wave < 1 || !rows.first(row)) continue;
    const start = (placement.unit && starts.get(placement.unit)) || waveStart.get(placement.wave);
    if (!start) continue;
    const retire = (placement.unit && retires.get(placement.unit)) || start;
    // Priced as bought (its wave's year), the same parts as its one-off cost.
    const year = rowCost[row]?.year ?? Number(start.slice(0, 4));
    let yearly = 0;
    for (const part of priced(asset, year)) yearly += part.base * part.recurringRate;
    if (yearly <= 0) continue;
    spreadMonths(dualTrack, monthIndex(start), monthIndex(retire), yearly / 12, startYear);
    spreadMonths(savings, monthIndex(retire), end, -yearly / 12, startYear);
  }
  return { dualTrack, savings };
}

/**
 * 等保测评 and 密评 (price-book items): a system of 等保 level 2 or more is assessed again after
 * its cut-over (a major change); level 3 or more also has its cryptography assessed (密评).
 */
function assessmentsByYear(project: ProjectFile, plan: PlanResult, rows: PlanRows, book: PriceBook, startYear: number, count: number): Record<Variant, Float64Array> {
  const out: Record<Variant, Float64Array> = { low: new Float64Array(count), base: new Float64Array(count), high: new Float64Array(count) };
  const yearOfWave = new Map(plan.waves.map((w) => [w.index, w.budgetYear ?? Number(w.start.slice(0, 4))]));
  const { assets } = project;
  for (let row = 0; row < assets.length; row++) {
    const asset = assets[row]!;
    if (asset.category !== 'application' || !rows.first(row)) continue;
    const level = asset.securityLevel ?? 0;
    const wave = rows.placement[row]?.wave ?? -1;
    if (level < 2 || wave < 1) continue;
    const year = yearOfWave.get(wave) ?? startYear;
    if (year < startYear || year >= startYear + count) continue;
    for (const variant of VARIANTS) {
      let amount = Math.round(unitPrice(book, 'security-assessment', variant, year));
      if (level >= 3) amount += Math.round(unitPrice(book, 'crypto-assessment', variant, year));
      out[variant][year - startYear]! += amount;
    }
  }
  return out;
}

/**
 * The procurement list's inputs read now (their problems are the analysis's issues, shown by every
 * view) and the list itself when `build` is called.
 */
function procurementOf(project: ProjectFile, plan: PlanResult, book: PriceBook, rowCost: readonly (AssetCost | undefined)[], file: string): { build: () => ProcurementList; issues: Issue[] } {
  const rules = readProcurementRules(project, file);
  const user = parseUserCatalogue(project.extensions?.[USER_CATALOGUE_KEY], file);
  const matrix = readAdaptationMatrix(project, file);
  const catalogue = mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined);
  const build = () =>
    buildProcurementList(project, plan, {
      costOf: (_asset, row) => rowCost[row]?.base ?? 0,
      catalogue,
      ...(rules.ok ? { rules: rules.value } : {}),
      target: resolveTarget(project, book.cpuFamily, catalogue),
      adaptationMatrix: matrix.value,
    });
  return { build, issues: [...rules.issues, ...user.issues, ...matrix.issues] };
}

/**
 * The procurement list of one year (the CLI's `--year`), totals recomputed from its items.
 * @param list the analysis's list
 * @param year calendar year
 */
export function procurementOfYear(list: ProcurementList, year: number): ProcurementList {
  const items = list.items.filter((item) => item.year === year);
  const years = list.years.filter((summary) => summary.year === year);
  return { ...list, items, years, total: items.reduce((t, item) => ({ items: t.items + 1, quantity: t.quantity + item.quantity, cost: t.cost + item.cost }), { items: 0, quantity: 0, cost: 0 }) };
}

/**
 * The project under each of its scenarios (active first), summarised for the comparison table;
 * empty when the project has one scenario.
 * @param project the project
 * @param options language and file name, as for `analyse`
 * @param known an analysis made already of a scenario, when there is one (the app's worker holds
 *   the active scenario's: at 100,000 assets analysing it again took it about 2.5 s)
 */
export function compareScenarioRuns(project: ProjectFile, options: AnalysisOptions = {}, known: (scenario: Scenario) => Analysis | undefined = () => undefined): ScenarioSummary[] {
  const all = projectScenarios(project);
  return all.length > 1 ? compareScenarios(project, all, (scenario) => known(scenario) ?? analyse(project, scenario, options)) : [];
}
