/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { TimelineModel, TimelineWave } from '../../../shared/layout';
import { initI18n } from '../../i18n';
import { Timeline } from './Timeline';

const lanes = { office: [], operations: [], 'clinical-support': [], core: [] };

/** One wave of a hospital group: 40 core systems cut over, 30 old systems and 9 platforms retired. */
function groupWave(): TimelineWave {
  const cutovers = Array.from({ length: 40 }, (_, i) => ({ unit: `HIS-H${String(i).padStart(3, '0')}`, date: '2027-04-01', dualTrackUntil: '2027-07-01' }));
  const retirements = [...Array.from({ length: 30 }, (_, i) => `OLD-H${i}`), ...Array.from({ length: 9 }, (_, i) => `PLAT-${i}`)];
  return { index: 1, start: '2027-01-01', end: '2027-03-31', year: 2027, effort: 10, cost: 0, capacityShare: 0.5, budgetShare: undefined, lanes, coreCutovers: 40, systemsAfter: 0.3, cutovers, builds: [], retirements, coverageAfter: 0.3, units: 40 };
}

function model(wave: TimelineWave): TimelineModel {
  const unitKind: TimelineModel['unitKind'] = {};
  for (const id of wave.retirements) unitKind[id] = id.startsWith('PLAT') ? 'shared-platform' : 'system';
  return { waves: [wave], years: [], coverageStart: 0, totalUnits: 40, alreadyDomestic: 0, retained: [], unscheduled: [], parked: lanes, maxLaneCount: 0, unitSize: {}, unitKind, systemsStart: 0, retiredAfterPlan: undefined };
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
});
