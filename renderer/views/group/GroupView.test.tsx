/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { analyse } from '../../../shared/analysis';
import { parseProjectFileText } from '../../../shared/io';
import type { ProjectFile } from '../../../shared/model';
import { db } from '../../db/database';
import * as projectsModule from '../../db/projects';
import { replaceProject } from '../../db/projects';
import { getAnalysisClient } from '../../workers/analysisClient';
import { initI18n } from '../../i18n';
import { TEST_PROJECT } from '../../test-setup/projects';
import { GroupView } from './GroupView';

const saved = vi.hoisted(() => [] as { name: string; data: Uint8Array | string }[]);
vi.mock('../../platform', () => ({
  saveFile: (name: string, data: Uint8Array | string) => {
    saved.push({ name, data });
    return Promise.resolve(true);
  },
}));

const SAMPLES = import.meta.glob<string>('../../../fixtures/sample-secondary.xcplan.json', { query: '?raw', import: 'default', eager: true });

const secondary = (() => {
  const parsed = parseProjectFileText(Object.values(SAMPLES)[0]!, 'sample');
  if (!parsed.ok) throw new Error('sample');
  return parsed.value;
})();

/** A hospital's own total: its one analysis, as the forecast view shows it. */
const totalOf = (project: ProjectFile) => analyse(project).forecast.totals.total;

describe('GroupView', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  beforeEach(async () => {
    saved.length = 0;
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    await replaceProject('p2', secondary, '2026-11-02T00:00:00Z');
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('shows each hospital and the group total equal to the sum of their own forecasts', async () => {
    render(<GroupView />);
    const hospitals = await screen.findByTestId('group-hospitals');
    const rows = within(hospitals).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-project-id'))).toEqual(['p2', 'p1']);
    expect(rows[1]!.textContent).toContain('测试医院');
    expect(rows[1]!.textContent).toContain('安徽');
    const expected = totalOf(TEST_PROJECT) + totalOf(secondary);
    expect(expected).toBeGreaterThan(0);
    expect(Number(screen.getByTestId('group-grand-total').getAttribute('data-yuan'))).toBeCloseTo(expected, 0);
    const sumRow = screen.getByTestId('group-sum-row');
    const cells = within(sumRow).getAllByRole('cell').map((c) => Number(c.getAttribute('data-yuan')));
    expect(cells[0]! + cells[1]!).toBeCloseTo(cells[2]!, 0);
    expect(cells[1]).toBeCloseTo(totalOf(TEST_PROJECT), 0);
    expect(screen.getByTestId('group-chart').querySelectorAll('rect[data-hospital]').length).toBeGreaterThan(0);
  });

  it('lists the joint tenders: each package of a budget year once, adding up to both procurement lists', async () => {
    render(<GroupView />);
    const joint = await screen.findByTestId('group-joint');
    const rows = within(joint).getAllByRole('row').slice(1);
    // Adaptation is one row per developer (单一来源), a new business system one row per system, every other package one row a year.
    const keys = rows.map((r) => `${r.getAttribute('data-budget-year')}:${r.getAttribute('data-package')}:${r.getAttribute('data-supplier') ?? ''}:${r.getAttribute('data-system') ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sum = rows.reduce((n, r) => n + Number(r.getAttribute('data-yuan')), 0);
    expect(sum).toBeCloseTo(analyse(TEST_PROJECT).procurement.total.cost + analyse(secondary).procurement.total.cost, 0);
    // A package both hospitals buy names both.
    expect(rows.some((r) => r.textContent.includes('测试医院') && r.textContent.includes(secondary.project.name))).toBe(true);
    const adaptation = rows.filter((r) => r.getAttribute('data-package') === 'adaptation');
    expect(adaptation.length).toBeGreaterThan(new Set(adaptation.map((r) => r.getAttribute('data-budget-year'))).size);
    for (const r of adaptation) expect(r.textContent).toContain(`信创适配服务：${r.getAttribute('data-supplier')}（原开发商，单一来源）`);
    const systems = rows.filter((r) => r.getAttribute('data-package') === 'applications');
    expect(systems.length).toBeGreaterThan(new Set(systems.map((r) => r.getAttribute('data-budget-year'))).size);
    for (const r of systems) expect(r.textContent).toContain(`新购业务系统：${r.getAttribute('data-system')}`);
  });

  it('unticking a hospital takes it out of the sums', async () => {
    render(<GroupView />);
    await screen.findByTestId('group-hospitals');
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(secondary.project.name) }));
    await waitFor(() => expect(Number(screen.getByTestId('group-grand-total').getAttribute('data-yuan'))).toBeCloseTo(totalOf(TEST_PROJECT), 0));
    fireEvent.click(screen.getByRole('button', { name: '全不选' }));
    expect(await screen.findByText('请至少勾选一个项目。')).toBeTruthy();
  });

  it('exports the year × hospital table as CSV with a summed column and row', async () => {
    render(<GroupView />);
    await screen.findByTestId('group-hospitals');
    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = saved[0]!.data as string;
    expect(saved[0]!.name).toMatch(/^医联体汇总-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`年份,${secondary.project.name}（元）,测试医院（元）,合计（元）`);
    const last = lines.at(-1)!.split(',');
    expect(last[0]).toBe('合计');
    expect(Math.abs(Number(last[3]) - Math.round(totalOf(TEST_PROJECT) + totalOf(secondary)))).toBeLessThanOrEqual(1);
    const xlsx = screen.getByRole<HTMLButtonElement>('button', { name: '导出 XLSX' });
    await waitFor(() => expect(xlsx.disabled).toBe(false));
    fireEvent.click(xlsx);
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
    expect((saved[1]!.data as Uint8Array).byteLength).toBeGreaterThan(1000);
  });

  it('serves a revisit from what it read and analysed, until a project is written', async () => {
    const first = render(<GroupView />);
    await screen.findByTestId('group-hospitals');
    const total = Number(screen.getByTestId('group-grand-total').getAttribute('data-yuan'));
    first.unmount();
    const reads = vi.spyOn(projectsModule, 'readProject');
    const asked = vi.spyOn(getAnalysisClient(), 'group');
    render(<GroupView />);
    await screen.findByTestId('group-hospitals');
    expect(Number(screen.getByTestId('group-grand-total').getAttribute('data-yuan'))).toBe(total);
    expect(reads).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
    // A write to a member: read and analysed again, the new sum shown.
    const doubled = { ...secondary, assets: secondary.assets.map((a) => ({ ...a, quantity: a.quantity * 2 })) };
    await replaceProject('p2', doubled, '2026-11-03T00:00:00Z');
    await waitFor(() => expect(Number(screen.getByTestId('group-grand-total').getAttribute('data-yuan'))).toBeCloseTo(totalOf(TEST_PROJECT) + totalOf(doubled), 0));
    expect(reads).toHaveBeenCalled();
    expect(asked).toHaveBeenCalled();
    reads.mockRestore();
    asked.mockRestore();
  });
});
