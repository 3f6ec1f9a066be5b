/** Merging a colleague's project file into a project: a plan of additions and conflicts, then the user's choices applied. */
export { applyMerge, ASSET_FIELD_ORDER, deepEqual, isNoOp, planMerge, SCENARIO_FIELD_ORDER } from './merge';
export type { AssetConflict, Choice, FieldDiff, MergeChoices, MergeCounts, MergePlan, MergeResult, ScenarioConflict } from './merge';
