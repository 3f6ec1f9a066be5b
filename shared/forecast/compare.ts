/**
 * Scenario comparison: the same project analysed under several scenarios (shared/analysis), each
 * with the same price book, summarised as the figures leadership asks for (total, years to full
 * coverage, peak year).
 */
import type { ProjectFile, Scenario } from '../model';
import type { PlanResult } from '../planner/types';
import type { ForecastResult } from './types';

export type ScenarioSummary = {
  name: string;
  /** Base spend over the horizon, yuan. */
  total: number;
  low: number;
  high: number;
  /** Years from the start year up to and including the first year at 100% coverage; null if not reached. */
  yearsToFullCoverage: number | null;
  fullCoverageYear: number | null;
  peakYear: number | null;
  /** Spend of the peak year, yuan. */
  peakSpend: number;
  /** Coverage at the end of the horizon. */
  finalCoverage: number;
  waves: number;
  unscheduled: number;
  forecast: ForecastResult;
};

/** The plan and forecast of the project under one scenario (the analysis's). */
export type ScenarioRun = (scenario: Scenario) => { plan: PlanResult; forecast: ForecastResult };

/**
 * Summarises the project under each scenario.
 * @param project the project
 * @param scenarios two or more scenarios to compare
 * @param run the analysis of the project under a scenario
 * @returns one summary per scenario, in the order given
 */
export function compareScenarios(project: ProjectFile, scenarios: readonly Scenario[], run: ScenarioRun): ScenarioSummary[] {
  const startYear = Number(project.project.startDate.slice(0, 4));
  return scenarios.map((scenario) => {
    const { plan: result, forecast } = run(scenario);
    const peak = forecast.years.find((y) => y.year === forecast.peakYear);
    const last = forecast.years[forecast.years.length - 1];
    return {
      name: scenario.name,
      total: forecast.totals.total,
      low: forecast.totals.low,
      high: forecast.totals.high,
      yearsToFullCoverage: forecast.fullCoverageYear === null ? null : forecast.fullCoverageYear - startYear + 1,
      fullCoverageYear: forecast.fullCoverageYear,
      peakYear: forecast.peakYear,
      peakSpend: peak?.total ?? 0,
      finalCoverage: last?.coverage ?? 0,
      waves: result.waves.length,
      unscheduled: result.unscheduled.length,
      forecast,
    };
  });
}

/**
 * All scenarios of a project: the active one first, then the others, without duplicates by name.
 * @param project the project
 */
export function projectScenarios(project: ProjectFile): Scenario[] {
  const all = [project.scenario, ...(project.scenarios ?? [])].filter((s): s is Scenario => s !== undefined);
  const seen = new Set<string>();
  return all.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}
