import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyse } from '../analysis';
import type { ProjectFile } from '../model';
import { idleWaves, idleWaveText } from './idleWaves';
import { placementsFrom } from './placements';
import type { PlanResult } from './types';

const load = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8')) as ProjectFile;

describe('idleWaves', () => {
  it('says why a wave is empty from the reasons of the units that go next, counting each unit once', () => {
    const plan = {
      waves: [
        { index: 1, start: '2027-01-01', end: '2027-03-31', assets: ['A'], effort: 1, cost: 1 },
        { index: 2, start: '2027-04-01', end: '2027-06-30', assets: [], effort: 0, cost: 0 },
        { index: 3, start: '2027-07-01', end: '2027-09-30', assets: ['T1', 'T2', 'HIS', 'HIS-DB'], effort: 1, cost: 1 },
      ],
      ...placementsFrom({
        A: { wave: 1, reason: { code: 'earliest', detail: '' }, unit: 'A' },
        T1: { wave: 3, reason: { code: 'budget', detail: '' }, unit: 'T1' },
        T2: { wave: 3, reason: { code: 'budget', detail: '' }, unit: 'T2' },
        HIS: { wave: 3, reason: { code: 'core-gate', detail: '' }, unit: 'HIS' },
        'HIS-DB': { wave: 3, reason: { code: 'with-system', detail: '' }, unit: 'HIS' },
      }),
    } satisfies Pick<PlanResult, 'waves' | 'assetIds' | 'placements'>;
    expect(idleWaves(plan)).toEqual([
      { wave: 2, nextWave: 3, causes: [{ code: 'budget', units: 2, examples: ['T1', 'T2'] }, { code: 'core-gate', units: 1, examples: ['HIS'] }] },
    ]);
    const [idle] = idleWaves(plan);
    expect(idleWaveText(idle!, 'zh')).toBe('本批无资产：预算上限 2 项、核心准入 1 项，顺延至第 3 批');
    // The report puts this text in brackets: no brackets inside it.
    expect(idleWaveText(idle!, 'en')).toBe('nothing in this wave — budget cap: 2, core gate: 1 — moved to wave 3');
  });

  it('finds a cause for every idle wave of the samples as the app plans them (the secondary baseline and the budget-limited scenarios run out of money)', () => {
    let seen = 0;
    for (const name of ['sample-tertiary.xcplan.json', 'sample-secondary.xcplan.json']) {
      const project = load(name);
      for (const scenario of [project.scenario, ...(project.scenarios ?? [])]) {
        const { plan } = analyse(project, scenario);
        for (const idle of idleWaves(plan)) {
          seen += 1;
          expect(idle.nextWave, `${name} wave ${idle.wave}`).toBeGreaterThan(idle.wave);
          expect(idle.causes.length, `${name} wave ${idle.wave}`).toBeGreaterThan(0);
          expect(idle.causes.map((c) => c.code)).not.toContain('earliest');
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
