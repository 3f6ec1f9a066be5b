import { describe, expect, test } from 'vitest';

import { DEFAULT_MARKET_ASSUMPTIONS, SEED_POINTS } from './assumptions';
import { layoutMarketChart } from './layout';
import { compareToSeed, hospitalsIn, marketModel } from './model';
import { readMarketAssumptions } from './validate';

const YI = 1e8;

describe('market model: seed reproduction', () => {
  const result = marketModel(DEFAULT_MARKET_ASSUMPTIONS);
  const at = (year: number) => result.years.find((y) => y.year === year)!;

  test('covers 2022 to 2027 at least', () => {
    for (let year = 2022; year <= 2027; year++) expect(at(year)).toBeDefined();
  });

  test('OS: 5.7亿元 in 2023 within 5%, between 90 and 100亿元 in 2027', () => {
    expect(Math.abs(at(2023).os / (5.7 * YI) - 1)).toBeLessThanOrEqual(0.05);
    expect(at(2027).os).toBeGreaterThanOrEqual(90 * YI);
    expect(at(2027).os).toBeLessThanOrEqual(100 * YI);
  });

  test('CPU: 40.9亿元 in 2023, +150% in 2026 over 2025, 521.9亿元 in 2027, each within 5%', () => {
    expect(Math.abs(at(2023).cpu / (40.9 * YI) - 1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(at(2026).cpu / at(2025).cpu - 1 - 1.5) / 1.5).toBeLessThanOrEqual(0.05);
    expect(Math.abs(at(2027).cpu / (521.9 * YI) - 1)).toBeLessThanOrEqual(0.05);
  });

  test('compareToSeed marks every published point as within tolerance', () => {
    const comparison = compareToSeed(result, SEED_POINTS);
    expect(comparison).toHaveLength(5);
    expect(comparison.filter((c) => !c.within)).toEqual([]);
  });

  test('compareToSeed flags a model that misses', () => {
    const halfPrice = { ...DEFAULT_MARKET_ASSUMPTIONS, cpu: { terminal: { ...DEFAULT_MARKET_ASSUMPTIONS.cpu.terminal, price: 3000 }, server: { ...DEFAULT_MARKET_ASSUMPTIONS.cpu.server, price: 60000 } } };
    const comparison = compareToSeed(marketModel(halfPrice), SEED_POINTS);
    const cpu2027 = comparison.find((c) => c.product === 'cpu' && c.year === 2027)!;
    expect(cpu2027.within).toBe(false);
    expect(cpu2027.deviation).toBeCloseTo(-0.5, 2);
    // Growth does not depend on the price level.
    expect(comparison.find((c) => c.kind === 'growth')!.within).toBe(true);
  });
});

describe('market model: mechanics on a hand-computed case', () => {
  test('one grade, one year: new units times price plus support on the previous base', () => {
    const assumptions = {
      ...DEFAULT_MARKET_ASSUMPTIONS,
      years: [2024],
      hospitals: [{ year: 2023, tertiary: 10, secondary: 0, primary: 0, ungraded: 0, source: 't' }],
      hospitalGrowth: { tertiary: 0.1, secondary: 0, primary: 0, ungraded: 0 },
      terminalsPerHospital: { tertiary: 100, secondary: 0, primary: 0, ungraded: 0 },
      serversPerHospital: { tertiary: 10, secondary: 0, primary: 0, ungraded: 0 },
      adoption: { os: { 2024: 0.5 }, cpu: { 2024: 0.2 } },
      adoptionBefore: { os: 0.1, cpu: 0 },
      priceYear: 2024,
      os: { terminal: { price: 100, annualChange: 0, supportRate: 0.1 }, server: { price: 1000, annualChange: 0, supportRate: 0 } },
      cpu: { terminal: { price: 1000, annualChange: 0, supportRate: 0 }, server: { price: 10000, annualChange: 0, supportRate: 0 } },
    };
    const [year] = marketModel(assumptions).years;
    // 2024: 11 hospitals → 1,100 terminals and 110 servers; 2023: 1,000 and 100.
    // OS terminals: (0.5×1100 − 0.1×1000) × 100 + 0.1×1000×100×0.1 = 45,000 + 1,000; servers: (55 − 10) × 1000 = 45,000.
    expect(year).toMatchObject({ hospitals: 11, terminals: 1100, servers: 110, os: 91_000 });
    // CPU: 220 terminals × 1000 + 22 servers × 10000.
    expect(year!.cpu).toBe(440_000);
  });

  test('hospital counts grow from the last known row', () => {
    expect(hospitalsIn(DEFAULT_MARKET_ASSUMPTIONS, 2023).tertiary).toBe(3855);
    expect(hospitalsIn(DEFAULT_MARKET_ASSUMPTIONS, 2025).tertiary).toBeCloseTo(3855 * 1.05 ** 2, 6);
  });
});

describe('market assumptions and layout', () => {
  test('partial edits keep the defaults for the rest; bad values name the field', () => {
    const ok = readMarketAssumptions({ terminalsPerHospital: { tertiary: 3000, secondary: 500, primary: 60, ungraded: 40 } });
    expect(ok.ok && ok.value.terminalsPerHospital.tertiary).toBe(3000);
    expect(ok.ok && ok.value.adoption).toEqual(DEFAULT_MARKET_ASSUMPTIONS.adoption);
    const bad = readMarketAssumptions({ adoption: { os: { 2024: 1.5 }, cpu: {} } }, 'a.json');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ file: 'a.json', field: 'adoption.os.2024' });
  });

  test('the chart places the seed points and lines on one scale', () => {
    const result = marketModel(DEFAULT_MARKET_ASSUMPTIONS);
    const layout = layoutMarketChart(result, compareToSeed(result, SEED_POINTS));
    expect(layout.os).toHaveLength(result.years.length);
    expect(layout.seeds).toHaveLength(5);
    const cpu2027 = layout.seeds.find((s) => s.product === 'cpu' && s.year === 2027)!;
    const line2027 = layout.cpu.find((p) => p.year === 2027)!;
    expect(Math.abs(cpu2027.y - line2027.y)).toBeLessThan(2);
    expect(layout.yTicks[layout.yTicks.length - 1]!.value).toBeGreaterThanOrEqual(521.9);
  });
});
