import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { CATEGORIES } from '../model';
import type { Asset } from '../model';
import { costOf } from './cost';
import { forecastSpend } from './forecast';
import { DEFAULT_PRICE_BOOK, setItemPrice } from './priceBook';
import { buildPlan, buildProject } from './testBuild';
import { PRICE_ITEMS, PRICE_LINES } from './types';

const START = 2026;
const HORIZON = 4;

const assetArb = (id: string) =>
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    quantity: fc.integer({ min: 1, max: 500 }),
    unitCost: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
    // 0 = domestic, -1 = unscheduled, otherwise a year around the horizon (before, inside, after).
    year: fc.constantFrom(0, -1, START - 1, START, START + 1, START + 3, START + 4, START + 6),
  }).map(({ category, quantity, unitCost, year }) => {
    const asset: Asset = { id, name: id, category, quantity, ...(year === 0 ? { vendorOrigin: 'domestic' as const, disposition: 'compliant' as const } : { vendorOrigin: 'foreign' as const, disposition: 'replace' as const }) };
    if (unitCost !== undefined) asset.unitCost = unitCost;
    return { asset, year };
  });

const estateArb = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => assetArb(`A${i}`))));

function scenarioOf(estate: { asset: Asset; year: number }[]) {
  const project = buildProject(estate.map((e) => e.asset), { startYear: START, horizonYears: HORIZON });
  const years = [...new Set(estate.map((e) => e.year).filter((y) => y > 0))].sort();
  const plan = buildPlan(Object.fromEntries(estate.map((e) => [e.asset.id, e.year])), years);
  return { project, plan };
}

describe('forecast properties', () => {
  test('every total equals the sum of its lines, and the horizon total the sum of the years', () => {
    fc.assert(
      fc.property(estateArb, (estate) => {
        const { project, plan } = scenarioOf(estate);
        const result = forecastSpend(project, plan, DEFAULT_PRICE_BOOK);
        for (const year of result.years) {
          expect(year.total).toBe(PRICE_LINES.reduce((s, line) => s + year[line], 0));
          expect(year.low).toBeLessThanOrEqual(year.total);
          expect(year.total).toBeLessThanOrEqual(year.high);
        }
        expect(result.totals.total).toBe(result.years.reduce((s, y) => s + y.total, 0));
      }),
      { numRuns: 200 },
    );
  });

  test('no spend before the start or after the horizon: years are exactly the horizon, later waves go apart', () => {
    fc.assert(
      fc.property(estateArb, (estate) => {
        const { project, plan } = scenarioOf(estate);
        const result = forecastSpend(project, plan, DEFAULT_PRICE_BOOK);
        expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: HORIZON }, (_, i) => START + i));
        if (estate.every((e) => e.year < START + HORIZON)) expect(result.beyondHorizon).toBe(0);
        else if (estate.some((e) => e.year >= START + HORIZON && costOf(DEFAULT_PRICE_BOOK)(e.asset) > 0)) expect(result.beyondHorizon).toBeGreaterThan(0);
        // Moving every scheduled wave past the horizon leaves every year at zero.
        const late = buildPlan(Object.fromEntries(estate.map((e) => [e.asset.id, e.year > 0 ? START + HORIZON + 2 : e.year])), [START + HORIZON + 2]);
        expect(forecastSpend(project, late, DEFAULT_PRICE_BOOK).years.every((y) => y.total === 0 && y.low === 0 && y.high === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('changing one price changes only its line', () => {
    fc.assert(
      fc.property(estateArb, fc.constantFrom(...PRICE_ITEMS), fc.constantFrom('low' as const, 'base' as const, 'high' as const), fc.integer({ min: 1, max: 2_000_000 }), (estate, item, variant, amount) => {
        const { project, plan } = scenarioOf(estate);
        const before = forecastSpend(project, plan, DEFAULT_PRICE_BOOK);
        const after = forecastSpend(project, plan, setItemPrice(DEFAULT_PRICE_BOOK, item, variant, amount));
        const line = DEFAULT_PRICE_BOOK.items[item].line;
        before.years.forEach((year, i) => {
          for (const other of PRICE_LINES) if (other !== line) expect(after.years[i]![other]).toBe(year[other]);
          expect(after.years[i]!.coverage).toBe(year.coverage);
        });
      }),
      { numRuns: 200 },
    );
  });

  test('coverage never falls from one year to the next and stays within 0..1', () => {
    fc.assert(
      fc.property(estateArb, (estate) => {
        const { project, plan } = scenarioOf(estate);
        const years = forecastSpend(project, plan, DEFAULT_PRICE_BOOK).years;
        years.forEach((year, i) => {
          expect(year.coverage).toBeGreaterThanOrEqual(0);
          expect(year.coverage).toBeLessThanOrEqual(1);
          if (i > 0) expect(year.coverage).toBeGreaterThanOrEqual(years[i - 1]!.coverage);
        });
      }),
    );
  });
});
