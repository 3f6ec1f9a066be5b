/** Issue 14 gaps 2–4: header rows found past titles, merged two-row headers and CMDB rows; noise rows listed; sheets chosen. */
import { describe, expect, it } from 'vitest';

import { findHeader, noiseReason } from './headerFinder';
import { fieldForHeader } from './mapping';
import { buildTable, readImportFile } from './table';
import type { RawSheet } from './table';

const raw = (rows: string[][], name = 'f.csv', hidden = false): RawSheet => ({ name, rows: rows.map((cells, i) => ({ row: i + 1, cells })), ...(hidden ? { hidden } : {}) });
const known = (header: string) => fieldForHeader(header) !== undefined;
const csv = (text: string) => new TextEncoder().encode(text);

describe('header finder', () => {
  it('skips a title row and merges a two-row header (基本信息 / 使用信息 over the real names)', () => {
    const sheet = raw([
      ['某医院信息科设备台账'],
      ['资产编号', '基本信息', '', '', '使用信息', ''],
      ['', '设备名称', '品牌', '型号规格', '在用科室', '存放位置'],
      ['A-1', 'HIS 服务器', 'IBM', 'S924', '信息科', '主机房'],
    ]);
    const header = findHeader(sheet, fieldForHeader);
    expect(header).toMatchObject({ row: 3, upperRow: 2, headers: ['资产编号', '设备名称', '品牌', '型号规格', '在用科室', '存放位置'] });
  });

  it('takes the names row of a CMDB export, not its field-id row, and leaves out the type and id rows', async () => {
    const text = '内网IP,主机名称,操作系统名称,CPU型号,固资编号\n短字符,短字符,短字符,短字符,短字符\nbk_host_innerip,bk_host_name,bk_os_name,bk_cpu_module,bk_asset_id\n10.0.0.1,his-01,CentOS 7,Xeon,ZC-1\n';
    const table = await readImportFile(csv(text), 'hosts.csv');
    expect(table.ok && table.value.sheets[0]).toMatchObject({ headerRow: 1, rows: [{ row: 4 }], skipped: [{ row: 2, reason: 'field-type' }, { row: 3, reason: 'field-id' }] });
  });

  it('lets the user pick another header row', () => {
    const sheets = [raw([['名称', '类别'], ['资产编号', '设备名称'], ['A', 'x']])];
    const built = buildTable(sheets, 'f.csv', 'csv', known, undefined, { headerRow: 2 });
    expect(built.ok && built.value.sheets[0]!.headers).toEqual(['资产编号', '设备名称']);
    const bad = buildTable(sheets, 'f.csv', 'csv', known, undefined, { headerRow: 9 });
    expect(bad.issues).toContainEqual(expect.objectContaining({ code: 'header-row-invalid', row: 9 }));
  });
});

describe('footer and noise rows', () => {
  it.each([
    [['合计', '', '50', '1540000'], 'total'],
    [['小计：', '', '22'], 'total'],
    [['总计', '1'], 'total'],
    [['制表人：张工', '', '审核人：刘主任', '日期：2024年3月5日'], 'signature'],
    [['注：本表由信息科汇总'], 'note'],
    [['', '', ''], 'blank'],
    [['资产编号', '设备名称', '品牌'], 'repeated-header'],
  ])('%j → %s', (cells, reason) => {
    expect(noiseReason(cells, ['资产编号', '设备名称', '品牌', '数量'], 5)).toBe(reason);
  });

  it('keeps a genuine asset row whose name merely contains such a word', () => {
    expect(noiseReason(['A-9', '合计量显示屏工作站', 'Dell'], ['资产编号', '设备名称', '品牌'], 5)).toBeUndefined();
  });

  it('lists skipped rows with their row numbers, blank separators included but not trailing blank lines', async () => {
    const text = '资产编号,设备名称,资产类别\nA,x,服务器\n,,\nB,y,服务器\n合计,,\n制表人：王,,\n\n\n';
    const table = await readImportFile(csv(text), 'l.csv');
    expect(table.ok && table.value.sheets[0]!.skipped).toEqual([
      { row: 3, reason: 'blank' },
      { row: 5, reason: 'total' },
      { row: 6, reason: 'signature' },
    ]);
    expect(table.issues.map((issue) => issue.message.zh)).toEqual(expect.arrayContaining(['已跳过 1 行合计/小计行（第 5 行）']));
  });
});

describe('sheets', () => {
  const sheets = [raw([['资产编号', '设备名称'], ['A', 'x']], '设备'), raw([['设备类型', '使用状态'], ['服务器', '在用']], '下拉选项', true)];
  it('leaves hidden sheets out by default and includes them on request', () => {
    const built = buildTable(sheets, 'w.xlsx', 'xlsx', known);
    expect(built.ok && built.value.sheets.map((sheet) => sheet.name)).toEqual(['设备']);
    expect(built.ok && built.value.skippedSheets).toEqual([{ name: '下拉选项', reason: 'hidden', hidden: true }]);
    const all = buildTable(sheets, 'w.xlsx', 'xlsx', known, undefined, { sheets: { 下拉选项: true } });
    expect(all.ok && all.value.sheets.map((sheet) => sheet.name)).toEqual(['设备', '下拉选项']);
  });
  it('skips a sheet the user leaves out, and --sheet keeps only one', () => {
    const built = buildTable(sheets, 'w.xlsx', 'xlsx', known, undefined, { sheets: { 设备: false, 下拉选项: true } });
    expect(built.ok && built.value.sheets.map((sheet) => sheet.name)).toEqual(['下拉选项']);
    const only = buildTable(sheets, 'w.xlsx', 'xlsx', known, undefined, { only: '下拉选项' });
    expect(only.ok && only.value.sheets.map((sheet) => sheet.name)).toEqual(['下拉选项']);
    expect(buildTable(sheets, 'w.xlsx', 'xlsx', known, undefined, { only: 'nope' }).issues[0]!.code).toBe('sheet-not-found');
  });
});
