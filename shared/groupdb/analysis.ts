/**
 * The plan and spend figures pushed beside a revision, from the same planner and forecast the app
 * and `xcplan plan` / `xcplan forecast` use. One function on purpose: when the single analysis of
 * the project lands, it replaces the body of `analyseForGroup` and nothing else changes.
 */
import { analyse, AnalysisError } from '../analysis';
import { PRICE_LINES } from '../forecast';
import type { LineAmounts } from '../forecast';
import type { Issue, ProjectFile } from '../model';
import { placementOf } from '../planner/placements';
import { tenderPackages } from '../procurement/packages';
import type { TenderPackageSummary } from '../procurement/packages';

export type GroupWave = { wave: number; start: string; end: string; assets: number; effort: number; cost: number };
export type GroupYear = LineAmounts & { year: number; total: number };

export type GroupAnalysis = {
  waves: GroupWave[];
  years: GroupYear[];
  /** Per asset id: the calendar year it is domestic (0: already), or null when the plan does not make it so. */
  domesticYear: Map<string, number | null>;
  /** The procurement list as tenders (采购包) per budget year. */
  packages: TenderPackageSummary[];
};

/**
 * Plans the project on its active scenario, prices it with its price book and returns what the
 * group store keeps.
 * @returns the figures, or the price book's issues when it cannot be read
 */
export function analyseForGroup(project: ProjectFile): { ok: true; value: GroupAnalysis } | { ok: false; issues: Issue[] } {
  let result;
  try {
    result = analyse(project, undefined, { file: project.project.name });
  } catch (error) {
    if (error instanceof AnalysisError) return { ok: false, issues: error.issues };
    throw error;
  }
  const { plan, forecast, procurement } = result;
  const startYear = Number(project.project.startDate.slice(0, 4));
  const endYearOfWave = new Map(plan.waves.map((w) => [w.index, Number(w.end.slice(0, 4))]));
  const domesticYear = new Map<string, number | null>();
  for (const asset of project.assets) {
    const wave = placementOf(plan, asset.id)?.wave;
    // As the forecast counts coverage: domestic at the end of the year its wave ends.
    domesticYear.set(asset.id, wave === 0 ? 0 : wave !== undefined && wave > 0 ? Math.max(startYear, endYearOfWave.get(wave) ?? startYear) : null);
  }
  return {
    ok: true,
    value: {
      waves: plan.waves.filter((w) => w.index >= 1).map((w) => ({ wave: w.index, start: w.start, end: w.end, assets: w.assets.length, effort: w.effort, cost: w.cost })),
      years: forecast.years.map((y) => {
        const lines = Object.fromEntries(PRICE_LINES.map((line) => [line, y[line]])) as LineAmounts;
        return { ...lines, year: y.year, total: y.total };
      }),
      domesticYear,
      packages: tenderPackages(procurement),
    },
  };
}
