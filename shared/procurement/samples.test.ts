/**
 * The procurement list of both sample hospitals read as a consultant would (issue 13): each asset
 * gets substitutes of its own role, the target platform comes first, no substitute is called
 * compatible across instruction sets or for a Caché rewrite, and imports carry the province rule
 * in `xcplan procure --json` and in the XLSX export.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { BUILT_IN_CATALOGUE, entryRoles } from '../catalogue';
import type { CatalogueEntry, ProductRole } from '../catalogue';
import { command } from '../cli/commands/procure';
import { captureIo } from '../cli/testIo';
import { toXlsx } from '../io/export';
import { readXlsxRows } from '../io/xlsx';
import type { ProjectFile } from '../model';
import { placementsFrom } from '../planner/placements';
import type { Placement, PlanResult, Wave } from '../planner/types';
import { dispositionOf, vendorOriginOf } from './assetState';
import { compareSuppliers, TENDER_PACKAGES, tenderPackageOf, tenderSupplierOf, tenderSystemOf } from './packages';
import Papa from 'papaparse';

import { flagsText, procurementCsv, procurementTable } from './table';
import type { ProcurementList } from './types';

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../fixtures', name), 'utf8')) as ProjectFile;
const TERTIARY = 'sample-tertiary.xcplan.json';
const SECONDARY = 'sample-secondary.xcplan.json';
const path = (name: string) => join(__dirname, '../../fixtures', name);

async function procure(file: string, args: string[] = []): Promise<ProcurementList> {
  const io = captureIo();
  const code = await command.run([file, '--json', ...args], io);
  expect(code, io.err.join('\n')).toBe(0);
  return JSON.parse(io.out.join('\n')) as ProcurementList;
}

/** A stand-in plan: the given placements and waves, nothing else. */
const planOf = (placements: Record<string, Placement>, waves: Wave[] = []): PlanResult => ({
  waves,
  ...placementsFrom(placements),
  bundles: [],
  unscheduled: [],
  metrics: { waves: waves.length, lowerBound: 1, assetsPlanned: Object.keys(placements).length, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } },
  units: [],
  events: [],
  warnings: [],
});

const entry = (id: string): CatalogueEntry => BUILT_IN_CATALOGUE.entries.find((e) => e.id === id)!;
const fillsRole = (role: ProductRole) => (alt: { entryId: string }) => entryRoles(entry(alt.entryId)).includes(role);

const lists = new Map<string, ProcurementList>();
async function listOf(file: string): Promise<ProcurementList> {
  if (!lists.has(file)) lists.set(file, await procure(path(file)));
  return lists.get(file)!;
}

describe.each([TERTIARY, SECONDARY])('the procurement list of %s', (file) => {
  const project = read(file);
  const has = (id: string) => project.assets.some((a) => a.id === id);
  const item = async (id: string) => {
    const found = (await listOf(file)).items.find((i) => i.assetId === id);
    expect(found, id).toBeDefined();
    return found!;
  };

  it.runIf(has('SEC-DBFW'))('SEC-DBFW (database firewall) gets database firewalls, not audit-only appliances or a WAF', async () => {
    const dbfw = await item('SEC-DBFW');
    expect(dbfw.role).toBe('db-firewall');
    expect(dbfw.alternatives.length).toBeGreaterThan(0);
    expect(dbfw.alternatives.every(fillsRole('db-firewall'))).toBe(true);
    expect(dbfw.alternatives.map((a) => a.entryId)).not.toContain('security.dbapp-audit');
  });

  it.runIf(has('PER-SCAN'))('a barcode scanner gets barcode scanners, not a document camera (高拍仪)', async () => {
    const scan = await item('PER-SCAN');
    expect(scan.role).toBe('barcode-scanner');
    expect(scan.alternatives.length).toBeGreaterThan(0);
    expect(scan.alternatives.map((a) => a.entryId)).not.toContain('peripheral.eloam');
  });

  it.runIf(has('MW-PLAT'))('the integration engine (Ensemble) gets an integration product, not an application server', async () => {
    const engine = await item('MW-PLAT');
    expect(engine.alternatives.map((a) => a.entryId)).toEqual(['middleware.primeton']);
  });

  it('an item that moves with something names another asset, never itself (the head of a cycle names its partner)', async () => {
    const list = await listOf(file);
    const moving = list.items.filter((i) => i.bundleId !== undefined);
    expect(moving.length).toBeGreaterThan(0);
    for (const i of moving) expect(i.bundleId, i.assetId).not.toBe(i.assetId);
  });

  it('self-service kiosks get a kiosk on a domestic CPU, not scanners or card readers', async () => {
    const kiosks = project.assets.filter((a) => a.id.startsWith('PER-KIOSK'));
    expect(kiosks.length).toBeGreaterThan(0);
    for (const kiosk of kiosks) {
      const it = await item(kiosk.id);
      expect(it.role).toBe('kiosk');
      expect(it.alternatives.length).toBeGreaterThan(0);
      expect(it.alternatives.every(fillsRole('kiosk'))).toBe(true);
      // Priced as a kiosk (the price book's kiosk line), not as a ¥2,500 peripheral.
      expect(it.unitCost).toBeGreaterThanOrEqual(15_000);
    }
  });

  it.runIf(has('TRM-BB-PDA'))('TRM-BB-PDA (nursing PDAs) gets handhelds on a domestic OS, not desktop PCs', async () => {
    const pda = await item('TRM-BB-PDA');
    expect(pda.role).toBe('handheld');
    expect(pda.alternatives.map((a) => a.entryId)).toEqual(['terminal.xc-handheld']);
    expect(pda.unitCost).toBeLessThan(6_600);
  });

  it.runIf(has('NET-AP-BB'))('NET-AP-BB (ward wireless APs) gets wireless APs', async () => {
    const ap = await item('NET-AP-BB');
    expect(ap.role).toBe('wireless-ap');
    expect(ap.alternatives.map((a) => a.product).join(' ')).toMatch(/AirEngine/);
    expect(ap.alternatives.every(fillsRole('wireless-ap'))).toBe(true);
  });

  it.runIf(has('NET-CORE-BB'))('NET-CORE-BB (Nexus 7706 pair) gets core chassis, priced as a core pair: tens of 万 to over 100 万', async () => {
    const core = await item('NET-CORE-BB');
    expect(core.role).toBe('core-switch');
    expect(core.alternatives.length).toBeGreaterThan(0);
    expect(core.alternatives.every(fillsRole('core-switch'))).toBe(true);
    expect(core.quantity).toBe(2);
    expect(core.cost).toBeGreaterThanOrEqual(200_000);
    expect(core.cost).toBeLessThanOrEqual(2_000_000);
  });

  it.runIf(has('NET-F5-BB'))('NET-F5-BB (load balancer) gets application delivery controllers only', async () => {
    const adc = await item('NET-F5-BB');
    expect(adc.role).toBe('adc');
    expect(adc.alternatives.length).toBeGreaterThan(0);
    expect(adc.alternatives.every(fillsRole('adc'))).toBe(true);
  });

  it.runIf(has('APP-BI'))('APP-BI (SAP BusinessObjects) gets BI tools, not ERP', async () => {
    const bi = await item('APP-BI');
    expect(bi.role).toBe('bi');
    expect(bi.alternatives.length).toBeGreaterThan(0);
    expect(bi.alternatives.every(fillsRole('bi'))).toBe(true);
    expect(bi.alternatives.map((a) => a.entryId)).not.toContain('application.yonyou');
  });

  it('CentOS servers get the target commercial OS first, and never a foundation as the supplier', async () => {
    const list = await listOf(file);
    const centos = list.items.filter((i) => i.category === 'os' && /centos/i.test(i.replaces.product ?? ''));
    expect(centos.length).toBeGreaterThan(0);
    expect(list.target.os).toBeDefined();
    for (const os of centos) {
      expect(os.alternatives[0]!.entryId, os.assetId).toBe(list.target.os);
      expect(os.alternatives[0]!.target).toBe(true);
      expect(os.alternatives.map((a) => a.vendor)).not.toContain('开放原子开源基金会');
    }
  });

  it('every OS row recommends the target OS first', async () => {
    const list = await listOf(file);
    const rows = list.items.filter((i) => i.category === 'os' && i.alternatives.length > 0);
    for (const os of rows) expect([list.target.os, list.target.desktopOs], os.assetId).toContain(os.alternatives[0]!.entryId);
  });

  it('a foreign application the hospital replaces is a tender for a domestic system of its kind, not an import; one kept by exception is an import justification', async () => {
    const list = await listOf(file);
    const table = procurementTable(list, 'zh');
    const foreignApps = project.assets.filter((a) => a.category === 'application' && vendorOriginOf(a) === 'foreign');
    let replaced = 0;
    for (const app of foreignApps) {
      const it = list.items.find((i) => i.assetId === app.id);
      if (!it || it.alternatives.length > 0) continue;
      const row = table.rows.find((r) => r[3] === app.id)!;
      expect(String(row[table.headers.indexOf('推荐国产替代')]), app.id).not.toContain('由开发商做信创适配');
      if (app.disposition === 'retain') {
        expect(it.treatment, app.id).toBe('retain');
        expect(it.flags, app.id).toContain('import-justification');
        expect(String(row[table.headers.indexOf('推荐国产替代')]), app.id).toContain('进口论证');
        continue;
      }
      replaced += 1;
      expect(it.treatment, app.id).toBe('replace');
      expect(it.flags, app.id).not.toContain('import-justification');
      expect(it.ruleIds, app.id).toEqual([]);
      expect(String(row[table.headers.indexOf('推荐国产替代')]), app.id).toBe('国产同类系统招标选型（目录未收录此类应用）');
    }
    // The tertiary sample replaces a foreign call centre, energy, dialysis and ECG system.
    if (file.includes('tertiary')) expect(replaced).toBeGreaterThanOrEqual(4);
  });

  it('an application of unknown origin being replaced is a domestic tender, never an import justification, flagged to verify its developer', async () => {
    const list = await listOf(file);
    const table = procurementTable(list, 'zh');
    const unknownApps = project.assets.filter((a) => a.category === 'application' && vendorOriginOf(a) === 'unknown' && a.disposition === 'replace');
    let checked = 0;
    for (const app of unknownApps) {
      const it = list.items.find((i) => i.assetId === app.id);
      if (!it || it.alternatives.length > 0) continue;
      checked += 1;
      expect(it.treatment, app.id).toBe('replace');
      expect(it.flags, app.id).not.toContain('import-justification');
      // Before that tender, the developer's origin is checked: a domestic developer adapts the
      // system. Not when its support has ended (the tertiary's 科研管理系统: the developer is gone).
      const gone = app.endOfSupport !== undefined && app.endOfSupport < project.project.startDate;
      if (gone) expect(it.flags, app.id).not.toContain('origin-unverified');
      else if (app.endOfSupport === undefined) expect(it.flags, app.id).toContain('origin-unverified');
      if (app.id === 'APP-RESEARCH') expect(gone).toBe(true);
      expect(it.ruleIds, app.id).toEqual([]);
      expect(String(table.rows.find((r) => r[3] === app.id)![table.headers.indexOf('推荐国产替代')]), app.id).toBe('国产同类系统招标选型（目录未收录此类应用）');
    }
    if (file.includes('secondary')) expect(checked).toBeGreaterThan(0);
  });

  it('no substitute is compatible across instruction sets or for a Caché → relational swap', async () => {
    const list = await listOf(file);
    for (const it of list.items) {
      for (const alt of it.alternatives) {
        if (alt.caveat === 'isa-change' || alt.caveat === 'application-rewrite') expect(alt.compatible, `${it.assetId} ${alt.entryId}`).toBe(false);
      }
      if (it.category === 'database' && /cach[eé]|iris/i.test(`${it.replaces.product ?? ''}`)) {
        expect(it.alternatives.length).toBeGreaterThan(0);
        expect(it.alternatives.every((a) => !a.compatible && a.caveat === 'application-rewrite'), it.assetId).toBe(true);
      }
    }
  });

  it('lists the purchases year by year, then the retained exceptions after all of them (nothing bought, approval only)', async () => {
    const { items } = await listOf(file);
    const firstRetained = items.findIndex((i) => i.treatment === 'retain');
    expect(firstRetained).toBeGreaterThan(0);
    // Not between one year's last wave and the next year's first: after the last purchase.
    expect(items.slice(firstRetained).every((i) => i.treatment === 'retain' && i.wave === 0 && i.cost === 0)).toBe(true);
    const years = items.slice(0, firstRetained).map((i) => i.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // Within a year: by tender package in TENDER_PACKAGES order (服务器与存储, 终端与外设, 网络设备 …),
    // adaptation by developer (one contract each), new business systems by system (one tender each), then wave, then id.
    const key = (i: (typeof items)[number]) => [i.year, TENDER_PACKAGES.indexOf(tenderPackageOf(i)!), tenderSupplierOf(i) ?? tenderSystemOf(i, tenderPackageOf(i)), i.wave] as const;
    for (let k = 1; k < firstRetained; k++) {
      const [a, b] = [key(items[k - 1]!), key(items[k]!)];
      const cmp = a[0] - b[0] || a[1] - b[1] || (a[2] === b[2] ? 0 : compareSuppliers(a[2], b[2])) || a[3] - b[3] || (items[k - 1]!.assetId < items[k]!.assetId ? -1 : 1);
      expect(cmp, `${items[k - 1]!.assetId} before ${items[k]!.assetId}`).toBeLessThan(0);
    }
    // The first purchase of the first year is a server (服务器与存储 comes first), not a network item.
    expect(tenderPackageOf(items[0]!)).toBe('servers');
    // The CSV says so in words: no year, 批次 保留, 采购包 保留（例外，不采购）, and totals of the purchases.
    const table = procurementTable(await listOf(file), 'zh');
    const col = (name: string) => table.headers.indexOf(name);
    for (const row of table.rows.slice(firstRetained, -1)) {
      expect(row[col('年度')]).toBe('');
      expect(row[col('批次')]).toBe('保留');
      expect(row[col('采购包')]).toBe('保留（例外，不采购）');
    }
    const total = table.rows.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(total[col('资产名称')]).toBe(`不含保留项 ${items.length - firstRetained} 项（不采购）`);
    expect(Number(total[col('资产编号')])).toBe(firstRetained);
    expect(total[col('数量')]).toBe(items.slice(0, firstRetained).reduce((n, i) => n + i.quantity, 0));
  });

  it('gives each row a unit price to the fen whose product with the quantity is the amount shown, and says by how much where no such price exists', async () => {
    const list = await listOf(file);
    const text = procurementCsv(list, 'zh');
    const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { newline: '\r\n' }).data;
    const col = (name: string) => header!.indexOf(name);
    let exact = 0;
    for (const row of rows.slice(0, -1)) {
      const [unit, quantity, amount, flags] = [row[col('单价（元）')]!, Number(row[col('数量')]), row[col('金额（元）')]!, row[col('标记')]!];
      // Both written to two decimals; the amount is the plan's whole yuan.
      expect(unit, row[col('资产编号')]).toMatch(/^\d+\.\d\d$/);
      expect(amount, row[col('资产编号')]).toMatch(/^\d+\.00$/);
      const fen = Math.round(Number(unit) * 100) * quantity;
      if (fen === Math.round(Number(amount) * 100)) {
        exact++;
        expect(flags, row[col('资产编号')]).not.toContain('单价为均价');
      } else {
        const diff = (Math.round(Number(amount) * 100) - fen) / 100;
        expect(flags, row[col('资产编号')]).toContain(`单价为均价：金额比单价×数量${diff > 0 ? '多' : '少'} ${Math.abs(diff).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`);
      }
    }
    // Whole-yuan unit prices matched 242 of the tertiary's 305 rows and 80 of the secondary's 96.
    expect(exact / (rows.length - 1)).toBeGreaterThan(0.9);
    for (const item of list.items) expect(item.cost, item.assetId).toBe(Math.round(item.cost));
  });

  it('dates each purchase: the wave start minus the tender lead time, paid from the budget year the plan counts it in', async () => {
    const list = await listOf(file);
    expect(list.tenderLeadMonths).toBe(3);
    const first = list.items.find((i) => i.wave === 1)!;
    // The tender closes in the year before, but the money is the plan's and the forecast's 2027 money.
    expect(first.purchaseBy).toBe('2026-10-01');
    expect(first.budgetYear).toBe(2027);
    expect(first.year).toBe(2027);
  });
});

describe('databases on several nodes', () => {
  it('flag a one-row database whose OS runs on two nodes, or whose name says Always On or 主从: licences go per node', async () => {
    const { items } = await listOf(TERTIARY);
    const flagged = (id: string) => items.find((i) => i.assetId === id)!.flags.includes('ha-nodes');
    // DB-HIS-01 runs on OS-HIS-DB ×2 (SRV-HIS-DB, 2 节点); the shared SQL Server and MySQL say Always On and 主从.
    for (const id of ['DB-HIS-01', 'DB-EMR-01', 'DB-SQL-SHARE-01', 'DB-MYSQL-SHARE-01']) expect(flagged(id), id).toBe(true);
    // A single-node database on one OS row is priced as it stands.
    for (const id of ['DB-NIS-01', 'DB-US-01']) expect(flagged(id), id).toBe(false);
    const his = items.find((i) => i.assetId === 'DB-HIS-01')!;
    expect(flagsText(his, 'zh')).toContain('多节点高可用：许可数按节点核实（现按 1 套计价）');
  });
});

describe('hosts carrying x86 Windows', () => {
  it('marks ARM and LoongArch servers under Windows VMs as another instruction set, never compatible', async () => {
    const project: ProjectFile = {
      format: 'xcplan',
      version: 2,
      project: { name: '测试', province: '安徽', startDate: '2027-01-01', horizonYears: 3, waveMonths: 6 },
      assets: [
        { id: 'HOST', name: '虚拟化主机', category: 'server', quantity: 4, vendor: 'Dell', product: 'PowerEdge R740', cpu: 'Xeon Gold 6230' },
        { id: 'VIRT', name: 'VMware 集群', category: 'virtualization', quantity: 4, product: 'vSphere 7' },
        { id: 'WIN', name: '业务虚拟机操作系统', category: 'os', quantity: 20, product: 'Windows Server 2016' },
      ],
      dependencies: [
        { from: 'VIRT', to: 'HOST', kind: 'runs-on' },
        { from: 'WIN', to: 'VIRT', kind: 'runs-on' },
      ],
    };
    const { buildProcurementList } = await import('./procurement');
    const placements = Object.fromEntries(project.assets.map((a) => [a.id, { wave: 1, reason: { code: 'earliest' as const, detail: '' } }]));
    const plan = planOf(placements);
    const list = buildProcurementList(project, plan, { costOf: () => 1000 });
    const host = list.items.find((i) => i.assetId === 'HOST')!;
    const taishan = host.alternatives.find((a) => a.entryId === 'server.taishan')!;
    expect(taishan).toMatchObject({ compatible: false, caveat: 'isa-change' });
    expect(host.alternatives.find((a) => a.entryId === 'server.loongson')).toMatchObject({ compatible: false, caveat: 'isa-change' });
    expect(host.alternatives[0]).toMatchObject({ entryId: 'server.hygon', compatible: true });
    expect(host.flags).toContain('isa-change');
    // With an ARM target nothing fits such a host: it says so instead of calling an ARM server compatible.
    const arm = buildProcurementList(project, plan, { costOf: () => 1000, target: { cpuArch: 'ARMv8' } });
    const armHost = arm.items.find((i) => i.assetId === 'HOST')!;
    expect(armHost.alternatives.some((a) => a.compatible)).toBe(false);
    expect(armHost.alternatives.find((a) => a.entryId === 'server.taishan')).toMatchObject({ compatible: false, caveat: 'isa-change' });
    expect(armHost.flags).toContain('incompatible');
  });
});

describe.each([TERTIARY, SECONDARY])('procurement rules cited where they apply (%s)', (file) => {
  it('the import rules on imports and retained imports, the 需求标准 on servers, computers and OS bought, nothing else', async () => {
    const list = await listOf(file);
    const local = list.rules.filter((r) => r.province !== '全国').map((r) => r.id);
    expect(local.length).toBeGreaterThan(0);
    const standard = 'national-2023-standards';
    let servers = 0;
    for (const item of list.items) {
      const imported = item.treatment === 'import' || item.treatment === 'retain';
      const bought = item.treatment !== 'retain' && ['server', 'terminal', 'os'].includes(item.category);
      if (bought) servers++;
      expect(item.ruleIds.includes(standard), `${item.assetId} 需求标准`).toBe(bought);
      for (const id of local) {
        const rule = list.rules.find((r) => r.id === id)!;
        // A rule on custom IT development (湖北) binds a developer's adaptation as well as imports.
        const custom = rule.scope?.includes('custom-development') && item.treatment === 'adapt';
        expect(item.ruleIds.includes(id), `${item.assetId} ${id}`).toBe(imported || Boolean(custom));
      }
    }
    expect(servers).toBeGreaterThan(20);
    // The FC switch, a retained application and a medical device: import rules only, never the 需求标准.
    for (const id of ['NET-SAN-BB', 'APP-RT', 'MED-CT-WS', 'MED-CHEM']) {
      const item = list.items.find((i) => i.assetId === id);
      if (item) expect(item.ruleIds, id).toEqual(local.filter((r) => list.rules.find((x) => x.id === r)!.scope?.includes('imports')));
    }
  });
});

describe('province rules on items (安徽)', () => {
  it('every retained foreign item and every import carries the Anhui rule, in --json and in the XLSX export; a domestic tender carries none', async () => {
    const project = read(TERTIARY);
    expect(project.project.province).toBe('安徽');
    const list = await listOf(TERTIARY);
    const retained = project.assets.filter((a) => dispositionOf(a) === 'retain' && vendorOriginOf(a) !== 'domestic');
    expect(retained.map((a) => a.id)).toEqual(expect.arrayContaining(['APP-RT']));
    const imports = list.items.filter((i) => i.treatment === 'import');
    expect(imports.map((i) => i.assetId)).toEqual(expect.arrayContaining(['NET-SAN-BB']));
    expect(list.items.find((i) => i.assetId === 'APP-CALL')?.ruleIds).toEqual([]);
    const mustCarry = new Set([...retained.map((a) => a.id), ...imports.map((i) => i.assetId)]);
    for (const id of mustCarry) {
      const it = list.items.find((i) => i.assetId === id);
      expect(it, id).toBeDefined();
      expect(it!.ruleIds, id).toContain('anhui-2022');
    }
    const table = procurementTable(list, 'zh');
    const bytes = await toXlsx([{ name: '采购清单', headers: table.headers, rows: table.rows.slice(0, -1) }]);
    const sheets = await readXlsxRows(bytes, 'procure.xlsx');
    expect(sheets.ok).toBe(true);
    const rows = sheets.ok ? sheets.value[0]!.rows.map((r) => r.cells) : [];
    const header = rows[0]!;
    const idCol = header.indexOf('资产编号');
    const ruleCol = header.indexOf('适用采购规则');
    for (const id of mustCarry) {
      const row = rows.find((r) => String(r[idCol]) === id);
      expect(row, id).toBeDefined();
      expect(String(row![ruleCol]), id).toMatch(/^安徽：未经批准，公立医院禁止采购进口设备/);
    }
  });

  it('cites the seed report by its real title', async () => {
    const list = await listOf(TERTIARY);
    const anhui = list.rules.find((r) => r.id === 'anhui-2022')!;
    expect(anhui.source).toBe('亿欧智库《2023中国智慧医院研究报告：医院信息与网络安全篇》');
  });
});

describe('target platform', () => {
  it('takes project.targetPlatform when the project sets it: the secondary sample set to 统信 + 海光', async () => {
    const project = read(SECONDARY);
    const withTarget = { ...project, project: { ...project.project, targetPlatform: { os: '统信', cpu: '海光' } } };
    const { resolveTarget } = await import('./procurement');
    expect(resolveTarget(withTarget as ProjectFile, 'mixed')).toEqual({ source: 'project', cpu: 'cpu.hygon', cpuArch: 'x86-64', os: 'os.uos-server', desktopOs: 'os.uos-desktop' });
    const kylin = { ...project, project: { ...project.project, targetPlatform: { os: '银河麒麟', cpu: '鲲鹏' } } };
    expect(resolveTarget(kylin as ProjectFile, 'mixed')).toMatchObject({ cpuArch: 'ARMv8', os: 'os.kylin-server', desktopOs: 'os.kylin-desktop' });
  });

  it('the secondary sample (UOS) recommends 统信 UOS first on its OS rows', async () => {
    const list = await listOf(SECONDARY);
    expect(list.target.os).toBe('os.uos-server');
    const osRows = list.items.filter((i) => i.category === 'os' && i.alternatives.length > 0);
    expect(osRows.length).toBeGreaterThan(20);
    for (const row of osRows) expect(row.alternatives[0]!.product, row.assetId).toMatch(/统信 UOS/);
  });
});

describe('adaptation matrix (互认证)', () => {
  it('flags an adapted application not certified on the target stack with a readyFrom suggestion, and clears it once a certificate is recorded', async () => {
    const { buildProcurementList, resolveTarget } = await import('./procurement');
    const { ADAPTATION_MATRIX_KEY, readAdaptationMatrix } = await import('./adaptation');
    const { withExtension } = await import('../io/extensions');
    const base = read(TERTIARY);
    const project = { ...base, project: { ...base.project, targetPlatform: { os: '银河麒麟', cpu: '海光' } } } as ProjectFile;
    const placements = { 'APP-LIS': { wave: 3, reason: { code: 'earliest' as const, detail: '' } } };
    const plan = planOf(placements, [{ index: 3, start: '2027-07-01', end: '2027-09-30', assets: ['APP-LIS'], effort: 0, cost: 0 }]);
    const target = resolveTarget(project, 'mixed');
    const before = buildProcurementList(project, plan, { costOf: () => 1, target, adaptationMatrix: readAdaptationMatrix(project).value });
    const lis = before.items.find((i) => i.assetId === 'APP-LIS')!;
    expect(lis.treatment).toBe('adapt');
    expect(lis.flags).toContain('not-certified');
    expect(lis.certification).toMatchObject({ status: 'not-certified', readyFromSuggestion: '2028-01-01' });
    const beforeTable = procurementTable(before, 'zh');
    const lisRow = beforeTable.rows.find((r) => r[3] === 'APP-LIS')!;
    expect(lisRow[beforeTable.headers.indexOf('适配认证')]).toMatch(/未见适配认证.*2028-01-01/);
    // An adapted system is its developer's service: tendered apart from the products.
    expect(lisRow[beforeTable.headers.indexOf('采购包')]).toBe(`信创适配服务：${lis.replaces.vendor}（原开发商，单一来源）`);

    const certified = withExtension(project, ADAPTATION_MATRIX_KEY, [{ vendor: '杏和', product: 'LIS', os: '银河麒麟高级服务器操作系统 V10', cpu: '海光 C86', source: '开发商提供的兼容性认证证书' }, { vendor: '', os: 'x' }] as never);
    const matrix = readAdaptationMatrix(certified, 'h.xcplan.json');
    expect(matrix.issues[0]).toMatchObject({ row: 2, section: 'extensions.adaptationMatrix', field: 'vendor' });
    const after = buildProcurementList(certified, plan, { costOf: () => 1, target, adaptationMatrix: matrix.value });
    const lis2 = after.items.find((i) => i.assetId === 'APP-LIS')!;
    expect(lis2.flags).not.toContain('not-certified');
    expect(lis2.certification).toMatchObject({ status: 'certified', source: '开发商提供的兼容性认证证书' });
  });
});

describe('procurement timing from the scenario', () => {
  it('reads tenderLeadMonths and budgetRequestYearBefore (预算编报 the year before)', async () => {
    const { buildProcurementList } = await import('./procurement');
    const base = read(SECONDARY);
    const project = { ...base, scenario: { ...base.scenario!, tenderLeadMonths: 6, budgetRequestYearBefore: true } } as ProjectFile;
    const placements = { 'PER-KIOSK': { wave: 3, reason: { code: 'earliest' as const, detail: '' } } };
    const plan = planOf(placements, [{ index: 3, start: '2027-07-01', end: '2027-09-30', assets: ['PER-KIOSK'], effort: 0, cost: 0 }]);
    const list = buildProcurementList(project, plan, { costOf: () => 1 });
    expect(list.tenderLeadMonths).toBe(6);
    expect(list.items.find((i) => i.assetId === 'PER-KIOSK')).toMatchObject({ assetId: 'PER-KIOSK', year: 2027, purchaseBy: '2027-01-01', budgetYear: 2026 });
    const table = procurementTable(list, 'zh');
    const kiosk = table.rows.find((r) => r[3] === 'PER-KIOSK')!;
    expect(kiosk[table.headers.indexOf('招标完成时限')]).toBe('2027-01-01');
    expect(kiosk[table.headers.indexOf('预算编报年度')]).toBe(2026);
  });

  it('keeps both settings through the project file loader (they were dropped as unknown keys)', async () => {
    const base = read(TERTIARY);
    const file = join(mkdtempSync(join(tmpdir(), 'xc-timing-')), 'lead.xcplan.json');
    writeFileSync(file, JSON.stringify({ ...base, scenario: { ...base.scenario!, tenderLeadMonths: 6, budgetRequestYearBefore: true } }));
    const before = (await listOf(TERTIARY)).items.find((i) => i.assetId === 'NET-AP-BB')!;
    expect(before).toMatchObject({ purchaseBy: '2026-10-01', budgetYear: 2027 });
    const list = await procure(file);
    expect(list.tenderLeadMonths).toBe(6);
    expect(list.items.find((i) => i.assetId === 'NET-AP-BB')).toMatchObject({ year: 2027, purchaseBy: '2026-07-01', budgetYear: 2026 });
  });
});

describe('xcplan procure as text', () => {
  it('prints the retained exceptions once, after every year\'s purchases, without money, and leaves them out of the year and grand totals', async () => {
    const io = captureIo();
    expect(await command.run([path(TERTIARY)], io)).toBe(0);
    const out = io.out.join('\n');
    const list = await listOf(TERTIARY);
    const retained = list.items.filter((i) => i.treatment === 'retain');
    const bought = list.items.filter((i) => i.treatment !== 'retain');
    const lastYear = Math.max(...bought.map((i) => i.year));
    const section = out.indexOf(`\n== 保留（例外，不采购）：${retained.length} 项，${retained.reduce((n, i) => n + i.quantity, 0)} 台/套；不计入采购金额与采购包`);
    expect(section).toBeGreaterThan(out.indexOf(`\n== ${lastYear} 年：`));
    expect(out.indexOf('\n== 采购包')).toBeGreaterThan(section);
    for (const item of retained) expect(out.indexOf(`\n  保留 ${item.assetId} `), item.assetId).toBeGreaterThan(section);
    expect(out).not.toContain('  W0 ');
    const in2027 = bought.filter((i) => i.year === 2027);
    expect(out).toContain(`== 2027 年：${in2027.length} 项，${in2027.reduce((n, i) => n + i.quantity, 0)} 台/套，`);
    expect(out).toContain(`\n合计 ${bought.length} 项，${bought.reduce((n, i) => n + i.quantity, 0)} 台/套，`);
    expect(out).toContain(`（另保留 ${retained.length} 项，不采购）`);
  });

  it('prints the rules once, numbered, cites them on each import, and says which tenders are already late', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-05T10:00:00+08:00'));
      const io = captureIo();
      expect(await command.run([path(TERTIARY), '--year', '2027'], io)).toBe(0);
      const out = io.out.join('\n');
      const list = await listOf(TERTIARY);
      list.rules.forEach((rule, i) => expect(out).toContain(`采购规则 ${i === 0 ? '安徽' : '全国'} ${i + 1}：${rule.text.zh}`));
      // Each rule's words are printed once; an import cites them by place and number.
      for (const rule of list.rules) expect(out.split(rule.text.zh).length - 1).toBe(1);
      // An import (or a product kept by exception) cites the Anhui rule; a server, PC or OS bought cites the 需求标准.
      const imports = list.items.filter((i) => i.year === 2027 && (i.treatment === 'import' || i.treatment === 'retain'));
      const standard = list.items.filter((i) => i.year === 2027 && i.treatment !== 'retain' && ['server', 'terminal', 'os'].includes(i.category));
      expect(imports.length).toBeGreaterThan(0);
      expect(standard.length).toBeGreaterThan(0);
      const cites = out.split('\n').filter((line) => line.startsWith('      适用采购规则：'));
      expect(cites.filter((line) => line.includes('安徽 1')).length).toBe(imports.length);
      expect(cites.filter((line) => line.includes('全国 2')).length).toBe(standard.length);
      // Wave 1 starts 2027-01-01: its tenders closed on 2026-10-01, before the day of the run.
      // Free substitutes (browsers, PDF readers at ¥0) are installed, not tendered: never late.
      const late = list.items.filter((i) => i.year === 2027 && i.purchaseBy! < '2026-12-05' && i.cost > 0);
      expect(out).toContain('免费替代，无需招标');
      expect(late.length).toBeGreaterThan(0);
      expect(out).toContain(`注意：${late.length} 项采购的招标完成时限已过（最早 2026-10-01）`);
      // Each late item says so on its row (its tender packages say it on theirs: packages.test.ts).
      expect(out.split('年预算，已过时限）').length - 1).toBe(late.length);
    } finally {
      vi.useRealTimers();
    }
  });
});
