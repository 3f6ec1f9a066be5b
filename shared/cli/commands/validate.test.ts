import { mkdtempSync, writeFileSync } from 'node:fs';
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
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.out[0]).toContain('通过：150 条资产');
    expect(io.out[0]).toContain('62 条依赖');
    expect(io.out[0]).toContain('gb18030');
  });

  it('accepts the XLSX and warns about the notes sheet', async () => {
    const io = captureIo('en');
    const code = await validate.run([join(MESSY, 'hospital-assets.xlsx')], io);
    expect(code).toBe(0);
    expect(io.err).toEqual([expect.stringContaining('hospital-assets.xlsx 说明')]);
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
