/**
 * The planner's output, pinned: a hash of `JSON.stringify(planJson(planProject(...)))` (the `xcplan plan --json` contract) for both samples in
 * every scenario they carry (and a few that reach the other code paths: phase overlap, pins, no
 * budget, tight limits), in both languages and with a cost that changes by year, and for two
 * generated estates. A speed-up of the planner must leave every one of these byte-identical.
 *
 * A change that is meant to change plans updates the hashes: `npx vitest run shared/planner/golden.test.ts -u`,
 * and says in its commit which plans changed and why.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEstate } from '../../fixtures/generate/estate';
import type { Asset, ProjectFile, Scenario } from '../model';
import { planJson, planProject } from './index';

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const sample = (name: string): ProjectFile => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', `sample-${name}.xcplan.json`), 'utf8')) as ProjectFile;
/** A cost that rises 3% a year, so the budget check reads each year's own prices. */
const yearCost = (asset: Asset, year: number): number => Math.round((asset.unitCost ?? 0) * asset.quantity * (1 + 0.03 * (year - 2025)));

function scenariosOf(project: ProjectFile): [string, Scenario][] {
  const base = project.scenario!;
  const ids = project.assets.map((a) => a.id);
  return [
    ['active', base],
    ...(project.scenarios ?? []).map((s): [string, Scenario] => [s.name, s]),
    ['overlap', { ...base, phaseOverlapWaves: 1 }],
    ['pins', { ...base, pins: { [ids[3]!]: 2, [ids[40]!]: 1, [ids[100]!]: 5, 'no-such-asset': 3, [ids[200]!]: 99 } }],
    ['no-budget', { ...base, budgetPerYear: undefined }],
    ['tight', { ...base, capacityPerWave: 50, budgetPerYear: 500_000 }],
  ];
}

describe('planner output is pinned', () => {
  for (const name of ['tertiary', 'secondary']) {
    it(`sample ${name}: every scenario, both languages, yearly prices`, () => {
      const project = sample(name);
      const hashes: Record<string, string> = {};
      for (const [label, scenario] of scenariosOf(project)) {
        hashes[`${label} zh`] = hash(planJson(planProject(project, { scenario })));
        hashes[`${label} en`] = hash(planJson(planProject(project, { scenario, lang: 'en' })));
        hashes[`${label} yearly`] = hash(planJson(planProject(project, { scenario, costOf: yearCost })));
      }
      expect(hashes).toMatchSnapshot();
    });
  }

  it('generated estates', () => {
    const small = generateEstate({ assets: 3_000, dependencies: 12_000, seed: 1 });
    const larger = generateEstate({ assets: 20_000, dependencies: 80_000, seed: 7 });
    const halfCapacity = { ...small.scenario!, capacityPerWave: small.scenario!.capacityPerWave / 2, phaseOverlapWaves: 1 };
    expect({
      small: hash(planJson(planProject(small))),
      'small en, half capacity, overlap': hash(planJson(planProject(small, { lang: 'en', scenario: halfCapacity }))),
      larger: hash(planJson(planProject(larger))),
    }).toMatchSnapshot();
  });
});
