/**
 * The roadmap report as plain data (issue 7 "Roadmap report"): everything the printable document,
 * the XLSX workbook and the command line show, computed once from the real planner, forecast and
 * procurement list. JSON-serialisable (no Maps, no typed arrays), so the CLI can hand it to the
 * headless report page and the app can render it without recomputing anything.
 */
import type { BudgetNeed } from '../analysis/budget';
import type { PriceItem, PriceLine, SpendLine } from '../forecast/types';
import type { Category, FreezeWindow, IsoDate, Lang, Tier } from '../model';
import type { WarningKey } from '../model';
import type { PhaseSpan } from '../planner/types';

export type ReportCover = {
  title: string;
  /** The hospital (the project's name in the project file). */
  hospital: string;
  /** The project as the app lists it (may equal the hospital). */
  project: string;
  province: string | null;
  scenario: string;
  /** Date of the report, `YYYY-MM-DD`. */
  date: IsoDate;
  startDate: IsoDate;
  horizonYears: number;
  waveMonths: number;
  /** Asset rows and units in the inventory. */
  assetRows: number;
  units: number;
};

export type RiskSeverity = 'high' | 'medium' | 'low';
export type ReportRisk = { severity: RiskSeverity; text: string };

export type ReportSummary = {
  waves: number;
  lowerBound: number;
  firstWaveStart: IsoDate | null;
  lastWaveEnd: IsoDate | null;
  /** Start year up to and including the first year of full coverage; null when not reached in the horizon. */
  yearsToFullCoverage: number | null;
  fullCoverageYear: number | null;
  /** The plan's last cut-over (its date) and the end of the last dual-track period, from the plan's events. */
  lastCutover: IsoDate | null;
  lastDualTrackEnd: IsoDate | null;
  /** Share of units domestic today and at the end of the horizon. */
  coverageNow: number;
  coverageEnd: number;
  /** Spend over the horizon, yuan (base, low, high). */
  total: number;
  /** Of it, the one-off replacement spend: the procurement list's total and the waves' costs. */
  oneOff: number;
  low: number;
  high: number;
  peakYear: number | null;
  /** The peak year's whole spend: its one-off part and its recurring and other spend (`peakCash` parts them). */
  peakSpend: number;
  /** The peak year's cash need in its parts (null when nothing is spent). */
  peakCash: ReportCashNeed | null;
  /** Years whose whole cash need exceeds the scenario's yearly cap (the cap limits the one-off part only). */
  overCap: ReportCashNeed[];
  /** Spend of waves starting after the horizon. */
  beyondHorizon: number;
  assetsPlanned: number;
  alreadyDomestic: number;
  retained: number;
  unscheduled: number;
  /** Person-days. */
  effortTotal: number;
  coreCutovers: number;
  /** Of the core cut-overs, those of business systems (the rest: core network, storage, platforms). */
  coreSystemCutovers?: number;
  /** The order as planned: first and last wave of each tier's systems (computed, never asserted). */
  phases: PhaseSpan[];
  /** The sentence that states that order, the core cut-overs and any break in it. */
  orderText: string;
  /** Business systems on a domestic stack today and at the end of the plan (the headline coverage). */
  systemsNow: number;
  systemsEnd: number;
  /** The most serious risks first. */
  risks: ReportRisk[];
  /** The kinds of warning of the warnings section that no risk speaks of, by name (the summary points to the section for them). */
  otherWarnings: string[];
  /**
   * A scenario with a yearly cap: the plan under it, the plan without it and the yearly budget
   * that would finish as early as the other limits allow (shared/analysis/budget.ts).
   */
  budget?: Omit<BudgetNeed, 'plans'> & { text: string };
};

export type ReportWave = {
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** Budget year the wave spends in. */
  year: number;
  assets: number;
  units: number;
  /** Person-days and the wave's capacity. */
  effort: number;
  capacity: number;
  /** Yuan, as the planner priced it. */
  cost: number;
  coreCutovers: number;
  /** Cut-over months of the core systems in the wave (`YYYY-MM`). */
  cutoverMonths: string[];
  /** Assets per effective tier. */
  tiers: Record<Tier, number>;
  /** Names of the wave's most notable systems (core and clinical applications first), at most five. */
  highlights: string[];
  /** A wave without work: why, from the binding reasons of the units that go next. */
  idle?: string;
};

/**
 * A year's whole cash need in parts that never overlap and add up to its total, each from the
 * forecast: one-off replacements (the only part the yearly cap limits), support and subscriptions
 * on earlier purchases, 等保测评 and 密评, the old system's support during the dual track, training
 * and change management.
 */
export type ReportCashNeed = { year: number; oneOff: number; support: number; assessments: number; dualTrack: number; change: number; total: number; cap: number | null };

/**
 * Amounts of a forecast year, or of the horizon summed, yuan: the cost lines (`transition`, dual
 * track plus training, is the last of the lines that add up to `total`), the price book's band, and
 * the same total by kind of money (`oneOff` + `support` + `assessments` + `dualTrack` + `change`).
 */
export type ReportSpendAmounts = Record<SpendLine, number> & {
  total: number;
  low: number;
  high: number;
  /** One-off spend (= the waves, = the procurement list's items), yuan. */
  oneOff: number;
  /** Support on earlier purchases plus dual-track running, yuan. */
  recurring: number;
  /** Of `recurring`: support and subscriptions of products bought in earlier years (the forecast's totals do not part it: summed over the years). */
  support: number;
  /** Of the security line: 等保测评 and 密评. */
  assessments: number;
  dualTrack: number;
  change: number;
  /** Foreign support contracts that stop: negative yuan. */
  savings: number;
  net: number;
  /** Yuan of security spend missing for the reserve share (0 when met). */
  securityShortfall: number;
};

/** A forecast year: its amounts, coverage, security share and budget. */
export type ReportSpendYear = ReportSpendAmounts & {
  year: number;
  coverage: number;
  securityShare: number;
  securityBelowMinimum: boolean;
  budget: number | null;
  /** The price book's high end exceeds the budget cap. */
  highOverBudget: boolean;
};

export type ReportSpend = {
  lines: SpendLine[];
  lineLabels: Record<SpendLine, string>;
  years: ReportSpendYear[];
  totals: ReportSpendAmounts;
  securityMinimum: number;
  securityFlags: number[];
  beyondHorizon: number;
};

export type ReportProcurementRow = {
  wave: number;
  category: Category;
  categoryLabel: string;
  assetId: string;
  assetName: string;
  quantity: number;
  replaces: string;
  alternatives: string;
  cost: number;
  flags: string;
  /** True when the item is still an import (province rules apply). */
  needsApproval: boolean;
  /** The province rules on buying this item, one line each (imports and retained foreign items). */
  rules: string[];
  /** The same rules cited by place and number in `ReportProcurement.rules` (`安徽 1`), as the procurement view cites them. */
  ruleRefs: string[];
  /** Tender complete by (wave start minus the tender lead time); empty for retained items. */
  purchaseBy: string;
  /** Budget year the money is requested in (预算编报), or null. */
  budgetYear: number | null;
  /**
   * A grouped list (`ReportProcurement.grouped`): the items of the line, which share the wave,
   * category, replaced product, alternatives, flags, rules and dates; `assetId` and `assetName`
   * are the first of them, `quantity` and `cost` their sums. Absent: one item.
   */
  count?: number;
};

export type ReportProcurementYear = { year: number; items: number; quantity: number; cost: number; flagged: number; rows: ReportProcurementRow[] };

export type ReportProcurement = {
  years: ReportProcurementYear[];
  total: { items: number; quantity: number; cost: number };
  /**
   * Set when the list is too long to print item by item (a hospital group): the rows are lines of
   * items bought together (see `ReportProcurementRow.count`); the procurement view's export has
   * every item.
   */
  grouped?: { items: number; lines: number };
  /** Procurement rules in force for the province, numbered in this order; `label` is how a row cites one (`安徽 1`). */
  rules: { id: string; scope: string; label: string; text: string }[];
  /** The same items as tenders (采购包): per budget year, hardware, the database and integration services apart (shared/procurement/packages.ts). */
  packages: ReportTenderPackage[];
  /** What needs acting on (shared/report/attention.ts): late tenders, imports, items kept by exception. */
  attention: ReportProcurementAttention[];
};

/**
 * A kind of item in the list that needs acting on: `overdue`, tenders whose deadline is before the
 * report's date; `import`, products with no domestic substitute, bought abroad after approval;
 * `kept`, foreign products kept by exception (nothing bought, the exception and support renewals
 * to approve). How many, their units and yuan, the first few by name, their waves, the earliest
 * tender deadline, and the rules they are approved under (cited as the rows cite them).
 */
export type ReportProcurementAttention = {
  kind: 'overdue' | 'early' | 'import' | 'kept';
  items: number;
  quantity: number;
  cost: number;
  assets: { id: string; name: string }[];
  waves: number[];
  firstBy: string | null;
  ruleRefs: string[];
};

/** One tender of the list: a package in a budget year, named in the report's language. */
export type ReportTenderPackage = { budgetYear: number; label: string; items: number; quantity: number; cost: number; purchaseBy: string; waves: number[] };

/** The planner's warning codes and the plan's other findings, named by the glossary (`GLOSSARY[lang].warning`). */
export type ReportWarningKind = WarningKey;
export type ReportWarning = { kind: ReportWarningKind; assetIds: string[]; text: string };

export type ReportPriceRow = {
  item: PriceItem;
  label: string;
  line: PriceLine;
  lineLabel: string;
  low: number;
  base: number;
  high: number;
  annualChange: number;
  recurringRate: number;
  estimate: boolean;
  source: string;
};

export type ReportAssumptions = {
  /** `scales`: how the book-priced applications got their scale, one sentence ('' when none is priced). */
  priceBook: { baseYear: number; cpuFamily: string; rows: ReportPriceRow[]; estimates: number; scales: string };
  scenario: {
    name: string;
    capacityPerWave: number;
    budgetPerYear: number | null;
    maxCoreCutoversPerWave: number;
    freezeWindows: FreezeWindow[];
    pins: { assetId: string; wave: number }[];
    effortPerUnit: { category: Category; label: string; days: number }[];
  };
  /** The planning rules in force, as sentences. */
  rules: string[];
};

/** Node state in the report's estate picture. */
export type ReportNodeState = 'domestic' | 'planned' | 'retained' | 'unscheduled';

export type ReportGraphNode = {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  tier: Tier;
  state: ReportNodeState;
  /** Migration year for planned nodes. */
  year: number | null;
};

export type ReportGraph = {
  nodes: ReportGraphNode[];
  /** [from node, to node, kind index (0 runs-on, 1 connects-to, 2 integrates-with)]. */
  edges: [number, number, number][];
  bands: { tier: Tier; inner: number; outer: number; count: number }[];
  extent: number;
  /** Migration years in order (the picture's colour scale). */
  years: number[];
  /**
   * Set when the estate is too large to draw legibly on a page (`nodes` and `edges` are then
   * empty): how many nodes and dependencies the picture would have had, at least.
   */
  omitted?: { nodes: number; dependencies: number };
};

/** One core cut-over's runbook, in the report's language (issue 16). */
export type ReportRunbook = {
  unitId: string;
  name: string;
  wave: number;
  window: string;
  rollbackDeadline: string;
  dualTrackEnd: IsoDate;
  goNoGo: string[];
  rollback: string[];
  vendorTeams: string[];
  notes: string[];
};

export type ReportModel = {
  format: 'xcplan-report';
  version: 1;
  lang: Lang;
  cover: ReportCover;
  summary: ReportSummary;
  waves: ReportWave[];
  tierLabels: Record<Tier, string>;
  spend: ReportSpend;
  procurement: ReportProcurement;
  warnings: ReportWarning[];
  assumptions: ReportAssumptions;
  graph: ReportGraph;
  /** Runbooks of the plan's core cut-overs (absent in models built before issue 16). */
  runbooks?: ReportRunbook[];
};
