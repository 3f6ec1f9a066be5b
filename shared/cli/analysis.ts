/**
 * The analysis of a project for a command (`plan`, `forecast`, `procure`, `runbook`): the one
 * result of shared/analysis, with the price book's and the rules' problems printed as every
 * command prints them.
 */
import { basename } from 'node:path';

import { analyse, AnalysisError } from '../analysis';
import type { Analysis } from '../analysis';
import type { ProjectFile } from '../model';
import { makeIssue } from '../model';
import { planFromJson } from '../planner';
import type { PlanJson, PlanResult } from '../planner';
import { printIssues, readJsonFile } from './load';
import type { CliIo } from './types';

/**
 * @param project the loaded project (its active scenario is analysed)
 * @param path the project file's path, for messages
 * @param io the command's output
 * @param plan a plan read with `--plan`, used instead of planning
 * @returns the analysis, or undefined after printing why it cannot be made
 */
export function analyseForCommand(project: ProjectFile, path: string, io: CliIo, plan?: PlanResult): Analysis | undefined {
  try {
    const analysis = analyse(project, undefined, { lang: io.lang, file: basename(path), ...(plan ? { plan } : {}) });
    printIssues(analysis.issues, io);
    return analysis;
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    printIssues(error.issues, io);
    return undefined;
  }
}

/** Reads a plan written by `xcplan plan --json` (`--plan`); prints why and returns undefined when it is not one. */
export async function readPlan(path: string, io: CliIo): Promise<PlanResult | undefined> {
  const read = await readJsonFile(path, 'plan-unreadable', { zh: '计划', en: 'the plan' });
  const raw = (read.ok ? read.value : undefined) as Partial<PlanJson> | null | undefined;
  if (raw && typeof raw.placements === 'object' && raw.placements !== null && !Array.isArray(raw.placements) && Array.isArray(raw.waves)) {
    // A plan written before units and events (planner v1) has neither: it then has no cut-over units.
    return planFromJson({ bundles: [], unscheduled: [], units: [], events: [], warnings: [], metrics: { waves: 0, lowerBound: 0, assetsPlanned: 0, effortTotal: 0, costTotal: 0 }, ...raw } as PlanJson);
  }
  printIssues(read.ok ? [makeIssue({ code: 'plan-shape', file: basename(path), zh: '不是计划文件（缺少 waves/placements）', en: 'not a plan (waves/placements missing)' })] : read.issues, io);
  return undefined;
}
