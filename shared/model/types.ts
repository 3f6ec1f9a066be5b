/**
 * The interchange contract of the project file (`*.xcplan.json`), DESIGN.md "Data model".
 * Field names here are part of the contract: the app, the CLI, tests and benchmarks all speak it.
 * Pure types only; runtime validation lives in schema.ts.
 */

export const HARDWARE_CATEGORIES = [
  'terminal',
  'server',
  'storage',
  'network',
  'security-appliance',
  'peripheral',
  'medical-device',
] as const;

export const SOFTWARE_CATEGORIES = [
  'os',
  'database',
  'middleware',
  'virtualization',
  'office',
  'application',
  'security-software',
] as const;

/** Kept in the inventory but never planned (UPS, air conditioning, furniture…). */
export const OUT_OF_SCOPE_CATEGORY = 'other' as const;

export const CATEGORIES = [...HARDWARE_CATEGORIES, ...SOFTWARE_CATEGORIES, OUT_OF_SCOPE_CATEGORY] as const;
export type HardwareCategory = (typeof HARDWARE_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

/** Who makes the product (产地). Not the same as what the programme does with it. */
export const VENDOR_ORIGINS = ['domestic', 'foreign', 'foreign-open-source', 'unknown'] as const;
export type VendorOrigin = (typeof VENDOR_ORIGINS)[number];

/**
 * What the programme does with an item (处置方式), DESIGN.md "Data model (version 2)":
 * - `compliant` 已信创: already a domestic product on the domestic stack; done (wave 0);
 * - `adapt` 适配迁移: the same vendor ports it to the domestic stack; needs effort and a cut-over;
 * - `replace` 替代: bought anew as a domestic product;
 * - `retain` 保留: kept by exception, with a reason; shown as a risk;
 * - `retire` 下线: switched off without replacement.
 */
export const DISPOSITIONS = ['compliant', 'adapt', 'replace', 'retain', 'retire'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Edge to core, in this order. The index is the tier's rank (0 = edge). */
export const TIERS = ['office', 'operations', 'clinical-support', 'core'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * How big a business system is to buy anew or adapt (DOMAIN.md §2.2): hospital-wide (HIS, EMR,
 * PACS, LIS, HRP, the integration platform…), departmental, or small (a website, portal, mail or
 * notice board). The price book prices an application by it.
 */
export const SYSTEM_SCALES = ['large', 'departmental', 'small'] as const;
export type SystemScale = (typeof SYSTEM_SCALES)[number];

export const DEPENDENCY_KINDS = ['runs-on', 'connects-to', 'integrates-with', 'protects'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export type Asset = {
  id: string;
  name: string;
  category: Category;
  /** A row may stand for many identical units: 300 outpatient workstations are one row. */
  quantity: number;
  vendor?: string;
  product?: string;
  version?: string;
  cpu?: string;
  os?: string;
  /** Who makes it. Optional in files: the classifier fills it. */
  vendorOrigin?: VendorOrigin;
  /** What the programme does with it. Optional in files: the classifier suggests it, the user confirms. */
  disposition?: Disposition;
  /** Optional for applications: declared tier. Infrastructure inherits its tier in the planner. */
  tier?: Tier;
  /** Optional for applications: declared scale; without one the price book reads it from the name. */
  scale?: SystemScale;
  site?: string;
  department?: string;
  /** 等保 level 1..5. */
  securityLevel?: number;
  endOfSupport?: IsoDate;
  /** Earliest date the domestic replacement is ready (vendor adaptation, 信创适配). */
  readyFrom?: IsoDate;
  purchaseDate?: IsoDate;
  /** Why an asset is retained (e.g. a medical device certified only on its vendor's platform). */
  retainReason?: string;
  /** Person-days for the whole row; overrides the category default times quantity. */
  effort?: number;
  /** One vendor team works on a limited number of systems at once. */
  vendorTeam?: string;
  /** Applications: a client for the domestic OS exists from then (terminals wait for it). */
  clientReadyFrom?: IsoDate;
  /**
   * Yuan per unit that replacing this row costs here (替代单价: a local quote for the domestic
   * product or the adaptation); overrides the price book. Not what the row cost when it was bought.
   */
  unitCost?: number;
  /**
   * Yuan per unit the row cost when it was bought (购置单价: a ledger's 单价, or 原值 ÷ 数量).
   * Kept for reference and exported; never priced: a 2016 PC's price says nothing about a domestic one's.
   */
  purchaseCost?: number;
  notes?: string;
};

export type Dependency = {
  /** `from` depends on `to`. */
  from: string;
  to: string;
  kind: DependencyKind;
};

export type ProjectMeta = {
  name: string;
  province?: string;
  startDate: IsoDate;
  horizonYears: number;
  waveMonths: number;
  /** The domestic platform the hospital standardises on (orders procurement alternatives). */
  targetPlatform?: { os?: string; cpu?: string };
};

/** A period in which changes of the given scope are not made (`MM-DD` to `MM-DD`, may wrap the year). */
export type FreezeWindow = { name: string; from: string; to: string; scope: 'core' | 'all' };

export type Scenario = {
  name: string;
  /** Effort per wave, person-days. */
  capacityPerWave: number;
  /** Yuan per calendar year. */
  budgetPerYear?: number;
  maxCoreCutoversPerWave: number;
  /** Waves by which a higher tier may start before the lower tier ends (0 = strict edge → core). */
  phaseOverlapWaves?: number;
  /** Months the old system runs beside the new one after a core cut-over (also the rollback window). */
  dualTrackMonths?: number;
  /** Share of each year's programme spend reserved for security (同步规划、同步建设). */
  securityReserveShare?: number;
  /** Systems one vendor team may cut over in one wave. */
  vendorTeamSystemsPerWave?: number;
  /** Named periods with no core cut-over (`core`) or no change at all (`all`). */
  freezeWindows: FreezeWindow[];
  /** Asset id -> wave index (1-based). */
  pins: Record<string, number>;
  /** Person-days per unit, by category; overrides the defaults. */
  effortPerUnit?: Partial<Record<Category, number>>;
  /** Months a tender must close before its wave starts (招标提前期; default 3). */
  tenderLeadMonths?: number;
  /** The money is requested in the year before the wave's year (预算提前一年编报; default false). */
  budgetRequestYearBefore?: boolean;
};

export type ProjectFile = {
  format: 'xcplan';
  version: 2;
  project: ProjectMeta;
  assets: Asset[];
  dependencies: Dependency[];
  scenario?: Scenario;
  /** Further named scenarios; `scenario` is the active one. */
  scenarios?: Scenario[];
  /** Extension sections owned by later features (price book, catalogue additions, procurement rules). */
  extensions?: Record<string, unknown>;
};

export const tierRank = (tier: Tier): number => TIERS.indexOf(tier);

export const isHardware = (category: Category): category is HardwareCategory =>
  (HARDWARE_CATEGORIES as readonly string[]).includes(category);
