/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Asset, ProjectFile } from '../../../shared/model';
import { placementsFrom } from '../../../shared/planner/placements';
import type { Placement, PlanResult } from '../../../shared/planner/types';
import { replaceProject } from '../../db/projects';
import { db } from '../../db/database';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { REANALYSE_DEBOUNCE_MS } from '../../hooks/useAnalysis';
import { getAnalysisClient } from '../../workers/analysisClient';
import { ForecastView } from './ForecastView';

// A planner that puts every foreign asset in one wave in 2027 (the real one is tested in shared/planner).
vi.mock('./modules', () => ({
  loadPlanner: () =>
    Promise.resolve((project: ProjectFile): PlanResult => {
      const placements: Record<string, Placement> = {};
      for (const a of project.assets) placements[a.id] = { wave: a.disposition === 'compliant' ? 0 : 1, reason: { code: 'earliest', detail: '' } };
      return { waves: [{ index: 1, start: '2027-01-01', end: '2027-03-31', assets: [], effort: 0, cost: 0 }], ...placementsFrom(placements), bundles: [], unscheduled: [], metrics: { waves: 1, lowerBound: 1, assetsPlanned: 0, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } }, units: [], events: [], warnings: [] };
    }),
}));

const assets: Asset[] = [
  { id: 'PC', name: '门诊医生站', category: 'terminal', quantity: 100, vendorOrigin: 'foreign', disposition: 'replace' },
  { id: 'FW', name: '边界防火墙', category: 'security-appliance', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace' },
  { id: 'OLD', name: '已替换终端', category: 'terminal', quantity: 100, vendorOrigin: 'domestic', disposition: 'compliant' },
];
const PROJECT: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', startDate: '2027-01-01', horizonYears: 3, waveMonths: 3 },
  assets,
  dependencies: [],
  scenario: { name: '基准', capacityPerWave: 400, budgetPerYear: 2_000_000, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {} },
  scenarios: [{ name: '快速', capacityPerWave: 800, maxCoreCutoversPerWave: 2, freezeWindows: [], pins: {} }],
};

const cellOf = (year: number, line: string) => within(screen.getByTestId('forecast-table')).getByText((_, el) => el?.closest('tr')?.getAttribute('data-year') === String(year) && el.getAttribute('data-line') === line);

describe('ForecastView', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  beforeEach(async () => {
    await replaceProject('p1', PROJECT, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('shows spend per year by line in 万元, coverage and the security share', async () => {
    render(<ForecastView />);
    await screen.findByTestId('forecast-table');
    // 2027 at base year 2025 prices: PCs 100 × (6000 × 0.93² + 600 × 0.97²) and one firewall 100000 × 0.95².
    expect(cellOf(2027, 'cpu').textContent).toBe('51.9');
    expect(cellOf(2027, 'os').textContent).toBe('5.6');
    expect(cellOf(2027, 'security').textContent).toBe('9.0');
    expect(screen.getByTestId('forecast-summary').textContent).toContain('2027');
    expect(screen.getByTestId('forecast-chart').querySelectorAll('rect[data-line="cpu"]')).toHaveLength(1);
    // The figures say the total includes recurring costs; the caption names the unit once.
    expect(screen.getByTestId('forecast-summary').textContent).toContain('含年度订阅与维保');
    expect(within(screen.getByTestId('forecast-table')).getByText('金额单位：万元')).toBeTruthy();
  });

  it('draws the budget cap across each year\'s whole band, from the first year\'s left edge', async () => {
    render(<ForecastView />);
    await screen.findByTestId('forecast-table');
    const chart = screen.getByTestId('forecast-chart');
    const hits = [...chart.querySelectorAll('rect.fc-hit')].map((r) => ({ x0: Number(r.getAttribute('x')), x1: Number(r.getAttribute('x')) + Number(r.getAttribute('width')) }));
    const d = screen.getByTestId('forecast-budget').getAttribute('d') ?? '';
    const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeCloseTo(hits[0]!.x0, 0);
    expect(xs[xs.length - 1]).toBeCloseTo(hits[hits.length - 1]!.x1, 0);
    // One level per year: every year band's both edges are on the line.
    for (const hit of hits) {
      expect(xs.some((x) => Math.abs(x - hit.x0) < 0.5)).toBe(true);
      expect(xs.some((x) => Math.abs(x - hit.x1) < 0.5)).toBe(true);
    }
  });

  it('editing a price in the price book changes its line in the table and the chart', async () => {
    render(<ForecastView />);
    await screen.findByTestId('forecast-table');
    const barBefore = screen.getByTestId('forecast-chart').querySelector('rect[data-line="os"]')!.getAttribute('data-value');
    fireEvent.click(screen.getByRole('tab', { name: '价格本' }));
    const input = await screen.findByLabelText('桌面操作系统 基准');
    fireEvent.change(input, { target: { value: '1000' } });
    fireEvent.blur(input);
    await screen.findByText('已保存', undefined, { timeout: 5000 });
    fireEvent.click(screen.getByRole('tab', { name: '项目预测' }));
    await vi.waitFor(() => expect(cellOf(2027, 'os').textContent).toBe('9.4'));
    expect(cellOf(2027, 'cpu').textContent).toBe('51.9');
    expect(screen.getByTestId('forecast-chart').querySelector('rect[data-line="os"]')!.getAttribute('data-value')).not.toBe(barBefore);
  });

  it('compares the project scenarios side by side, analysing the other scenarios only once that tab is open', async () => {
    const asked = vi.spyOn(getAnalysisClient(), 'request');
    render(<ForecastView />);
    await screen.findByTestId('forecast-table');
    await new Promise((resolve) => setTimeout(resolve, REANALYSE_DEBOUNCE_MS * 3));
    expect(asked.mock.calls.map(([kind]) => kind)).not.toContain('compare');
    fireEvent.click(screen.getByRole('tab', { name: '情景对比' }));
    await vi.waitFor(() => expect(asked.mock.calls.map(([kind]) => kind)).toContain('compare'));
    const table = await screen.findByTestId('scenario-comparison');
    expect(within(table).getByText('基准')).toBeTruthy();
    expect(within(table).getByText('快速')).toBeTruthy();
  });

  it('works out what the budget cap costs in time only when asked, and says it in the report\'s words', async () => {
    const asked = vi.spyOn(getAnalysisClient(), 'request');
    render(<ForecastView />);
    await screen.findByTestId('forecast-table');
    const panel = screen.getByTestId('forecast-budget-need');
    expect(within(panel).getByText(/按每年 200\.0 万元的预算上限重新编排/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, REANALYSE_DEBOUNCE_MS * 3));
    expect(asked.mock.calls.map(([kind]) => kind)).not.toContain('budget');
    fireEvent.click(within(panel).getByRole('button', { name: '测算所需年度预算' }));
    const line = await within(panel).findByTestId('budget-need', {}, { timeout: 5000 });
    expect(line.textContent).toMatch(/^预算测算：/);
    expect(line.textContent).toContain('200.0 万元');
  });

  it('shows the national market with every seed point within tolerance', async () => {
    render(<ForecastView />);
    fireEvent.click(screen.getByRole('tab', { name: '全国市场' }));
    const table = await screen.findByTestId('market-seed-table');
    expect(within(table).getAllByText('在容差内')).toHaveLength(5);
    expect(screen.getByTestId('market-chart').querySelectorAll('[data-seed]')).toHaveLength(5);
  });
});
