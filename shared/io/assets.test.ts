import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Asset } from '../model';
import { convertAssetTable, importAssetTable } from './assets';
import type { TableToAssetsOptions } from './assets';
import { exportAssetsCsv, exportAssetsXlsx } from './export';
import { guessMapping } from './mapping';
import type { ColumnMapping } from './mapping';
import { readImportFile } from './table';
import type { TableSheet } from './table';

const MESSY = join(__dirname, '../../fixtures/messy');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(MESSY, name)));

function sheet(headers: string[], rows: string[][], name = 'f.csv'): TableSheet {
  return { name, headerRow: 1, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

/** One sheet through the converter with the given mapping: the assets and their rows, or every problem. */
function tableToAssets(s: TableSheet, mapping: ColumnMapping, fileName: string, options: TableToAssetsOptions = {}) {
  const converted = convertAssetTable({ kind: 'csv', sheets: [s] }, fileName, { ...options, mappings: { [s.name]: mapping } });
  if (converted.errors > 0) return { ok: false as const, issues: converted.issues };
  return { ok: true as const, value: { assets: converted.assets, rows: converted.rows }, issues: converted.issues };
}

async function importFile(name: string, bytes = read(name)) {
  const table = await readImportFile(bytes, name);
  if (!table.ok) throw new Error(JSON.stringify(table.issues));
  return importAssetTable(table.value, name);
}

describe('tableToAssets', () => {
  it('normalises messy values', () => {
    const s = sheet(
      ['编号', '名称', '类别', '数量', '购置日期', '维保到期', '等保级别', '状态', '层级', '国产', '单价（元）', '科室'],
      [['', ' ＨＩＳ 服务器 ', '服务器', '２台', '2019年3月5日', '43529', '三级', '在用', '核心', '进口', '¥12,000.00', '信息中心']],
    );
    const result = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows).toEqual([2]);
    expect(result.value.assets[0]).toMatchObject({
      name: 'HIS 服务器', category: 'server', quantity: 2, purchaseDate: '2019-03-05', endOfSupport: '2019-03-05',
      securityLevel: 3, tier: 'core', vendorOrigin: 'foreign', purchaseCost: 12000, department: '信息中心',
    });
    // A ledger's 单价 is what the server cost in 2019, not a quote for its domestic replacement.
    expect(result.value.assets[0]!.unitCost).toBeUndefined();
    // 在用 is a usage status: it sets no disposition.
    expect(result.value.assets[0]!.disposition).toBeUndefined();
    expect(result.value.assets[0]!.id).toMatch(/^IMP-[0-9A-Z]{11}$/);
  });

  it('names file, row, column header and value in every problem', () => {
    const s = sheet(['资产编号', '设备名称', '资产类别', '数量', '购置日期'], [['A', 'x', '服务器', '很多', '2019/2/30'], ['B', 'y', '外星设备', '1', ''], ['C', '', '服务器', '0', '']]);
    const result = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(result.ok).toBe(false);
    const shown = result.issues.map((issue) => [issue.code, issue.row, issue.field, issue.value]);
    expect(shown).toEqual(
      expect.arrayContaining([
        ['not-a-number', 2, '数量', '很多'],
        ['bad-date', 2, '购置日期', '2019/2/30'],
        ['unknown-category', 3, '资产类别', '外星设备'],
        ['asset-invalid', 4, '设备名称', undefined],
        ['asset-invalid', 4, '数量', '0'],
      ]),
    );
    for (const issue of result.issues) expect(issue.file).toBe('f.csv');
  });

  it('uses inferCategory for missing or unknown categories, and errors without it', () => {
    const s = sheet(['资产编号', '设备名称', '资产类别'], [['A', '达梦数据库', ''], ['B', '门诊电脑', '杂项']]);
    const infer = (asset: Partial<Asset>): Asset['category'] | undefined => (asset.name?.includes('数据库') ? 'database' : asset.name?.includes('电脑') ? 'terminal' : undefined);
    const inferred = tableToAssets(s, guessMapping(s.headers), 'f.csv', { inferCategory: infer });
    expect(inferred.ok && inferred.value.assets.map((asset) => asset.category)).toEqual(['database', 'terminal']);
    // One warning per unknown word for the whole file, not one per row.
    expect(inferred.issues).toEqual([expect.objectContaining({ code: 'unknown-value', severity: 'warning', row: 3, value: '杂项' })]);
    expect(inferred.issues[0]!.message.zh).toContain('已按每行内容推断类别');
    const plain = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(plain.issues.map((issue) => issue.code)).toEqual(['category-missing', 'unknown-category', 'unknown-value']);
  });

  it('reports missing columns once, not per row', () => {
    const s = sheet(['资产编号', '数量'], [['A', '1'], ['B', '2']]);
    const result = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([['missing-column', 'name'], ['missing-column', 'category']]);
  });

  it('reports duplicate ids with the row that used the id first', () => {
    const s = sheet(['资产编号', '设备名称', '资产类别'], [['A', 'x', '服务器'], ['B', 'y', '服务器'], ['A', 'z', '服务器']]);
    const result = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(result.issues).toEqual([expect.objectContaining({ code: 'duplicate-id', row: 4, field: '资产编号', value: 'A' })]);
    expect(result.issues[0]!.message.zh).toContain('第 2 行');
  });

  it('gives identical rows distinct but stable generated ids', () => {
    const s = sheet(['设备名称', '资产类别'], [['打印机', '打印机'], ['打印机', '打印机'], ['扫描仪', '外设']]);
    const first = tableToAssets(s, guessMapping(s.headers), 'f.csv', { idPrefix: 'PRN' });
    const again = tableToAssets(structuredClone(s), guessMapping(s.headers), 'f.csv', { idPrefix: 'PRN' });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    const ids = first.value.assets.map((asset) => asset.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids.every((id) => id.startsWith('PRN-'))).toBe(true);
    expect(again.value.assets.map((asset) => asset.id)).toEqual(ids);
  });
});

describe('importing the messy hospital files', () => {
  it('imports all 150 rows from the GB18030 CSV, the UTF-8 CSV and the XLSX alike', async () => {
    const gb = await importFile('hospital-assets-gb18030.csv');
    const utf8 = await importFile('hospital-assets-utf8bom.csv');
    const xlsx = await importFile('hospital-assets.xlsx');
    for (const result of [gb, utf8, xlsx]) {
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(result.ok && result.value.assets).toHaveLength(150);
    }
    if (!gb.ok || !utf8.ok || !xlsx.ok) return;
    expect(utf8.value.assets).toEqual(gb.value.assets);
    // Same ids, names, categories, quantities and dates from the CSV and the XLSX (the XLSX also has the merged departments).
    const core = (asset: Asset) => [asset.name, asset.category, asset.quantity, asset.purchaseDate, asset.unitCost];
    const byId = new Map(xlsx.value.assets.map((asset) => [asset.id, asset]));
    for (const asset of gb.value.assets.filter((a) => !a.id.startsWith('IMP-'))) expect(core(byId.get(asset.id)!)).toEqual(core(asset));
    expect(xlsx.value.assets.every((asset) => asset.department !== undefined)).toBe(true);
    expect(gb.value.assets.find((asset) => asset.id === 'SRV-001')).toMatchObject({ name: 'HIS 数据库服务器', category: 'server', securityLevel: 3, vendor: 'Dell' });
    expect(xlsx.value.sheets.filter((name) => name === '终端')).toHaveLength(62);
  });

  it('is idempotent: the same file imported twice gives the same ids (R-I10)', async () => {
    const a = await importFile('hospital-assets-gb18030.csv');
    const b = await importFile('hospital-assets-gb18030.csv');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.value.assets.map((asset) => asset.id)).toEqual(a.value.assets.map((asset) => asset.id));
  });

  it('reads a system-scale column: 全院级, 科室级 and 小型 (or 大型, 中型…), and asks about a word it does not know', () => {
    const s = sheet(
      ['资产编号', '系统名称', '资产类别', '系统规模'],
      [['S1', '院感监测系统', '应用系统', '全院级'], ['S2', 'PACS 影像系统', '应用系统', '大型'], ['S3', '门户网站', '应用系统', '小型'], ['S4', '输血管理系统', '应用系统', '科室'], ['S5', '体检系统', '应用系统', '特大'], ['S6', '合理用药系统', '应用系统', '']],
    );
    const result = tableToAssets(s, guessMapping(s.headers), 'f.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.assets.map((asset) => asset.scale)).toEqual(['large', 'large', 'small', 'departmental', undefined, undefined]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'unknown-value', severity: 'warning', row: 6, field: '系统规模', value: '特大' })]);
    // The user's answer for the word is used on the next read.
    const again = tableToAssets(s, guessMapping(s.headers), 'f.csv', { values: { scale: { 特大: 'large' } } });
    expect(again.ok && again.value.assets[4]!.scale).toBe('large');
  });

  it('round-trips export → import in Chinese and English, CSV and XLSX', async () => {
    const original = await importFile('hospital-assets.xlsx');
    if (!original.ok) throw new Error('fixture does not import');
    // Some systems with a declared scale, so the 系统规模 column goes both ways too.
    const scales = ['large', 'departmental', 'small'] as const;
    let k = 0;
    const assets = original.value.assets.map((asset) => (asset.category === 'application' ? { ...asset, scale: scales[k++ % 3] } : asset));
    expect(k).toBeGreaterThan(2);
    for (const lang of ['zh', 'en'] as const) {
      const csv = await importFile(`out-${lang}.csv`, new TextEncoder().encode(exportAssetsCsv(assets, lang)));
      const xlsx = await importFile(`out-${lang}.xlsx`, await exportAssetsXlsx(assets, lang));
      expect(csv.ok && csv.value.assets).toEqual(assets);
      expect(xlsx.ok && xlsx.value.assets).toEqual(assets);
    }
  });
});

describe('large tables (issue 15 #1)', () => {
  // Two sheets of 100,000 rows: more than one spread into push() can take (the old code threw
  // "RangeError: Maximum call stack size exceeded" here, and already at ~65,000 rows in a worker).
  const big = (rows: number, name: string, quantity: string): TableSheet => ({
    name,
    headerRow: 1,
    headers: ['编号', '名称', '类别', '数量'],
    rows: Array.from({ length: rows }, (_, i) => ({ row: i + 2, cells: [`${name}-${i}`, `终端 ${i}`, '终端', quantity] })),
  });

  it('imports 200,000 valid rows across two sheets', () => {
    const result = importAssetTable({ kind: 'xlsx', sheets: [big(100_000, 'A', '1'), big(100_000, 'B', '1')] }, 'big.xlsx');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.assets).toHaveLength(200_000);
      expect(result.value.assets[199_999]!.id).toBe('B-99999');
    }
  }, 120_000);

  it('reports 200,000 bad rows capped with a count of the rest, without overflowing', () => {
    const result = importAssetTable({ kind: 'xlsx', sheets: [big(100_000, 'A', 'x'), big(100_000, 'B', 'x')] }, 'bad.xlsx');
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(501);
    expect(result.issues[0]).toMatchObject({ file: 'bad.xlsx', section: 'A', row: 2, field: '数量' });
    expect(result.issues[500]!.message.en).toBe('199500 more problems not listed');
  }, 120_000);
});
