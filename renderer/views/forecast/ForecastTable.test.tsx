/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { forecastSpend } from '../../../shared/forecast/forecast';
import { SPEND_LINES } from '../../../shared/forecast/types';
import { DEFAULT_PRICE_BOOK } from '../../../shared/forecast/priceBook';
import { asset, buildPlan, buildProject } from '../../../shared/forecast/testBuild';
import { initI18n } from '../../i18n';
import { ForecastTable } from './ForecastTable';

beforeAll(() => {
  initI18n('zh');
});
afterEach(cleanup);

describe('ForecastTable', () => {
  // 100 PCs in 2025 (about 66 万元 one-off) and 40 万元 of dual-track running the same year.
  const project = buildProject([asset('PC', 'terminal', 100)], { budgetPerYear: 700_000 });
  const result = forecastSpend(project, buildPlan({ PC: 2025 }, [2025, 2026]), DEFAULT_PRICE_BOOK, { dualTrack: [400_000, 0] });

  it('adds each row up to its total twice: by cost line (dual track and training last) and by kind of money', () => {
    render(<ForecastTable result={result} unit="yuan" />);
    const row = screen.getByTestId('forecast-table').querySelector('tr[data-year="2025"]')!;
    expect(row.querySelector('[data-line="transition"]')).toBeTruthy();
    const amount = (td: Element) => Number(td.textContent.replace(/[^\d.-]/g, ''));
    const sumOf = (lines: readonly string[]) => lines.reduce((s, line) => s + amount(row.querySelector(`td[data-line="${line}"]`)!), 0);
    const total = amount(row.querySelector('[data-line="total"]')!);
    expect(sumOf(SPEND_LINES)).toBe(total);
    expect(sumOf(['oneOff', 'support', 'assessments', 'dualTrack', 'change'])).toBe(total);
    expect(amount(row.querySelector('[data-line="dualTrack"]')!)).toBe(400_000);
  });

  it('shows what stopped foreign support saves as a positive amount (the line itself is negative)', () => {
    const saving = forecastSpend(project, buildPlan({ PC: 2025 }, [2025, 2026]), DEFAULT_PRICE_BOOK, { savings: [-120_000, -80_000] });
    expect(saving.years[0]!.savings).toBe(-120_000);
    render(<ForecastTable result={saving} unit="yuan" />);
    const table = screen.getByTestId('forecast-table');
    expect(table.querySelector('tr[data-year="2025"] [data-line="savings"]')!.textContent).toBe('120,000');
    expect(table.querySelector('tfoot')!.textContent).toContain('200,000');
  });

  it('marks the budget only when the one-off spend passes it, not when recurring lines lift the total', () => {
    const year = result.years[0]!;
    expect(year.total).toBeGreaterThan(700_000);
    expect(year.oneOff).toBeLessThanOrEqual(700_000);
    render(<ForecastTable result={result} unit="yuan" />);
    expect(screen.getByTestId('forecast-table').querySelector('tr[data-year="2025"] [data-line="budget"]')!.className).toBe('');
    cleanup();
    const tight = forecastSpend(buildProject([asset('PC', 'terminal', 100)], { budgetPerYear: 300_000 }), buildPlan({ PC: 2025 }, [2025, 2026]), DEFAULT_PRICE_BOOK);
    render(<ForecastTable result={tight} unit="yuan" />);
    expect(screen.getByTestId('forecast-table').querySelector('tr[data-year="2025"] [data-line="budget"]')!.className).toBe('fc-over');
  });
});
