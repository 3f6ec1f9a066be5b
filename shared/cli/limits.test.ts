/**
 * The command line within its documented limits stays under 1 GB (issue 15 #1, #5): each file is
 * given to a real `xcplan` process with a 1 GB heap (`--max-old-space-size=1024`; past it V8
 * aborts with exit 134) and a small stack like a worker's (`--stack-size=400`, so a spread of a
 * big list into push() overflows here as it did in the wizard). Errors are capped at 1,000 plus a
 * count; nothing exits 3 (an unexpected error) or dies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const HEAD = '{"format":"xcplan","version":1,"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3}';
let dir = '';

function xcplan(...args: string[]): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, ['--max-old-space-size=1024', '--stack-size=400', '--import', 'tsx', join(ROOT, 'shared/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 240_000,
  });
  return { code: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr };
}

const WORKBOOK = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xcplan-limits-'));
  // A million `{}`: four million schema errors unless capped.
  await writeFile(join(dir, 'empties.xcplan.json'), `${HEAD},"assets":[${Array(1_000_000).fill('{}').join(',')}]}`);
  // A 10,000-node cycle of runs-on: every asset's reason used to list the whole cycle.
  const assets = Array.from({ length: 10_000 }, (_, i) => ({ id: `S-${i}`, name: `系统 ${i}`, category: 'application', quantity: 1 }));
  const deps = assets.map((_, i) => ({ from: `S-${i}`, to: `S-${(i + 1) % 10_000}`, kind: 'runs-on' }));
  await writeFile(join(dir, 'cycle.xcplan.json'), `${HEAD},"assets":${JSON.stringify(assets)},"dependencies":${JSON.stringify(deps)}}`);
  // 130,000 dangling dependencies: 130,000 issues, once spread into push().
  const few = assets.slice(0, 1000);
  const dangling = Array.from({ length: 130_000 }, (_, i) => ({ from: `S-${i % 1000}`, to: `MISSING-${i}`, kind: 'runs-on' }));
  await writeFile(join(dir, 'dangling.xcplan.json'), `${HEAD},"assets":${JSON.stringify(few)},"dependencies":${JSON.stringify(dangling)}}`);
  // 100,000 rows with two bad cells each: 200,000 issues.
  const lines = ['编号,名称,类别,数量,购置日期'];
  for (let i = 0; i < 100_000; i++) lines.push(`A-${i},终端 ${i},终端,x,not-a-date`);
  await writeFile(join(dir, 'bad100k.csv'), lines.join('\n'));
  // 6 million cells in a 100,000 × 60 sheet (ExcelJS alone needed 3 GB).
  const row = (r: number) => `<row r="${r}">${'<c><v>7</v></c>'.repeat(60)}</row>`;
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) rows.push(row(r));
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  await writeFile(join(dir, 'cells6m.xlsx'), zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/worksheets/sheet1.xml': strToU8(sheet) }));
  // A small bomb: 800 sheets of 250 KB each (each under the per-entry ratio exemption), 200 MB in all.
  const small = strToU8(`<?xml version="1.0"?><worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(9_600)}</sheetData></worksheet>`);
  const bomb: Record<string, Uint8Array> = { 'xl/workbook.xml': strToU8(WORKBOOK) };
  for (let i = 1; i <= 800; i++) bomb[`xl/worksheets/sheet${i}.xml`] = small;
  await writeFile(join(dir, 'bomb.xlsx'), zipSync(bomb, { level: 9 }));
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('xcplan under 1 GB within the documented limits (issue 15 #5)', () => {
  it('a million {} : exit 1, the first 1,000 problems and a count of the rest', () => {
    const run = xcplan('validate', join(dir, 'empties.xcplan.json'));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toContain('empties.xcplan.json assets 第 1 行');
    expect(lines[1000]).toMatch(/另有 \d+ 条问题未列出/);
  }, 300_000);

  it('a 10,000-node cycle: plan --json finishes and each reason names 20 assets and a count', () => {
    const run = xcplan('plan', join(dir, 'cycle.xcplan.json'), '--json');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeLessThan(30 * 1024 * 1024);
    expect(run.stdout).toContain('另有 9980 项，共 10000 项');
  }, 300_000);

  it('130,000 dangling dependencies: exit 1 (not a stack overflow), capped', () => {
    const run = xcplan('validate', join(dir, 'dangling.xcplan.json'));
    expect(run.stderr).not.toContain('RangeError');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1001);
  }, 300_000);

  it('a 100,000-row CSV with 200,000 bad cells: exit 1, capped, with the row and column', () => {
    const run = xcplan('validate', join(dir, 'bad100k.csv'));
    expect(run.stderr).not.toContain('RangeError');
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(1001);
    expect(lines[0]).toMatch(/bad100k\.csv 第 2 行 字段 (数量|购置日期)/);
  }, 300_000);

  it('a 6-million-cell XLSX is refused before ExcelJS reads it', () => {
    const run = xcplan('validate', join(dir, 'cells6m.xlsx'));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/单元格过多|压缩比异常/);
  }, 300_000);

  it('a 200 MB XLSX bomb of 800 small sheets is refused', () => {
    const run = xcplan('validate', join(dir, 'bomb.xlsx'));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/压缩比异常|单元格过多|工作表过多/);
  }, 300_000);
});
