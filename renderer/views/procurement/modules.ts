/**
 * The planner and the CSV/XLSX writers are other features' modules; they are found with Vite's
 * glob import so this view builds, and says what is missing, until they are in the tree.
 */
import type { Asset, ProjectFile } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner/types';

export type PlanProject = (project: ProjectFile, options: { costOf: (asset: Asset) => number }) => PlanResult;
export type Cell = string | number;
export type Sheet = { name: string; headers: string[]; rows: Cell[][] };
export type CsvWriter = (headers: readonly string[], rows: readonly (readonly Cell[])[]) => string;
export type XlsxWriter = (sheets: Sheet[]) => Promise<Uint8Array> | Uint8Array;

const planners = import.meta.glob<{ planProject?: PlanProject }>('../../../shared/planner/index.ts');
const writers = import.meta.glob<{ toCsv?: CsvWriter; toXlsx?: XlsxWriter }>('../../../shared/io/index.ts');

/** The planner's `planProject`, or undefined while the planner is not part of the build. */
export async function loadPlanner(): Promise<PlanProject | undefined> {
  const load = Object.values(planners)[0];
  return load ? (await load()).planProject : undefined;
}

/** The formula-injection-safe writers of shared/io. */
export async function loadWriters(): Promise<{ toCsv?: CsvWriter; toXlsx?: XlsxWriter }> {
  const load = Object.values(writers)[0];
  return load ? await load() : {};
}
