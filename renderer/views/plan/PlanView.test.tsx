/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { TIERS } from '../../../shared/model';
import type { ProjectFile } from '../../../shared/model';
import { placementsFrom } from '../../../shared/planner/placements';
import type { Placement, PlanResult } from '../../../shared/planner/types';
import { db } from '../../db/database';
import { readProject, replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import type { WorkerReply, WorkerRequest } from '../../workers/analysisTask';
import { PlanView } from './PlanView';

/**
 * A small stand-in planner (the real one is tested in shared/planner): one wave per tier, edge
 * first; pins win; capacity below 10 pushes everything one wave later so edits visibly re-plan.
 */
const calls: ProjectFile[] = [];
function fakePlan(project: ProjectFile): PlanResult {
  const scenario = project.scenario!;
  const shift = scenario.capacityPerWave < 10 ? 1 : 0;
  const placements: Record<string, Placement> = {};
  const waves = new Map<number, string[]>();
  for (const a of project.assets) {
    if (a.disposition === 'compliant') {
      placements[a.id] = { wave: 0, reason: { code: 'already-domestic', detail: '已国产' } };
      continue;
    }
    const pinned = scenario.pins[a.id];
    const wave = pinned ?? TIERS.indexOf(a.tier ?? 'office') + 1 + shift;
    placements[a.id] = pinned ? { wave, reason: { code: 'pinned', detail: '用户固定' } } : { wave, reason: { code: 'dependency', detail: `等待 DB 先迁移`, blockedBy: 'DB' } };
    waves.set(wave, [...(waves.get(wave) ?? []), a.id]);
  }
  const list = [...waves.entries()].sort((a, b) => a[0] - b[0]).map(([index, assets]) => ({ index, start: `2027-0${index}-01`, end: `2027-0${index}-28`, assets, effort: assets.length * 10, cost: assets.length * 100_000 }));
  return { waves: list, ...placementsFrom(placements), bundles: [], unscheduled: [], metrics: { waves: list.length, lowerBound: 2, assetsPlanned: list.flatMap((w) => w.assets).length, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 1, terminals: 1, servers: 1, os: 1, database: 0.5 } }, units: [], events: [], warnings: project.assets.filter((a) => a.endOfSupport).map((a) => ({ code: 'past-end-of-support' as const, assets: [a.id], detail: `${a.id} 的厂商支持 ${a.endOfSupport} 到期，支持到期早于迁移批次` })) };
}
vi.mock('../../workers/analysisTask', () => ({
  inputKey: (input: { version: number; lang: string; scenarioName?: string }) => `${input.version}|${input.lang}|${input.scenarioName ?? ''}`,
  answer: (request: WorkerRequest): WorkerReply => {
    if (request.kind === 'explain') {
      const insight = request.input.assetId === 'HIS' ? { id: 'HIS', placement: undefined, tier: 'core', waitsFor: [{ id: 'DB', relation: '运行平台', wave: 4 }], waitedBy: [], transitive: { before: 2, after: 0 }, effort: 30, cost: 0 } : undefined;
      return { id: request.id, ok: true, output: insight };
    }
    if (request.kind !== 'analyse') return { id: request.id, ok: false, message: 'not in this test', issues: [] };
    const { project } = request.input;
    calls.push(project);
    const tiers = Object.fromEntries(project.assets.map((a) => [a.id, a.tier ?? 'office']));
    const analysis = { plan: fakePlan(project), tiers, forecast: { years: [] }, broken: [], timings: { planMs: 1.5, totalMs: 2 } };
    return { id: request.id, ok: true, output: { analysis, ms: 1.5 } };
  },
}));

const PROJECT: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', startDate: '2027-01-01', horizonYears: 2, waveMonths: 3 },
  assets: [
    { id: 'OA', name: 'OA 办公系统', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'office' },
    { id: 'HIS', name: 'HIS 医院信息系统', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'core', endOfSupport: '2026-12-31' },
    { id: 'DB', name: 'HIS 数据库', category: 'database', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'core' },
    { id: 'KY', name: '麒麟服务器', category: 'server', quantity: 4, vendorOrigin: 'domestic', disposition: 'compliant' },
  ],
  dependencies: [
    { from: 'HIS', to: 'DB', kind: 'runs-on' },
    { from: 'DB', to: 'KY', kind: 'runs-on' },
  ],
  scenario: { name: '基准', capacityPerWave: 100, budgetPerYear: 1_000_000, maxCoreCutoversPerWave: 1, freezeWindows: [{ name: '封网', from: '01-01', to: '02-28', scope: 'core' }], pins: {} },
};

describe('PlanView', () => {
  beforeAll(() => initI18n('zh'));
  beforeEach(async () => {
    calls.length = 0;
    await replaceProject('p1', PROJECT, '2026-11-01T00:00:00Z');
    act(() => {
      useAppStore.getState().setActiveProject('p1');
      useAppStore.getState().selectAsset(undefined);
    });
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('draws waves by tier with capacity, budget and coverage', async () => {
    render(<PlanView />);
    const wave4 = await screen.findByTestId('wave-4');
    expect(within(wave4).getByText('第 4 批')).toBeTruthy();
    expect(within(wave4).getByText(/人力 20 \/ 100 人天/)).toBeTruthy();
    expect(within(wave4).getByText(/占当年预算 20%/)).toBeTruthy();
    // The headline is business systems (OA and HIS: none domestic today, both after the plan), not
    // units (4 of 7 are domestic today, the servers); the other kinds by units beside it.
    expect(screen.getByTestId('plan-coverage').textContent).toContain('0% → 100%');
    expect(screen.getByTestId('plan-coverage-by').textContent).toBe('完成后按台套：终端 100%，服务器 100%，操作系统 100%，数据库 50%');
    expect(screen.getByTestId('plan-timing').textContent).toContain('1.5');
    expect(screen.getByText('核心临床')).toBeTruthy();
    // The plan's cost is the one-off replacement cost, and says what it leaves out (the forecast adds recurring costs).
    const cost = screen.getByTestId('plan-cost').closest('div')!;
    expect(within(cost).getByText('替换费用')).toBeTruthy();
    expect(within(cost).getByText('不含年度订阅与维保')).toBeTruthy();
    expect(cost.getAttribute('title')).toContain('费用预测');
  });

  it('shows the selected asset with its reason and what it waits for', async () => {
    render(<PlanView />);
    fireEvent.click(await screen.findByRole('button', { name: /HIS 医院信息系统/ }));
    const details = await screen.findByTestId('plan-details');
    expect(within(details).getByTestId('details-wave').textContent).toContain('第 4 批');
    expect(within(details).getByTestId('details-reason').textContent).toContain('等待 DB 先迁移');
    expect(await within(details).findByText(/传递影响：前置 2 项/)).toBeTruthy();
    expect((await within(details).findByRole('button', { name: /HIS 数据库 · 运行平台 · 第 4 批/ })).tagName).toBe('BUTTON');
    expect(useAppStore.getState().selectedAssetId).toBe('HIS');
  });

  it('warns where the planner sees it: support ending before the wave', async () => {
    render(<PlanView />);
    const warnings = await screen.findByTestId('plan-warnings');
    expect(warnings.textContent).toContain('支持到期早于迁移');
    expect(warnings.textContent).toContain('HIS');
  });

  it('pins an asset from the menu, re-plans and stores the pin', async () => {
    render(<PlanView />);
    fireEvent.click(await screen.findByRole('button', { name: /OA 办公系统/ }));
    fireEvent.change(await screen.findByTestId('pin-select'), { target: { value: '3' } });
    const wave3 = await screen.findByTestId('wave-3');
    await vi.waitFor(() => expect(calls.at(-1)?.scenario?.pins).toEqual({ OA: 3 }));
    expect(wave3).toBeTruthy();
    await vi.waitFor(async () => expect((await readProject('p1'))?.scenario?.pins).toEqual({ OA: 3 }));
    expect(await screen.findByText('已固定在第 3 批')).toBeTruthy();
  });

  it('re-plans at once on a valid edit and names an invalid one without planning it', async () => {
    render(<PlanView />);
    const capacity = await screen.findByTestId('field-capacity');
    fireEvent.change(capacity, { target: { value: '5' } });
    await screen.findByTestId('wave-5');
    expect(calls.at(-1)?.scenario?.capacityPerWave).toBe(5);
    await vi.waitFor(async () => expect((await readProject('p1'))?.scenario?.capacityPerWave).toBe(5));
    const before = calls.length;
    fireEvent.change(capacity, { target: { value: '-3' } });
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '每批人力（人天）：请输入不小于 1 的数值');
    await new Promise((r) => setTimeout(r, 150));
    expect(calls.slice(before).every((p) => p.scenario?.capacityPerWave === 5)).toBe(true);
  });

  it('stores the tender lead time and the year-ahead budget request with the scenario (the procurement list reads them)', async () => {
    render(<PlanView />);
    const lead = await screen.findByTestId('field-tender-lead');
    expect(lead).toHaveProperty('value', '3');
    fireEvent.change(lead, { target: { value: '6' } });
    await vi.waitFor(async () => expect((await readProject('p1'))?.scenario?.tenderLeadMonths).toBe(6));
    const yearBefore = screen.getByLabelText('预算提前一年编报（采购清单的预算编报年度提前一年）');
    expect(yearBefore).toHaveProperty('checked', false);
    fireEvent.click(yearBefore);
    await vi.waitFor(async () => expect((await readProject('p1'))?.scenario?.budgetRequestYearBefore).toBe(true));
  });

  it('saves a copy as a new named scenario and makes it active', async () => {
    render(<PlanView />);
    fireEvent.change(await screen.findByLabelText('新情景名称'), { target: { value: '快速' } });
    fireEvent.click(screen.getByRole('button', { name: '另存为新情景' }));
    await vi.waitFor(async () => expect((await db.projects.get('p1'))?.activeScenario).toBe('快速'));
    await vi.waitFor(() => expect(screen.getByTestId<HTMLSelectElement>('scenario-select').value).toBe('快速'));
    expect(await db.scenarios.where('projectId').equals('p1').count()).toBe(2);
  });

  it('pins an asset by dragging its card onto another wave', async () => {
    render(<PlanView />);
    const card = await screen.findByRole('button', { name: /OA 办公系统/ });
    const store = new Map<string, string>();
    const dataTransfer = {
      types: [] as string[],
      setData: (type: string, value: string) => {
        store.set(type, value);
        dataTransfer.types = [...store.keys()];
      },
      getData: (type: string) => store.get(type) ?? '',
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(card, { dataTransfer });
    const target = screen.getByTestId('wave-4');
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await vi.waitFor(async () => expect((await readProject('p1'))?.scenario?.pins).toEqual({ OA: 4 }));
    await vi.waitFor(() => expect(document.querySelector('.plan-cell[data-wave="4"] .plan-card[data-asset-id="OA"]')).not.toBeNull());
  });
});
