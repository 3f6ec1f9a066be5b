/**
 * Layout of the market chart: the model's OS and CPU lines (亿元) with the seed's published points
 * marked beside them. Plain marks in pixel coordinates; the renderer only draws them.
 */
import { DEFAULT_CHART_SIZE, niceTicks } from '../forecast/layout';
import type { ChartSize, PointMark, Tick } from '../forecast/layout';
import type { MarketResult, SeedComparison } from './types';

export type SeedMark = {
  product: 'os' | 'cpu';
  year: number;
  kind: SeedComparison['kind'];
  x: number;
  /** Where the seed's figure sits (for a range: its middle; for a growth: the model's point it qualifies). */
  y: number;
  /** For a range: top and bottom of the published band. */
  yMin?: number;
  yMax?: number;
  within: boolean;
  label: string;
};

export type MarketLayout = {
  size: ChartSize;
  os: PointMark[];
  cpu: PointMark[];
  seeds: SeedMark[];
  xTicks: { year: number; x: number }[];
  yTicks: Tick[];
};

const YI = 1e8;

/**
 * Lays out the market chart in 亿元.
 * @param result the model's years
 * @param seeds the seed points compared with the model
 * @param size chart size
 */
export function layoutMarketChart(result: MarketResult, seeds: readonly SeedComparison[], size: ChartSize = DEFAULT_CHART_SIZE): MarketLayout {
  const { width, height, margin } = size;
  const plotW = Math.max(1, width - margin.left - margin.right);
  const plotH = Math.max(1, height - margin.top - margin.bottom);
  const bottom = margin.top + plotH;
  const years = result.years;
  const seedMax = Math.max(0, ...seeds.filter((s) => s.kind !== 'growth').map((s) => (s.max ?? s.value) / YI));
  const ticks = niceTicks(Math.max(seedMax, ...years.map((y) => Math.max(y.os, y.cpu) / YI)));
  const top = ticks[ticks.length - 1]!;
  const scaleY = (v: number) => bottom - (v / top) * plotH;
  const step = years.length > 1 ? plotW / (years.length - 1) : 0;
  const xOfIndex = (i: number) => margin.left + (years.length > 1 ? step * i : plotW / 2);
  const xOfYear = (year: number) => xOfIndex(years.findIndex((y) => y.year === year));
  const line = (key: 'os' | 'cpu'): PointMark[] => years.map((y, i) => ({ year: y.year, x: xOfIndex(i), y: scaleY(y[key] / YI), value: y[key] / YI }));

  const seedMarks: SeedMark[] = [];
  for (const seed of seeds) {
    if (!years.some((y) => y.year === seed.year)) continue;
    const x = xOfYear(seed.year);
    if (seed.kind === 'growth') {
      const row = years.find((y) => y.year === seed.year)!;
      seedMarks.push({ product: seed.product, year: seed.year, kind: seed.kind, x, y: scaleY(row[seed.product] / YI), within: seed.within, label: `+${Math.round(seed.value * 100)}%` });
    } else if (seed.kind === 'range') {
      const min = (seed.min ?? seed.value) / YI;
      const max = (seed.max ?? seed.value) / YI;
      seedMarks.push({ product: seed.product, year: seed.year, kind: seed.kind, x, y: scaleY((min + max) / 2), yMin: scaleY(min), yMax: scaleY(max), within: seed.within, label: `${min}–${max}` });
    } else {
      seedMarks.push({ product: seed.product, year: seed.year, kind: seed.kind, x, y: scaleY(seed.value / YI), within: seed.within, label: String(seed.value / YI) });
    }
  }
  return {
    size,
    os: line('os'),
    cpu: line('cpu'),
    seeds: seedMarks,
    xTicks: years.map((y, i) => ({ year: y.year, x: xOfIndex(i) })),
    yTicks: ticks.map((value) => ({ value, position: scaleY(value) })),
  };
}
