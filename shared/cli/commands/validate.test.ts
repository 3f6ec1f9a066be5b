import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { command as validate } from './validate';
import { captureIo } from '../testIo';

const MESSY = join(__dirname, '../../../fixtures/messy');
const BAD = join(__dirname, '../../../fixtures/bad');
const dir = mkdtempSync(join(tmpdir(), 'xcplan-validate-'));

describe('xcplan validate', () => {
  it('accepts the GB18030 CSV with its dependency file', async () => {
    const io = captureIo();
    const code = await validate.run([join(MESSY, 'hospital-assets-gb18030.csv'), '--deps', join(MESSY, 'dependencies.csv')], io);
    // The blank separator rows between groups are listed, with their row numbers.
    // The ledger's 单价 is read as the purchase price: the warning says the plan does not price with it.
    expect(io.err).toEqual([expect.stringContaining('已跳过 5 行空白分隔行'), expect.stringContaining('“单价（元）”按购置价格读入（150 行）')]);
    expect(code).toBe(0);
    expect(io.out[0]).toContain('通过：150 条资产');
    expect(io.out[0]).toContain('62 条依赖');
    expect(io.out[0]).toContain('gb18030');
  });

  it('accepts the XLSX and warns about the notes sheet', async () => {
    const io = captureIo('en');
    const code = await validate.run([join(MESSY, 'hospital-assets.xlsx')], io);
    expect(code).toBe(0);
    expect(io.err).toEqual([expect.stringContaining('hospital-assets.xlsx 说明'), expect.stringContaining('was read as the purchase price (150 rows)')]);
    expect(io.out[0]).toMatch(/^ok: 150 assets/);
  });

  it('prints every problem with file, row and column, and exits 1', async () => {
    const io = captureIo();
    const code = await validate.run([join(BAD, 'wrong-types.csv')], io);
    expect(code).toBe(1);
    expect(io.err).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/wrong-types\.csv 第 3 行 字段 数量: .*\("abc"\)/),
        expect.stringMatching(/wrong-types\.csv 第 4 行 字段 购置日期/),
      ]),
    );
  });

  it('reports dangling dependency references with --json', async () => {
    const io = captureIo();
    const code = await validate.run([join(BAD, 'deps-assets.csv'), '--deps', join(BAD, 'dangling-deps.csv'), '--json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out[0]!) as { ok: boolean; issues: { code: string; row: number }[] };
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([expect.objectContaining({ code: 'dangling-reference', row: 3, file: 'dangling-deps.csv' })]);
  });

  it('warns about each dependency cycle, naming its assets, and still exits 0', async () => {
    const io = captureIo();
    const code = await validate.run([join(__dirname, '../../../fixtures/sample-tertiary.xcplan.json')], io);
    expect(code).toBe(0);
    expect(io.err).toEqual([expect.stringMatching(/^警告: sample-tertiary\.xcplan\.json dependencies: 循环依赖.*APP-LIS（LIS 实验室信息系统） → APP-BLOOD（输血管理系统） → APP-LIS/)]);
    expect(io.out[0]).toContain('1 条警告');

    const projectPath = join(dir, 'cycle.xcplan.json');
    const asset = (id: string) => ({ id, name: `系统${id}`, category: 'application', tier: 'operations', quantity: 1 });
    const dependencies = [
      { from: 'A', to: 'B', kind: 'connects-to' },
      { from: 'B', to: 'C', kind: 'connects-to' },
      { from: 'C', to: 'A', kind: 'connects-to' },
    ];
    writeFileSync(projectPath, JSON.stringify({ format: 'xcplan', version: 2, project: { name: 'x', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 }, assets: ['A', 'B', 'C', 'D'].map(asset), dependencies }));
    const json = captureIo('en');
    expect(await validate.run([projectPath, '--json'], json)).toBe(0);
    const report = JSON.parse(json.out[0]!) as { ok: boolean; issues: { code: string; severity: string; message: { en: string } }[] };
    expect(report.ok).toBe(true);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'dependency-cycle', severity: 'warning' });
    for (const id of ['A', 'B', 'C']) expect(report.issues[0]!.message.en).toContain(`${id} (系统${id})`);
    expect(report.issues[0]!.message.en).not.toContain('D (');
  });

  it('still validates project files, and refuses binaries and missing files', async () => {
    const projectPath = join(dir, 'p.xcplan.json');
    writeFileSync(projectPath, JSON.stringify({ format: 'xcplan', version: 2, project: { name: 'x', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 }, assets: [{ id: 'A', name: 'a', category: 'server', quantity: 2 }], dependencies: [] }));
    const ok = captureIo();
    expect(await validate.run([projectPath], ok)).toBe(0);
    expect(ok.out[0]).toContain('1 条资产（2 台/套）');
    const png = captureIo();
    expect(await validate.run([join(BAD, 'png-renamed.xlsx')], png)).toBe(1);
    expect(png.err[0]).toContain('PNG');
    const missing = captureIo();
    expect(await validate.run([join(dir, 'nope.csv')], missing)).toBe(1);
    expect(missing.err[0]).toContain('文件不存在');
  });
});

describe('validate, plan and report read project files alike (issue 15 #7, #10)', async () => {
  const { command: plan } = await import('./plan');
  const base = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/sample-secondary.xcplan.json'), 'utf8')) as { assets: { id: string }[]; extensions?: Record<string, unknown> };
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cases: [string, string][] = [
    ['a nested __proto__ key', JSON.stringify({ ...base, extensions: { note: { ['__proto__']: { polluted: 1 } } } }).replace('"note":{}', '"note":{"__proto__":{"polluted":1}}')],
    ['an asset id __proto__', JSON.stringify({ ...base, assets: [...base.assets, { ...base.assets[0], id: '__proto__' }] })],
    ['a damaged price book', JSON.stringify({ ...base, extensions: { ...base.extensions, priceBook: { baseYear: 'not a year' } } })],
  ];
  it.each(cases)('%s: validate and plan both exit 1', async (_what, text) => {
    const path = write(`case-${Math.random()}.xcplan.json`, text);
    const v = captureIo();
    expect(await validate.run([path], v)).toBe(1);
    const p = captureIo();
    expect(await plan.run([path, '--json'], p)).toBe(1);
    expect(p.out).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('xcplan validate on the files hospitals really have (issue 14)', () => {
  const REAL = join(__dirname, '../../../fixtures/real-shaped');
  it('imports a merged-header ledger, lists skipped rows and names the profile', async () => {
    const io = captureIo();
    const code = await validate.run([join(REAL, 'ledger-it-dept-merged.xlsx')], io);
    expect(code).toBe(0);
    expect(io.out[0]).toContain('通过：5 条资产');
    expect(io.out[0]).toContain('跳过 3 行非资产行');
    expect(io.out[0]).toContain('识别为 信息科设备台账');
  });

  it('--json stays JSON with errors, with the valid and set-aside rows; --rejects writes them with the reason', async () => {
    const io = captureIo();
    const rejects = join(dir, 'rejects.csv');
    const code = await validate.run([join(REAL, 'ledger-it-dept-bad-row.xlsx'), '--json', '--rejects', rejects], io);
    expect(code).toBe(1);
    const out = JSON.parse(io.out.join('\n')) as { ok: boolean; valid: number; rejected: number; rejects: { row: number; reasons: string[] }[]; profile: string };
    expect(out).toMatchObject({ ok: false, valid: 5, rejected: 1, profile: 'ledger-it-dept', rejects: [{ row: 10, reasons: ['数量: 数量不是数字'] }] });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(rejects, 'utf8')).toContain('两台半');
  });

  it('--profile, --header-row and --sheet choose what the wizard would', async () => {
    const io = captureIo('en');
    expect(await validate.run([join(REAL, 'ledger-finance-cards.xlsx'), '--header-row', '3', '--sheet', '固定资产卡片', '--profile', 'ledger-finance-card'], io)).toBe(0);
    expect(io.out[0]).toMatch(/^ok: 4 assets/);
    const wrongSheet = captureIo('en');
    expect(await validate.run([join(REAL, 'ledger-finance-cards.xlsx'), '--sheet', 'nope'], wrongSheet)).toBe(1);
    expect(wrongSheet.err.join('\n')).toContain('no sheet named');
    await expect(validate.run([join(REAL, 'ledger-finance-cards.xlsx'), '--profile', 'nope'], captureIo())).rejects.toThrow(/未知的导入配置/);
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ name: 'mine', headers: { 资产名称: 'name', 规格型号: 'product', 原值: 'totalCost', 数量: 'quantity' }, defaultCategory: 'terminal' }));
    const own = captureIo();
    expect(await validate.run([join(REAL, 'ledger-finance-cards.xlsx'), '--profile', profile], own)).toBe(0);
  });
});
