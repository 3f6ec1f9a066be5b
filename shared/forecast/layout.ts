/**
 * Chart layout for the forecast: plain arrays of positioned marks (stacked bars per spend line, the
 * low–high band, the budget line, the one-off part of each year that the budget caps, coverage on a
 * second axis) and ticks. The renderer only draws
 * what this returns (STYLE.md guideline 11), so the chart is tested by values here.
 */
import { SPEND_LINES } from './types';
import type { ForecastYear, SpendLine } from './types';
import { toUnit } from '../format';
import type { MoneyUnit } from '../format';

export type ChartSize = { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };

export const DEFAULT_CHART_SIZE: ChartSize = { width: 760, height: 320, margin: { top: 28, right: 56, bottom: 32, left: 72 } };

export type BarMark = { year: number; line: SpendLine; x: number; y: number; width: number; height: number; value: number };
export type BandMark = { year: number; x: number; width: number; yLow: number; yHigh: number; low: number; high: number };
export type PointMark = { year: number; x: number; y: number; value: number };
/** A level drawn across one year's bar (x to x + width). */
export type LevelMark = PointMark & { width: number };
export type Tick = { value: number; position: number };

export type ForecastLayout = {
  size: ChartSize;
  bars: BarMark[];
  bands: BandMark[];
  budget: PointMark[];
  /**
   * Each year's one-off spend as a level across its bar: what the budget cap constrains (the plan's
   * waves and the procurement list). Support, 等保测评/密评, dual-track running and training stack
   * above it in the same bar and are not under the cap, so a bar may rise past the cap line while
   * its one-off level stays under it.
   */
  oneOff: LevelMark[];
  coverage: PointMark[];
  xTicks: { year: number; x: number }[];
  yTicks: Tick[];
  coverageTicks: Tick[];
  /** Upper end of the money axis, in the display unit. */
  yMax: number;
};

/**
 * Rounds a maximum up to a "nice" axis end and returns evenly spaced ticks (1, 2, 2.5 or 5 × 10^k).
 * @param max the largest value to show (≥ 0)
 * @param count about how many intervals
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  const end = Math.ceil(max / step - 1e-9) * step;
  for (let i = 0; i * step <= end + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * Lays out the forecast chart.
 * @param years forecast years
 * @param unit money display unit (万元 by default)
 * @param size chart size and margins
 * @returns marks in pixel coordinates, values in the display unit (coverage as a fraction)
 */
export function layoutForecastChart(years: readonly ForecastYear[], unit: MoneyUnit = 'wan', size: ChartSize = DEFAULT_CHART_SIZE): ForecastLayout {
  const { width, height, margin } = size;
  const plotW = Math.max(1, width - margin.left - margin.right);
  const plotH = Math.max(1, height - margin.top - margin.bottom);
  const bottom = margin.top + plotH;
  const maxValue = Math.max(0, ...years.map((y) => toUnit(Math.max(y.total, y.high, y.budget ?? 0), unit)));
  const ticks = niceTicks(maxValue);
  const yMax = ticks[ticks.length - 1]!;
  const scaleY = (v: number) => bottom - (v / yMax) * plotH;
  const slot = plotW / Math.max(1, years.length);
  const barW = slot * 0.6;
  const xOf = (i: number) => margin.left + slot * i + (slot - barW) / 2;
  const centre = (i: number) => margin.left + slot * i + slot / 2;

  const bars: BarMark[] = [];
  const bands: BandMark[] = [];
  const budget: PointMark[] = [];
  const oneOff: LevelMark[] = [];
  const coverage: PointMark[] = [];
  years.forEach((year, i) => {
    let stacked = 0;
    for (const line of SPEND_LINES) {
      const value = toUnit(year[line], unit);
      if (value <= 0) continue;
      const y0 = scaleY(stacked);
      const y1 = scaleY(stacked + value);
      bars.push({ year: year.year, line, x: xOf(i), y: y1, width: barW, height: y0 - y1, value });
      stacked += value;
    }
    const low = toUnit(year.low, unit);
    const high = toUnit(year.high, unit);
    if (high > 0) bands.push({ year: year.year, x: xOf(i) + barW * 0.35, width: barW * 0.3, yLow: scaleY(low), yHigh: scaleY(high), low, high });
    if (year.budget !== undefined) budget.push({ year: year.year, x: centre(i), y: scaleY(toUnit(year.budget, unit)), value: toUnit(year.budget, unit) });
    // Only where it differs from the bar's top: a year of purchases alone needs no second mark.
    const purchases = toUnit(year.oneOff, unit);
    if (purchases > 0 && purchases < stacked - 1e-9) oneOff.push({ year: year.year, x: xOf(i) - barW * 0.08, width: barW * 1.16, y: scaleY(purchases), value: purchases });
    coverage.push({ year: year.year, x: centre(i), y: bottom - year.coverage * plotH, value: year.coverage });
  });
  return {
    size,
    bars,
    bands,
    budget,
    oneOff,
    coverage,
    xTicks: years.map((y, i) => ({ year: y.year, x: centre(i) })),
    yTicks: ticks.map((value) => ({ value, position: scaleY(value) })),
    coverageTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, position: bottom - value * plotH })),
    yMax,
  };
}

/**
 * An SVG path through points (`M x y L x y ...`), empty for no points.
 * @param points marks with x and y
 */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
