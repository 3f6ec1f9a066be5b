import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProjectFile } from '../model';
import { planProject } from '../planner';
import { changeCosts, changeInputFromPlan, DEFAULT_CHANGE_PARAMS } from '.';
import { placementOf } from '../planner/placements';

const sample = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;

describe('training and change management', () => {
  const waves = [{ index: 1, start: '2027-01-01' }, { index: 2, start: '2027-04-01' }, { index: 5, start: '2028-01-01' }];

  it('trains clinicians per terminal moved, retrains staff once per platform, supports each core cut-over on site', () => {
    const result = changeCosts({
      waves,
      terminalsMoved: [{ wave: 1, quantity: 300 }, { wave: 1, quantity: 100 }, { wave: 2, quantity: 10 }],
      platformsIntroduced: [{ wave: 2, platform: '国产数据库' }, { wave: 1, platform: '国产数据库' }, { wave: 5, platform: '国产虚拟化' }],
      coreCutovers: [{ wave: 5, unitId: 'APP-HIS' }],
    });
    // 400 terminals × 1.5 users / 20 per session = 30 sessions × 0.5 day.
    expect(result.perWave.find((w) => w.wave === 1)).toEqual({ wave: 1, effort: 15 + 10, cost: 400 * 150 + 40_000 });
    expect(result.items.filter((i) => i.kind === 'platform-retraining').map((i) => [i.wave, i.detail])).toEqual([[1, '国产数据库'], [5, '国产虚拟化']]);
    const y2028 = result.perYear.find((y) => y.year === 2028)!;
    expect(y2028.byKind['onsite-support']).toBe(2 * 20 * 2_500);
    expect(y2028.cost).toBe(100_000 + 40_000);
    expect(result.perYear.reduce((s, y) => s + y.cost, 0)).toBe(result.items.reduce((s, i) => s + i.cost, 0));
  });

  it('parameters are editable', () => {
    const input = { waves, terminalsMoved: [{ wave: 1, quantity: 100 }], platformsIntroduced: [], coreCutovers: [] };
    const cheap = changeCosts(input).perYear[0]!.cost;
    expect(changeCosts(input, { ...DEFAULT_CHANGE_PARAMS, costPerTerminal: 300 }).perYear[0]!.cost).toBe(cheap * 2);
  });

  it('reads the moves of the sample plan', () => {
    const plan = planProject(sample);
    const input = changeInputFromPlan(sample, plan);
    const movedTerminals = sample.assets.filter((a) => a.category === 'terminal' && (placementOf(plan, a.id)?.wave ?? -1) >= 1).reduce((s, a) => s + a.quantity, 0);
    expect(input.terminalsMoved.reduce((s, t) => s + t.quantity, 0)).toBe(movedTerminals);
    expect(movedTerminals).toBeGreaterThan(1000);
    expect(input.coreCutovers.map((c) => c.unitId)).toContain('APP-HIS');
    const result = changeCosts(input);
    expect(result.items.filter((i) => i.kind === 'platform-retraining').length).toBe(4);
  });
});
