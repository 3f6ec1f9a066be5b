/**
 * Builds the roadmap report model from the project's one analysis (shared/analysis: the plan, the
 * forecast at each year's prices and the procurement list, the same result the app's views and
 * the CLI read) and collects warnings and assumptions. Nothing here recomputes a plan or a price.
 */
import { vendorName } from '../catalogue';
import { analyse, AnalysisError, budgetNeed, budgetNeedText } from '../analysis';
import type { Analysis } from '../analysis';
import { forecastYearRecord, PRICE_ITEMS, projectScenarios, scaleBasis, SPEND_LINES } from '../forecast';
import type { ForecastResult, PriceBook } from '../forecast';
import { buildAssetGraph } from '../graph';
import { buildEstateModel, TERMINAL_LIKE } from '../layout';
import { DEFAULT_SCENARIO, GLOSSARY, TIER_NAMES, TIERS, isMigrated, isRetained } from '../model';
import type { Asset, Category, IsoDate, Lang, ProjectFile, Scenario, Tier } from '../model';
import { idleWaves } from '../planner';
import type { IdleWave, PlanContext, PlanResult } from '../planner';
import { alternativesText, flagsText, needsImportApproval, placeName } from '../procurement';
import { NATIONAL_PRESETS } from '../calendar/presets';
import type { Alternative, ProcurementItem, ProcurementList } from '../procurement';
import { buildRunbook, cutoverInputs } from '../runbook';
import { CATEGORY_LABELS as PROCUREMENT_CATEGORY_LABELS, overdueCount, overduePurchases, replacedFamily, replacedName, ruleCitations } from '../procurement/table';
import { tenderPackageLabel, tenderPackages } from '../procurement/packages';
import type { OverdueWave } from '../procurement/table';
import { ITEM_LABELS, LINE_LABELS, PLANNING_RULES, REPORT_TITLE, scaleBasisText } from './labels';
import { overduePurchaseRows, planWarningRows, securityShareRows } from './warnings';
import { procurementAttention } from './attention';
import type {
  ReportAssumptions,
  ReportCashNeed,
  ReportGraph,
  ReportModel,
  ReportNodeState,
  ReportProcurement,
  ReportProcurementRow,
  ReportRisk,
  ReportSpend,
  RiskSeverity,
  ReportSummary,
  ReportWarning,
  ReportWave,
} from './types';
import { formatMoney, formatShare, localIsoDate } from '../format';
import { placementOf } from '../planner/placements';

export type BuildReportOptions = {
  /** Report date (`YYYY-MM-DD`); today by default. */
  date?: IsoDate;
  /** The project's name in the app's project list, when it differs from the hospital's. */
  projectName?: string;
  /** The project's analysis under the scenario, when the caller has it already (the app's worker). */
  analysis?: Analysis;
  /** The planner's context of that analysis, when the caller keeps it: the budget line reruns only its scheduler. */
  context?: PlanContext;
};

/** A problem that stops the report (bad price book, unknown scenario), in both languages. */
export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Builds the report.
 * @param project the project (its `scenario` is the active one)
 * @param scenarioName a scenario of the project to report on instead of the active one
 * @param lang language of every text in the model
 * @param options report date, project name
 * @returns the report model; throws `ReportError` when the price book is invalid or the scenario unknown
 */
export function buildReport(project: ProjectFile, scenarioName: string | undefined, lang: Lang, options: BuildReportOptions = {}): ReportModel {
  const chosen = pickScenario(project, scenarioName);
  let analysis: Analysis;
  try {
    analysis = options.analysis ?? analyse(project, chosen, { lang });
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    const detail = error.issues.map((i) => i.message[lang]).join('; ');
    throw new ReportError(`价格本无效：${detail}`, `the price book is invalid: ${detail}`);
  }
  const { plan, forecast, tiers, scenario } = analysis;
  const book = { value: analysis.book };
  const planned: ProjectFile = { ...project, scenario };
  const procurementList = analysis.procurement;
  const date = options.date ?? localIsoDate();
  const overdue = overduePurchases(procurementList, date);
  const warnings = [...overduePurchaseRows(overdue, date, lang), ...planWarningRows(plan, buildAssetGraph(planned.assets, planned.dependencies).broken, lang), ...securityShareRows(forecast, lang)];
  const waves = wavesOf(planned, plan, tiers, lang);
  const procurement = { ...procurementSection(procurementList, lang), attention: procurementAttention(procurementList, date, lang) };
  return {
    format: 'xcplan-report',
    version: 1,
    lang,
    cover: {
      title: REPORT_TITLE[lang],
      hospital: planned.project.name,
      project: options.projectName ?? planned.project.name,
      province: planned.project.province ? placeName(planned.project.province, lang) : null,
      scenario: scenarioLabel(scenario, lang),
      date,
      startDate: planned.project.startDate,
      horizonYears: planned.project.horizonYears,
      waveMonths: planned.project.waveMonths,
      assetRows: planned.assets.length,
      units: planned.assets.reduce((sum, a) => sum + a.quantity, 0),
    },
    summary: withBudget(summaryOf(planned, plan, forecast, procurement, warnings, book.value, lang, overdue, unverifiedOrigin(procurementList)), project, analysis, lang, options.analysis ? options.context : undefined),
    waves,
    tierLabels: Object.fromEntries(TIERS.map((t) => [t, TIER_NAMES[t][lang]])) as Record<Tier, string>,
    spend: spendOf(forecast, lang),
    procurement,
    warnings,
    assumptions: assumptionsOf(book.value, scenario, lang, planned.assets),
    graph: graphOf(planned, plan, tiers),
    runbooks: cutoverInputs(planned, plan, 'core', procurementList).map(buildRunbook).map((r) => ({
      unitId: r.unitId,
      name: r.name,
      wave: r.wave,
      window: r.window.text[lang],
      rollbackDeadline: r.rollbackDeadline,
      dualTrackEnd: r.dualTrackEnd,
      goNoGo: r.goNoGo.map((g) => g[lang]),
      rollback: r.rollback.map((g) => g[lang]),
      vendorTeams: r.vendorTeams.map((team) => vendorName(team, lang)),
      notes: r.notes.map((n) => n[lang]),
    })),
  };
}

/** The built-in scenario's name in the report's language; a scenario the hospital named keeps its name. */
function scenarioLabel(scenario: Scenario, lang: Lang): string {
  return lang === 'en' && scenario.name === DEFAULT_SCENARIO.name ? 'Baseline' : scenario.name;
}

/** A built-in freeze window (春节, 两会, 护网, 国庆, 医保年终结算) by its English name; others as named. */
function freezeName(name: string, lang: Lang): string {
  return lang === 'en' ? (NATIONAL_PRESETS.find((p) => p.name === name)?.label.en ?? name) : name;
}

function pickScenario(project: ProjectFile, name: string | undefined): Scenario {
  const all = projectScenarios(project);
  if (name === undefined) return all[0] ?? { ...DEFAULT_SCENARIO, pins: {} };
  const found = all.find((s) => s.name === name);
  if (found) return found;
  const known = all.map((s) => s.name).join('、') || '—';
  throw new ReportError(`项目中没有名为“${name}”的情景（现有：${known}）`, `the project has no scenario named "${name}" (known: ${known})`);
}

const emptyTiers = (): Record<Tier, number> => ({ office: 0, operations: 0, 'clinical-support': 0, core: 0 });

function wavesOf(project: ProjectFile, plan: PlanResult, tiers: Record<string, Tier>, lang: Lang): ReportWave[] {
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  const share = project.scenario?.securityReserveShare ?? DEFAULT_SCENARIO.securityReserveShare ?? 0;
  const idle = new Map(idleWaves(plan).map((w) => [w.wave, idleWaveWords(w, plan, byId, share, lang)]));
  // Core cut-overs are the plan's core units (rule 7: the application, its database, core network and storage).
  const coreUnits = new Set((plan.units ?? []).filter((u) => u.core).map((u) => u.id));
  return plan.waves.map((wave) => {
    const counts = emptyTiers();
    let units = 0;
    const cutovers = new Set<string>();
    const notable: { name: string; rank: number; app: boolean }[] = [];
    for (const id of wave.assets) {
      const asset = byId.get(id);
      const placement = placementOf(plan, id);
      const tier = placement?.tier ?? tiers[id] ?? 'office';
      counts[tier] += 1;
      units += asset?.quantity ?? 0;
      const isCutover = placement?.unit ? coreUnits.has(placement.unit) : tier === 'core' && (asset?.category === 'application' || asset?.tier === 'core');
      if (placement?.cutoverMonth && isCutover) cutovers.add(placement.cutoverMonth);
      // A system's dedicated stack is named by its system ("系统切换（含 2 项专用环境）"): its OS is not a main system of the wave.
      if (asset && placement?.reason.code !== 'with-system') notable.push({ name: asset.name, rank: TIERS.indexOf(tier), app: asset.category === 'application' });
    }
    notable.sort((a, b) => Number(b.app) - Number(a.app) || b.rank - a.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
      index: wave.index,
      start: wave.start,
      end: wave.end,
      year: wave.budgetYear ?? Number(wave.start.slice(0, 4)),
      assets: wave.assets.length,
      units,
      effort: wave.effort,
      capacity: wave.capacity ?? project.scenario?.capacityPerWave ?? 0,
      cost: wave.cost,
      coreCutovers: wave.coreCutovers ?? 0,
      cutoverMonths: [...cutovers].sort(),
      tiers: counts,
      highlights: [...new Set(notable.map((n) => n.name))].slice(0, 5),
      ...(idle.has(wave.index) ? { idle: idle.get(wave.index)! } : {}),
    };
  });
}

/**
 * Why a wave holds nothing, in plain words from the plan's own reasons: the year's replacement
 * budget spent (after the security reserve), a core system waiting for what connects to it, a
 * system waiting for another; how many units that held and the wave they go in.
 */
function idleWaveWords(idle: IdleWave, plan: PlanResult, byId: ReadonlyMap<string, Asset>, reserve: number, lang: Lang): string {
  const zh = lang === 'zh';
  if (idle.nextWave === undefined) return zh ? '本批无资产' : 'nothing in this wave';
  const wave = plan.waves.find((w) => w.index === idle.wave);
  const year = wave?.budgetYear ?? Number(wave?.start.slice(0, 4));
  const named = (id: string) => byId.get(id)?.name ?? id;
  const parts: string[] = [];
  const money = idle.causes.filter((c) => c.code === 'budget' || c.code === 'security-reserve').reduce((sum, c) => sum + c.units, 0);
  if (money > 0) {
    const after = reserve > 0 ? (zh ? `（扣除 ${formatShare(reserve, 0)} 网络安全预留后）` : ` (after the ${formatShare(reserve, 0)} security reserve)`) : '';
    parts.push(zh ? `${year} 年替代预算${after}已用完，${money} 项须待下一年度预算` : `the ${year} replacement budget${after} is spent: ${money} item${money === 1 ? ' waits' : 's wait'} for the next year's`);
  }
  for (const cause of idle.causes) {
    if (cause.code === 'budget' || cause.code === 'security-reserve') continue;
    const examples = cause.examples.map(named).join(zh ? '、' : ', ');
    if (cause.code === 'core-gate') {
      parts.push(zh ? `核心系统${examples}须等与其相连的终端和设备先完成国产化` : `core system ${examples} waits until what connects to it is domestic`);
    } else if (cause.code === 'dependency') {
      const blockers = [...new Set(cause.examples.map((id) => placementOf(plan, id)?.reason.blockedBy).filter((b): b is string => b !== undefined))].map(named).join(zh ? '、' : ', ');
      parts.push(zh ? `${cause.units} 项须等所连接的系统（${blockers || examples}）先迁移` : `${cause.units} item${cause.units === 1 ? ' waits' : 's wait'} for the systems they connect to (${blockers || examples})`);
    } else {
      parts.push(zh ? `${GLOSSARY.zh.reason[cause.code]} ${cause.units} 项` : `${GLOSSARY.en.reason[cause.code].toLowerCase()}: ${cause.units}`);
    }
  }
  return zh ? `本批无资产：${parts.join('；')}；顺延至第 ${idle.nextWave} 批` : `nothing in this wave: ${parts.join('; ')}; moved to wave ${idle.nextWave}`;
}

function spendOf(forecast: ForecastResult, lang: Lang): ReportSpend {
  return {
    lines: [...SPEND_LINES],
    lineLabels: LINE_LABELS[lang],
    years: forecast.years.map((y) => {
      const { coverageBy: _coverageBy, ...record } = forecastYearRecord(y);
      return { ...record, transition: y.transition, support: y.support, assessments: y.assessments, securityBelowMinimum: y.securityBelowMinimum, budget: y.budget ?? null };
    }),
    totals: { ...forecast.totals, support: sumOf(forecast, 'support'), assessments: sumOf(forecast, 'assessments'), dualTrack: sumOf(forecast, 'dualTrack') },
    securityMinimum: forecast.securityMinimum,
    securityFlags: [...forecast.securityFlags],
    beyondHorizon: forecast.beyondHorizon,
  };
}

/** A part of the forecast's years summed over the horizon (the forecast's totals do not carry every part). */
const sumOf = (forecast: ForecastResult, part: 'support' | 'assessments' | 'dualTrack'): number => forecast.years.reduce((sum, y) => sum + y[part], 0);

/** The plan's last cut-over and the end of the last dual track: when the replacement is really done. */
function lastCutover(plan: PlanResult): Pick<ReportSummary, 'lastCutover' | 'lastDualTrackEnd'> {
  let lastCutover: IsoDate | null = null;
  let lastDualTrackEnd: IsoDate | null = null;
  for (const event of plan.events ?? []) {
    if (event.kind !== 'cutover') continue;
    if (lastCutover === null || event.date > lastCutover) lastCutover = event.date;
    if (event.dualTrackUntil && (lastDualTrackEnd === null || event.dualTrackUntil > lastDualTrackEnd)) lastDualTrackEnd = event.dualTrackUntil;
  }
  return { lastCutover, lastDualTrackEnd };
}

/** A forecast year's cash need in its parts, as the forecast gives them. */
function cashNeedOf(y: ForecastResult['years'][number]): ReportCashNeed {
  return { year: y.year, oneOff: y.oneOff, support: y.support, assessments: y.assessments, dualTrack: y.dualTrack, change: y.change, total: y.total, cap: y.budget ?? null };
}

/**
 * Above this many items the report prints the list as lines of items bought together (same wave,
 * category, replaced product, alternatives, flags, rules and dates), not item by item: a hospital
 * has a few hundred items, a group of hospitals ninety thousand, which no one reads on paper (the
 * 100,000-asset estate's 89,869 items are 596 lines). The procurement view exports every item.
 */
export const REPORT_PROCUREMENT_ITEMS = 500;

function procurementSection(list: ProcurementList, lang: Lang): Omit<ReportProcurement, 'attention'> {
  // A row cites a rule as the procurement view does, by place and number (安徽 1); the rules are
  // printed once, numbered. The workbook's column keeps each rule's words on its rows.
  const cited = ruleCitations(list.rules, lang);
  const rules = list.rules.map((rule) => ({ id: rule.id, scope: cited.get(rule.id)!.place, label: cited.get(rule.id)!.label, text: rule.text[lang] || rule.text.zh }));
  const ruleText = new Map(rules.map((rule) => [rule.id, `${rule.scope}${lang === 'zh' ? '：' : ': '}${rule.text}`]));
  // Items of one product share their alternatives array: its words are worked out once.
  const wordsOf = new Map<readonly Alternative[], string>();
  const row = (item: ProcurementItem): ReportProcurementRow => {
    const named = replacedName(item.replaces, lang);
    let alternatives = wordsOf.get(item.alternatives);
    if (alternatives === undefined) {
      alternatives = alternativesText(item, lang);
      // Without alternatives the words depend on the item (adapt, retain, import), not the array.
      if (item.alternatives.length > 0) wordsOf.set(item.alternatives, alternatives);
    }
    return {
      wave: item.wave,
      category: item.category,
      categoryLabel: PROCUREMENT_CATEGORY_LABELS[item.category][lang],
      assetId: item.assetId,
      assetName: item.assetName,
      quantity: item.quantity,
      replaces: named || replacedFamily(item.replaces, lang),
      alternatives,
      cost: item.cost,
      flags: flagsText(item, lang),
      needsApproval: needsImportApproval(item),
      rules: item.ruleIds.map((id) => ruleText.get(id) ?? id),
      ruleRefs: item.ruleIds.map((id) => cited.get(id)?.label ?? id),
      purchaseBy: item.purchaseBy ?? '',
      budgetYear: item.budgetYear ?? null,
    };
  };
  const grouped = list.items.length > REPORT_PROCUREMENT_ITEMS;
  const byYear = new Map<number, ProcurementItem[]>();
  for (const item of list.items) {
    const items = byYear.get(item.year);
    if (items) items.push(item);
    else byYear.set(item.year, [item]);
  }
  let lines = 0;
  const years = list.years.map((summary) => {
    const rows = (byYear.get(summary.year) ?? []).map(row);
    const shown = grouped ? linesOf(rows) : rows;
    lines += shown.length;
    return { ...summary, rows: shown };
  });
  return {
    years,
    total: { ...list.total },
    ...(grouped ? { grouped: { items: list.items.length, lines } } : {}),
    rules,
    packages: tenderPackages(list).map((p) => ({ budgetYear: p.budgetYear, label: tenderPackageLabel(p, lang), items: p.items, quantity: p.quantity, cost: p.cost, purchaseBy: p.purchaseBy ?? '', waves: p.waves })),
  };
}

/** One year's rows as lines of items bought together, in the order of each line's first item. */
function linesOf(rows: readonly ReportProcurementRow[]): ReportProcurementRow[] {
  const lines = new Map<string, ReportProcurementRow>();
  for (const r of rows) {
    const key = [r.wave, r.category, r.replaces, r.alternatives, r.flags, r.needsApproval ? 1 : 0, r.rules.join('\n'), r.purchaseBy, r.budgetYear ?? ''].join('\u0001');
    const line = lines.get(key);
    if (line) {
      line.quantity += r.quantity;
      line.cost += r.cost;
      line.count = (line.count ?? 1) + 1;
    } else {
      lines.set(key, { ...r, count: 1 });
    }
  }
  return [...lines.values()];
}

/** Units domestic at the end of a forecast year against all units (0 without a year). */
const unitsShare = (year: Pick<ForecastResult['years'][number], 'domesticUnits' | 'totalUnits'> | undefined): number => (year && year.totalUnits > 0 ? year.domesticUnits / year.totalUnits : 0);

/** Business systems in scope that are compliant (or done) by wave `upTo` (0 = today). */
function systemsShare(project: ProjectFile, plan: PlanResult, upTo: number): number {
  let total = 0;
  let done = 0;
  for (const a of project.assets) {
    if (a.category !== 'application') continue;
    const p = placementOf(plan, a.id);
    if (!p || p.reason.code === 'retired' || p.reason.code === 'out-of-scope') continue;
    total++;
    if (p.wave === 0 || (upTo > 0 && p.wave > 0 && p.wave <= upTo)) done++;
  }
  return total === 0 ? 1 : done / total;
}

/**
 * The order the plan follows, in words, computed from the plan itself: the waves of each tier's
 * systems, the core cut-overs in order, and any break of the order the planner warned about.
 */
/** Up to this many core systems the summary names each with its wave; a group's hundreds are summed up by name. */
const CORE_SYSTEMS_NAMED = 12;

type CoreSystem = { name: string; wave: number };

/** `；核心系统依次切换：临床数据中心（CDR）（第 7 批）、…`: each core system in wave order. */
function coreSequence(cores: readonly CoreSystem[], zh: boolean): string {
  return zh ? `；核心系统依次切换：${cores.map((c) => `${c.name}（第 ${c.wave} 批）`).join('、')}` : `; core systems cut over in turn: ${cores.map((c) => `${c.name} (wave ${c.wave})`).join(', ')}`;
}

/**
 * `；核心系统共 165 个，依次切换：电子病历系统 33 个（第 9–14 批）、…`: a group's core systems by name,
 * with how many and the waves they span, in the order their first one cuts over.
 */
function coreSummary(cores: readonly CoreSystem[], zh: boolean): string {
  const byName = new Map<string, { count: number; first: number; last: number }>();
  for (const c of cores) {
    const seen = byName.get(c.name);
    if (seen) {
      seen.count++;
      seen.last = Math.max(seen.last, c.wave);
    } else {
      byName.set(c.name, { count: 1, first: c.wave, last: c.wave });
    }
  }
  const waves = (g: { first: number; last: number }) => (g.first === g.last ? (zh ? `第 ${g.first} 批` : `wave ${g.first}`) : zh ? `第 ${g.first}–${g.last} 批` : `waves ${g.first}–${g.last}`);
  const parts = [...byName].map(([name, g]) => (zh ? `${name} ${g.count} 个（${waves(g)}）` : `${name} ×${g.count} (${waves(g)})`));
  return zh ? `；核心系统共 ${cores.length} 个，依次切换：${parts.join('、')}` : `; ${cores.length} core systems cut over in turn: ${parts.join(', ')}`;
}

export function orderText(plan: PlanResult, lang: Lang): string {
  const zh = lang === 'zh';
  const span = (p: PlanResult['metrics']['phases'][number]) =>
    p.firstWave === p.lastWave ? (zh ? `第 ${p.firstWave} 批` : `wave ${p.firstWave}`) : zh ? `第 ${p.firstWave}–${p.lastWave} 批` : `waves ${p.firstWave}–${p.lastWave}`;
  const phases = plan.metrics.phases.map((p) => `${TIER_NAMES[p.tier][lang]}${zh ? '系统' : ' systems'} ${span(p)}`).join(zh ? '，' : ', ');
  const cores = [...(plan.metrics.coreSystems ?? [])].filter((c) => c.wave > 0).sort((a, b) => a.wave - b.wave);
  const coreText = cores.length === 0 ? '' : cores.length <= CORE_SYSTEMS_NAMED ? coreSequence(cores, zh) : coreSummary(cores, zh);
  const breaks = plan.warnings.filter((w) => w.code === 'phase-order').length;
  const order = breaks === 0 ? (zh ? '先外围后核心，分阶段推进：' : 'Edge to core, phase by phase: ') : zh ? `先外围后核心推进，但有 ${breaks} 处顺序例外（见警告）：` : `Edge to core, with ${breaks} exceptions to the order (see the warnings): `;
  return `${order}${phases}${coreText}${zh ? '。' : '.'}`;
}

/** The summary with what the yearly cap costs in time (a scenario with a cap only). */
function withBudget(summary: ReportSummary, project: ProjectFile, analysis: Analysis, lang: Lang, context: PlanContext | undefined): ReportSummary {
  const need = budgetNeed(project, analysis, 'project', context);
  if (!need) return summary;
  const { plans: _plans, ...budget } = need;
  return { ...summary, budget: { ...budget, text: budgetNeedText(budget, lang) } };
}

function summaryOf(
  project: ProjectFile,
  plan: PlanResult,
  forecast: ForecastResult,
  procurement: ReportProcurement,
  warnings: readonly ReportWarning[],
  book: PriceBook,
  lang: Lang,
  overdue: readonly OverdueWave[],
  unverified: Tally,
): ReportSummary {
  const placements = plan.placements;
  const startYear = Number(project.project.startDate.slice(0, 4));
  const peak = forecast.years.find((y) => y.year === forecast.peakYear);
  const totalUnits = project.assets.reduce((sum, a) => sum + Math.max(0, a.quantity), 0);
  const domesticUnits = project.assets.reduce((sum, a) => sum + (placementOf(plan, a.id)?.wave === 0 ? Math.max(0, a.quantity) : 0), 0);
  const summary: Omit<ReportSummary, 'risks' | 'otherWarnings'> = {
    waves: plan.metrics.waves,
    lowerBound: plan.metrics.lowerBound,
    firstWaveStart: plan.waves[0]?.start ?? null,
    lastWaveEnd: plan.waves[plan.waves.length - 1]?.end ?? null,
    yearsToFullCoverage: forecast.fullCoverageYear === null ? null : forecast.fullCoverageYear - startYear + 1,
    fullCoverageYear: forecast.fullCoverageYear,
    coverageNow: totalUnits > 0 ? domesticUnits / totalUnits : 0,
    // By units like coverageNow (the forecast's own coverage is business systems: systemsEnd).
    coverageEnd: unitsShare(forecast.years[forecast.years.length - 1]),
    total: forecast.totals.total,
    oneOff: forecast.totals.oneOff,
    low: forecast.totals.low,
    high: forecast.totals.high,
    peakYear: forecast.peakYear,
    peakSpend: peak?.total ?? 0,
    peakCash: peak ? cashNeedOf(peak) : null,
    ...lastCutover(plan),
    overCap: forecast.years.filter((y) => y.budget !== undefined && y.total > y.budget).map(cashNeedOf),
    beyondHorizon: forecast.beyondHorizon,
    assetsPlanned: plan.metrics.assetsPlanned,
    alreadyDomestic: placements.filter((p) => p.wave === 0).length,
    retained: forecast.retainedAssets,
    unscheduled: plan.unscheduled.length,
    effortTotal: plan.metrics.effortTotal,
    coreCutovers: plan.waves.reduce((sum, w) => sum + (w.coreCutovers ?? 0), 0),
    coreSystemCutovers: (plan.units ?? []).filter((u) => u.core && u.kind === 'system' && u.wave >= 1).length,
    phases: plan.metrics.phases,
    orderText: orderText(plan, lang),
    systemsNow: systemsShare(project, plan, 0),
    systemsEnd: plan.metrics.coverage.systems,
  };
  return { ...summary, ...risksOf(summary, project, forecast, procurement, warnings, book, lang, overdue, unverified) };
}

function risksOf(
  s: Omit<ReportSummary, 'risks' | 'otherWarnings'>,
  project: ProjectFile,
  forecast: ForecastResult,
  procurement: ReportProcurement,
  warnings: readonly ReportWarning[],
  book: PriceBook,
  lang: Lang,
  overdue: readonly OverdueWave[],
  unverified: Tally,
): Pick<ReportSummary, 'risks' | 'otherWarnings'> {
  const zh = lang === 'zh';
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  const risks: (ReportRisk & { covers?: ReportWarning['kind'] })[] = [];
  if (overdue.length > 0) {
    const items = overdueCount(overdue);
    const cost = formatMoney(overdue.reduce((sum, w) => sum + w.cost, 0), 'wan', lang);
    const waves = overdue.length === 1 ? String(overdue[0]!.wave) : `${overdue[0]!.wave}–${overdue.at(-1)!.wave}`;
    risks.push({
      covers: 'purchase-overdue',
      severity: 'high',
      text: zh
        ? `第 ${waves} 批共 ${items} 项采购（${cost}）的招标完成时限（最早 ${overdue[0]!.by}）已早于编制日期：须立即启动加急采购，或推迟规划开始日期（${project.project.startDate}）。`
        : `${items} purchases of wave${overdue.length === 1 ? '' : 's'} ${waves} (${cost}) should already be tendered (the first by ${overdue[0]!.by}): start them at once or move the plan's start (${project.project.startDate}).`,
    });
  }
  const count = (kind: ReportWarning['kind']) => warnings.filter((w) => w.kind === kind).length;
  if (s.unscheduled > 0) {
    risks.push({ covers: 'unscheduled', severity: 'high', text: zh ? `${s.unscheduled} 项资产未能排入计划（超出单批容量、年度预算或依赖无法满足），需调整情景或拆分后再排。` : `${s.unscheduled} assets could not be scheduled (over a wave's capacity, a year's budget, or blocked); adjust the scenario or split them.` });
  }
  if (s.fullCoverageYear === null && s.waves > 0) {
    const after = s.beyondHorizon > 0;
    risks.push({
      severity: 'high',
      text: zh
        ? `规划期（${project.project.horizonYears} 年）内未完成应替资产的替换${after ? `；规划期后仍有 ${formatMoney(s.beyondHorizon, 'wan', 'zh')} 支出` : s.unscheduled > 0 ? '：仍有资产未排入计划' : ''}。`
        : `Full coverage is not reached within the ${project.project.horizonYears}-year horizon${after ? `; ${formatMoney(s.beyondHorizon, 'wan', 'en')} falls after it` : s.unscheduled > 0 ? ': some assets are not scheduled' : ''}.`,
    });
  }
  const eos = project.assets.filter((a) => a.endOfSupport && a.endOfSupport < project.project.startDate && isMigrated(a)).length;
  // The planner's notices of one asset each (its summary line of all assets out of support names
  // none, and is the count above): assets to migrate whose support ends before their wave, and
  // retained imports whose support ends within the plan.
  const notices = warnings.filter((w) => w.kind === 'past-end-of-support' && w.assetIds.length > 0).flatMap((w) => w.assetIds);
  const retainedLate = notices.filter((id) => isKept(byId.get(id)));
  const migratedLate = notices.filter((id) => !isKept(byId.get(id)));
  if (eos > 0 || migratedLate.length > 0) {
    const late = migratedLate.length === 0 ? '' : zh ? `；另有 ${migratedLate.length} 项（${byCategory(migratedLate, byId, lang)}）的支持在其迁移批次前到期` : `; ${migratedLate.length} more (${byCategory(migratedLate, byId, lang)}) run out of support before their wave`;
    risks.push({ covers: 'past-end-of-support', severity: 'high', text: zh ? `${eos} 项资产在规划开始前已停止厂商支持${late}；过渡期需加强运维与安全防护。` : `${eos} asset${eos === 1 ? ' is' : 's are'} already out of vendor support when the plan starts${late}; strengthen operations and security in the meantime.` });
  }
  if (retainedLate.length > 0) {
    const names = namedList(retainedLate, byId, lang);
    risks.push({
      covers: 'past-end-of-support',
      severity: 'high',
      text: zh
        ? `${retainedLate.length} 项保留的进口资产在规划期内停止厂商支持（${names}）：保留期间须续购延保，或隔离防护并纳入等保整改，相关费用尚未计入投资预测。`
        : `${retainedLate.length} retained import${retainedLate.length === 1 ? '' : 's'} run${retainedLate.length === 1 ? 's' : ''} out of vendor support within the plan (${names}): extended support or isolation is needed while retained, not yet in the spend forecast.`,
    });
  }
  // Terminals whose domestic client has no ready date, before the core systems they serve.
  const clients = warnings.filter((w) => w.kind === 'client-not-ready');
  if (clients.length > 0) {
    const ids = [...new Set(clients.flatMap((w) => w.assetIds))];
    const terminals = ids.filter((id) => byId.get(id)?.category === 'terminal');
    const cores = ids.filter((id) => byId.get(id)?.category !== 'terminal');
    risks.push({
      covers: 'client-not-ready',
      severity: 'high',
      text: zh
        ? `${terminals.length} 组终端（${namedList(terminals, byId, lang)}）须在核心系统（${namedList(cores, byId, lang)}）切换前换装国产操作系统，但开发商尚未给出国产客户端的就绪日期：须尽快确认，否则核心切换无法如期进行。`
        : `${terminals.length} terminal group${terminals.length === 1 ? '' : 's'} (${namedList(terminals, byId, lang)}) must move to a domestic OS before the core systems they serve cut over (${namedList(cores, byId, lang)}), but the developers have not given a ready date for the domestic client: confirm it soon, or the core cut-overs cannot go ahead on time.`,
    });
  }
  const onCore = warnings.filter((w) => w.kind === 'retained-on-core-path');
  if (onCore.length > 0) {
    const ids = [...new Set(onCore.flatMap((w) => w.assetIds))];
    const kept = ids.filter((id) => isKept(byId.get(id)));
    const cores = ids.filter((id) => !isKept(byId.get(id)));
    risks.push({
      covers: 'retained-on-core-path',
      severity: 'medium',
      text: zh
        ? `${kept.length} 项保留的进口资产（${namedList(kept, byId, lang)}）连接核心系统（${namedList(cores, byId, lang)}）：须经前置机/网关隔离，或办理进口论证与例外审批。`
        : `${kept.length} retained import${kept.length === 1 ? '' : 's'} (${namedList(kept, byId, lang)}) connect${kept.length === 1 ? 's' : ''} to core systems (${namedList(cores, byId, lang)}): isolate ${kept.length === 1 ? 'it' : 'them'} behind a gateway or obtain an approved exception.`,
    });
  }
  if (forecast.securityFlags.length > 0) {
    risks.push({ covers: 'security-share', severity: 'medium', text: zh ? `${forecast.securityFlags.join('、')} 年网络安全投入低于 ${formatShare(forecast.securityMinimum, 0)} 下限，需同步补足安全预算（同步规划、同步建设、同步使用）。` : `Security spend is below the ${formatShare(forecast.securityMinimum, 0)} minimum in ${forecast.securityFlags.join(', ')}; add security budget alongside each project.` });
  }
  if (s.coreCutovers > 0) {
    // Rule 7 counts core network, storage and platforms as core cut-overs too: say how many of each.
    const systems = s.coreSystemCutovers ?? s.coreCutovers;
    const infra = s.coreCutovers - systems;
    const split = infra > 0 ? (zh ? `（核心业务系统 ${systems} 个，核心网络、存储与平台 ${infra} 项）` : ` (${systems} business system${systems === 1 ? '' : 's'}, ${infra} core network, storage and platform item${infra === 1 ? '' : 's'})`) : '';
    risks.push({ severity: 'medium', text: zh ? `核心切换 ${s.coreCutovers} 次${split}，均避开封网时段并逐批分散；每次切换需准备回退方案与容灾演练。` : `${s.coreCutovers} core cut-overs${split}, spread over waves and outside the freeze windows; each needs a fallback plan and a disaster-recovery drill.` });
  }
  // Products kept by exception buy nothing: their risks are their support and their links to core systems (above).
  // The section's own count of imports to buy (its attention table), not a second tally of the list.
  const imports = procurement.attention.find((a) => a.kind === 'import') ?? { items: 0, cost: 0 };
  const scope = project.project.province ? (zh ? `（${project.project.province}）` : ` (${placeName(project.project.province, lang)})`) : '';
  if (imports.items > 0) {
    const cost = formatMoney(imports.cost, 'wan', lang);
    const n = imports.items;
    risks.push({ severity: 'medium', text: zh ? `${n} 个采购条目暂无合适国产替代，仍需进口（${cost}），须按省级规定${scope}履行进口审批。` : `${n} procurement item${n === 1 ? ' has' : 's have'} no suitable domestic substitute and remain${n === 1 ? 's an import' : ' imports'} (${cost}) needing approval under provincial rules${scope}.` });
  }
  if (unverified.items > 0) {
    const cost = formatMoney(unverified.cost, 'wan', lang);
    risks.push({
      severity: 'medium',
      text: zh
        ? `${unverified.items} 个应用系统的原厂产地待核实（${cost}，按国产同类系统招标计入）：原厂为国产的由开发商做信创适配，无需招标更换；招标前请逐一核实。`
        : `${unverified.items} application${unverified.items === 1 ? '' : 's'} with a developer of unknown origin (${cost}, counted as tenders for domestic systems of their kind): a domestic developer adapts its system instead; check each before tendering.`,
    });
  }
  const cycles = count('cycle');
  if (cycles > 0) {
    risks.push({ covers: 'cycle', severity: 'medium', text: zh ? `${cycles} 组依赖成环的系统须同批迁移，切换窗口与联调工作量较大。` : `${cycles} group${cycles === 1 ? '' : 's'} of systems in a dependency cycle must migrate together: a larger cut-over window and integration effort.` });
  }
  const estimates = PRICE_ITEMS.filter((item) => book.items[item].estimate).length;
  if (estimates > 0 && s.total > 0) {
    // Rated by how wide the band is around the base, not by whether prices are estimates: every
    // price an estimate and a band from -48% to +125% is not a small uncertainty.
    const below = (s.total - s.low) / s.total;
    const above = (s.high - s.total) / s.total;
    const severity: RiskSeverity = Math.max(below, above) >= 0.5 ? 'high' : Math.max(below, above) >= 0.2 ? 'medium' : 'low';
    const all = estimates === PRICE_ITEMS.length;
    const band = `${formatMoney(s.low, 'wan', lang)}–${formatMoney(s.high, 'wan', lang)}`;
    const pct = `−${Math.round(below * 100)}%${zh ? ' 至 ' : ' to '}+${Math.round(above * 100)}%`;
    risks.push({
      severity,
      text: zh
        ? `价格本中${all ? '全部' : ''} ${estimates} 项单价为规划估计值，总投资可能在 ${band}之间（基准的 ${pct}）${severity === 'low' ? '' : '：询价前只能作为量级参考'}；招标前应以本地报价替换。`
        : `${all ? 'All ' : ''}${estimates} price-book items are planning estimates: the total may lie anywhere in ${band} (${pct} of the base)${severity === 'low' ? '' : ', an order of magnitude until quotes are in'}; replace them with local quotes before tendering.`,
    });
  }
  const rank: Record<ReportRisk['severity'], number> = { high: 0, medium: 1, low: 2 };
  const shown = risks.sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, RISKS_SHOWN);
  // Every kind of warning of section 7 is a risk here, or the summary says which are left to it.
  const covered = new Set(shown.map((r) => r.covers));
  const left = [...new Set(warnings.map((w) => w.kind))].filter((kind) => !covered.has(kind));
  return { risks: shown.map(({ severity, text }) => ({ severity, text })), otherWarnings: left.map((kind) => GLOSSARY[lang].warning[kind]) };
}

/** An asset kept by exception (an unknown id is not). */
const isKept = (asset: Asset | undefined): boolean => asset !== undefined && isRetained(asset);

/** The most risks the summary lists. */
const RISKS_SHOWN = 9;

/** Assets by name with the id in brackets (`收费窗口（TRM-BB-CASH）`), at most six, then how many more. */
function namedList(ids: readonly string[], byId: ReadonlyMap<string, Asset>, lang: Lang): string {
  const zh = lang === 'zh';
  const named = ids.slice(0, 6).map((id) => {
    const name = byId.get(id)?.name;
    return name ? (zh ? `${name}（${id}）` : `${name} (${id})`) : id;
  });
  const more = ids.length - named.length;
  return named.join(zh ? '、' : ', ') + (more > 0 ? (zh ? ` 等 ${ids.length} 项` : ` and ${more} more`) : '');
}

/** How many assets of each category: `操作系统 5 项`. */
function byCategory(ids: readonly string[], byId: ReadonlyMap<string, Asset>, lang: Lang): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const category = byId.get(id)?.category;
    const label = category ? GLOSSARY[lang].category[category] : '—';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => (lang === 'zh' ? `${label} ${n} 项` : `${label} ×${n}`)).join(lang === 'zh' ? '、' : ', ');
}

/** How many and how much of something. */
type Tally = { items: number; cost: number };

/** The procurement list's replacements of applications whose developer's origin is unknown (`origin-unverified`). */
function unverifiedOrigin(list: ProcurementList): Tally {
  let items = 0;
  let cost = 0;
  for (const item of list.items) {
    if (!item.flags.includes('origin-unverified')) continue;
    items++;
    cost += item.cost;
  }
  return { items, cost };
}

function assumptionsOf(book: PriceBook, scenario: Scenario, lang: Lang, assets: readonly Asset[]): ReportAssumptions {
  const rows = PRICE_ITEMS.map((item) => {
    const entry = book.items[item];
    return {
      item,
      label: ITEM_LABELS[lang][item],
      line: entry.line,
      lineLabel: LINE_LABELS[lang][entry.line],
      low: entry.price.low,
      base: entry.price.base,
      high: entry.price.high,
      annualChange: entry.annualChange,
      recurringRate: entry.recurringRate,
      estimate: entry.estimate,
      source: entry.source[lang],
    };
  });
  const effort = Object.entries(scenario.effortPerUnit ?? {}) as [Category, number][];
  return {
    priceBook: { baseYear: book.baseYear, cpuFamily: book.cpuFamily, rows, estimates: rows.filter((r) => r.estimate).length, scales: scaleBasisText(scaleBasis(assets), lang) },
    scenario: {
      name: scenarioLabel(scenario, lang),
      capacityPerWave: scenario.capacityPerWave,
      budgetPerYear: scenario.budgetPerYear ?? null,
      maxCoreCutoversPerWave: scenario.maxCoreCutoversPerWave,
      freezeWindows: scenario.freezeWindows.map((w) => ({ ...w, name: freezeName(w.name, lang) })),
      pins: Object.entries(scenario.pins)
        .map(([assetId, wave]) => ({ assetId, wave }))
        .sort((a, b) => a.wave - b.wave || (a.assetId < b.assetId ? -1 : 1)),
      // The glossary's name of the category (`Security software`), not the id the export writes in English (`security-software`).
      effortPerUnit: effort.map(([category, days]) => ({ category, label: GLOSSARY[lang].category[category], days })),
    },
    rules: PLANNING_RULES[lang],
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The most nodes the report's estate picture draws. A hospital's estate (a few hundred systems and
 * devices, terminals drawn per system) fits on a page; a group's (97,010 nodes at 100,000 assets)
 * is a solid disc on paper and took 3 s to lay out. Above it the report says so and points to the
 * graph view; the wave-by-tier picture shows the edge-to-core order at any size.
 */
export const REPORT_GRAPH_NODES = 2500;

function graphOf(project: ProjectFile, plan: PlanResult, tiers: Record<string, Tier>): ReportGraph {
  const omitted = (nodes: number): ReportGraph => ({ nodes: [], edges: [], bands: [], extent: 0, years: [], omitted: { nodes, dependencies: project.dependencies.length } });
  // Every asset that is not terminal-like is a node of its own: enough to know, before laying out.
  let own = 0;
  for (const asset of project.assets) if (!TERMINAL_LIKE.has(asset.category)) own++;
  if (own > REPORT_GRAPH_NODES) return omitted(own);
  const model = buildEstateModel(project.assets, project.dependencies, tiers, { collapseTerminals: true });
  if (model.nodes.length > REPORT_GRAPH_NODES) return omitted(model.nodes.length);
  const waveYear = new Map(plan.waves.map((w) => [w.index, w.budgetYear ?? Number(w.start.slice(0, 4))]));
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  const years = new Set<number>();
  const nodes = model.nodes.map((node, i) => {
    // A collapsed group takes the latest migration of its members; any unscheduled member marks it.
    let state: ReportNodeState = 'domestic';
    let year: number | null = null;
    for (const id of node.members) {
      const asset = byId.get(id);
      const placement = placementOf(plan, id);
      if ((asset && isRetained(asset)) || placement?.reason.code === 'retained') {
        if (state === 'domestic') state = 'retained';
      } else if (placement && placement.wave < 0) {
        state = 'unscheduled';
      } else if (placement && placement.wave > 0 && state !== 'unscheduled') {
        state = 'planned';
        const y = waveYear.get(placement.wave) ?? null;
        if (y !== null && (year === null || y > year)) year = y;
      }
    }
    if (year !== null) years.add(year);
    return {
      id: node.id,
      name: node.asset.name,
      x: round1(model.layout.x[i]!),
      y: round1(model.layout.y[i]!),
      r: round1(model.layout.r[i]!),
      tier: node.tier,
      state,
      year: state === 'planned' ? year : null,
    };
  });
  const { edgeFrom, edgeTo, edgeKind } = model.graph;
  const edges: [number, number, number][] = [];
  for (let e = 0; e < edgeFrom.length; e += 1) edges.push([edgeFrom[e]!, edgeTo[e]!, edgeKind[e]!]);
  return {
    nodes,
    edges,
    bands: model.layout.bands.map((b) => ({ tier: b.tier, inner: round1(b.inner), outer: round1(b.outer), count: b.count })),
    extent: round1(model.layout.extent),
    years: [...years].sort((a, b) => a - b),
  };
}
