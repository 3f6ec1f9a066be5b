/**
 * The edge-to-core planner: `planProject` (the `xcplan plan --json` contract), impact analysis,
 * effective tiers and cycle bundles. Pure and deterministic; runs in Node, the renderer and a worker.
 */
export * from './types';
export { planProject, planWithContext, reasonOf } from './plan';
export { buildPlanContext, defaultCostOf, planScenario, spanUnderBudget } from './context';
export type { PlanContext, PlanOptions, PlanScenario, PlanSpan } from './context';
export { analyseImpact, assetInsight, buildImpactIndex, findBundles } from './impact';
export type { AssetInsight, Neighbour, ProjectImpactIndex } from './impact';
export { effectiveTiers, computeEffectiveTiers, buildPrecedence, tiersById } from './precedence';
export type { EffectiveTiers, Precedence } from './precedence';
export { addDays, addMonths, buildCalendar, cutoverNight, describeWave, readyWave, saturdayFrom, waveOfDate, weekendWindow } from './calendar';
export type { WaveCalendar, WaveInfo } from './calendar';
export { computeBounds } from './bounds';
export { retirementsAfterPlan } from './events';
export type { Bounds } from './bounds';
export { idleWaves, idleWaveText } from './idleWaves';
export type { IdleCause, IdleWave } from './idleWaves';
export { placementEntries, placementOf, placementsFrom, planFromJson, planIndex, planJson, rowPlacements } from './placements';
export type { PlanJson, RowPlacements } from './placements';
