/**
 * What the procurement list leaves out of the years it shows: the forecast's assessments, support,
 * dual track and training, which with the list's purchases make the forecast's total.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyse } from '../analysis';
import { command as procure } from '../cli/commands/procure';
import { captureIo } from '../cli/testIo';
import type { ProjectFile } from '../model';
import { excludedSpend, excludedSpendText } from './excluded';

const path = (name: string) => join(__dirname, '../../fixtures', name);

describe.each(['sample-tertiary.xcplan.json', 'sample-secondary.xcplan.json'])('what the list of %s excludes', (file) => {
  const analysis = analyse(JSON.parse(readFileSync(path(file), 'utf8')) as ProjectFile, undefined, { lang: 'zh' });
  const list = analysis.procurement;
  const years = [...new Set(list.items.map((i) => i.year))];

  it('with the year\'s purchases, makes the forecast\'s total of each year, to the yuan', () => {
    for (const year of analysis.forecast.years.filter((y) => years.includes(y.year))) {
      const excluded = excludedSpend(analysis.forecast.years, [year.year]);
      const bought = list.items.filter((i) => i.year === year.year).reduce((n, i) => n + i.cost, 0);
      expect(Math.round(bought + excluded.total), String(year.year)).toBe(Math.round(year.total));
      expect(excluded.assessments, String(year.year)).toBe(year.assessments);
    }
    // Every year that buys something cuts systems over: 等保测评/密评 are always left out of the tenders.
    expect(excludedSpend(analysis.forecast.years, years).assessments).toBeGreaterThan(0);
  });

  it('is said under the packages of xcplan procure, for the year shown', async () => {
    const year = years[0]!;
    const io = captureIo();
    expect(await procure.run([path(file), '--year', String(year), '--packages'], io)).toBe(0);
    const out = io.out.join('\n');
    const wan = (yuan: number) => `${(yuan / 10_000).toFixed(1)} 万元`;
    const line = excludedSpendText(excludedSpend(analysis.forecast.years, [year]), 'zh', wan);
    expect(line).toContain(`本清单不含（${year} 年，须另行预算与采购）：等保测评与密评 ${wan(analysis.forecast.years.find((y) => y.year === year)!.assessments)}`);
    expect(out.trimEnd().endsWith(`  ${line}`)).toBe(true);
    // And in the full text, for all the years shown, after the packages.
    const all = captureIo('en');
    expect(await procure.run([path(file)], all)).toBe(0);
    const text = all.out.join('\n');
    expect(text.indexOf(`Not in this list (${Math.min(...years)}–${Math.max(...years)};`)).toBeGreaterThan(text.indexOf('== Tender packages'));
    expect(text).not.toMatch(/Not in this list[^\n]*[\u3400-\u9fff]/);
  });
});
