/**
 * Tender packages (采购包) of both samples' procurement lists: every item in exactly one package of
 * its budget year, hardware and the database apart from integration services (政府采购需求标准),
 * imports apart, and the packages adding up to the list, to the yuan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { analyse } from '../analysis';
import type { ProjectFile } from '../model';
import { command as procure } from '../cli/commands/procure';
import { captureIo } from '../cli/testIo';
import { compareLots, isTenderBeforeBudgetYear, TENDER_PACKAGES, tenderPackageLabel, tenderPackageOf, tenderPackages, tenderSupplierOf, tenderSystemOf } from './packages';
import type { TenderPackage } from './packages';
import type { ProcurementItem } from './types';

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../fixtures', name), 'utf8')) as ProjectFile;

/** Whether an item is bought in a tender: its budget year, its package and, for adaptation, its developer; for a new business system, the system. */
const inTender = (item: ProcurementItem, p: { budgetYear: number; package: TenderPackage; supplier?: string; system?: string }): boolean =>
  (item.budgetYear ?? item.year) === p.budgetYear && tenderPackageOf(item) === p.package && tenderSupplierOf(item) === p.supplier && tenderSystemOf(item, tenderPackageOf(item)) === p.system;

describe.each(['sample-tertiary.xcplan.json', 'sample-secondary.xcplan.json'])('tender packages of %s', (file) => {
  const { procurement: list } = analyse(read(file), undefined, { lang: 'zh' });
  const packages = tenderPackages(list);
  const purchases = list.items.filter((i) => i.treatment !== 'retain');

  it('add up to the list per budget year and in all, to the yuan, each purchase counted once', () => {
    expect(packages.reduce((n, p) => n + p.items, 0)).toBe(purchases.length);
    expect(packages.reduce((n, p) => n + p.quantity, 0)).toBe(purchases.reduce((n, i) => n + i.quantity, 0));
    expect(Math.round(packages.reduce((n, p) => n + p.cost, 0))).toBe(Math.round(list.total.cost));
    for (const year of new Set(list.items.map((i) => i.budgetYear ?? i.year))) {
      const items = list.items.filter((i) => (i.budgetYear ?? i.year) === year);
      expect(Math.round(packages.filter((p) => p.budgetYear === year).reduce((n, p) => n + p.cost, 0))).toBe(Math.round(items.reduce((n, i) => n + i.cost, 0)));
    }
  });

  it('keep the database and the hardware apart from adaptation services, and imports apart from domestic products', () => {
    for (const item of list.items) {
      const pkg = tenderPackageOf(item);
      if (item.treatment === 'retain') expect(pkg, item.assetId).toBeUndefined();
      else if (item.treatment === 'import') expect(pkg, item.assetId).toBe('imports');
      else if (item.cost === 0) expect(pkg, item.assetId).toBe('no-cost');
      else if (item.treatment === 'adapt') expect(pkg, item.assetId).toBe('adaptation');
      else if (item.category === 'database') expect(pkg, item.assetId).toBe('database');
      else if (item.category === 'server' || item.category === 'storage') expect(pkg, item.assetId).toBe('servers');
    }
    // Both samples adapt systems and buy databases and servers in some year.
    const kinds = new Set(packages.map((p) => p.package));
    for (const kind of ['adaptation', 'database', 'servers', 'terminals'] as const) expect(kinds, kind).toContain(kind);
  });

  it('contract the adaptation with each developer on its own (单一来源), never two developers in one contract', () => {
    const adaptation = packages.filter((p) => p.package === 'adaptation');
    for (const p of adaptation) {
      const items = list.items.filter((i) => inTender(i, p));
      expect(items.length, `${p.budgetYear} ${p.supplier}`).toBe(p.items);
      expect(new Set(items.map((i) => i.replaces.vendor)), `${p.budgetYear} ${p.supplier}`).toEqual(new Set([p.supplier]));
      expect(tenderPackageLabel(p, 'zh')).toBe(`信创适配服务：${p.supplier}（原开发商，单一来源）`);
    }
    // One contract per developer and budget year: as many as the distinct developers each year.
    const developers = new Set(list.items.filter((i) => i.treatment === 'adapt' && i.cost > 0).map((i) => `${i.budgetYear ?? i.year} ${i.replaces.vendor}`));
    expect(adaptation.length).toBe(developers.size);
    expect(adaptation.length).toBeGreaterThan(new Set(adaptation.map((p) => p.budgetYear)).size);
    // Every other package is tendered openly: no supplier named.
    for (const p of packages) if (p.package !== 'adaptation') expect(p.supplier, `${p.budgetYear} ${p.package}`).toBeUndefined();
  });

  it('tender each new business system on its own, never two systems in one tender', () => {
    const systems = packages.filter((p) => p.package === 'applications');
    const bought = list.items.filter((i) => tenderPackageOf(i) === 'applications');
    // Both samples replace business systems whose developer stopped or is foreign, more than one in some year.
    expect(bought.length).toBeGreaterThan(new Set(bought.map((i) => i.budgetYear ?? i.year)).size);
    expect(systems.length).toBe(new Set(bought.map((i) => `${i.budgetYear ?? i.year} ${i.assetName}`)).size);
    for (const p of systems) {
      const items = list.items.filter((i) => inTender(i, p));
      expect(items.map((i) => i.assetName), `${p.budgetYear} ${p.system}`).toEqual([p.system]);
      expect(tenderPackageLabel(p, 'zh')).toBe(`新购业务系统：${p.system}`);
      expect(tenderPackageLabel(p, 'en')).toBe(`New business system: ${p.system}`);
    }
    for (const p of packages) if (p.package !== 'applications') expect(p.system, `${p.budgetYear} ${p.package}`).toBeUndefined();
  });

  it('leave the products kept by exception out of every tender: the imports package holds only real imports, with money and a deadline', () => {
    const retained = list.items.filter((i) => i.treatment === 'retain');
    expect(retained.length).toBeGreaterThan(0);
    const imports = packages.filter((p) => p.package === 'imports');
    expect(imports.reduce((n, p) => n + p.items, 0)).toBe(list.items.filter((i) => i.treatment === 'import').length);
    for (const p of imports) {
      expect(p.cost, String(p.budgetYear)).toBeGreaterThan(0);
      expect(p.purchaseBy, String(p.budgetYear)).toBeDefined();
      expect(p.waves).not.toContain(0);
    }
    // Nothing at wave 0 in any tender.
    for (const p of packages) expect(p.waves, `${p.budgetYear} ${p.package}`).not.toContain(0);
  });

  it('come in budget-year order, then in package order (adaptation by developer, new systems by name), each with its earliest tender deadline and its waves', () => {
    for (let i = 1; i < packages.length; i++) {
      const [a, b] = [packages[i - 1]!, packages[i]!];
      const samePackage = a.budgetYear === b.budgetYear && a.package === b.package;
      expect(a.budgetYear < b.budgetYear || (a.budgetYear === b.budgetYear && TENDER_PACKAGES.indexOf(a.package) < TENDER_PACKAGES.indexOf(b.package)) || (samePackage && (a.package === 'adaptation' || a.package === 'applications') && compareLots(a, b) < 0), `${a.budgetYear} ${a.package} ${a.supplier ?? a.system ?? ''} before ${b.package} ${b.supplier ?? b.system ?? ''}`).toBe(true);
    }
    for (const p of packages) {
      const items = list.items.filter((i) => inTender(i, p));
      const dates = items.map((i) => i.purchaseBy).filter((d): d is string => d !== undefined).sort();
      // Free substitutes are installed, not tendered: no deadline, no money.
      expect(p.purchaseBy).toBe(p.package === 'no-cost' ? undefined : dates[0]);
      if (p.package === 'no-cost') expect(p.cost).toBe(0);
      expect(p.waves).toEqual([...new Set(items.map((i) => i.wave))].sort((x, y) => x - y));
    }
  });
});

describe('xcplan procure --packages', () => {
  const file = join(__dirname, '../../fixtures', 'sample-tertiary.xcplan.json');
  const { procurement: list } = analyse(read('sample-tertiary.xcplan.json'), undefined, { lang: 'zh' });

  afterEach(() => vi.useRealTimers());
  const on = (date: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${date}T10:00:00+08:00`));
  };

  it('--json: the tenders, adding up to the list, each with its asset ids and whether its deadline has passed', async () => {
    on('2026-12-05');
    const c = captureIo();
    expect(await procure.run([file, '--packages', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out.join('\n')) as { currency: string; date: string; packages: { budgetYear: number; package: TenderPackage; supplier?: string; system?: string; cost: number; items: number; assetIds: string[]; purchaseBy?: string; overdue: boolean }[] };
    expect(out.currency).toBe('CNY');
    expect(out.date).toBe('2026-12-05');
    for (const p of out.packages) {
      const members = list.items.filter((i) => inTender(i, p)).map((i) => i.assetId);
      expect(p.assetIds, `${p.budgetYear} ${p.package}`).toEqual(members);
      expect(p.overdue, `${p.budgetYear} ${p.package}`).toBe(p.purchaseBy !== undefined && p.purchaseBy < '2026-12-05');
    }
    // Wave 1 starts 2027-01-01: its tenders (due 2026-10-01) are late, 2028's are not.
    expect(out.packages.filter((p) => p.overdue).length).toBeGreaterThan(0);
    expect(out.packages.filter((p) => p.budgetYear === 2028).every((p) => !p.overdue)).toBe(true);
    expect(out.packages.reduce((n, p) => n + p.items, 0)).toBe(list.items.filter((i) => i.treatment !== 'retain').length);
    expect(Math.round(out.packages.reduce((n, p) => n + p.cost, 0))).toBe(Math.round(list.total.cost));
  });

  it('--csv: one row per tender and a totals row equal to the list; a tender past its deadline says 已过时限', async () => {
    on('2026-12-05');
    const c = captureIo();
    expect(await procure.run([file, '--packages', '--csv'], c)).toBe(0);
    const lines = c.out.join('\n').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('预算编报年度,采购包,条目数,数量,金额（元）,招标完成时限,批次,状态');
    for (const line of lines.slice(1, -1)) {
      const cells = line.split(',');
      // 状态: past the deadline, and/or closing before the year the money belongs to (a tender by 2027-10-01 for the 2028 budget).
      const marks = [cells[5] && cells[5] < '2026-12-05' ? '已过时限' : '', cells[5] && Number(cells[5].slice(0, 4)) < Number(cells[0]) ? '早于资金年度，须跨年度采购' : ''].filter(Boolean);
      expect(cells[7], line).toBe(marks.join('；'));
    }
    expect(lines.filter((l) => l.endsWith(',已过时限；早于资金年度，须跨年度采购')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('2028,') && l.endsWith(',早于资金年度，须跨年度采购')).length).toBeGreaterThan(0);
    expect(lines.length - 2).toBe(tenderPackages(list).length);
    const total = lines.at(-1)!.split(',');
    expect(total[0]).toBe('合计');
    expect(Number(total[2])).toBe(list.items.filter((i) => i.treatment !== 'retain').length);
    expect(Math.round(Number(total[4]))).toBe(Math.round(list.total.cost));
    // The tertiary sample's one real import (the FC switch) is the imports package of 2027, its 14 retained products are in none.
    const imports = lines.filter((l) => l.startsWith('2027,进口产品'));
    expect(imports).toHaveLength(1);
    const san = list.items.find((i) => i.assetId === 'NET-SAN-BB')!;
    expect(imports[0]!.split(',').slice(2, 6)).toEqual(['1', String(san.quantity), String(san.cost), san.purchaseBy]);
  });

  it('as text: marks the tenders past their deadline; in English with singulars and the province in English', async () => {
    on('2026-12-05');
    const zh = captureIo();
    expect(await procure.run([file, '--packages'], zh)).toBe(0);
    const lines = zh.out.join('\n').split('\n').filter((l) => l.includes('年预算'));
    expect(lines.length).toBe(tenderPackages(list).length);
    for (const line of lines) {
      const due = /招标完成 (\d{4}-\d{2}-\d{2})/.exec(line)?.[1];
      expect(line.includes('招标完成 ' + due + '（已过时限'), line).toBe(due !== undefined && due < '2026-12-05');
      expect(line.includes('早于资金年度，须跨年度采购'), line).toBe(due !== undefined && Number(due.slice(0, 4)) < Number(line.trim().slice(0, 4)));
    }
    expect(zh.out.join('\n')).toMatch(/\d+ 个采购包的招标须在资金所属年度之前完成/);
    const en = captureIo('en');
    expect(await procure.run([file], en)).toBe(0);
    const out = en.out.join('\n');
    expect(out).toMatch(/^Project: .+ \(Anhui\) {4}Target platform/);
    expect(out).not.toMatch(/\b1 items\b|\b1 units\b|\(waves \d+\)/);
    // An item's quantity agrees with its measure: ×10 units, ×1 unit, ×2 licences, never ×10 unit.
    expect(out).toMatch(/ SRV-ESX-BB-01 .+ ×10 units {2}CNY /);
    expect(out).toMatch(/ SRV-BAK-01 .+ ×1 unit {2}CNY /);
    expect(out).not.toMatch(/×(?!1 )[\d,]+ (unit|licence|seat|system|service) /);
    // Catalogued products and developers by their English names: the target platform, the substitutes, the adaptation contracts.
    expect(out).toMatch(/Target platform: Kylin Advanced Server OS V10\/V11/);
    expect(out).toMatch(/ SRV-BAK-01 .+→ Hygon servers \(Sugon, H3C, Inspur and others\)/);
    expect(out).not.toMatch(/海光服务器|银河麒麟|达梦数据库|深信服/);
    const packagesEn = captureIo('en');
    expect(await procure.run([file, '--packages'], packagesEn)).toBe(0);
    expect(packagesEn.out.join('\n')).toMatch(/budget 2027 {2}Adaptation by DHC iMedical \(single source\)/);
    expect(out).toMatch(/budget 2027 {2}Imports \(approval under the province's rules\) {2}1 item, 2 units {2}CNY 27,075 {2}tender by 2026-10-01 \(deadline passed; before its budget year: cross-year procurement\) {2}\(wave 1\)/);
  });

  it('with the budget requested a year early, no tender closes before its budget year', () => {
    on('2026-12-05');
    const project = read('sample-tertiary.xcplan.json');
    const early = analyse({ ...project, scenario: { ...project.scenario!, budgetRequestYearBefore: true } }, undefined, { lang: 'zh' }).procurement;
    expect(tenderPackages(list).some((p) => isTenderBeforeBudgetYear(p))).toBe(true);
    expect(tenderPackages(early).filter((p) => isTenderBeforeBudgetYear(p))).toEqual([]);
  });
});
