/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { TimelineModel, TimelineWave } from '../../../shared/layout';
import { initI18n } from '../../i18n';
import { Timeline } from './Timeline';

const lanes = { office: [], operations: [], 'clinical-support': [], core: [] };

/** One wave of a hospital group: 40 core systems cut over, 30 old systems and 9 platforms retired. */
function groupWave(): TimelineWave {
  const cutovers = Array.from({ length: 40 }, (_, i) => ({ unit: `HIS-H${String(i).padStart(3, '0')}`, date: '2027-04-01', dualTrackUntil: '2027-07-01' }));
  const retirements = [...Array.from({ length: 30 }, (_, i) => `OLD-H${i}`), ...Array.from({ length: 9 }, (_, i) => `PLAT-${i}`)];
  return { index: 1, start: '2027-01-01', end: '2027-03-31', year: 2027, effort: 10, cost: 0, capacityShare: 0.5, budgetShare: undefined, lanes, coreCutovers: 40, systemsAfter: 0.3, cutovers, builds: [], retirements };
}

function model(wave: TimelineWave): TimelineModel {
  const unitById: TimelineModel['unitById'] = new Map(wave.retirements.map((id) => [id, { kind: id.startsWith('PLAT') ? 'shared-platform' : 'system', assets: [id] }]));
  return { waves: [wave], years: [], alreadyDomestic: 0, retained: [], unscheduled: [], parked: lanes, maxLaneCount: 0, unitById, systemsStart: 0, retiredAfterPlan: undefined };
}

describe('Timeline wave header at group scale', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  afterEach(cleanup);

  it('names the first core cut-overs and the rest on request, and counts long retirement lists', () => {
    render(<Timeline model={model(groupWave())} assets={new Map()} pins={{}} capacity={20} selectedId={undefined} lang="zh" moneyUnit="wan" onSelect={() => undefined} onPin={() => undefined} />);
    const head = screen.getByTestId('wave-1');
    expect(head.querySelectorAll('[data-testid^="dual-track-"]')).toHaveLength(3);
    expect(head.textContent).toContain('双轨结束，下线原系统：OLD-H0、OLD-H1、OLD-H2、OLD-H3、OLD-H4、OLD-H5 等 30 项');
    expect(head.textContent).toContain('PLAT-5 等 9 项');
    fireEvent.click(within(head).getByRole('button', { name: '另 37 项' }));
    expect(head.querySelectorAll('[data-testid^="dual-track-"]')).toHaveLength(40);
  });

  it('says a cut-over on a Saturday is the night of that Saturday, and leaves another date as it is', () => {
    const wave = { ...groupWave(), cutovers: [{ unit: 'APP-HIS', date: '2030-10-05', dualTrackUntil: '2031-01-05' }, { unit: 'APP-EMR', date: '2030-10-01', dualTrackUntil: '2031-01-01' }] };
    render(<Timeline model={model(wave)} assets={new Map()} pins={{}} capacity={20} selectedId={undefined} lang="zh" moneyUnit="wan" onSelect={() => undefined} onPin={() => undefined} />);
    expect(screen.getByTestId('dual-track-APP-HIS').textContent).toBe('APP-HIS 2030-10-05（周六夜） 切换，双轨至 2031-01-05');
    expect(screen.getByTestId('dual-track-APP-EMR').textContent).toBe('APP-EMR 2030-10-01 切换，双轨至 2031-01-01');
  });
});

/** Three waves: office A1, A2 in wave 1 and A3 in wave 3; core C1 in wave 2. */
function smallModel(): TimelineModel {
  const wave = (index: number, office: string[], core: string[]): TimelineWave => ({ ...groupWave(), index, cutovers: [], retirements: [], coreCutovers: 0, lanes: { ...lanes, office, core } });
  return { ...model(groupWave()), waves: [wave(1, ['A1', 'A2'], []), wave(2, [], ['C1']), wave(3, ['A3'], [])], unitById: new Map() };
}

describe('Timeline by keyboard', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  afterEach(cleanup);

  it('is one tab stop; the arrow keys move between cards, waves and lanes; Enter selects', () => {
    const onSelect = vi.fn();
    render(<Timeline model={smallModel()} assets={new Map()} pins={{}} capacity={20} selectedId={undefined} lang="zh" moneyUnit="wan" onSelect={onSelect} onPin={() => undefined} />);
    const grid = screen.getByRole('grid');
    const card = (id: string) => grid.querySelector<HTMLElement>(`.plan-card[data-asset-id="${id}"]`)!;
    const stops = () => [...grid.querySelectorAll<HTMLElement>('.plan-card')].filter((c) => c.tabIndex === 0).map((c) => c.dataset.assetId);
    expect(stops()).toEqual(['A1']);
    expect(grid.getAttribute('aria-describedby')).toBe('plan-timeline-keys');
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    card('A1').focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(card('A2'));
    // The tab stop follows the focus.
    expect(stops()).toEqual(['A2']);
    // Wave 2 has no office card: right goes on to wave 3.
    press('ArrowRight');
    expect(document.activeElement).toBe(card('A3'));
    press('Home');
    expect(document.activeElement).toBe(card('A1'));
    // Down past the cell's last card: the next lane with a card in this wave (none), so it stays.
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(card('A2'));
    press('ArrowRight');
    press('ArrowLeft');
    expect(document.activeElement).toBe(card('A1'));
    fireEvent.click(card('A1'));
    expect(onSelect).toHaveBeenCalledWith('A1');
  });

  it('moves from a lane into the lane below in the same wave', () => {
    const m = smallModel();
    m.waves[1] = { ...m.waves[1]!, lanes: { ...lanes, office: ['A4'], core: ['C1'] } };
    render(<Timeline model={m} assets={new Map()} pins={{}} capacity={20} selectedId="A4" lang="zh" moneyUnit="wan" onSelect={() => undefined} onPin={() => undefined} />);
    const grid = screen.getByRole('grid');
    const card = (id: string) => grid.querySelector<HTMLElement>(`.plan-card[data-asset-id="${id}"]`)!;
    // The selected card holds the tab stop.
    expect(card('A4').tabIndex).toBe(0);
    card('A4').focus();
    fireEvent.keyDown(card('A4'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(card('C1'));
    fireEvent.keyDown(card('C1'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(card('A4'));
  });
});
