import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { buildProcurementList } from '../../../shared/procurement';
import { procurementFile } from './exportProcurement';
import { fakePlan, PROJECT } from './fixtures.test-helpers';

// A row whose name looks like a formula: the export must keep it as text.
const project = { ...PROJECT, assets: PROJECT.assets.map((a) => (a.id === 'DB-1' ? { ...a, name: '=HYPERLINK("http://x","HIS")' } : a)) };
const list = buildProcurementList(project, fakePlan(project), { costOf: (asset) => asset.quantity * 5000 });

describe('procurement export', () => {
  it('writes CSV with one BOM, Chinese headers, a totals row and neutralised formulas', async () => {
    const text = (await procurementFile(list, list.items, 'csv', 'zh', '采购清单')) as string;
    expect(text.startsWith('\uFEFF年度,批次,类别,资产编号')).toBe(true);
    expect(text.startsWith('\uFEFF\uFEFF')).toBe(false);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(list.items.length + 2);
    expect(lines.at(-1)).toMatch(/^合计,/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""HIS"")"`);
  });

  it('writes XLSX values only: Chinese headers, items, a bold totals row, no formula cells', async () => {
    const bytes = (await procurementFile(list, list.items, 'xlsx', 'zh', '采购清单')) as Uint8Array;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('采购清单')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('年度');
    expect(sheet.getRow(1).getCell(12).value).toBe('金额（元）');
    expect(sheet.rowCount).toBe(list.items.length + 2);
    const totals = sheet.getRow(sheet.rowCount);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(12).value).toBe(list.total.cost);
    expect(totals.font?.bold).toBe(true);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const names: unknown[] = [];
    sheet.getColumn(5).eachCell((cell) => names.push(cell.value));
    expect(names).toContain(`'=HYPERLINK("http://x","HIS")`);
    // The second sheet: the same items as tenders, adding up to the list.
    const packages = workbook.getWorksheet('采购包')!;
    expect(packages.getRow(1).getCell(2).value).toBe('采购包');
    const last = packages.getRow(packages.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(3).value).toBe(list.items.length);
    expect(last.getCell(5).value).toBe(list.total.cost);
    let sum = 0;
    for (let r = 2; r < packages.rowCount; r++) sum += Number(packages.getRow(r).getCell(5).value);
    expect(sum).toBe(list.total.cost);
  });
});
