/**
 * The wave calendar: fixed-length waves from the project's start date over its horizon.
 *
 * Conventions (a planner can state them to the leadership):
 * - Wave k (1-based) starts `waveMonths * (k - 1)` months after `startDate` (day clamped to the
 *   month's length) and ends the day before the next wave starts.
 * - Only waves that start before `startDate + horizonYears` exist; nothing is planned after them.
 * - `readyFrom`: an asset may go in the first wave that starts on or after its ready date (the
 *   whole wave is available for the work, never a wave that is already half over).
 * - Freeze windows (named, `MM-DD` to `MM-DD`): a system goes over on a weekend night (Saturday
 *   night into Sunday, the runbook's window), the first of its wave whose Saturday and Sunday lie
 *   outside every window of its scope (`core` or `all` for a core cut-over, `all` for another
 *   system); any other change (a terminal swapped, a platform built) on the first day outside the
 *   `all` windows. A wave with no such weekend is frozen for core cut-overs.
 * - Budget per calendar year: a wave's cost is attributed to the year in which the wave starts
 *   (a Nov–Jan wave spends the budget of the November year).
 */
import type { FreezeWindow, IsoDate, Lang, ProjectMeta } from '../model';

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
  /** Saturday of the first weekend of each wave open to a core cut-over (`YYYY-MM-DD`), '' when frozen. */
  cutoverDate: string[];
  /** Saturday of the first weekend of each wave open to the cut-over of a system that is not core, '' when none. */
  systemDate: string[];
  /** First day of each wave open to any change, '' when wholly frozen. */
  changeDate: string[];
  /** `YYYY-MM` of `cutoverDate` (the contract's `cutoverMonth`). */
  cutoverMonth: string[];
  /** Names of the core freeze windows that pushed the cut-over weekend of each wave later ('' when none). */
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

/**
 * An ISO date moved by whole days (negative: earlier).
 * @param iso a `YYYY-MM-DD` date
 * @param days days to add
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(y, m - 1, d + days);
}

/** The day before an ISO date. */
export const dayBefore = (iso: IsoDate): IsoDate => addDays(iso, -1);

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first Saturday on or after an ISO date. */
export const saturdayFrom = (iso: IsoDate): IsoDate => addDays(iso, (6 - weekdayOf(iso) + 7) % 7);

export type WaveInfo = {
  start: IsoDate;
  end: IsoDate;
  year: number;
  cutoverDate: string;
  systemDate: string;
  changeDate: string;
  /** Core freeze windows that pushed the cut-over weekend later. */
  movedPast: string;
};

/** Whether a `MM-DD` day lies in a window (windows may wrap the year end: 12-20 to 01-10). */
export function inWindow(monthDay: string, window: Pick<FreezeWindow, 'from' | 'to'>): boolean {
  return window.from <= window.to ? monthDay >= window.from && monthDay <= window.to : monthDay >= window.from || monthDay <= window.to;
}

/** Whether a window stops a change of this kind (a core cut-over: windows of scope core or all). */
const stops = (window: FreezeWindow, core: boolean): boolean => core || window.scope === 'all';

/**
 * The night of a system's cut-over: the first Saturday on or after `from` (and not after `until`)
 * whose Saturday and Sunday lie outside every freeze window that stops the change (`core`: windows
 * of scope core or all; otherwise those of scope all). The plan dates its cut-overs by it and the
 * runbook opens its window that night (Saturday 22:00 to Sunday 06:00).
 * @returns the Saturday ('' when there is none) and the names of the windows that pushed it later
 */
export function weekendWindow(from: IsoDate, until: IsoDate, windows: readonly FreezeWindow[], core: boolean): { date: IsoDate; skipped: string[] } {
  const skipped = new Set<string>();
  for (let saturday = saturdayFrom(from); saturday <= until; saturday = addDays(saturday, 7)) {
    const days = [saturday.slice(5), dayAfter(saturday).slice(5)];
    const blocking = windows.filter((w) => stops(w, core) && days.some((day) => inWindow(day, w)));
    if (blocking.length === 0) return { date: saturday, skipped: [...skipped] };
    for (const w of blocking) skipped.add(w.name);
  }
  return { date: '', skipped: [...skipped] };
}

/**
 * A cut-over's date as a reader takes it: `2030-04-06（周六夜）` / `2030-04-06 (Saturday night)`
 * for the weekend night the plan gives a system, the bare date otherwise (a plan read from a file).
 */
export function cutoverNight(date: IsoDate, lang: Lang): string {
  if (weekdayOf(date) !== 6) return date;
  return lang === 'zh' ? `${date}（周六夜）` : `${date} (Saturday night)`;
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
  let changeDate = '';
  for (let day = start; day <= end && changeDate === ''; day = dayAfter(day)) {
    const md = day.slice(5);
    if (!windows.some((w) => w.scope === 'all' && inWindow(md, w))) changeDate = day;
  }
  const core = weekendWindow(start, end, windows, true);
  const system = weekendWindow(start, end, windows, false);
  return { start, end, year: sy, cutoverDate: core.date, systemDate: system.date, changeDate, movedPast: core.date === '' ? '' : core.skipped.join('、') };
}

/** The day after an ISO date. */
export const dayAfter = (iso: IsoDate): IsoDate => addDays(iso, 1);

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
  const systemDate: string[] = [''];
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
    systemDate.push(info.systemDate);
    changeDate.push(info.changeDate);
    cutoverMonth.push(info.cutoverDate.slice(0, 7));
    movedPast.push(info.movedPast);
  }
  return { count, starts, ends, year, frozen, frozenAll, cutoverDate, systemDate, changeDate, cutoverMonth, movedPast };
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
