/**
 * The procurement list of the active project: the plan comes from the shared plan worker (the
 * same plan, priced with the same price book, as the plan and graph views), the list is built
 * from it with the province rules and the user catalogue, and rebuilt when either changes.
 */
import { useMemo } from 'react';

import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../../shared/catalogue';
import { costOf, readPriceBook } from '../../../shared/forecast';
import type { Issue, ProjectFile } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner';
import { buildProcurementList, readAdaptationMatrix, readProcurementRules, resolveTarget } from '../../../shared/procurement';
import type { ProcurementList } from '../../../shared/procurement';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { usePlan } from '../plan/usePlan';

export type ProcurementState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; project: ProjectFile; list: ProcurementList; issues: Issue[]; cpuFamily: string; pending: boolean };

/**
 * Builds the list for a project from its plan (pure).
 * @param project the project
 * @param plan its plan, computed with the project's price book (as the plan worker does)
 */
export function computeProcurement(project: ProjectFile, plan: PlanResult): Exclude<ProcurementState, { status: 'loading' | 'no-project' }> {
  const book = readPriceBook(project);
  if (!book.ok) return { status: 'error', issues: book.issues };
  const cost = costOf(book.value, project);
  const rules = readProcurementRules(project);
  const user = parseUserCatalogue(project.extensions?.[USER_CATALOGUE_KEY], project.project.name);
  const catalogue = mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined);
  const matrix = readAdaptationMatrix(project, project.project.name);
  const list = buildProcurementList(project, plan, {
    costOf: cost,
    catalogue,
    ...(rules.ok ? { rules: rules.value } : {}),
    target: resolveTarget(project, book.value.cpuFamily, catalogue),
    adaptationMatrix: matrix.value,
  });
  return { status: 'ready', project, list, issues: [...book.issues, ...rules.issues, ...user.issues, ...matrix.issues], cpuFamily: book.value.cpuFamily, pending: false };
}

/** The active project's procurement list, or why there is none. */
export function useProcurementList(lang: 'zh' | 'en'): ProcurementState {
  const project = useActiveProjectFile();
  const planState = usePlan(project, lang);
  return useMemo((): ProcurementState => {
    if (project === null) return { status: 'no-project' };
    if (planState.status === 'no-project') return { status: 'no-project' };
    if (planState.status === 'loading') return { status: 'loading' };
    if (planState.status === 'error') {
      const file = project?.project.name ?? '';
      return { status: 'error', issues: [{ severity: 'error', code: 'plan-failed', file, message: { zh: planState.message, en: planState.message } }] };
    }
    // The list belongs to the project the plan was made for; a newer edit shows as pending.
    try {
      const state = computeProcurement(planState.project, planState.plan);
      return state.status === 'ready' ? { ...state, pending: planState.pending } : state;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'error', issues: [{ severity: 'error', code: 'procurement-failed', file: planState.project.project.name, message: { zh: message, en: message } }] };
    }
  }, [project, planState]);
}
