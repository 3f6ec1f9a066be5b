/**
 * A hospital group (医联体) side by side: each member project planned with the real planner on its
 * own active scenario and priced with its own price book, then spend per calendar year per
 * hospital, summed per year and per hospital. Pure; the view and the export both read this.
 */
import { analyse, AnalysisError } from '../analysis';
import type { ForecastResult } from '../forecast';
import type { IsoDate, Issue, ProjectFile } from '../model';
import type { PlanResult } from '../planner';
import { jointTenderPackages, tenderPackages } from '../procurement';
import type { JointTenderPackage, ProcurementList, TenderPackageSummary } from '../procurement';

export type GroupMember = { id: string; project: ProjectFile };

/** The analysis of one member on its active scenario (the real one unless a test passes another). */
export type AnalyseFn = (project: ProjectFile) => { plan: PlanResult; forecast: ForecastResult; procurement: Pick<ProcurementList, 'items'> };

export type HospitalPlan =
  | {
      status: 'ok';
      id: string;
      name: string;
      province?: string;
      scenario: string;
      /**
       * Waves of the plan up to the last one that holds an asset, as the plan view and the report count
       * them (an empty wave in between, e.g. a year's budget spent, still takes its months).
       */
      waves: number;
      /** End date of the last such wave, or null when nothing is scheduled. */
      lastWaveEnd: IsoDate | null;
      /** Spend within the project's own horizon (yuan). */
      total: number;
      /** Spend of waves starting after the horizon (not in `total`). */
      beyondHorizon: number;
      fullCoverageYear: number | null;
      unscheduled: number;
      /** Spend per calendar year of the project's horizon. */
      spendByYear: Record<number, number>;
      forecast: ForecastResult;
      /** Its procurement list as tenders (采购包) per budget year. */
      packages: TenderPackageSummary[];
    }
  | { status: 'error'; id: string; name: string; issues: Issue[]; message?: string };

export type GroupForecast = {
  /** Every calendar year any member's horizon covers, ascending and contiguous. */
  years: number[];
  hospitals: HospitalPlan[];
  /** spend[y][h]: year `years[y]`, hospital `hospitals[h]` (0 outside its horizon or for a failed member). */
  spend: number[][];
  /** Sum over hospitals, per year. */
  yearTotals: number[];
  /** Sum over years, per hospital (equals the hospital's `total`). */
  hospitalTotals: number[];
  grandTotal: number;
  /**
   * The tenders the group can run jointly (医联体统一采购): each package of each budget year over
   * the members that buy it; `hospitals` are positions in `hospitals`.
   */
  packages: JointTenderPackage[];
};

/**
 * Plans and prices each member and lays the spend out year by hospital.
 * @param members the projects, in display order
 * @param run the analysis of a member (shared/analysis unless a test passes another)
 */
export function groupForecast(members: readonly GroupMember[], run: AnalyseFn = (project) => analyse(project, undefined, { file: project.project.name })): GroupForecast {
  const hospitals = members.map((member) => planMember(member, run));
  const ok = hospitals.filter((h): h is Extract<HospitalPlan, { status: 'ok' }> => h.status === 'ok');
  const allYears = ok.flatMap((h) => Object.keys(h.spendByYear).map(Number));
  const years: number[] = [];
  if (allYears.length > 0) for (let y = Math.min(...allYears); y <= Math.max(...allYears); y += 1) years.push(y);
  const spend = years.map((year) => hospitals.map((h) => (h.status === 'ok' ? (h.spendByYear[year] ?? 0) : 0)));
  const yearTotals = spend.map((row) => row.reduce((a, b) => a + b, 0));
  const hospitalTotals = hospitals.map((_, i) => spend.reduce((sum, row) => sum + row[i]!, 0));
  const grandTotal = yearTotals.reduce((a, b) => a + b, 0);
  const packages = jointTenderPackages(hospitals.map((h) => (h.status === 'ok' ? h.packages : [])));
  return { years, hospitals, spend, yearTotals, hospitalTotals, grandTotal, packages };
}

function planMember({ id, project }: GroupMember, run: AnalyseFn): HospitalPlan {
  const name = project.project.name;
  try {
    const { plan: result, forecast, procurement } = run(project);
    const used = result.waves.filter((w) => w.index >= 1 && w.assets.length > 0);
    const lastWaveEnd = used.reduce<IsoDate | null>((last, w) => (last === null || w.end > last ? w.end : last), null);
    const spendByYear: Record<number, number> = {};
    for (const year of forecast.years) spendByYear[year.year] = year.total;
    const hospital: HospitalPlan = {
      status: 'ok',
      id,
      name,
      scenario: project.scenario?.name ?? '',
      waves: used.reduce((last, w) => Math.max(last, w.index), 0),
      lastWaveEnd,
      total: forecast.totals.total,
      beyondHorizon: forecast.beyondHorizon,
      fullCoverageYear: forecast.fullCoverageYear,
      unscheduled: result.unscheduled.length,
      spendByYear,
      forecast,
      packages: tenderPackages(procurement),
    };
    if (project.project.province) hospital.province = project.project.province;
    return hospital;
  } catch (error) {
    if (error instanceof AnalysisError) return { status: 'error', id, name, issues: error.issues };
    return { status: 'error', id, name, issues: [], message: error instanceof Error ? error.message : String(error) };
  }
}

/** Header words; `withUnit` adds the money unit to a column name, e.g. `某医院（元）`. */
export type GroupTableLabels = { year: string; total: string; withUnit: (column: string) => string };

/**
 * The year × hospital table as export rows (yuan, rounded to whole yuan), with a summed column and
 * a summed last row; failed members are left out.
 * @param group the computed group
 * @param labels the header words in the user's language
 */
export function groupTable(group: GroupForecast, labels: GroupTableLabels): { headers: string[]; rows: (string | number)[][]; totals: (string | number)[] } {
  const columns = group.hospitals.map((h, i) => ({ h, i })).filter(({ h }) => h.status === 'ok');
  const headers = [labels.year, ...columns.map(({ h }) => labels.withUnit(h.name)), labels.withUnit(labels.total)];
  const rows = group.years.map((year, y) => [year, ...columns.map(({ i }) => Math.round(group.spend[y]![i]!)), Math.round(group.yearTotals[y]!)]);
  const totals = [labels.total, ...columns.map(({ i }) => Math.round(group.hospitalTotals[i]!)), Math.round(group.grandTotal)];
  return { headers, rows, totals };
}
