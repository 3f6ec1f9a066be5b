/**
 * The procurement list of the active project: plan (from the planner), price book, province
 * rules and user catalogue, recomputed when the project changes.
 */
import { useEffect, useMemo, useState } from 'react';

import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../../shared/catalogue';
import { costOf } from '../../../shared/forecast/cost';
import { readPriceBook } from '../../../shared/forecast/priceBook';
import type { Issue, ProjectFile } from '../../../shared/model';
import { buildProcurementList, inferTarget, readProcurementRules } from '../../../shared/procurement';
import type { ProcurementList } from '../../../shared/procurement';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { loadPlanner } from './modules';
import type { PlanProject } from './modules';

export type ProcurementState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'no-planner' }
  | { status: 'error'; issues: Issue[] }
  | { status: 'ready'; project: ProjectFile; list: ProcurementList; issues: Issue[]; cpuFamily: string };

/** Computes the list for a project with a given planner (pure apart from the planner call). */
export function computeProcurement(project: ProjectFile, planProject: PlanProject): ProcurementState {
  const book = readPriceBook(project);
  if (!book.ok) return { status: 'error', issues: book.issues };
  const cost = costOf(book.value, project);
  const plan = planProject(project, { costOf: cost });
  const rules = readProcurementRules(project);
  const user = parseUserCatalogue(project.extensions?.[USER_CATALOGUE_KEY], project.project.name);
  const catalogue = mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined);
  const list = buildProcurementList(project, plan, {
    costOf: cost,
    catalogue,
    ...(rules.ok ? { rules: rules.value } : {}),
    target: inferTarget(project, book.value.cpuFamily, catalogue),
  });
  return { status: 'ready', project, list, issues: [...book.issues, ...rules.issues, ...user.issues], cpuFamily: book.value.cpuFamily };
}

/** The active project's procurement list, or why there is none. */
export function useProcurementList(): ProcurementState {
  const project = useActiveProjectFile();
  const [planner, setPlanner] = useState<PlanProject | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    loadPlanner().then(
      (found) => alive && setPlanner(() => found ?? null),
      () => alive && setPlanner(null),
    );
    return () => {
      alive = false;
    };
  }, []);
  return useMemo((): ProcurementState => {
    if (project === undefined || planner === undefined) return { status: 'loading' };
    if (project === null) return { status: 'no-project' };
    if (planner === null) return { status: 'no-planner' };
    try {
      return computeProcurement(project, planner);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'error', issues: [{ severity: 'error', code: 'procurement-failed', file: project.project.name, message: { zh: message, en: message } }] };
    }
  }, [project, planner]);
}
