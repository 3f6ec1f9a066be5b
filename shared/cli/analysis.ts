/**
 * The analysis of a project for a command (`plan`, `forecast`, `procure`, `runbook`): the one
 * result of shared/analysis, with the price book's and the rules' problems printed as every
 * command prints them.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { analyse, AnalysisError } from '../analysis';
import type { Analysis } from '../analysis';
import type { ProjectFile } from '../model';
import { formatIssue, makeIssue } from '../model';
import type { PlanResult } from '../planner';
import { printIssues } from './load';
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
  const file = basename(path);
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<PlanResult>;
    if (raw && typeof raw.placements === 'object' && raw.placements !== null && Array.isArray(raw.waves)) {
      return { bundles: [], unscheduled: [], metrics: { waves: 0, lowerBound: 0, assetsPlanned: 0, effortTotal: 0, costTotal: 0 }, ...raw } as PlanResult;
    }
    io.stderr(formatIssue(makeIssue({ code: 'plan-shape', file, zh: '不是计划文件（缺少 waves/placements）', en: 'not a plan (waves/placements missing)' }), io.lang));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(formatIssue(makeIssue({ code: 'plan-unreadable', file, zh: `无法读取计划：${detail}`, en: `cannot read the plan: ${detail}` }), io.lang));
  }
  return undefined;
}
