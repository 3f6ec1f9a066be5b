/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import sampleFile from '../../../fixtures/sample-tertiary.xcplan.json';
import { costOf, readPriceBook } from '../../../shared/forecast';
import type { ProjectFile } from '../../../shared/model';
import { planProject } from '../../../shared/planner';
import { buildRunbook, cutoverInputs } from '../../../shared/runbook';
import { initI18n } from '../../i18n';
import { generateEstate } from '../../../fixtures/generate/estate';
import { CutoverTimeline, cutoverLayout, ROWS_SHOWN } from './CutoverTimeline';

const sample = sampleFile as unknown as ProjectFile;
const book = readPriceBook(sample);
const plan = planProject(sample, book.ok ? { lang: 'zh', costOf: costOf(book.value, sample) } : { lang: 'zh' });
const runbooks = cutoverInputs(sample, plan).map(buildRunbook);

describe('the core cut-over timeline of the plan view', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(cleanup);

  it('lays each runbook out on one axis: preparation before the window, the dual track after it', () => {
    const { rows, years } = cutoverLayout(runbooks);
    expect(rows).toHaveLength(runbooks.length);
    for (const row of rows) {
      expect(row.prepare[0]).toBeLessThanOrEqual(row.prepare[1]);
      expect(row.prepare[1]).toBe(row.window);
      expect(row.dual[1]).toBeGreaterThan(row.window);
      expect(row.dual[1]).toBeLessThanOrEqual(100);
    }
    expect(Math.min(...rows.map((r) => r.prepare[0]))).toBe(0);
    expect(Math.max(...rows.map((r) => r.dual[1]))).toBe(100);
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
    expect(cutoverLayout([])).toEqual({ rows: [], years: [] });
  });

  it('shows each core cut-over with its window, rollback decision and dual-track end, and opens its runbook', async () => {
    const onOpen = vi.fn();
    render(<CutoverTimeline project={sample} plan={plan} lang="zh" onOpen={onOpen} />);
    await userEvent.click(screen.getByText(`核心切换时间线（${runbooks.length} 个）`));
    const his = runbooks.find((r) => r.unitId === 'APP-HIS')!;
    const row = screen.getByTestId('plan-cutover-APP-HIS');
    expect(row.textContent).toContain(his.window.start);
    expect(row.textContent).toContain(his.dualTrackEnd);
    expect(row.textContent).toContain(`回退决策时限 ${his.rollbackDeadline.slice(11)}`);
    await userEvent.click(within(row).getByRole('button', { name: '切换手册' }));
    expect(onOpen).toHaveBeenCalledWith('APP-HIS');
  });

  it("builds the runbooks when the panel opens, and at group scale shows the first ones by wave until asked for all", async () => {
    const estate = generateEstate({ assets: 12_000, dependencies: 48_000, seed: 3 });
    const groupPlan = planProject(estate);
    const all = cutoverInputs(estate, groupPlan).map(buildRunbook);
    expect(all.length).toBeGreaterThan(ROWS_SHOWN);
    const { container } = render(<CutoverTimeline project={estate} plan={groupPlan} lang="zh" onOpen={vi.fn()} />);
    const shown = () => container.querySelectorAll('li[data-wave]');
    // Closed: its title counts every core cut-over, and no row is built.
    expect(screen.getByText(`核心切换时间线（${all.length} 个）`)).toBeTruthy();
    expect(shown()).toHaveLength(0);
    await userEvent.click(screen.getByText(`核心切换时间线（${all.length} 个）`));
    expect(shown()).toHaveLength(ROWS_SHOWN);
    const waves = [...shown()].map((li) => Number(li.getAttribute('data-wave')));
    expect(waves).toEqual(all.slice(0, ROWS_SHOWN).map((r) => r.wave));
    await userEvent.click(screen.getByRole('button', { name: `显示全部 ${all.length} 个核心切换` }));
    expect(shown()).toHaveLength(all.length);
    expect(screen.queryByRole('button', { name: /显示全部/ })).toBeNull();
  });
});
