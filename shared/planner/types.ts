/**
 * The plan: the output contract of the planner (issue "edge-to-core migration planner").
 * `xcplan plan --json` prints a `PlanResult` exactly; forecast, procurement, the views and the
 * report all read it. Wave index 0 holds assets that are already domestic.
 */
import type { IsoDate, Tier } from '../model';

export const REASON_CODES = [
  'already-domestic',
  'retained',
  'earliest',
  'dependency',
  'ready-date',
  'capacity',
  'budget',
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
  /** 0 = already domestic; 1.. = migration wave; -1 = unscheduled or retained. */
  wave: number;
  reason: PlacementReason;
  /** Effective tier (rule 4), extra field. */
  tier?: Tier;
  /** For core assets: the cut-over month (`YYYY-MM`), the wave's first non-frozen month. */
  cutoverMonth?: string;
};

export type Wave = {
  index: number;
  start: IsoDate;
  end: IsoDate;
  assets: string[];
  /** Person-days. */
  effort: number;
  /** Yuan. */
  cost: number;
  /** Extra fields: capacity of the wave (person-days), budget of its year, core cut-overs in it. */
  capacity?: number;
  budgetYear?: number;
  coreCutovers?: number;
};

export type Bundle = { assets: string[]; cycle: string[] };

export type Unscheduled = { id: string; reason: string };

export type PlanMetrics = {
  waves: number;
  lowerBound: number;
  assetsPlanned: number;
  effortTotal: number;
  costTotal: number;
  /** Extra: the four lower bounds whose largest is `lowerBound`. */
  bounds?: { chain: number; effort: number; cost: number; core: number };
};

export const WARNING_CODES = ['pin-ignored', 'pin-broken', 'pin-over-limit', 'past-end-of-support'] as const;
export type PlanWarningCode = (typeof WARNING_CODES)[number];

export type PlanWarning = { code: PlanWarningCode; assetId?: string; wave?: number; message: string };

export type PlanResult = {
  waves: Wave[];
  placements: Record<string, Placement>;
  bundles: Bundle[];
  unscheduled: Unscheduled[];
  metrics: PlanMetrics;
  /** Extra: broken pins, pins over a limit, support ending before the wave. */
  warnings?: PlanWarning[];
};
