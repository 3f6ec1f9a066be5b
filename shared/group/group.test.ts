import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { analyse } from '../analysis';
import { readPriceBook } from '../forecast';
import { PRICE_BOOK_EXTENSION } from '../forecast/priceBook';
import { withExtension } from '../io/extensions';
import { setItemPrice } from '../forecast/priceBook';
import { parseProjectFileText } from '../io';
import type { ProjectFile } from '../model';
import { groupForecast, groupTable } from './group';

const load = (name: string): ProjectFile => {
  const parsed = parseProjectFileText(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
};

/** The forecast of one project as the forecast view shows it (its one analysis). */
const ownForecast = (project: ProjectFile) => analyse(project).forecast;

describe('groupForecast', () => {
  const tertiary = load('sample-tertiary.xcplan.json');
  const secondary = load('sample-secondary.xcplan.json');

  test('each hospital equals its own forecast; the summed column and row add up', () => {
    const group = groupForecast([
      { id: 't', project: tertiary },
      { id: 's', project: secondary },
    ]);
    const own = [ownForecast(tertiary), ownForecast(secondary)];
    expect(group.hospitals.map((h) => h.status)).toEqual(['ok', 'ok']);
    group.hospitals.forEach((h, i) => {
      if (h.status !== 'ok') return;
      expect(h.total).toBeCloseTo(own[i]!.totals.total, 2);
      expect(group.hospitalTotals[i]).toBeCloseTo(own[i]!.totals.total, 2);
      for (const year of own[i]!.years) expect(group.spend[group.years.indexOf(year.year)]![i]).toBeCloseTo(year.total, 2);
    });
    expect(group.grandTotal).toBeCloseTo(own[0]!.totals.total + own[1]!.totals.total, 2);
    group.years.forEach((_, y) => expect(group.yearTotals[y]).toBeCloseTo(group.spend[y]!.reduce((a, b) => a + b, 0), 6));
    expect(group.grandTotal).toBeGreaterThan(0);
    // Years are contiguous and cover both horizons.
    expect(group.years).toEqual(Array.from({ length: group.years.length }, (_, i) => group.years[0]! + i));
  });

  test('joint tenders: each package of each budget year once, over the hospitals that buy it, adding up to their lists', () => {
    const group = groupForecast([
      { id: 't', project: tertiary },
      { id: 's', project: secondary },
    ]);
    const lists = [analyse(tertiary).procurement, analyse(secondary).procurement];
    // Adaptation is one contract per developer: a developer both hospitals use is one joint contract;
    // a new business system one tender per system: a system both hospitals replace is one joint tender.
    const keys = group.packages.map((p) => `${p.budgetYear}:${p.package}:${p.supplier ?? ''}:${p.system ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of group.packages) expect(p.supplier === undefined, `${p.budgetYear} ${p.package}`).toBe(p.package !== 'adaptation');
    for (const p of group.packages) expect(p.system === undefined, `${p.budgetYear} ${p.package}`).toBe(p.package !== 'applications');
    const own = (h: number, p: (typeof group.packages)[number]) => {
      const member = group.hospitals[h]!;
      return member.status === 'ok' ? member.packages.find((q) => q.budgetYear === p.budgetYear && q.package === p.package && q.supplier === p.supplier && q.system === p.system) : undefined;
    };
    for (const p of group.packages.filter((q) => q.package === 'adaptation' || q.package === 'applications')) {
      expect(Math.round(p.cost), `${p.budgetYear} ${p.supplier ?? p.system}`).toBe(Math.round(p.hospitals.reduce((n, h) => n + own(h, p)!.cost, 0)));
    }
    expect(Math.round(group.packages.reduce((n, p) => n + p.cost, 0))).toBe(Math.round(lists[0]!.total.cost + lists[1]!.total.cost));
    // Every purchase is in one package; products kept by exception buy nothing and are in none.
    const bought = (list: (typeof lists)[number]) => list.items.filter((i) => i.treatment !== 'retain').length;
    expect(group.packages.reduce((n, p) => n + p.items, 0)).toBe(bought(lists[0]!) + bought(lists[1]!));
    // Both hospitals buy databases in 2027: one joint tender, with the earlier of their deadlines.
    const db = group.packages.find((p) => p.budgetYear === 2027 && p.package === 'database')!;
    expect(db.hospitals).toEqual([0, 1]);
    expect(db.cost).toBeCloseTo(own(0, db)!.cost + own(1, db)!.cost, 6);
    expect(db.purchaseBy).toBe([own(0, db)!.purchaseBy!, own(1, db)!.purchaseBy!].sort()[0]);
  });

  test('waves and last wave end come from the real plan of the active scenario', () => {
    const group = groupForecast([{ id: 't', project: tertiary }]);
    const { plan } = analyse(tertiary);
    const used = plan.waves.filter((w) => w.index >= 1 && w.assets.length > 0);
    const h = group.hospitals[0]!;
    if (h.status !== 'ok') throw new Error('failed');
    // Counted like the plan view and the report: every wave up to the last used one, empty ones in between included.
    expect(h.waves).toBe(used.at(-1)!.index);
    expect(h.waves).toBeGreaterThanOrEqual(used.length);
    expect(h.lastWaveEnd).toBe(used.at(-1)!.end);
    // A tighter scenario (half the capacity) needs at least as many waves.
    const tight = { ...tertiary, scenario: { ...tertiary.scenario!, capacityPerWave: Math.max(1, Math.floor(tertiary.scenario!.capacityPerWave / 2)) } };
    const slower = groupForecast([{ id: 't', project: tight }]).hospitals[0]!;
    expect(slower.status === 'ok' && slower.waves).toBeGreaterThanOrEqual(h.waves);
  });

  test('each member is priced with its own price book', () => {
    const book = readPriceBook(secondary);
    if (!book.ok) throw new Error('bad book');
    const dearer = withExtension(secondary, PRICE_BOOK_EXTENSION, setItemPrice(setItemPrice(book.value, 'os-desktop', 'base', book.value.items['os-desktop'].price.base * 3), 'cpu-terminal', 'base', book.value.items['cpu-terminal'].price.base * 3));
    const group = groupForecast([
      { id: 'a', project: secondary },
      { id: 'b', project: dearer },
    ]);
    expect(group.hospitalTotals[1]).toBeGreaterThan(group.hospitalTotals[0]!);
  });

  test('a member with a broken price book is reported and left out of the sums', () => {
    const broken = { ...secondary, extensions: { ...secondary.extensions, priceBook: { baseYear: 'soon' } } };
    const group = groupForecast([
      { id: 't', project: tertiary },
      { id: 'x', project: broken },
    ]);
    expect(group.hospitals[1]!.status).toBe('error');
    expect(group.grandTotal).toBeCloseTo(ownForecast(tertiary).totals.total, 2);
    const table = groupTable(group, { year: '年份', total: '合计', withUnit: (c) => `${c}（元）` });
    expect(table.headers).toEqual(['年份', `${tertiary.project.name}（元）`, '合计（元）']);
  });

  test('the export table has one row per year, a summed column and a summed row', () => {
    const group = groupForecast([
      { id: 't', project: tertiary },
      { id: 's', project: secondary },
    ]);
    const table = groupTable(group, { year: 'Year', total: 'Total', withUnit: (c) => `${c} (CNY)` });
    expect(table.headers).toHaveLength(4);
    expect(table.rows).toHaveLength(group.years.length);
    for (const row of table.rows) expect(Math.abs((row[1] as number) + (row[2] as number) - (row[3] as number))).toBeLessThanOrEqual(1);
    expect(table.totals[0]).toBe('Total');
    expect(table.totals[3]).toBe(Math.round(group.grandTotal));
  });

  test('an empty group is empty', () => {
    expect(groupForecast([])).toEqual({ years: [], hospitals: [], spend: [], yearTotals: [], hospitalTotals: [], grandTotal: 0, packages: [] });
  });
});
