/**
 * The planner is another feature's module; it is found with Vite's glob import so this view builds,
 * and says so, until `shared/planner/index.ts` is in the tree.
 */
import type { Asset, ProjectFile } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner/types';

export type PlanProject = (project: ProjectFile, options: { costOf: (asset: Asset) => number; lang?: 'zh' | 'en' }) => PlanResult;

const planners = import.meta.glob<{ planProject?: PlanProject }>('../../../shared/planner/index.ts');

/** The planner's `planProject`, or undefined while the planner is not part of the build. */
export async function loadPlanner(): Promise<PlanProject | undefined> {
  const load = Object.values(planners)[0];
  return load ? (await load()).planProject : undefined;
}
