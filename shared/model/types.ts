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

export const CATEGORIES = [...HARDWARE_CATEGORIES, ...SOFTWARE_CATEGORIES] as const;
export type HardwareCategory = (typeof HARDWARE_CATEGORIES)[number];
export type SoftwareCategory = (typeof SOFTWARE_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

export const ORIGINS = ['domestic', 'foreign', 'unknown'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Edge to core, in this order. The index is the tier's rank (0 = edge). */
export const TIERS = ['office', 'operations', 'clinical-support', 'core'] as const;
export type Tier = (typeof TIERS)[number];

export const STATUSES = ['in-use', 'replaced', 'retained'] as const;
export type Status = (typeof STATUSES)[number];

export const DEPENDENCY_KINDS = ['runs-on', 'connects-to', 'integrates-with'] as const;
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
  /** Optional in files: the classifier fills it. */
  origin?: Origin;
  /** Optional for applications: declared tier. Infrastructure inherits its tier in the planner. */
  tier?: Tier;
  site?: string;
  department?: string;
  /** 等保 level 1..5. */
  securityLevel?: number;
  endOfSupport?: IsoDate;
  /** Earliest date the domestic replacement is ready (vendor adaptation, 信创适配). */
  readyFrom?: IsoDate;
  purchaseDate?: IsoDate;
  status?: Status;
  /** Why an asset is retained (e.g. a medical device certified only on its vendor's platform). */
  retainReason?: string;
  /** Yuan per unit; overrides the price book. */
  unitCost?: number;
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
};

export type Scenario = {
  name: string;
  /** Effort per wave, person-days. */
  capacityPerWave: number;
  /** Yuan per calendar year. */
  budgetPerYear?: number;
  maxCoreCutoversPerWave: number;
  /** Months (1..12) in which no core cut-over may happen. */
  freezeMonths: number[];
  /** Asset id -> wave index (1-based). */
  pins: Record<string, number>;
  /** Person-days per unit, by category; overrides the defaults. */
  effortPerUnit?: Partial<Record<Category, number>>;
};

export type ProjectFile = {
  format: 'xcplan';
  version: 1;
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
