/**
 * The forecast of the active project, read from its one analysis (computed in the analysis worker,
 * shared with the plan, procurement and report views), and the comparison of the project's
 * scenarios (each scenario's own analysis, also in the worker).
 */
import { useMemo } from 'react';

import type { ForecastResult, PriceBook, ScenarioSummary } from '../../../shared/forecast';
import type { Issue, ProjectFile } from '../../../shared/model';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAnalysis } from '../../hooks/useAnalysis';
import type { AnalysisAnswer } from '../../hooks/useAnalysis';
import type { Lang } from '../../../shared/format';

export type ForecastState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; issues: Issue[]; message?: string }
  | {
      status: 'ready';
      project: ProjectFile;
      book: PriceBook;
      forecast: ForecastResult;
      /** One per scenario; undefined while the comparison is being computed (or not asked for). */
      scenarios: ScenarioSummary[] | undefined;
      pending: boolean;
    };

/**
 * The forecast state from the worker's answers (pure; the view's hook below feeds it).
 * @param analysis the answer to `analyse`
 * @param comparison the answer to `compare` (loading until it arrives; the forecast shows before it)
 */
export function forecastState(analysis: AnalysisAnswer<'analyse'>, comparison: AnalysisAnswer<'compare'>): ForecastState {
  if (analysis.status === 'loading' || analysis.status === 'no-project') return analysis;
  if (analysis.status === 'error') return { status: 'error', issues: analysis.failure.issues, ...(analysis.failure.issues.length === 0 ? { message: analysis.failure.message } : {}) };
  const { analysis: result } = analysis.value;
  const scenarios = comparison.status === 'ready' && comparison.project === analysis.project ? comparison.value : undefined;
  return { status: 'ready', project: analysis.project, book: result.book, forecast: result.forecast, scenarios, pending: analysis.pending };
}

/**
 * The active project's forecast, or why there is none.
 * @param compare also ask for the scenario comparison: it analyses every other scenario, which
 *   holds the one worker for seconds at 100,000 assets (and again after each edit), so only while
 *   the comparison is on screen
 */
export function useForecast(lang: Lang = 'zh', compare = false): ForecastState {
  const project = useActiveProjectFile();
  const analysis = useAnalysis('analyse', project, lang);
  const comparison = useAnalysis('compare', compare ? project : undefined, lang);
  return useMemo(() => forecastState(analysis, comparison), [analysis, comparison]);
}
