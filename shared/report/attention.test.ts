import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyse } from '../analysis';
import type { ProjectFile } from '../model';
import { overdueCount, overduePurchases } from '../procurement/table';
import { ATTENTION_NAMED, procurementAttention } from './attention';
import { buildReport } from './index';

const sample = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;

describe('procurementAttention', () => {
  const date = '2026-11-29';
  const list = analyse(sample, undefined, { lang: 'zh' }).procurement;
  const model = buildReport(sample, undefined, 'zh', { date });
  const line = (kind: string) => model.procurement.attention.find((a) => a.kind === kind);

  it("is the report's procurement section's list of what needs acting on, late tenders first", () => {
    expect(model.procurement.attention).toEqual(procurementAttention(list, date, 'zh'));
    expect(model.procurement.attention.map((a) => a.kind)).toEqual(['overdue', 'early', 'import', 'kept']);
  });

  it('names the tenders that close before their budget year and are not late yet: the money must be requested a year early', () => {
    const early = list.items.filter((i) => i.purchaseBy !== undefined && i.purchaseBy >= date && i.cost > 0 && Number(i.purchaseBy.slice(0, 4)) < i.budgetYear!);
    expect(early.length).toBeGreaterThan(0);
    expect(line('early')).toMatchObject({ items: early.length, cost: early.reduce((n, i) => n + i.cost, 0), firstBy: early.map((i) => i.purchaseBy!).sort()[0] });
    // Disjoint from the late ones: a late tender is listed once, as late.
    expect(line('early')!.waves.some((w) => line('overdue')!.waves.includes(w))).toBe(false);
  });

  it('counts the late tenders as the warnings do, and names the first of them', () => {
    const late = overduePurchases(list, date);
    const overdue = line('overdue')!;
    expect(overdue.items).toBe(overdueCount(late));
    expect(overdue.cost).toBe(late.reduce((sum, w) => sum + w.cost, 0));
    expect(overdue.waves).toEqual(late.map((w) => w.wave));
    expect(overdue.firstBy).toBe(late[0]!.by);
    expect(overdue.assets).toHaveLength(Math.min(ATTENTION_NAMED, overdue.items));
  });

  it('parts imports to buy from foreign products kept by exception, each with the rules it is approved under', () => {
    const imports = list.items.filter((i) => i.treatment === 'import');
    const kept = list.items.filter((i) => i.treatment === 'retain');
    expect(line('import')).toMatchObject({ items: imports.length, quantity: imports.reduce((n, i) => n + i.quantity, 0), cost: imports.reduce((n, i) => n + i.cost, 0) });
    expect(line('kept')).toMatchObject({ items: kept.length, quantity: kept.reduce((n, i) => n + i.quantity, 0), cost: 0, waves: [] });
    const labels = model.procurement.rules.map((r) => r.label);
    for (const a of [line('import')!, line('kept')!]) {
      expect(a.ruleRefs.length).toBeGreaterThan(0);
      expect(a.ruleRefs.every((ref) => labels.includes(ref))).toBe(true);
    }
    expect(line('kept')!.assets[0]).toEqual({ id: kept[0]!.assetId, name: kept[0]!.assetName });
  });

  it('has nothing to say of a list without such items', () => {
    expect(procurementAttention({ items: [], rules: [] }, date, 'en')).toEqual([]);
  });
});
