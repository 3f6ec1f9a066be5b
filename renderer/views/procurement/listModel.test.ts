import { describe, expect, it } from 'vitest';

import { fakePlan, LIST, PROJECT } from './fixtures.test-helpers';
import { EMPTY_FILTER, filterItems, groupRows, sortItems, totalsOf } from './listModel';
import { analyse } from '../../../shared/analysis';

describe('procurement list model', () => {
  it('filters by year, category, flag and text', () => {
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, year: 2027 }).map((i) => i.assetId)).toEqual(['PC-1']);
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, category: 'database' }).map((i) => i.assetId)).toEqual(['DB-1']);
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, flag: 'import-only' }).map((i) => i.assetId)).toEqual(['LAB-1']);
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, flag: 'bundle' }).map((i) => i.assetId).sort()).toEqual(['SRV-1']);
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, search: '达梦' }).map((i) => i.assetId)).toEqual(['DB-1']);
    // A product by its English name too, whatever the language shown.
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, search: 'dameng dm8' }).map((i) => i.assetId)).toEqual(['DB-1']);
  });

  it('searches a changed list in its own words, not the words of the list searched before', () => {
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, search: '达梦' }).map((i) => i.assetId)).toEqual(['DB-1']);
    const renamed = LIST.items.map((item) => (item.assetId === 'PC-1' ? { ...item, assetName: '达梦演示终端' } : item));
    expect(filterItems(renamed, { ...EMPTY_FILTER, search: '达梦' }).map((i) => i.assetId).sort()).toEqual(['DB-1', 'PC-1']);
    expect(filterItems(renamed, { ...EMPTY_FILTER, search: '演示' }).map((i) => i.assetId)).toEqual(['PC-1']);
    expect(filterItems(LIST.items, { ...EMPTY_FILTER, search: '演示' })).toEqual([]);
  });

  it('groups with subtotals that add up to the total', () => {
    const rows = groupRows(sortItems(LIST.items, 'order'), 'year');
    const groups = rows.filter((r) => r.kind === 'group');
    expect(groups.map((g) => g.label.year)).toEqual([2027, 2028]);
    expect(groups.reduce((s, g) => s + g.totals.cost, 0)).toBe(totalsOf(LIST.items).cost);
    expect(rows.filter((r) => r.kind === 'item')).toHaveLength(LIST.items.length);
  });

  it('groups by tender package within each budget year, with the earliest tender deadline of each', () => {
    const rows = groupRows(sortItems(LIST.items, 'order'), 'package');
    const groups = rows.filter((r) => r.kind === 'group');
    // One tender per package and budget year, budget years in order.
    const keys = groups.map((g) => `${g.label.year}:${g.label.package}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.map((g) => g.label.year)).toEqual([...groups.map((g) => g.label.year!)].sort((a, b) => a - b));
    expect(groups.find((g) => g.label.package === 'database')).toBeDefined();
    expect(groups.find((g) => g.label.package === 'imports')?.totals.items).toBe(LIST.items.filter((i) => i.treatment === 'import' || i.treatment === 'retain').length);
    expect(groups.reduce((s, g) => s + g.totals.cost, 0)).toBe(totalsOf(LIST.items).cost);
    expect(groups.filter((g) => g.label.purchaseBy).length).toBeGreaterThan(0);
    for (const g of groups) {
      const members = LIST.items.filter((i) => rows.some((r) => r.kind === 'item' && r.item === i && r.key.startsWith(`${g.key}:`)));
      const first = g.label.package === 'no-cost' ? undefined : members.map((i) => i.purchaseBy).filter(Boolean).sort()[0];
      expect(g.label.purchaseBy).toBe(first);
    }
  });

  it('puts the retained exceptions in one group after every year, wave or tender package, outside the purchases\' totals', () => {
    const retained = { ...LIST.items[0]!, assetId: 'KEEP-1', wave: 0, treatment: 'retain' as const, cost: 0, quantity: 5 };
    const items = [...LIST.items, retained];
    for (const by of ['year', 'wave', 'package'] as const) {
      const rows = groupRows(items, by);
      const groups = rows.filter((r) => r.kind === 'group');
      expect(groups.at(-1)!.label, by).toEqual({ retained: true });
      expect(groups.at(-1)!.totals, by).toEqual({ items: 0, quantity: 0, cost: 0, retained: 1 });
      expect(rows.at(-1), by).toMatchObject({ kind: 'item', item: { assetId: 'KEEP-1' } });
    }
    expect(totalsOf(items)).toEqual({ ...totalsOf(LIST.items), retained: 1 });
  });

  it('keeps the plan order of the list: a year\'s retained exceptions after its purchases', () => {
    const { procurement } = analyse(PROJECT, undefined, { plan: fakePlan(PROJECT) });
    const retained = { ...procurement.items[0]!, assetId: 'KEEP-1', wave: 0 };
    const items = [...procurement.items.filter((i) => i.year === retained.year), retained];
    expect(sortItems(items, 'order').at(-1)!.assetId).toBe('KEEP-1');
    expect(sortItems(items, 'order').map((i) => i.assetId)).toEqual(items.map((i) => i.assetId));
  });

  it('sorts by cost, highest first', () => {
    const sorted = sortItems(LIST.items, 'cost');
    expect(sorted[0]!.assetId).toBe('PC-1');
  });

  it('the analysis builds the list from a project and its plan, with the price book costs of each year', () => {
    const { procurement, costs } = analyse(PROJECT, undefined, { plan: fakePlan(PROJECT) });
    expect(procurement.items).toHaveLength(PROJECT.assets.length);
    expect(procurement.total.cost).toBeGreaterThan(0);
    for (const item of procurement.items) expect(item.cost).toBe(costs[item.assetId]?.base ?? 0);
  });
});
