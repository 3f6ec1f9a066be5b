// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { buildAssetGraph } from '../../../shared/graph';
import type { PlanResult } from '../../../shared/planner/types';
import { initI18n } from '../../i18n';
import { WarningsPanel } from './WarningsPanel';

const plan: PlanResult = {
  waves: [],
  assetIds: [],
  placements: [],
  bundles: [{ assets: ['PC', 'OA'], cycle: ['PC', 'OA'] }],
  unscheduled: [{ id: 'LAB', reason: '超出规划期' }],
  metrics: { waves: 2, lowerBound: 2, assetsPlanned: 4, effortTotal: 90, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } },
  units: [],
  events: [],
  warnings: [
    { code: 'core-gate', assets: ['HIS', 'PC'], wave: 2, detail: '核心系统 HIS 切换时 PC 尚未国产化' },
    { code: 'retained-on-core-path', assets: ['HIS', 'MRI'], wave: 2, detail: '保留的进口资产 MRI 连接核心系统 HIS' },
    { code: 'pin-broken', assets: ['HIS'], wave: 1, detail: '固定批次无法满足：HIS 固定在第 1 批，实际第 2 批' },
  ],
};
const broken = buildAssetGraph([{ id: 'HIS' }], [{ from: 'HIS', to: 'NOPE', kind: 'integrates-with' }]).broken;

describe('WarningsPanel', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(cleanup);

  it("shows the planner's own warnings with their codes' names, then cycles, unscheduled assets and broken references", () => {
    const onSelect = vi.fn();
    render(<WarningsPanel plan={plan} broken={broken} onSelect={onSelect} />);
    const panel = screen.getByTestId('plan-warnings');
    expect(panel.textContent).toContain('需要注意（6）');
    for (const text of ['核心准入 1', '核心路径上的保留资产 1', '固定批次冲突 1', '依赖成环 1', '未排入计划 1', '依赖引用缺失 1']) expect((panel.textContent ?? '').replace(/\s+/g, ' ')).toContain(text);
    expect(panel.textContent).toContain('实际第 2 批');
    fireEvent.click(screen.getByRole('button', { name: '显示全部 6 条' }));
    expect(panel.textContent).toContain('依赖第 1 行（HIS → NOPE）引用了不存在的资产');
    fireEvent.click(screen.getAllByRole('button', { name: 'MRI' })[0]!);
    expect(onSelect).toHaveBeenCalledWith('MRI');
  });

  it('says the plan is clean when there is nothing to show', () => {
    render(<WarningsPanel plan={{ ...plan, bundles: [], unscheduled: [], warnings: [] }} broken={[]} onSelect={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain('没有警告');
  });
});
