/**
 * The wave calendar: fixed-length waves from the project's start date over its horizon.
 *
 * Conventions (a planner can state them to the leadership):
 * - Wave k (1-based) starts `waveMonths * (k - 1)` months after `startDate` (day clamped to the
 *   month's length) and ends the day before the next wave starts.
 * - Only waves that start before `startDate + horizonYears` exist; nothing is planned after them.
 * - `readyFrom`: an asset may go in the first wave that starts on or after its ready date (the
 *   whole wave is available for the work, never a wave that is already half over).
 * - Freeze windows (named, `MM-DD` to `MM-DD`): a core cut-over happens on the first day of its
 *   wave outside every window of scope `core` or `all`; any other change on the first day outside
 *   the `all` windows. A wave with no such day is frozen for that kind of change.
 * - Budget per calendar year: a wave's cost is attributed to the year in which the wave starts
 *   (a Nov–Jan wave spends the budget of the November year).
 */
import type { FreezeWindow, IsoDate, ProjectMeta } from '../model';

export type WaveCalendar = {
  /** Number of waves in the horizon. */
  count: number;
  /** Index 1..count (index 0 unused). */
  starts: IsoDate[];
  ends: IsoDate[];
  /** Calendar year of each wave's start (budget year). */
  year: Int32Array;
  /** 1 when every day of the wave lies in a freeze window of scope `core` or `all` (no core cut-over). */
  frozen: Uint8Array;
  /** 1 when every day of the wave lies in a freeze window of scope `all` (no change at all). */
  frozenAll: Uint8Array;
  /** First day of each wave open to a core cut-over (`YYYY-MM-DD`), '' when frozen. */
  cutoverDate: string[];
  /** First day of each wave open to any change, '' when wholly frozen. */
  changeDate: string[];
  /** `YYYY-MM` of `cutoverDate` (the contract's `cutoverMonth`). */
  cutoverMonth: string[];
  /** Names of the core freeze windows the cut-over date of each wave was moved past ('' when none). */
  movedPast: string[];
};

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const daysInMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** `YYYY-MM-DD` of a UTC calendar date. */
const isoOf = (year: number, month0: number, day: number): IsoDate => {
  const date = new Date(Date.UTC(year, month0, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/**
 * Adds calendar months to a date, clamping the day (2027-01-31 + 1 month = 2027-02-28).
 * @param iso a `YYYY-MM-DD` date
 * @param months months to add (may be negative)
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  return isoOf(year, month0, Math.min(d, daysInMonth(year, month0)));
}

/** The day before an ISO date. */
export function dayBefore(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(y, m - 1, d - 1);
}

export type WaveInfo = {
  start: IsoDate;
  end: IsoDate;
  year: number;
  cutoverDate: string;
  changeDate: string;
  /** Core freeze windows the cut-over date was moved past. */
  movedPast: string;
};

/** Whether a `MM-DD` day lies in a window (windows may wrap the year end: 12-20 to 01-10). */
export function inWindow(monthDay: string, window: Pick<FreezeWindow, 'from' | 'to'>): boolean {
  return window.from <= window.to ? monthDay >= window.from && monthDay <= window.to : monthDay >= window.from || monthDay <= window.to;
}

/**
 * Dates, budget year and first open days of wave `k` (1-based), also beyond the horizon (the lower
 * bound looks past it when the work does not fit).
 * @param meta project start date and wave length
 * @param windows the scenario's freeze windows
 * @param k wave index
 */
export function describeWave(meta: Pick<ProjectMeta, 'startDate' | 'waveMonths'>, windows: readonly FreezeWindow[], k: number): WaveInfo {
  const waveMonths = Math.max(1, Math.floor(meta.waveMonths));
  const start = addMonths(meta.startDate, waveMonths * (k - 1));
  const end = dayBefore(addMonths(meta.startDate, waveMonths * k));
  const [sy] = start.split('-').map(Number) as [number];
  let cutoverDate = '';
  let changeDate = '';
  const moved = new Set<string>();
  if (windows.length === 0) {
    cutoverDate = start;
    changeDate = start;
  } else {
    for (let day = start; day <= end && cutoverDate === ''; day = dayAfter(day)) {
      const md = day.slice(5);
      let all = false;
      let core = false;
      for (const w of windows) {
        if (!inWindow(md, w)) continue;
        if (w.scope === 'all') all = true;
        core = true;
        moved.add(w.name);
      }
      if (!all && changeDate === '') changeDate = day;
      if (!core) cutoverDate = day;
    }
  }
  return { start, end, year: sy, cutoverDate, changeDate, movedPast: cutoverDate === start ? '' : [...moved].join('、') };
}

/** The day after an ISO date. */
export function dayAfter(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(y, m - 1, d + 1);
}

/**
 * Builds the calendar of waves.
 * @param meta project start date, horizon and wave length
 * @param windows the scenario's freeze windows
 */
export function buildCalendar(meta: Pick<ProjectMeta, 'startDate' | 'horizonYears' | 'waveMonths'>, windows: readonly FreezeWindow[]): WaveCalendar {
  const waveMonths = Math.max(1, Math.floor(meta.waveMonths));
  const count = Math.max(1, Math.floor((Math.max(1, meta.horizonYears) * 12) / waveMonths));
  const starts: IsoDate[] = [''];
  const ends: IsoDate[] = [''];
  const year = new Int32Array(count + 1);
  const frozen = new Uint8Array(count + 1);
  const frozenAll = new Uint8Array(count + 1);
  const cutoverDate: string[] = [''];
  const changeDate: string[] = [''];
  const cutoverMonth: string[] = [''];
  const movedPast: string[] = [''];
  for (let k = 1; k <= count; k++) {
    const info = describeWave(meta, windows, k);
    starts.push(info.start);
    ends.push(info.end);
    year[k] = info.year;
    frozen[k] = info.cutoverDate === '' ? 1 : 0;
    frozenAll[k] = info.changeDate === '' ? 1 : 0;
    cutoverDate.push(info.cutoverDate);
    changeDate.push(info.changeDate);
    cutoverMonth.push(info.cutoverDate.slice(0, 7));
    movedPast.push(info.movedPast);
  }
  return { count, starts, ends, year, frozen, frozenAll, cutoverDate, changeDate, cutoverMonth, movedPast };
}

/** The wave (1-based, possibly past the horizon) that contains a date; 0 before the start. */
export function waveOfDate(meta: Pick<ProjectMeta, 'startDate' | 'waveMonths'>, date: IsoDate): number {
  if (date < meta.startDate) return 0;
  const waveMonths = Math.max(1, Math.floor(meta.waveMonths));
  const [sy, sm] = meta.startDate.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  let k = Math.floor(((y - sy) * 12 + (m - sm)) / waveMonths) + 1;
  while (k > 1 && addMonths(meta.startDate, waveMonths * (k - 1)) > date) k--;
  while (addMonths(meta.startDate, waveMonths * k) <= date) k++;
  return Math.max(1, k);
}

/**
 * The first wave an asset ready on `readyFrom` may go in: the first wave starting on or after
 * that date (1 when there is no date or it is before the start); `count + 1` when no wave of the
 * horizon qualifies.
 * @param calendar the wave calendar
 * @param readyFrom the asset's ready date
 */
export function readyWave(calendar: WaveCalendar, readyFrom: IsoDate | undefined): number {
  if (!readyFrom || readyFrom <= calendar.starts[1]!) return 1;
  let lo = 1;
  let hi = calendar.count + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calendar.starts[mid]! >= readyFrom) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
