/**
 * The plan: the output contract of the planner (DESIGN.md "Planning rules (version 2)").
 * `xcplan plan --json` prints a `PlanResult` exactly; forecast, procurement, the views and the
 * report all read it. Wave index 0 holds assets that are already compliant.
 */
import type { IsoDate, Tier } from '../model';

export const REASON_CODES = [
  'already-domestic',
  'retained',
  'retired',
  'out-of-scope',
  'earliest',
  'with-system',
  'shared-platform',
  'dependency',
  'phase',
  'core-gate',
  'client-not-ready',
  'ready-date',
  'capacity',
  'vendor-team',
  'budget',
  'security-reserve',
  'core-limit',
  'freeze',
  'pinned',
  'bundle',
  'unscheduled',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type PlacementReason = {
  code: ReasonCode;
  /** Human-readable explanation (Chinese by default; the CLI's --lang chooses). */
  detail: string;
  /** The asset whose placement bound this one, when the binding constraint is another asset. */
  blockedBy?: string;
};

export type Placement = {
  /** 0 = already compliant; 1.. = migration wave (a shared platform's: its build wave); -1 = unscheduled, retained or retired. */
  wave: number;
  reason: PlacementReason;
  /** Effective tier (the lane): an application's own, infrastructure's from what runs on it, a terminal's from what it serves. */
  tier?: Tier;
  /** The cut-over unit the asset moves with (rule 1). */
  unit?: string;
  /** For core cut-overs: the cut-over month (`YYYY-MM`), outside the freeze windows. */
  cutoverMonth?: string;
};

export const UNIT_KINDS = ['system', 'shared-platform', 'standalone'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type PlanUnit = {
  id: string;
  kind: UnitKind;
  assets: string[];
  tier: Tier;
  /** Counts as a core cut-over (holds a core application, its platform, core network or storage). */
  core: boolean;
  /** Cut-over wave; a shared platform's build wave; -1 when unscheduled. */
  wave: number;
  /** Shared platforms: the units that run on them. */
  tenants?: string[];
};

export type PlanEvent = {
  kind: 'build' | 'cutover' | 'retire';
  unit: string;
  wave: number;
  date: IsoDate;
  /** Core cut-overs: end of the dual-track period, which is also the rollback deadline. */
  dualTrackUntil?: IsoDate;
  rollbackBy?: IsoDate;
};

export type Wave = {
  index: number;
  start: IsoDate;
  end: IsoDate;
  assets: string[];
  /** Units cut over (or, shared platforms, built) in the wave. */
  units?: string[];
  /** Person-days. */
  effort: number;
  /** Yuan, at the prices of the wave's budget year. */
  cost: number;
  capacity?: number;
  budgetYear?: number;
  coreCutovers?: number;
};

export type Bundle = { assets: string[]; cycle: string[] };

export type Unscheduled = { id: string; reason: string };

export type PhaseSpan = { tier: Tier; firstWave: number; lastWave: number };

export type Coverage = { systems: number; terminals: number; servers: number; os: number; database: number };

export type PlanMetrics = {
  waves: number;
  lowerBound: number;
  assetsPlanned: number;
  effortTotal: number;
  costTotal: number;
  /** The lower bounds whose largest is `lowerBound`. */
  bounds?: { chain: number; phase: number; effort: number; cost: number; core: number };
  /** First and last wave of the systems of each tier (tiers without systems left out). */
  phases: PhaseSpan[];
  /** Shares 0–1 at the end of the plan: business systems (the headline), terminals, servers, OS and databases by units. */
  coverage: Coverage;
  /** Core systems (applications of the core tier) and whether they end the plan compliant. */
  coreSystems?: { id: string; name: string; wave: number }[];
};

export const WARNING_CODES = [
  'phase-order',
  'core-gate',
  'retained-on-core-path',
  'client-not-ready',
  'security-late',
  'over-capacity',
  'pin-ignored',
  'pin-broken',
  'pin-over-limit',
  'past-end-of-support',
  'truncated',
  'no-tier',
] as const;
export type PlanWarningCode = (typeof WARNING_CODES)[number];

/** One warning of the plan: the assets it names and what to do. */
export type PlanWarning = { code: PlanWarningCode; assets: string[]; detail: string; wave?: number };

export type PlanResult = {
  waves: Wave[];
  /**
   * Every asset id of the project once, in file order; `placements[i]` is the placement of
   * `assetIds[i]`. Look one up with `placementOf` (placements.ts). Arrays, not a record keyed by
   * id: at 100,000 assets a record costs more to build than planning the graph does. `xcplan plan
   * --json` prints the record (`planJson`).
   */
  assetIds: string[];
  placements: Placement[];
  bundles: Bundle[];
  unscheduled: Unscheduled[];
  metrics: PlanMetrics;
  units: PlanUnit[];
  events: PlanEvent[];
  warnings: PlanWarning[];
};
