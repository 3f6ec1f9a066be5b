/**
 * `xcplan procure --xlsx`: the app's Excel export of the procurement list, written from the
 * command line by the same function, with the totals' item count a number and the asset id and
 * name frozen beside the header row.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { analyse } from '../../analysis';
import type { ProjectFile } from '../../model';
import { procurementWorkbook } from '../../procurement';
import { captureIo } from '../testIo';
import { FileError } from '../types';
import { command as procure } from './procure';

const SAMPLE = join(__dirname, '../../../fixtures/sample-tertiary.xcplan.json');

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** Every sheet's cell values, by sheet name. */
function valuesOf(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  });
  return out;
}

describe('xcplan procure --xlsx', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the workbook the app exports: the same sheets and cells, a numeric item count, id and name frozen with the header', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T10:00:00+08:00'));
    const path = join(mkdtempSync(join(tmpdir(), 'xc-procure-')), '采购清单.xlsx');
    const io = captureIo();
    expect(await procure.run([SAMPLE, '--xlsx', path], io)).toBe(0);
    const list = analyse(JSON.parse(readFileSync(SAMPLE, 'utf8')) as ProjectFile, undefined, { lang: 'zh' }).procurement;
    expect(io.out.join('\n')).toBe(`已写入 ${path}（${list.items.length} 项，2 个工作表）`);

    const written = await workbookOf(readFileSync(path));
    // The view's export calls the same function with its sheet name (采购清单) and today.
    const app = await workbookOf(await procurementWorkbook(list, list.items, 'zh', { sheet: '采购清单', today: '2026-12-05' }));
    expect(valuesOf(written)).toEqual(valuesOf(app));
    expect(written.worksheets.map((s) => s.name)).toEqual(['采购清单', '采购包']);

    const sheet = written.getWorksheet('采购清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 5, ySplit: 1 });
    expect(sheet.getRow(1).getCell(4).value).toBe('资产编号');
    expect(sheet.getRow(1).getCell(5).value).toBe('资产名称');
    const totals = sheet.getRow(sheet.rowCount);
    expect(totals.getCell(1).value).toBe('合计');
    // The item count is a number (it was the text "305"), the purchases': the retained are not bought.
    expect(totals.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(totals.getCell(4).value).toBe(list.items.filter((i) => i.treatment !== 'retain').length);
    expect(totals.getCell(12).value).toBe(list.total.cost);
    expect(totals.font?.bold).toBe(true);
    // Filtered and formatted: the unit price in yuan to two decimals, the filter over the items.
    expect(sheet.getColumn(11).numFmt).toBe('#,##0.00');
    expect(sheet.autoFilter).toBeTruthy();
    // The packages sheet says which tenders are late on the day of the run.
    const packages = written.getWorksheet('采购包')!;
    expect(packages.getRow(1).getCell(8).value).toBe('状态');
    // Wave 1's tenders (due 2026-10-01 for the 2027 budget) are late and before their budget year; 2028's are only the latter.
    expect(valuesOf(written)['采购包']!.some((row) => row[7] === '已过时限；早于资金年度，须跨年度采购')).toBe(true);
    expect(valuesOf(written)['采购包']!.some((row) => row[0] === 2028 && row[7] === '早于资金年度，须跨年度采购')).toBe(true);
  });

  it('--year writes that year only; --xlsx beside --json keeps stdout for the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xc-procure-'));
    const io = captureIo();
    expect(await procure.run([SAMPLE, '--year', '2028', '--json', '--xlsx', join(dir, '2028.xlsx')], io)).toBe(0);
    const json = JSON.parse(io.out.join('\n')) as { items: { year: number }[] };
    expect(io.err.join('\n')).toMatch(/^已写入 .*2028\.xlsx（\d+ 项，2 个工作表）$/);
    const sheet = (await workbookOf(readFileSync(join(dir, '2028.xlsx')))).getWorksheet('采购清单')!;
    expect(sheet.rowCount).toBe(json.items.length + 2);
    expect(json.items.every((i) => i.year === 2028)).toBe(true);
  });

  it('refuses a folder that does not exist before any work, and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xc-procure-'));
    const path = join(dir, 'missing', 'x.xlsx');
    await expect(procure.run([SAMPLE, '--xlsx', path], captureIo())).rejects.toThrow(FileError);
    expect(existsSync(path)).toBe(false);
  });
});
