import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { generateEstate } from '../../fixtures/generate/estate';
import { parseProjectFileText } from '../io/project';
import type { ProjectFile } from '../model';
import { costOf, pricedParts, pricingOf, serversWithSeparateOs } from './cost';
import { readPriceBook } from './priceBook';

function sample(name: string): ProjectFile {
  const parsed = parseProjectFileText(readFileSync(new URL(`../../fixtures/${name}.xcplan.json`, import.meta.url), 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

// The analysis and the planner price through the index; the index must give exactly the parts
// `pricedParts` computes on its own, to the yuan, for every asset and year.
describe('pricingOf: the same yuan as pricing each asset on its own', () => {
  const projects: [string, ProjectFile][] = [
    ['tertiary sample', sample('sample-tertiary')],
    ['secondary sample', sample('sample-secondary')],
    ['generated estate', generateEstate({ assets: 3000, seed: 11 })],
  ];
  test.each(projects)('%s: every asset in every year of the horizon', (_, project) => {
    const book = readPriceBook(project);
    if (!book.ok) throw new Error('invalid price book');
    const separate = serversWithSeparateOs(project);
    const pricing = pricingOf(book.value, project);
    const cost = costOf(book.value, project);
    const start = Number(project.project.startDate.slice(0, 4));
    let checked = 0;
    for (const asset of project.assets) {
      for (let year = start - 1; year < start + project.project.horizonYears + 1; year++) {
        const expected = pricedParts(asset, book.value, year, separate.has(asset.id));
        expect(pricing.parts(asset, year)).toEqual(expected);
        expect(cost(asset, year)).toBe(expected.reduce((sum, part) => sum + part.base, 0));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(project.assets.length);
  });
});
