import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import type { ProjectFile, Scenario } from '../model';
import { generateEstate } from '../../fixtures/generate/estate';
import { analyse } from './analyse';

const sample = (name: string): ProjectFile => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', `sample-${name}.xcplan.json`), 'utf8')) as ProjectFile;

/**
 * A reader checks a deferral's numbers by adding them up: "wave 13 capacity full (103/150
 * person-days taken, needs 30.5)" does not add up, since 30.5 fits in the 47 left. The need has to
 * be what the scheduler weighed, the shared platforms the item would build included.
 */
describe('the numbers in a deferral add up', () => {
  const estate = generateEstate({ assets: 3000, dependencies: 9000, seed: 7 });
  const cases: [string, ProjectFile, Scenario][] = [sample('tertiary'), sample('secondary'), estate].flatMap((project) =>
    [project.scenario!, ...(project.scenarios ?? [])].map((scenario): [string, ProjectFile, Scenario] => [`${project.project.name} / ${scenario.name}`, project, scenario]),
  );

  test('capacity: taken plus needed exceeds the wave; budget: needed exceeds what was left (both samples, every scenario, a generated estate)', () => {
    let capacity = 0;
    let budget = 0;
    let withPlatforms = 0;
    for (const [name, project, scenario] of cases) {
      const { plan } = analyse(project, scenario);
      for (const [i, placement] of plan.placements.entries()) {
        const { detail } = placement.reason;
        const where = `${name}: ${plan.assetIds[i]} ${detail}`;
        const cap = /已排 ([\d.]+)\/([\d.]+) 人天，本项需 ([\d.]+)/.exec(detail);
        if (cap) {
          capacity++;
          expect(Number(cap[1]) + Number(cap[3]), where).toBeGreaterThan(Number(cap[2]));
        }
        const money = /剩余 (-?[\d.]+) 万元，本项需 ([\d.]+) 万元/.exec(detail);
        if (money) {
          budget++;
          expect(Number(money[2]), where).toBeGreaterThan(Number(money[1]));
        }
        const platforms = /本项需 ([\d.]+)( 万元)?，含随之建设的共享平台 ([\d.]+)/.exec(detail);
        if (platforms) {
          withPlatforms++;
          expect(Number(platforms[3]), where).toBeLessThan(Number(platforms[1]));
        }
      }
    }
    // The cases do defer for each reason, and some items bring platforms with them.
    expect(capacity).toBeGreaterThan(50);
    expect(budget).toBeGreaterThan(20);
    expect(withPlatforms).toBeGreaterThan(0);
  });
});
