/**
 * The plan of the active project, read from its one analysis (renderer/hooks/useAnalysis, computed
 * in the analysis worker): debounced, newest answer wins, the previous plan stays on screen (marked
 * pending) while a new one is computed, and the time it took is reported.
 */
import { useMemo } from 'react';

import type { Issue, ProjectFile } from '../../../shared/model';
import type { AssetInsight, PlanResult } from '../../../shared/planner';
import { useAnalysis } from '../../hooks/useAnalysis';
import { getAnalysisClient } from '../../workers/analysisClient';
import type { AnalysisLang, PageAnalysis } from '../../workers/analysisTask';

export type Lang = AnalysisLang;

export type PlanState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; message: string; issues: Issue[] }
  | {
      status: 'ready';
      project: ProjectFile;
      /** The analysis the plan belongs to (forecast, coverage, change; the procurement list is its own answer). */
      analysis: PageAnalysis;
      plan: PlanResult;
      ms: number;
      pending: boolean;
      /** Explains an asset of this plan (computed in the worker from the plan's context). */
      explain: (assetId: string) => Promise<AssetInsight | undefined>;
    };

/**
 * The plan of a project, recomputed off the main thread whenever the project changes.
 * @param project the project to plan (undefined: loading; null: none)
 * @param lang language of the reason texts
 */
export function usePlan(project: ProjectFile | null | undefined, lang: Lang): PlanState {
  const answer = useAnalysis('analyse', project, lang);
  return useMemo((): PlanState => {
    if (answer.status === 'loading' || answer.status === 'no-project') return answer;
    if (answer.status === 'error') return { status: 'error', message: answer.failure.message, issues: answer.failure.issues };
    // The plan view reports the planning time (the rest of the analysis is the forecast and the list).
    const { analysis } = answer.value;
    const ms = analysis.timings.planMs;
    const of = answer.project;
    const explain = (assetId: string) => getAnalysisClient().request('explain', { project: of, lang }, { assetId }).then((insight) => insight ?? undefined);
    return { status: 'ready', project: of, analysis, plan: analysis.plan, ms, pending: answer.pending, explain };
  }, [answer, lang]);
}

/** Whether the app holds the analysis of this project already (a view can draw at once). */
export function hasAnalysis(project: ProjectFile, lang: Lang): boolean {
  return getAnalysisClient().peek('analyse', { project, lang }) !== undefined;
}
