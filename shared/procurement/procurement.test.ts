import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Asset, ProjectFile } from '../model';
import { placementsFrom } from '../planner/placements';
import type { PlanResult, Wave } from '../planner/types';
import { buildProcurementList, inferTarget } from './procurement';
import { placeName, PROVINCE_RULES, readProcurementRules, rulesForProvince } from './provinceRules';
import { procurementTable } from './table';

const asset = (id: string, name: string, category: Asset['category'], extra: Partial<Asset> = {}): Asset => ({ id, name, category, quantity: 1, ...extra });

const project: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', province: '安徽省', startDate: '2027-01-01', horizonYears: 3, waveMonths: 6 },
  assets: [
    asset('PC-1', '门诊医生站', 'terminal', { quantity: 300, vendor: '联想', product: '启天 M430', cpu: 'Intel Core i5-8500', os: 'Windows 10' }),
    asset('OS-1', 'Windows 10', 'os', { quantity: 300 }),
    asset('DB-1', 'HIS 数据库', 'database', { product: 'Oracle 19c' }),
    asset('SRV-1', 'HIS 数据库服务器', 'server', { vendor: 'Dell', product: 'PowerEdge R740', cpu: 'Xeon Gold 6230' }),
    asset('CT-1', 'CT 机工作站', 'medical-device', { vendor: '罗氏', product: 'cobas 8000' }),
    asset('MW-1', '中间件', 'middleware', { product: 'Tomcat 9' }),
    asset('APP-HIS', 'HIS', 'application', { tier: 'core' }),
    asset('OK-1', '麒麟桌面', 'os', { vendorOrigin: 'domestic', disposition: 'compliant' }),
  ],
  dependencies: [
    { from: 'DB-1', to: 'SRV-1', kind: 'runs-on' },
    { from: 'APP-HIS', to: 'DB-1', kind: 'runs-on' },
  ],
};

const wave = (index: number, start: string, assets: string[]): Wave => ({ index, start, end: start, assets, effort: 0, cost: 0 });

const plan: PlanResult = {
  waves: [wave(1, '2027-01-01', ['PC-1', 'OS-1', 'MW-1']), wave(2, '2027-07-01', ['CT-1']), wave(3, '2028-01-01', ['DB-1', 'SRV-1']), wave(5, '2029-01-01', ['APP-HIS'])],
  ...placementsFrom({
    'PC-1': { wave: 1, reason: { code: 'earliest', detail: '' } },
    'OS-1': { wave: 1, reason: { code: 'earliest', detail: '' } },
    'MW-1': { wave: 1, reason: { code: 'earliest', detail: '' } },
    'CT-1': { wave: 2, reason: { code: 'capacity', detail: '' } },
    'DB-1': { wave: 3, reason: { code: 'dependency', detail: '' } },
    'SRV-1': { wave: 3, reason: { code: 'dependency', detail: '' } },
    'APP-HIS': { wave: 5, reason: { code: 'core-limit', detail: '' } },
    'OK-1': { wave: 0, reason: { code: 'already-domestic', detail: '' } },
  }),
  bundles: [],
  unscheduled: [],
  metrics: { waves: 5, lowerBound: 3, assetsPlanned: 7, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } },
  // The database and its server form one unit (a platform built in wave 3).
  units: [{ id: 'DB-1', kind: 'shared-platform', assets: ['DB-1', 'SRV-1'], tier: 'core', core: true, wave: 3, tenants: ['APP-HIS'] }],
  events: [],
  warnings: [],
};

const costOf = (a: Asset) => a.quantity * 1000;

describe('buildProcurementList', () => {
  const list = buildProcurementList(project, plan, { costOf });
  const item = (id: string) => list.items.find((i) => i.assetId === id)!;

  it('lists every planned asset once, in the year of its wave, and leaves out wave 0', () => {
    expect(list.items.map((i) => i.assetId).sort()).toEqual(['APP-HIS', 'CT-1', 'DB-1', 'MW-1', 'OS-1', 'PC-1', 'SRV-1']);
    expect(item('PC-1').year).toBe(2027);
    expect(item('DB-1').year).toBe(2028);
    expect(item('APP-HIS').year).toBe(2029);
  });

  it('recommends domestic alternatives and prices the item from the cost function', () => {
    expect(item('DB-1').alternatives.map((a) => a.entryId)).toContain('database.dm');
    expect(item('DB-1').replaces.entryId).toBe('database.oracle');
    expect(item('PC-1')).toMatchObject({ cost: 300_000, unitCost: 1000, quantity: 300 });
    expect(list.total.cost).toBe(list.items.reduce((s, i) => s + i.cost, 0));
    expect(list.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
  });

  it('flags imports with the province rule, open source, and items that move together', () => {
    expect(item('CT-1').flags).toContain('import-only');
    expect(item('CT-1').ruleIds).toContain('anhui-2022');
    expect(item('MW-1').flags).toContain('open-source');
    // The database and its server are one unit of the plan: they move together, named by its head.
    expect(item('SRV-1')).toMatchObject({ bundleId: 'DB-1', bundleName: 'HIS 数据库' });
    expect(item('SRV-1').flags).toContain('bundle');
    expect(item('PC-1').bundleId).toBeUndefined();
    expect(item('APP-HIS').flags).not.toContain('no-substitute');
  });

  it('puts alternatives that fit the target CPU first and flags items with none', () => {
    const arm = buildProcurementList(project, plan, { costOf, target: { cpuArch: 'ARMv8' } });
    const server = arm.items.find((i) => i.assetId === 'SRV-1')!;
    expect(server.alternatives[0]!.compatible).toBe(true);
    expect(server.alternatives[0]!.entryId).not.toBe('server.hygon');
    const sw = buildProcurementList(project, plan, { costOf, target: { cpuArch: 'SW64' } });
    expect(sw.items.find((i) => i.assetId === 'SRV-1')!.flags).toContain('incompatible');
  });

  it('gives applications only catalogued substitutes, and adaptation for a domestic developer', () => {
    const apps: ProjectFile = {
      ...project,
      assets: [
        asset('APP-HIS', 'HIS 医院信息系统', 'application', { vendor: '东华医为', product: 'iMedical HIS' }),
        asset('APP-OA', 'OA 协同办公', 'application', { vendor: '致远互联', product: 'A8+' }),
        asset('APP-BAK', '备份系统', 'application', { vendor: 'Veritas', product: 'NetBackup 8.1' }),
        asset('APP-CALL', '呼叫中心系统', 'application', { vendor: 'Avaya', product: 'Aura Contact Center' }),
      ],
      dependencies: [],
    };
    const placements = Object.fromEntries(apps.assets.map((a) => [a.id, { wave: 1, reason: { code: 'earliest' as const, detail: '' } }]));
    const appList = buildProcurementList(apps, { ...plan, ...placementsFrom(placements), waves: [wave(1, '2027-01-01', apps.assets.map((a) => a.id))] }, { costOf });
    const alts = (id: string) => appList.items.find((i) => i.assetId === id)!.alternatives.map((a) => a.entryId);
    expect(alts('APP-HIS')).toEqual([]);
    expect(alts('APP-OA')).toEqual([]);
    expect(alts('APP-BAK')).toEqual(['application.anybackup']);
    expect(alts('APP-CALL')).toEqual([]);
    const table = procurementTable(appList);
    const alternatives = table.headers.indexOf('推荐国产替代');
    expect(table.rows.find((r) => r[3] === 'APP-HIS')![alternatives]).toBe('由开发商做信创适配');
    expect(table.rows.find((r) => r[3] === 'APP-BAK')![alternatives]).toBe('爱数 AnyBackup 备份 / AnyShare');
  });

  it('offers PCs for a PC matched by its CPU, not CPUs', () => {
    const pcs: ProjectFile = { ...project, assets: [asset('PC-9', '办公电脑', 'terminal', { cpu: 'Intel Core i5-10500' })], dependencies: [] };
    const pcList = buildProcurementList(pcs, { ...plan, ...placementsFrom({ 'PC-9': { wave: 1, reason: { code: 'earliest', detail: '' } } }) }, { costOf });
    const categories = pcList.items[0]!.alternatives.map((a) => a.entryId.split('.')[0]);
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['terminal']));
  });

  it('filters by year', () => {
    const only = buildProcurementList(project, plan, { costOf, year: 2028 });
    expect(only.items.map((i) => i.assetId).sort()).toEqual(['DB-1', 'SRV-1']);
  });

  it('exports a table with Chinese headers and a totals row', () => {
    const table = procurementTable(list, 'zh');
    expect(table.headers[0]).toBe('年度');
    expect(table.rows).toHaveLength(list.items.length + 1);
    const last = table.rows.at(-1)!;
    expect(last[0]).toBe('合计');
    expect(last[table.headers.indexOf('金额（元）')]).toBe(list.total.cost);
    // The workbook shows quantities counted and amounts in yuan; the year as written.
    expect(table.formats[table.headers.indexOf('数量')]).toBe('count');
    expect(table.formats[table.headers.indexOf('单价（元）')]).toBe('yuan');
    // Each quantity says what it counts: servers in 台, a database in 套, an adaptation as a service (项).
    const measure = (id: string) => table.rows.find((r) => r[3] === id)?.[table.headers.indexOf('计量单位')];
    for (const item of list.items) expect(measure(item.assetId), item.assetId).toBe(item.treatment === 'adapt' ? '项' : item.category === 'server' ? '台' : item.category === 'database' ? '套' : measure(item.assetId));
    expect(list.items.some((i) => i.category === 'server' || i.category === 'database')).toBe(true);
    expect(table.formats[table.headers.indexOf('金额（元）')]).toBe('yuan');
    expect(table.formats[table.headers.indexOf('年度')]).toBeUndefined();
  });

  it('every planned asset appears exactly once in its year, for any placement', () => {
    const ids = project.assets.map((a) => a.id);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 8 }), { minLength: ids.length, maxLength: ids.length }), (waves) => {
        const placements = Object.fromEntries(ids.map((id, i) => [id, { wave: waves[i]!, reason: { code: 'earliest' as const, detail: '' } }]));
        const random: PlanResult = { ...plan, waves: [], ...placementsFrom(placements) };
        const result = buildProcurementList(project, random, { costOf });
        const expected = ids.filter((_, i) => waves[i]! >= 1).sort();
        expect(result.items.map((i) => i.assetId).sort()).toEqual(expected);
        for (const it of result.items) expect(it.year).toBe(2027 + Math.floor(((it.wave - 1) * 6) / 12));
      }),
      { numRuns: 100 },
    );
  });
});

describe('province rules', () => {
  it('apply by scope, or by kind when a project rule names none', async () => {
    const { ruleAppliesTo } = await import('./provinceRules');
    const server = { treatment: 'replace' as const, category: 'server' as const };
    const fc = { treatment: 'import' as const, category: 'network' as const };
    const adapt = { treatment: 'adapt' as const, category: 'application' as const };
    const kept = { treatment: 'retain' as const, category: 'server' as const };
    expect([server, fc, adapt, kept].map((item) => ruleAppliesTo({ kind: 'approval' }, item))).toEqual([false, true, false, true]);
    expect([server, fc, adapt, kept].map((item) => ruleAppliesTo({ kind: 'assessment' }, item))).toEqual([true, false, false, false]);
    expect([server, fc, adapt, kept].map((item) => ruleAppliesTo({ kind: 'feasibility-study', scope: ['imports', 'custom-development'] }, item))).toEqual([false, true, true, true]);
  });

  it('matches provinces and cities, national rules last', () => {
    const parsed = readProcurementRules({});
    const rules = parsed.ok ? parsed.value : [];
    expect(rulesForProvince(rules, '广东省深圳市').map((r) => r.id)).toEqual(['shenzhen-2022', 'national-2023-standards']);
    expect(rulesForProvince(rules, '广东').map((r) => r.id)).toEqual(['national-2023-standards']);
    expect(rulesForProvince(rules, '湖北省')[0]!.kind).toBe('feasibility-study');
  });

  it('lets the project override and add rules, and reports bad rows', () => {
    const parsed = readProcurementRules({
      extensions: {
        procurementRules: [
          { id: 'anhui-2022', province: '安徽', kind: 'approval', text: { zh: '本院补充：须经省卫健委批准', en: 'local override' } },
          { id: 'zj-1', province: '浙江', kind: 'domestic-first', text: { zh: '浙江规则', en: 'Zhejiang rule' } },
          { id: '', province: 'x', kind: 'nope' },
        ],
      },
    });
    expect(parsed.ok).toBe(true);
    const rules = parsed.ok ? parsed.value : [];
    expect(rules.find((r) => r.id === 'anhui-2022')!.text.zh).toContain('本院补充');
    expect(rules.some((r) => r.id === 'zj-1')).toBe(true);
    expect(parsed.issues[0]).toMatchObject({ row: 3, section: 'extensions.procurementRules' });
  });
});

describe('target platform', () => {
  it('takes the CPU from the price book family and the OS the hospital already runs', () => {
    const withOs: ProjectFile = { ...project, assets: [...project.assets, asset('OS-S', '服务器操作系统', 'os', { product: '银河麒麟高级服务器操作系统 V10', quantity: 20 })] };
    expect(inferTarget(withOs, 'kunpeng')).toEqual({ cpuArch: 'ARMv8', os: 'os.kylin-server' });
    expect(inferTarget(project, 'mixed')).toEqual({});
  });

  it('prefers databases adapted to the target OS', () => {
    const list = buildProcurementList(project, plan, { costOf, target: { os: 'os.euleros' } });
    const db = list.items.find((i) => i.assetId === 'DB-1')!;
    expect(db.alternatives[0]!.compatible).toBe(true);
    expect(db.alternatives.find((a) => a.entryId === 'database.dm')!.compatible).toBe(false);
  });
});

describe('place names', () => {
  it('writes provinces and cities in English and leaves Chinese as is', () => {
    expect(placeName('安徽', 'en')).toBe('Anhui');
    expect(placeName('安徽省', 'en')).toBe('Anhui');
    expect(placeName('广西壮族自治区', 'en')).toBe('Guangxi');
    expect(placeName('深圳', 'en')).toBe('Shenzhen');
    expect(placeName('全国', 'en')).toBe('National');
    expect(placeName('安徽省', 'zh')).toBe('安徽省');
    expect(placeName('Atlantis', 'en')).toBe('Atlantis');
  });

  it('the built-in rules have English text without Chinese', () => {
    for (const rule of PROVINCE_RULES) expect(rule.text.en, rule.id).not.toMatch(/[\u3400-\u9fff]/);
    const list = buildProcurementList(project, plan, { costOf });
    expect(list.rules.map((r) => r.id)).toContain('anhui-2022');
    const text = JSON.stringify(procurementTable(list, 'en').rows);
    expect(text).toMatch(/Anhui: Public hospitals/);
    expect(text).not.toMatch(/安徽|全国/);
  });

  it("names what an item replaces with the language's own brackets", () => {
    const list = buildProcurementList(project, plan, { costOf });
    // A family without brackets of its own, so the item's are the last ones.
    const item = list.items.find((i) => i.replaces.family && !/[()（）]/.test(i.replaces.family) && (i.replaces.vendor || i.replaces.product));
    expect(item).toBeDefined();
    const column = procurementTable(list, 'zh').headers.indexOf('被替换产品');
    const en = procurementTable(list, 'en', [item!]).rows[0]![column] as string;
    const zh = procurementTable(list, 'zh', [item!]).rows[0]![column] as string;
    expect(en).toMatch(/ \([^)]+\)$/);
    expect(en).not.toMatch(/[（）]/);
    expect(zh).toMatch(/（[^）]+）$/);
  });
});
