/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildEstateModel, nodeStatesAt } from '../../../shared/layout';
import { GLOSSARY } from '../../../shared/model';
import type { ProjectFile } from '../../../shared/model';
import { db } from '../../db/database';
import { readProject, replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { sceneToSvg } from './exportSvg';
import { GraphControls } from './GraphControls';
import { GraphView } from './GraphView';
import { PlayBar } from './PlayBar';
import { buildScene, combineStates } from './scene';

// jsdom has no canvas: the view must still render its controls and panels around it.
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const PROJECT: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', startDate: '2027-01-01', horizonYears: 3, waveMonths: 3 },
  assets: [
    { id: 'APP-HIS', name: 'HIS 医院信息系统', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'core', site: '本部' },
    { id: 'DB-HIS', name: 'HIS 数据库', category: 'database', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', site: '本部' },
    { id: 'SRV-1', name: 'HIS 数据库服务器', category: 'server', quantity: 2, vendorOrigin: 'foreign', disposition: 'replace', site: '本部' },
    { id: 'PC-1', name: '门诊医生站', category: 'terminal', quantity: 120, vendorOrigin: 'foreign', disposition: 'replace', site: '本部' },
    { id: 'PC-2', name: '东院医生站', category: 'terminal', quantity: 40, vendorOrigin: 'foreign', disposition: 'replace', site: '东院' },
    { id: 'OA', name: 'OA 办公系统', category: 'application', quantity: 1, vendorOrigin: 'domestic', disposition: 'compliant', tier: 'office', site: '本部' },
  ],
  dependencies: [
    { from: 'APP-HIS', to: 'DB-HIS', kind: 'runs-on' },
    { from: 'DB-HIS', to: 'SRV-1', kind: 'runs-on' },
    { from: 'PC-1', to: 'APP-HIS', kind: 'connects-to' },
    { from: 'PC-2', to: 'APP-HIS', kind: 'connects-to' },
  ],
  scenario: { name: '基准', capacityPerWave: 400, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {} },
};

describe('GraphView', () => {
  beforeAll(() => initI18n('zh'));
  beforeEach(async () => {
    await replaceProject('g1', PROJECT, '2026-11-01T00:00:00Z');
    act(() => {
      useAppStore.getState().setActiveProject('g1');
      useAppStore.getState().selectAsset(undefined);
    });
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('finds HIS and shows its transitive impact with counts', async () => {
    render(<GraphView />);
    expect((await screen.findByTestId('graph-stats')).textContent).toContain('6 个节点 · 4 条依赖');
    fireEvent.change(screen.getByTestId('graph-search'), { target: { value: 'HIS 医院' } });
    fireEvent.submit(screen.getByRole('search'));
    const panel = await screen.findByTestId('graph-impact');
    // Before HIS: its database and server, and the two workstations that connect to it (the core
    // gate puts them first although they depend on HIS); they are also what depends on it.
    expect(within(panel).getByTestId('impact-prerequisites-count').textContent).toBe('4');
    expect(within(panel).getByTestId('impact-dependents-count').textContent).toBe('2');
    expect(useAppStore.getState().selectedAssetId).toBe('APP-HIS');
  });

  it('says so when a search finds nothing', async () => {
    render(<GraphView />);
    fireEvent.change(await screen.findByTestId('graph-search'), { target: { value: '不存在' } });
    fireEvent.submit(screen.getByRole('search'));
    expect((await screen.findByRole('status', { name: '' })).textContent).toContain('未找到“不存在”');
  });

  it('filters by site and collapses terminal groups', async () => {
    render(<GraphView />);
    const stats = await screen.findByTestId('graph-stats');
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: '东院' } });
    await vi.waitFor(() => expect(screen.getByTestId('graph-stats').textContent).toContain('1 个节点 · 0 条依赖'));
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('collapse-toggle'));
    // The two sites' terminals stay apart (collapse is per system and site): still 6 nodes.
    await vi.waitFor(() => expect(screen.getByTestId('graph-stats').textContent).toMatch(/^6 个节点/));
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'terminal' } });
    await vi.waitFor(() => expect(screen.getByTestId('graph-stats').textContent).toMatch(/^2 个节点/));
    expect(stats).toBeTruthy();
  });

  it('removes a dependency from the impact panel, through the same repository as the table', async () => {
    act(() => useAppStore.getState().selectAsset('APP-HIS'));
    render(<GraphView />);
    const panel = await screen.findByTestId('graph-impact');
    fireEvent.click(within(panel).getByRole('button', { name: '删除依赖 APP-HIS → DB-HIS' }));
    await vi.waitFor(async () => expect((await readProject('g1'))?.dependencies).toHaveLength(3));
  });
});

describe('PlayBar', () => {
  it('steps through the waves while playing and stops at the end', () => {
    vi.useFakeTimers();
    const onWave = vi.fn();
    const onPlaying = vi.fn();
    const { rerender } = render(<PlayBar wave={0} last={2} waveEnds={{ 1: '2027-03-31', 2: '2027-06-30' }} coverage={0.2} playing onWave={onWave} onPlaying={onPlaying} stepMs={100} />);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onWave).toHaveBeenLastCalledWith(1);
    rerender(<PlayBar wave={2} last={2} waveEnds={{ 1: '2027-03-31', 2: '2027-06-30' }} coverage={0.9} playing onWave={onWave} onPlaying={onPlaying} stepMs={100} />);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onPlaying).toHaveBeenLastCalledWith(false);
    expect(screen.getByTestId('play-label').textContent).toBe('第 2 批后（2027-06-30）');
    expect(screen.getByTestId('play-coverage').textContent).toBe('信创覆盖率 90%');
    vi.useRealTimers();
    cleanup();
  });

  it('restarts from today when play is pressed at the end', () => {
    const onWave = vi.fn();
    const onPlaying = vi.fn();
    render(<PlayBar wave={3} last={3} waveEnds={{}} coverage={1} playing={false} onWave={onWave} onPlaying={onPlaying} />);
    fireEvent.click(screen.getByTestId('play-button'));
    expect(onWave).toHaveBeenCalledWith(0);
    expect(onPlaying).toHaveBeenCalledWith(true);
    cleanup();
  });
});

describe('GraphControls', () => {
  it('turns connect mode on and offers the dependency kinds', () => {
    const onConnect = vi.fn();
    const onKind = vi.fn();
    render(
      <GraphControls filter={{}} options={{ sites: ['本部'], departments: [] }} connect kind="runs-on" onFilter={vi.fn()} onSearch={() => true} onConnect={onConnect} onKind={onKind} onFit={vi.fn()} onExport={vi.fn()} />,
    );
    fireEvent.change(screen.getByTestId('connect-kind'), { target: { value: 'integrates-with' } });
    expect(onKind).toHaveBeenCalledWith('integrates-with');
    fireEvent.click(screen.getByTestId('connect-toggle'));
    expect(onConnect).toHaveBeenCalledWith(false);
    cleanup();
  });
});

describe('SVG export', () => {
  it('draws every node and each edge kind with the plan colours', () => {
    const tiers = { 'APP-HIS': 'core', 'DB-HIS': 'core', 'SRV-1': 'core', 'PC-1': 'office', 'PC-2': 'office', OA: 'office' } as const;
    const model = buildEstateModel(PROJECT.assets, PROJECT.dependencies, tiers);
    const states = combineStates(model, PROJECT.assets.map((a) => a.id), nodeStatesAt(PROJECT.assets, undefined, 0));
    const scene = buildScene(model, states, [], model.nodeOfAsset.get('APP-HIS')!);
    const svg = sceneToSvg(scene, { title: 'T & <医院>', subtitle: '现状', tierLabels: GLOSSARY.zh.tier, legend: [{ label: '国产', colour: '#2f7d4f' }] });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('T &amp; &lt;医院&gt;');
    expect(svg.match(/<circle cx=/g)).toHaveLength(6 + 2 + 1); // nodes + two bands + legend dot
    expect(svg).toContain('data-kind="runs-on"');
    expect(svg).toContain('data-kind="connects-to"');
    expect(svg).toContain('stroke="#1d5fbf" stroke-width="3"'); // the selected HIS
  });
});
