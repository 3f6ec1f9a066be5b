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
import { CutoverTimeline, cutoverLayout } from './CutoverTimeline';

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
});
