/**
 * Issue 14 gaps 1, 5–10: unknown values decided once per file, missing header synonyms, wrong
 * meanings (card totals, CPU MHz, database keys), out-of-scope rows, US dates, Excel-rounded ids,
 * profiles, partial import with a rejects file, and the XLS/ODS/HTML formats.
 */
import { describe, expect, it } from 'vitest';

import { convertAssetTable, importAssetTable } from './assets';
import { toCsv } from './export';
import { fieldForHeader, guessMapping } from './mapping';
import { detectDateOrder, parseDate } from './normalise';
import { BUILT_IN_PROFILES, detectProfile, parseProfile, profileFromMapping, profileMapping } from './profiles';
import { rejectsSheet } from './rejects';
import { readImportFile } from './table';
import type { ImportTable } from './table';
import { readValue, statusFields, statusMeaning } from './values';

const table = (headers: string[], rows: string[][]): ImportTable => ({ kind: 'csv', sheets: [{ name: 'f.csv', headerRow: 1, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }] });

describe('value words', () => {
  it.each([
    ['闲置', 'none'], ['备用', 'none'], ['维修', 'none'], ['库存', 'none'], ['生产', 'none'], ['In stock', 'none'], ['Planned', 'none'], ['Offline', 'none'],
    ['报废', 'retire'], ['Retired', 'retire'], ['在用', 'none'], ['保留', 'retain'], ['已替换', 'compliant'],
  ])('%s means %s', (word, meaning) => {
    expect(statusMeaning(word)).toBe(meaning);
  });

  it('maps meanings to the model in one place (报废 → retire, 在用 → no disposition)', () => {
    expect(statusFields('retire')).toEqual({ disposition: 'retire' });
    expect(statusFields('none')).toEqual({});
  });

  it('an unknown status is one warning for the file, never an error per row, and the user decides it once', () => {
    const t = table(['资产编号', '设备名称', '资产类别', '使用状态'], [['A', 'x', '服务器', '待鉴定'], ['B', 'y', '服务器', '待鉴定'], ['C', 'z', '服务器', '在用']]);
    const first = convertAssetTable(t, 'f.csv');
    expect(first.errors).toBe(0);
    expect(first.unknownValues).toEqual([expect.objectContaining({ field: 'disposition', value: '待鉴定', count: 2, rows: [2, 3] })]);
    expect(first.issues.filter((issue) => issue.code === 'unknown-value')).toHaveLength(1);
    expect(first.assets[0]!.disposition).toBeUndefined();
    const decided = convertAssetTable(t, 'f.csv', { values: { disposition: { 待鉴定: 'retire' } } });
    expect(decided.unknownValues).toEqual([]);
    expect(decided.assets.map((asset) => asset.disposition)).toEqual(['retire', 'retire', undefined]);
    expect(readValue('disposition', '待鉴定', { disposition: { 待鉴定: 'ignore' } })).toBe('ignore');
  });

  it('keeps out-of-scope kit (UPS, 空调) as category other instead of failing the file', () => {
    const t = table(['资产编号', '设备名称', '资产类别'], [['A', 'UPS不间断电源', '不间断电源'], ['B', '机房精密空调', ''], ['C', 'HIS 服务器', '服务器']]);
    const result = convertAssetTable(t, 'f.csv');
    expect(result.errors).toBe(0);
    expect(result.assets.map((asset) => asset.category)).toEqual(['other', 'other', 'server']);
    expect(result.outOfScope.map((item) => item.row)).toEqual([2, 3]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'out-of-scope', row: 2 }));
  });
});

describe('headers and meanings', () => {
  it.each([
    ['型号规格', 'product'], ['在用科室', 'department'], ['存放位置', 'site'], ['固资编号', 'id'], ['全称', 'name'], ['主机名称', 'name'],
    ['Operating system - Name', 'os'], ['Components - Processor', 'cpu'], ['Device name', 'name'], ['Asset tag', 'id'], ['Platform', 'os'], ['资产原值', 'totalCost'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not take "CPU (MHz)" or CPU频率 as the CPU model', () => {
    expect(fieldForHeader('CPU (MHz)')).toBeUndefined();
    expect(fieldForHeader('CPU频率')).toBeUndefined();
    expect(fieldForHeader('CPU')).toBe('cpu');
  });

  it('drops a CPU column that holds only numbers, with one warning', () => {
    const result = convertAssetTable(table(['设备名称', '资产类别', 'CPU'], [['a', '服务器', '2400'], ['b', '服务器', '3000']]), 'f.csv');
    expect(result.assets[0]!.cpu).toBeUndefined();
    expect(result.issues).toEqual([expect.objectContaining({ code: 'cpu-numeric', field: 'CPU' })]);
  });

  it('takes the asset tag, not a database key, as the id', () => {
    expect(guessMapping(['ID', 'Name', 'Asset tag']).id).toBe(2);
    expect(guessMapping(['ID', 'Name']).id).toBe(0);
  });

  it('divides a card total by its quantity (120 PCs at 696,000 is 5,800 each), with a note', () => {
    const result = convertAssetTable(table(['资产名称', '资产类别', '数量', '资产原值'], [['门诊电脑', '台式机', '120', '696000'], ['服务器', '服务器', '1', '80000']]), 'f.csv');
    expect(result.assets.map((asset) => asset.purchaseCost)).toEqual([5800, 80000]);
    expect(result.assets.map((asset) => asset.unitCost)).toEqual([undefined, undefined]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'unit-cost-from-total', row: 2 }));
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'purchase-cost-not-priced', field: '资产原值', severity: 'warning' }));
  });

  it('reads a ledger price as the purchase price and a quote column as the replacement price', () => {
    const result = convertAssetTable(
      table(['资产名称', '资产类别', '数量', '单价', '替代单价（元）'], [['门诊电脑', '台式机', '2', '4,500', '6800'], ['打印机', '打印机', '1', '2,100', '']]),
      'f.csv',
    );
    expect(result.assets.map((asset) => [asset.purchaseCost, asset.unitCost])).toEqual([[4500, 6800], [2100, undefined]]);
    // One row is priced from the price book although it has a ledger price: the note says so, once.
    const notes = result.issues.filter((issue) => issue.code === 'purchase-cost-not-priced');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message.zh).toContain('1 行');
    expect(notes[0]!.message.zh).toContain('替代单价');
  });

  it('names Excel-rounded ids and generates ids instead of "duplicate id"', () => {
    const result = convertAssetTable(table(['设备编号', '设备名称', '资产类别'], [['2.01905E+11', 'a', '服务器'], ['2.01905E+11', 'b', '服务器']]), 'f.csv');
    expect(result.errors).toBe(0);
    expect(new Set(result.assets.map((asset) => asset.id)).size).toBe(2);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'id-excel-rounded', value: '2.01905E+11' })]);
    expect(result.issues[0]!.message.zh).toContain('科学计数法');
  });
});

describe('dates per column', () => {
  it('infers the order of short dates from the column and shows the choice', () => {
    expect(detectDateOrder(['1/23/23', '2/3/23'])).toEqual({ order: 'mdy', decided: true, example: '1/23/23' });
    expect(detectDateOrder(['23/1/2023', '3/2/2023'])).toMatchObject({ order: 'dmy', decided: true });
    expect(detectDateOrder(['1/2/23'])).toMatchObject({ order: 'mdy', decided: false });
    expect(detectDateOrder(['2018/11/3', '2020年3月'])).toBeUndefined();
    const result = convertAssetTable(table(['设备名称', '资产类别', 'Purchase Date'], [['a', '服务器', '1/23/23'], ['b', '服务器', '11/3/2021 8:14:02 AM']]), 'f.csv');
    expect(result.assets.map((asset) => asset.purchaseDate)).toEqual(['2023-01-23', '2021-11-03']);
    expect(result.dateOrders).toEqual([expect.objectContaining({ header: 'Purchase Date', order: 'mdy', decided: true })]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'date-order' }));
  });
  it('keeps 2018/11/3 and 2020年3月 working, and the user can override the order', () => {
    expect(parseDate('2018/11/3')).toBe('2018-11-03');
    expect(parseDate('2020年3月')).toBe('2020-03-01');
    const result = convertAssetTable(table(['设备名称', '资产类别', '购置日期'], [['a', '服务器', '3/4/2020']]), 'f.csv', { dateOrders: { 购置日期: 'dmy' } });
    expect(result.assets[0]!.purchaseDate).toBe('2020-04-03');
  });
});

describe('profiles', () => {
  it('detects a tool from its headers and maps by its rules (NetBox: Type is the model, Role the category, ID ignored)', () => {
    const headers = ['ID', 'Name', 'Status', 'Tenant', 'Site', 'Rack', 'Role', 'Manufacturer', 'Type', 'Platform', 'Asset tag'];
    const profile = detectProfile([{ name: 'n.csv', rows: [{ row: 1, cells: headers }] }]);
    expect(profile?.id).toBe('netbox-4');
    expect(profileMapping(profile, headers)).toMatchObject({ id: 10, name: 1, product: 8, category: 6, os: 9, site: 4 });
  });

  it('has the built-in profiles the issue names', () => {
    expect(BUILT_IN_PROFILES.map((p) => p.id)).toEqual(expect.arrayContaining(['glpi-10', 'snipe-it', 'itop-3', 'ocs-inventory', 'netbox-4', 'lansweeper', 'intune', 'ralph-3', 'bk-cmdb', 'oa-export']));
    expect(BUILT_IN_PROFILES.filter((p) => p.id.startsWith('ledger-')).length).toBeGreaterThanOrEqual(5);
  });

  it('saves a user mapping as a profile, reads it back, and detects it next time', () => {
    const headers = ['机器', '归属', '型号'];
    const saved = profileFromMapping('我院格式', headers, { name: 0, department: 1, product: 2 }, { disposition: { 待鉴定: 'retire' } });
    const parsed = parseProfile(JSON.parse(JSON.stringify(saved)), 'p.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(profileMapping(parsed.value, headers)).toEqual({ name: 0, department: 1, product: 2 });
    expect(detectProfile([{ name: 'x', rows: [{ row: 1, cells: headers }] }], [parsed.value])?.id).toBe('user:我院格式');
    expect(parseProfile({ name: 'x', headers: { a: 'nope' } }, 'p.json').ok).toBe(false);
    expect(parseProfile({ name: 'x', headers: { __proto__: 'name' } }, 'p.json').ok).toBe(true);
  });
});

describe('partial import', () => {
  const t = table(['资产编号', '设备名称', '资产类别', '数量'], [['A', 'x', '服务器', '1'], ['B', 'y', '服务器', 'abc'], ['A', 'z', '服务器', '1'], ['C', 'w', '服务器', '2']]);
  it('is all or nothing by default', () => {
    expect(importAssetTable(t, 'f.csv').ok).toBe(false);
  });
  it('hands back the valid rows and the set-aside rows with their reasons, and writes a rejects file', () => {
    const result = convertAssetTable(t, 'f.csv');
    expect(result.assets.map((asset) => asset.id)).toEqual(['A', 'C']);
    expect(result.rejects.map((reject) => [reject.row, reject.reasons[0]!.zh])).toEqual([
      [3, '数量: 数量不是数字'],
      [4, '资产编号: 编号重复（第 2 行已使用）'],
    ]);
    const sheet = rejectsSheet(t, result.rejects, 'zh');
    expect(sheet.headers).toEqual(['资产编号', '设备名称', '资产类别', '数量', '工作表', '行号', '原因']);
    const csv = toCsv(sheet.headers, sheet.rows);
    expect(csv).toContain('B,y,服务器,abc,,3,数量: 数量不是数字');
  });
});

describe('formats', () => {
  it('reads an HTML table saved as .xls and says so', async () => {
    const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td colspan="3">资产台账</td></tr><tr><th>资产编号</th><th>资产名称</th><th>资产类型</th></tr><tr><td>A-1</td><td>电脑</td><td>台式机</td></tr></table></body></html>';
    const result = await readImportFile(new TextEncoder().encode(html), 'oa.xls');
    expect(result.ok && result.value.kind).toBe('html');
    expect(result.ok && result.value.sheets[0]).toMatchObject({ headerRow: 2, headers: ['资产编号', '资产名称', '资产类型'], rows: [{ cells: ['A-1', '电脑', '台式机'] }] });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'html-as-xls' }));
  });

  it('still refuses an OLE file that is not a workbook, naming what to do', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await readImportFile(bytes, 'x.xls');
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.message.zh).toContain('.xlsx');
  });
});
