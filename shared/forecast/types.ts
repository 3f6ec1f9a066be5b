/**
 * Types of the spend forecast: the price book (unit prices per line, low / base / high, annual
 * change, recurring support) and the forecast result that `xcplan forecast --json` prints.
 * Amounts are yuan (CNY); shares and coverage are fractions 0..1.
 */

/** The spend lines of the forecast, in display order. */
export const PRICE_LINES = ['os', 'cpu', 'database', 'middleware', 'security', 'application', 'other'] as const;
export type PriceLine = (typeof PRICE_LINES)[number];

/**
 * The lines a year's total is made of, in display order: the price lines, then dual-track running
 * and training / change management (`transition`), so a row of the forecast adds up to its total.
 */
export const SPEND_LINES = [...PRICE_LINES, 'transition'] as const;
export type SpendLine = (typeof SPEND_LINES)[number];

/** Price variants: planning range low / base / high. */
export const VARIANTS = ['low', 'base', 'high'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Domestic CPU families the user may pick as the target platform (DOMAIN.md §1.1). */
export const CPU_FAMILIES = ['mixed', 'kunpeng', 'phytium', 'loongson', 'hygon', 'zhaoxin'] as const;
export type CpuFamily = (typeof CPU_FAMILIES)[number];

/** Price-book items: each belongs to one line; an asset category maps to one or more items. */
export const PRICE_ITEMS = [
  'os-desktop',
  'os-server',
  'cpu-terminal',
  'cpu-server',
  'database',
  'middleware',
  'security-appliance',
  'security-software',
  'application',
  'application-large',
  'application-small',
  'application-new',
  'application-new-large',
  'application-new-small',
  'storage',
  'network',
  'network-core',
  'network-wireless',
  'network-adc',
  'kiosk',
  'handheld',
  'virtualization',
  'office',
  'peripheral',
  'medical-device',
  'security-assessment',
  'crypto-assessment',
] as const;
export type PriceItem = (typeof PRICE_ITEMS)[number];

export type PriceRange = { low: number; base: number; high: number };

export type PriceEntry = {
  line: PriceLine;
  /** Yuan per unit, one-off (licence or purchase), at the book's base year. */
  price: PriceRange;
  /** Fractional change per calendar year after the base year, e.g. -0.05 = 5% cheaper each year. */
  annualChange: number;
  /** Recurring cost per year after the purchase year, as a fraction of the one-off price (support, subscription). */
  recurringRate: number;
  /** True while the figure is a planning estimate rather than a local quote. */
  estimate: boolean;
  /** Where the figure comes from, as a reader would cite it (shown to users: no internal tags). */
  source: { zh: string; en: string };
};

export type CpuFamilyFactor = { terminal: number; server: number };

export type PriceBook = {
  /** The calendar year the prices are quoted in; later years apply `annualChange`. */
  baseYear: number;
  /** Target CPU family for domestic-CPU terminals and servers; `mixed` applies no factor. */
  cpuFamily: CpuFamily;
  /** Price factor per CPU family against the mixed-market price. */
  cpuFamilies: Record<CpuFamily, CpuFamilyFactor>;
  items: Record<PriceItem, PriceEntry>;
};

/** One line of an asset's replacement cost. */
export type CostPart = { line: PriceLine; item: PriceItem | 'unit-cost'; amount: number; recurringRate: number };

export type LineAmounts = Record<PriceLine, number>;

/** Coverage by what matters (planning rule 13): business systems (headline), then units of the platforms beside it. */
export type CoverageShares = { systems: number; terminals: number; servers: number; os: number; database: number };

/** One calendar year of the forecast; the first fields are the CLI JSON contract. */
export type ForecastYear = LineAmounts & {
  year: number;
  /**
   * Programme spend of the year: the lines (one-off purchases, support on them, 等保测评/密评 in
   * `security`) plus dual-track running and change management. Savings are not netted in (`net`).
   */
  total: number;
  /** Dual-track running plus training and change management (`dualTrack + change`): the total's last line. */
  transition: number;
  /** The band of the price book: every price at its own low / high (dual track and change management at base). */
  low: number;
  high: number;
  /** One-off spend: the replacements of the waves that start this year, at this year's prices (= the plan's waves, = the procurement list). */
  oneOff: number;
  /** Recurring spend: support and subscriptions on earlier purchases, plus dual-track running. */
  recurring: number;
  /** Of `recurring`: support and subscriptions of the new products bought in earlier years. */
  support: number;
  /** Of `recurring`: the old system's support while it runs beside the new one (planning rule 7). */
  dualTrack: number;
  /** Of `security`: 等保测评 and 密评 of the systems cut over this year (price-book items). */
  assessments: number;
  /** Training and change management (shared/change). */
  change: number;
  /** Foreign support contracts that stop once their platform retires: a negative amount. */
  savings: number;
  /** `total + savings`. */
  net: number;
  /** Headline coverage at the end of the year: share of business systems on a full domestic stack (rule 13). */
  coverage: number;
  coverageBy: CoverageShares;
  /** Security line against the year's total (0 when nothing is spent). */
  securityShare: number;
  /** Yuan of security spend missing for the reserve share (0 when it is met). */
  securityShortfall: number;
  /** Budget cap of the scenario for the year, when it has one. */
  budget?: number;
  /** True when the band's high end exceeds the budget cap. */
  highOverBudget: boolean;
  /** True when the year spends money and the security share is under the reserve share. */
  securityBelowMinimum: boolean;
  domesticUnits: number;
  totalUnits: number;
  /** Assets whose wave starts this year. */
  assetsReplaced: number;
};

export type ForecastResult = {
  currency: 'CNY';
  years: ForecastYear[];
  /** Sum over the horizon. */
  totals: LineAmounts & { total: number; transition: number; low: number; high: number; oneOff: number; recurring: number; support: number; dualTrack: number; assessments: number; change: number; savings: number; net: number; securityShortfall: number };
  /** Spend of waves that start after the horizon (not in `years`). */
  beyondHorizon: number;
  /** Minimum security share of each year's programme spend: the scenario's `securityReserveShare` (国卫规划发〔2022〕29号 Art. 30: 5%). */
  securityMinimum: number;
  /** Years whose security share is below the minimum. */
  securityFlags: number[];
  /** First year every unit that is not deliberately retained is domestic, or null within the horizon. */
  fullCoverageYear: number | null;
  /** Asset rows retained by exception (`disposition: retain`): never domestic, left out of `fullCoverageYear`. */
  retainedAssets: number;
  /** Year with the highest total, or null when nothing is spent. */
  peakYear: number | null;
};
