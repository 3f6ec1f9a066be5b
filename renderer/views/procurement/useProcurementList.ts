/**
 * The procurement list of the active project, read from its one analysis (the same result, computed
 * once in the analysis worker, that the plan, forecast and report views read): the same plan, the
 * same prices at each year's level, the province rules and the user catalogue.
 */
import { useMemo } from 'react';

import type { Issue, ProjectFile } from '../../../shared/model';
import type { ProcurementList } from '../../../shared/procurement';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { usePlan } from '../plan/usePlan';
import type { Lang } from '../../../shared/format';

export type ProcurementState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; project: ProjectFile; list: ProcurementList; issues: Issue[]; cpuFamily: string; pending: boolean };

/** The active project's procurement list, or why there is none. */
export function useProcurementList(lang: Lang): ProcurementState {
  const project = useActiveProjectFile();
  const planState = usePlan(project, lang);
  return useMemo((): ProcurementState => {
    if (project === null) return { status: 'no-project' };
    if (planState.status === 'no-project') return { status: 'no-project' };
    if (planState.status === 'loading') return { status: 'loading' };
    if (planState.status === 'error') {
      if (planState.issues.length > 0) return { status: 'error', issues: planState.issues };
      const file = project?.project.name ?? '';
      return { status: 'error', issues: [{ severity: 'error', code: 'plan-failed', file, message: { zh: planState.message, en: planState.message } }] };
    }
    // The list belongs to the project the analysis was made for; a newer edit shows as pending.
    const { analysis } = planState;
    return { status: 'ready', project: planState.project, list: analysis.procurement, issues: analysis.issues, cpuFamily: analysis.book.cpuFamily, pending: planState.pending };
  }, [project, planState]);
}
