/** Merging a colleague's project file into a project: a plan of additions and conflicts, then the user's choices applied. */
export { applyMerge, isNoOp, planMerge } from './merge';
export type { Choice, FieldDiff, MergePlan } from './merge';
