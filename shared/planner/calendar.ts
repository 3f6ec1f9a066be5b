/**
 * The wave calendar: fixed-length waves from the project's start date over its horizon.
 *
 * Conventions (a planner can state them to the leadership):
 * - Wave k (1-based) starts `waveMonths * (k - 1)` months after `startDate` (day clamped to the
 *   month's length) and ends the day before the next wave starts.
 * - Only waves that start before `startDate + horizonYears` exist; nothing is planned after them.
 * - `readyFrom`: an asset may go in the first wave that starts on or after its ready date (the
 *   whole wave is available for the work, never a wave that is already half over).
 * - Freeze months: a wave is frozen for core cut-overs when every calendar month it touches is a
 *   freeze month. A core cut-over needs at least one non-frozen month in its wave; the plan records
 *   the first such month as the cut-over month.
 * - Budget per calendar year: a wave's cost is attributed to the year in which the wave starts
 *   (a Nov–Jan wave spends the budget of the November year).
 */
import type { IsoDate, ProjectMeta } from '../model';

export type WaveCalendar = {
  /** Number of waves in the horizon. */
  count: number;
  /** Index 1..count (index 0 unused). */
  starts: IsoDate[];
  ends: IsoDate[];
  /** Calendar year of each wave's start (budget year). */
  year: Int32Array;
  /** 1 when every month of the wave is a freeze month. */
  frozen: Uint8Array;
  /** First non-frozen month (`YYYY-MM`) of each wave, '' when frozen. */
  cutoverMonth: string[];
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

export type WaveInfo = { start: IsoDate; end: IsoDate; year: number; cutoverMonth: string };

/**
 * Dates, budget year and cut-over month of wave `k` (1-based), also beyond the horizon (the lower
 * bound looks past it when the work does not fit).
 * @param meta project start date and wave length
 * @param freeze freeze months (1..12)
 * @param k wave index
 */
export function describeWave(meta: Pick<ProjectMeta, 'startDate' | 'waveMonths'>, freeze: ReadonlySet<number>, k: number): WaveInfo {
  const waveMonths = Math.max(1, Math.floor(meta.waveMonths));
  const start = addMonths(meta.startDate, waveMonths * (k - 1));
  const end = dayBefore(addMonths(meta.startDate, waveMonths * k));
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  let cutoverMonth = '';
  for (let t = sy * 12 + sm - 1; t <= ey * 12 + em - 1 && cutoverMonth === ''; t++) {
    const month = (t % 12) + 1;
    if (!freeze.has(month)) cutoverMonth = `${pad(Math.floor(t / 12), 4)}-${pad(month)}`;
  }
  return { start, end, year: sy, cutoverMonth };
}

/**
 * Builds the calendar of waves.
 * @param meta project start date, horizon and wave length
 * @param freezeMonths months (1..12) with no core cut-over
 */
export function buildCalendar(meta: Pick<ProjectMeta, 'startDate' | 'horizonYears' | 'waveMonths'>, freezeMonths: readonly number[]): WaveCalendar {
  const waveMonths = Math.max(1, Math.floor(meta.waveMonths));
  const count = Math.max(1, Math.floor((Math.max(1, meta.horizonYears) * 12) / waveMonths));
  const freeze = new Set(freezeMonths);
  const starts: IsoDate[] = [''];
  const ends: IsoDate[] = [''];
  const year = new Int32Array(count + 1);
  const frozen = new Uint8Array(count + 1);
  const cutoverMonth: string[] = [''];
  for (let k = 1; k <= count; k++) {
    const info = describeWave(meta, freeze, k);
    starts.push(info.start);
    ends.push(info.end);
    year[k] = info.year;
    frozen[k] = info.cutoverMonth === '' ? 1 : 0;
    cutoverMonth.push(info.cutoverMonth);
  }
  return { count, starts, ends, year, frozen, cutoverMonth };
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
