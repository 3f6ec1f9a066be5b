/**
 * The forecast of the active project: plan (from the planner, priced with the project's book),
 * spend per year, and the comparison of the project's scenarios. Recomputed when the project changes.
 */
import { useEffect, useMemo, useState } from 'react';

import { compareScenarios, costOf, forecastSpend, projectScenarios, readPriceBook } from '../../../shared/forecast';
import type { ForecastResult, PriceBook, ScenarioSummary } from '../../../shared/forecast';
import type { Issue, ProjectFile } from '../../../shared/model';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { loadPlanner } from './modules';
import type { PlanProject } from './modules';

export type ForecastState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'no-planner'; project: ProjectFile; book: PriceBook }
  | { status: 'error'; issues: Issue[]; message?: string }
  | { status: 'ready'; project: ProjectFile; book: PriceBook; forecast: ForecastResult; scenarios: ScenarioSummary[] };

/**
 * Computes the forecast and the scenario comparison for a project with a given planner.
 * @param project the project
 * @param planProject the planner
 */
export function computeForecast(project: ProjectFile, planProject: PlanProject): ForecastState {
  const book = readPriceBook(project);
  if (!book.ok) return { status: 'error', issues: book.issues };
  const plan = (p: ProjectFile) => planProject(p, { costOf: costOf(book.value, p) });
  const forecast = forecastSpend(project, plan(project), book.value);
  const all = projectScenarios(project);
  const scenarios = all.length > 1 ? compareScenarios(project, all, plan, book.value) : [];
  return { status: 'ready', project, book: book.value, forecast, scenarios };
}

/** Forecasts by project object (the same object across views until a write) and planner. */
const forecasts = new WeakMap<ProjectFile, { planner: PlanProject; state: ForecastState }>();

/**
 * The forecast of a project object, computed once: coming back to the forecast, or switching
 * between views, does not plan the project and its scenarios again. A write gives a new object.
 * @param project the project
 * @param planProject the planner
 */
export function forecastFor(project: ProjectFile, planProject: PlanProject): ForecastState {
  const cached = forecasts.get(project);
  if (cached && cached.planner === planProject) return cached.state;
  let state: ForecastState;
  try {
    state = computeForecast(project, planProject);
  } catch (error) {
    state = { status: 'error', issues: [], message: error instanceof Error ? error.message : String(error) };
  }
  forecasts.set(project, { planner: planProject, state });
  return state;
}

/** The planner once loaded (null: not part of the build), so a later visit does not wait for it. */
let loadedPlanner: PlanProject | null | undefined;

/** The active project's forecast, or why there is none. */
export function useForecast(): ForecastState {
  const project = useActiveProjectFile();
  const [planner, setPlanner] = useState<PlanProject | null | undefined>(() => loadedPlanner);
  useEffect(() => {
    if (loadedPlanner !== undefined) return;
    let alive = true;
    loadPlanner().then(
      (found) => {
        loadedPlanner = found ?? null;
        if (alive) setPlanner(() => loadedPlanner);
      },
      () => alive && setPlanner(null),
    );
    return () => {
      alive = false;
    };
  }, []);
  return useMemo((): ForecastState => {
    if (project === undefined || planner === undefined) return { status: 'loading' };
    if (project === null) return { status: 'no-project' };
    if (planner === null) {
      const book = readPriceBook(project);
      return book.ok ? { status: 'no-planner', project, book: book.value } : { status: 'error', issues: book.issues };
    }
    return forecastFor(project, planner);
  }, [project, planner]);
}
