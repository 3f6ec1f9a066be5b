/**
 * The procurement list of the active project, read from its one analysis (the same result, computed
 * once in the analysis worker, that the plan, forecast and report views read): the same plan, the
 * same prices at each year's level, the province rules and the user catalogue. The list comes in
 * its own answer (`procurement`), so the views that do not show it do not wait for it.
 */
import { useMemo } from 'react';

import type { Issue, ProjectFile } from '../../../shared/model';
import type { ForecastYear } from '../../../shared/forecast';
import type { ProcurementList } from '../../../shared/procurement';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAnalysis } from '../../hooks/useAnalysis';
import { usePlan } from '../plan/usePlan';
import type { Lang } from '../../../shared/format';

export type ProcurementState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; project: ProjectFile; list: ProcurementList; issues: Issue[]; cpuFamily: string; pending: boolean; forecast?: readonly ForecastYear[] };

/** The active project's procurement list, or why there is none. */
export function useProcurementList(lang: Lang): ProcurementState {
  const project = useActiveProjectFile();
  const planState = usePlan(project, lang);
  const listAnswer = useAnalysis('procurement', project, lang);
  return useMemo((): ProcurementState => {
    if (project === null) return { status: 'no-project' };
    if (planState.status === 'no-project') return { status: 'no-project' };
    if (planState.status === 'loading') return { status: 'loading' };
    // A failure's own issues, else its message as one issue of the project file.
    const failed = (issues: Issue[], message: string): ProcurementState => ({ status: 'error', issues: issues.length > 0 ? issues : [{ severity: 'error', code: 'plan-failed', file: project?.project.name ?? '', message: { zh: message, en: message } }] });
    if (planState.status === 'error') return failed(planState.issues, planState.message);
    // Both answers come from the same analysis; until the list of that project is here, the
    // previous list stays (pending) or the view waits.
    if (listAnswer.status === 'error') return failed(listAnswer.failure.issues, listAnswer.failure.message);
    if (listAnswer.status !== 'ready') return { status: 'loading' };
    const { analysis } = planState;
    const pending = planState.pending || listAnswer.pending || listAnswer.project !== planState.project;
    // The forecast's other lines (assessments, support, dual track, training): what the list leaves out.
    return { status: 'ready', project: listAnswer.project, list: listAnswer.value, issues: analysis.issues, cpuFamily: analysis.book.cpuFamily, pending, forecast: analysis.forecast.years };
  }, [project, planState, listAnswer]);
}
