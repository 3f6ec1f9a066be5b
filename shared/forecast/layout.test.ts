import { describe, expect, test } from 'vitest';

import { forecastSpend } from './forecast';
import { layoutForecastChart, linePath, niceTicks } from './layout';
import { DEFAULT_PRICE_BOOK } from './priceBook';
import { asset, buildPlan, buildProject } from './testBuild';
import { formatMoney, formatShare } from '../format';

describe('niceTicks', () => {
  test('ends on a round number at or above the maximum', () => {
    expect(niceTicks(66)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('layoutForecastChart', () => {
  const project = buildProject([asset('PC', 'terminal', 100), asset('FW', 'security-appliance', 1)], { budgetPerYear: 1_000_000 });
  const result = forecastSpend(project, buildPlan({ PC: 2025, FW: 2026 }, [2025, 2026]), DEFAULT_PRICE_BOOK);
  const size = { width: 400, height: 220, margin: { top: 10, right: 40, bottom: 10, left: 60 } };
  const layout = layoutForecastChart(result.years, 'wan', size);

  test('stacks the lines of a year bottom-up with heights proportional to the 万元 values', () => {
    const y2025 = layout.bars.filter((b) => b.year === 2025);
    expect(y2025.map((b) => [b.line, b.value])).toEqual([['os', 6], ['cpu', 60]]);
    // Axis ends at 100 万元 (high 95 万元, budget 100 万元) over 200 px: 1 万元 = 2 px.
    expect(layout.yMax).toBe(100);
    expect(y2025[0]!.height).toBeCloseTo(12, 6);
    expect(y2025[1]!.y + y2025[1]!.height).toBeCloseTo(y2025[0]!.y, 6);
    expect(y2025[0]!.y + y2025[0]!.height).toBeCloseTo(210, 6);
  });

  test('stacks dual-track running and training last, so each bar reaches the year\'s total', () => {
    const withTransition = forecastSpend(project, buildPlan({ PC: 2025, FW: 2026 }, [2025, 2026]), DEFAULT_PRICE_BOOK, { dualTrack: [40_000, 0, 0], change: [10_000, 0, 0] });
    const bars = layoutForecastChart(withTransition.years, 'wan', size).bars.filter((b) => b.year === 2025);
    expect(bars.at(-1)).toMatchObject({ line: 'transition', value: 5 });
    expect(bars.reduce((sum, b) => sum + b.value, 0)).toBeCloseTo(withTransition.years[0]!.total / 10_000, 6);
  });

  test('marks the one-off part of a bar that also carries support and transition, at its height', () => {
    const withTransition = forecastSpend(project, buildPlan({ PC: 2025, FW: 2026 }, [2025, 2026]), DEFAULT_PRICE_BOOK, { dualTrack: [40_000, 0, 0], change: [10_000, 0, 0] });
    const marks = layoutForecastChart(withTransition.years, 'wan', size).oneOff;
    const year = withTransition.years[0]!;
    expect(year.total - year.oneOff).toBe(50_000);
    const mark = marks.find((m) => m.year === 2025)!;
    expect(mark.value).toBeCloseTo(year.oneOff / 10_000, 6);
    // 1 万元 = 2 px above the bottom at 210.
    expect(mark.y).toBeCloseTo(210 - 2 * mark.value, 6);
    // A year of purchases only: the bar's top is its one-off part, no second mark.
    expect(layout.oneOff.filter((m) => result.years.find((y) => y.year === m.year)!.total === result.years.find((y) => y.year === m.year)!.oneOff)).toEqual([]);
  });

  test('draws the band, the budget line and coverage on its own axis', () => {
    expect(layout.bands.find((b) => b.year === 2025)).toMatchObject({ low: 43, high: 95 });
    expect(layout.budget.map((p) => p.y)).toEqual([10, 10, 10]);
    expect(layout.coverage.map((p) => p.value)).toEqual(result.years.map((y) => y.coverage));
    expect(layout.coverage[1]!.y).toBe(10);
    expect(linePath(layout.budget)).toMatch(/^M\d+\.\d,10\.0 L/);
  });
});

describe('money formatting', () => {
  test('万元 and 亿元 in zh-CN, percentages', () => {
    expect(formatMoney(12_345_678, 'wan')).toBe('1,234.6 万元');
    expect(formatMoney(52_190_000_000, 'yi')).toBe('521.9 亿元');
    expect(formatShare(0.0512)).toBe('5.1%');
  });
});
