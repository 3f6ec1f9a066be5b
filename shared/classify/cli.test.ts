import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { command as classify } from '../cli/commands/classify';
import { command as procure } from '../cli/commands/procure';
import { captureIo } from '../cli/testIo';
import { isCompliant } from '../model';
import type { ProjectFile } from '../model';

const dir = mkdtempSync(join(tmpdir(), 'xcplan-classify-'));
const projectPath = join(dir, 'h.xcplan.json');
writeFileSync(
  projectPath,
  JSON.stringify({
    format: 'xcplan',
    version: 1,
    project: { name: '测试', province: '湖北', startDate: '2027-01-01', horizonYears: 3, waveMonths: 6 },
    assets: [
      { id: 'PC-1', name: '门诊医生站', category: 'terminal', quantity: 10, vendor: '联想', product: '启天 M430', cpu: 'i5-8500' },
      { id: 'DB-1', name: 'HIS 数据库', category: 'database', quantity: 1, product: 'Oracle 19c' },
    ],
    dependencies: [],
  }),
);
const planPath = join(dir, 'plan.json');
writeFileSync(
  planPath,
  JSON.stringify({
    waves: [{ index: 1, start: '2027-01-01', end: '2027-06-30', assets: ['PC-1'], effort: 0, cost: 0 }, { index: 3, start: '2028-01-01', end: '2028-06-30', assets: ['DB-1'], effort: 0, cost: 0 }],
    placements: { 'PC-1': { wave: 1, reason: { code: 'earliest', detail: '' } }, 'DB-1': { wave: 3, reason: { code: 'dependency', detail: '' } } },
  }),
);

describe('xcplan classify', () => {
  it('prints one object per asset with --json', async () => {
    const io = captureIo();
    expect(await classify.run([projectPath, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as Record<string, unknown>[];
    expect(rows).toEqual([
      { id: 'PC-1', category: 'terminal', tier: null, scale: null, origin: 'foreign', vendorOrigin: 'foreign', disposition: 'replace', dispositionReason: '进口产品：替代为国产产品', cpuArch: 'x86-64', match: { vendor: '联想', product: expect.stringContaining('ThinkCentre') as unknown, entryId: 'terminal.lenovo-x86' }, confidence: 0.95 },
      { id: 'DB-1', category: 'database', tier: null, scale: null, origin: 'foreign', vendorOrigin: 'foreign', disposition: 'replace', dispositionReason: '进口产品：替代为国产产品', cpuArch: null, match: { vendor: '甲骨文', product: 'Oracle Database', entryId: 'database.oracle' }, confidence: expect.any(Number) as unknown },
    ]);
  });

  it('reads a GB18030 CSV with Chinese headers', async () => {
    const iconv = (await import('iconv-lite')).default;
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, iconv.encode('资产编号,设备名称,品牌,型号\nA1,防火墙,深信服,AF-1000\nA2,数据库,,达梦 DM8\n', 'gb18030'));
    const io = captureIo();
    expect(await classify.run([csv, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as { id: string; origin: string }[];
    expect(rows.map((r) => [r.id, r.origin])).toEqual([['A1', 'domestic'], ['A2', 'domestic']]);
  });

  it('gives a business system the tier its name stands for, as the import wizard suggests', async () => {
    const csv = join(dir, 'systems.csv');
    writeFileSync(csv, '资产编号,设备名称,资产类别,品牌\nS1,HIS 医院信息系统,应用系统,卫宁健康\nS2,LIS 检验系统,应用系统,迈瑞\nS3,HIS 数据库服务器,服务器,Dell\n');
    const io = captureIo();
    expect(await classify.run([csv, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as { id: string; tier: string | null }[];
    expect(rows.map((r) => [r.id, r.tier])).toEqual([['S1', 'core'], ['S2', 'clinical-support'], ['S3', null]]);
  });

  it('gives a business system the scale it is priced at: the one in the file, else the one its name stands for', async () => {
    const csv = join(dir, 'scales.csv');
    writeFileSync(csv, '资产编号,设备名称,资产类别,系统规模\nS1,PACS 影像系统,应用系统,\nS2,院感监测系统,应用系统,\nS3,院感监测系统,应用系统,全院级\nS4,门户网站,应用系统,科室级\nS5,HIS 数据库服务器,服务器,\n');
    const io = captureIo();
    expect(await classify.run([csv, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as { id: string; scale: string | null }[];
    expect(rows.map((r) => [r.id, r.scale])).toEqual([['S1', 'large'], ['S2', 'departmental'], ['S3', 'large'], ['S4', 'departmental'], ['S5', null]]);
  });

  it('reads the messy hospital list as the import wizard does (title rows, GB18030), in a Chinese table', async () => {
    const io = captureIo();
    expect(await classify.run([join(__dirname, '../../fixtures/messy/hospital-assets-gb18030.csv')], io)).toBe(0);
    expect(io.out[0]).toMatch(/^编号\s+类别\s+产地\s+建议处置\s+CPU 架构\s+置信度\s+匹配产品$/);
    expect(io.out.find((line) => line.startsWith('SRV-004'))).toMatch(/服务器\s+国产\s+已信创\s+ARMv8/);
    expect(io.out.at(-1)).toMatch(/^共 150 条：国产 \d+，进口 \d+，未识别 0/);
    const json = captureIo();
    expect(await classify.run([join(__dirname, '../../fixtures/messy/hospital-assets.xlsx'), '--json'], json)).toBe(0);
    expect((JSON.parse(json.out.join('\n')) as unknown[]).length).toBe(150);
  });

  it('names the file when it cannot be read', async () => {
    const io = captureIo();
    expect(await classify.run([join(dir, 'missing.csv')], io)).toBe(1);
    expect(io.err.join('\n')).toContain('missing.csv');
  });
});

describe('xcplan procure', () => {
  it('lists the plan by year with --json and filters by --year', async () => {
    const io = captureIo();
    expect(await procure.run([projectPath, '--plan', planPath, '--json', '--year', '2028'], io)).toBe(0);
    const list = JSON.parse(io.out.join('\n')) as { items: { assetId: string; year: number }[]; rules: { id: string }[] };
    expect(list.items.map((i) => [i.assetId, i.year])).toEqual([['DB-1', 2028]]);
    expect(list.rules.map((r) => r.id)).toContain('hubei-2022');
  });

  it('plans the project itself when no --plan is given, every planned foreign asset once', async () => {
    const io = captureIo();
    const sample = join(__dirname, '../../fixtures/sample-secondary.xcplan.json');
    expect(await procure.run([sample, '--json'], io)).toBe(0);
    const list = JSON.parse(io.out.join('\n')) as { items: { assetId: string; origin: string }[]; total: { cost: number } };
    const ids = list.items.map((i) => i.assetId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(50);
    // Compliant assets are never bought again; domestic applications to adapt are (their adaptation).
    const file = JSON.parse(readFileSync(sample, 'utf8')) as ProjectFile;
    const compliant = new Set(file.assets.filter((a) => isCompliant(a)).map((a) => a.id));
    expect(ids.filter((id) => compliant.has(id))).toEqual([]);
    expect(list.items.filter((i) => i.origin === 'domestic').every((i) => file.assets.find((a) => a.id === i.assetId)?.disposition === 'adapt')).toBe(true);
    expect(list.total.cost).toBeGreaterThan(0);
    const csv = captureIo();
    expect(await procure.run([sample, '--csv'], csv)).toBe(0);
    expect(csv.out[0]!.startsWith('\uFEFF年度,批次,类别')).toBe(true);
    expect(csv.out[0]!.split('\r\n').at(-1)).toMatch(/^合计,/);
  });

  it('rejects a bad year as a usage error', async () => {
    await expect(procure.run([projectPath, '--year', 'abc'], captureIo())).rejects.toThrow(/--year/);
  });
});
