import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { parseCsv } from './csv';
import { decodeText, sniffKind } from './sniff';
import { readImportFile } from './table';
import { toXlsx } from './export';

const MESSY = join(__dirname, '../../fixtures/messy');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(MESSY, name)));

describe('decoding and sniffing', () => {
  it('tells UTF-8, UTF-8 with BOM, GB18030 and UTF-16 apart', () => {
    const text = '资产编号,设备名称\r\nSRV-1,数据库服务器\r\n';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf16le', { addBOM: true })))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('round-trips GB18030 text, including characters outside GBK', () => {
    const text = '𠀀 医院 信息中心 ㈠ 鲲鹏 €';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030'))).text).toBe(text);
  });

  it('sniffs by content, not by extension', () => {
    expect(sniffKind(new TextEncoder().encode('a,b\n1,2'), 'x.xlsx')).toMatchObject({ ok: true, value: 'csv' });
    expect(sniffKind(new TextEncoder().encode(' {"format":"xcplan"}'), 'x.csv')).toMatchObject({ ok: true, value: 'json' });
    expect(sniffKind(read('hospital-assets.xlsx'), 'renamed.csv')).toMatchObject({ ok: true, value: 'xlsx' });
    expect(sniffKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx')).toMatchObject({ ok: false, issues: [{ code: 'zip-corrupt' }] });
  });
});

describe('CSV reader', () => {
  it('follows RFC 4180 and keeps the starting line of each record', () => {
    const parsed = parseCsv('a,b,c\r\n"x, y","he said ""hi""","multi\nline"\n\nlast,,\n', 'f.csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'he said "hi"', 'multi\nline'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('detects tab and semicolon delimiters', () => {
    expect(parseCsv('编号\t名称\nA\tB', 'f.tsv')).toMatchObject({ ok: true, value: [{ cells: ['编号', '名称'] }, { cells: ['A', 'B'] }] });
    expect(parseCsv('编号;名称\nA;"B;C"', 'f.csv')).toMatchObject({ ok: true, value: [{ cells: ['编号', '名称'] }, { cells: ['A', 'B;C'] }] });
  });
});

describe('readImportFile on the messy hospital files', () => {
  it('reads the GB18030 CSV: title rows skipped, header found, blank rows dropped, rows numbered as in the file', async () => {
    const table = await readImportFile(read('hospital-assets-gb18030.csv'), 'hospital-assets-gb18030.csv');
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect(table.value.kind).toBe('csv');
    expect(table.value.encoding).toBe('gb18030');
    const [sheet] = table.value.sheets;
    expect(sheet!.headerRow).toBe(4);
    expect(sheet!.headers.slice(0, 4)).toEqual(['序号', '资产编号', '设备名称', '资产类别']);
    expect(sheet!.rows).toHaveLength(150);
    expect(sheet!.rows[0]).toMatchObject({ row: 5, cells: expect.arrayContaining(['SRV-001', 'HIS 数据库服务器']) as unknown });
    expect(sheet!.rows.every((row) => row.cells.some((cell) => cell !== ''))).toBe(true);
    // a blank line sits before data row 28: the row numbers jump there
    expect(sheet!.rows[27]!.row).toBe(sheet!.rows[26]!.row + 2);
  });

  it('gives the same table for the UTF-8 BOM copy', async () => {
    const gb = await readImportFile(read('hospital-assets-gb18030.csv'), 'h.csv');
    const utf8 = await readImportFile(read('hospital-assets-utf8bom.csv'), 'h.csv');
    expect(utf8.ok && utf8.value.encoding).toBe('utf-8-bom');
    expect(utf8.ok && utf8.value.sheets).toEqual(gb.ok && gb.value.sheets);
  });

  it('reads the XLSX: three asset sheets, the 说明 sheet skipped, merged department cells filled', async () => {
    const table = await readImportFile(read('hospital-assets.xlsx'), 'hospital-assets.xlsx');
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect(table.value.sheets.map((sheet) => sheet.name)).toEqual(['服务器', '终端', '软件系统']);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'sheet-skipped', section: '说明', severity: 'warning' })]);
    const servers = table.value.sheets[0]!;
    expect(servers.headerRow).toBe(2);
    const department = servers.headers.indexOf('使用科室');
    expect(servers.rows.every((row) => row.cells[department] !== '')).toBe(true);
    const purchase = servers.headers.indexOf('购置日期');
    expect(servers.rows.some((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.cells[purchase]!))).toBe(true);
  });

  it('never reads a formula from an XLSX, only its cached result', async () => {
    const bytes = await toXlsx([{ name: 'S', headers: ['资产编号', '设备名称'], rows: [['A', '=1+1']] }]);
    const table = await readImportFile(bytes, 's.xlsx');
    expect(table.ok && table.value.sheets[0]!.rows[0]!.cells).toEqual(['A', "'=1+1"]);
  });

  it('falls back to the first row as header when nothing is recognised', async () => {
    const table = await readImportFile(new TextEncoder().encode('甲,乙\n1,2\n'), 'x.csv');
    expect(table).toMatchObject({ ok: true, value: { sheets: [{ headerRow: 1, headers: ['甲', '乙'], rows: [{ row: 2, cells: ['1', '2'] }] }] } });
    expect(table.issues[0]).toMatchObject({ code: 'header-not-recognised', severity: 'warning' });
  });

  it('refuses a JSON file and rows beyond the limit, naming the limit', async () => {
    expect(await readImportFile(new TextEncoder().encode('{"a":1}'), 'p.csv')).toMatchObject({ ok: false, issues: [{ code: 'wrong-kind' }] });
    const rows = Array.from({ length: 100_001 }, (_, i) => `A${i},n`).join('\n');
    const result = await readImportFile(new TextEncoder().encode(`资产编号,设备名称\n${rows}\n`), 'big.csv');
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'too-many-rows' });
    expect(result.issues[0]!.message.en).toContain('100000');
    const justUnder = Array.from({ length: 100_000 }, (_, i) => `A${i},n`).join('\n');
    expect((await readImportFile(new TextEncoder().encode(`资产编号,设备名称\n${justUnder}\n`), 'ok.csv')).ok).toBe(true);
  });

  it('accepts 200 columns and 32,767-character cells, refuses one more (R-I6)', async () => {
    const header = (n: number): string => ['资产编号', '设备名称', ...Array.from({ length: n - 2 }, (_, i) => `C${i}`)].join(',');
    expect((await readImportFile(new TextEncoder().encode(`${header(200)}\nA,b\n`), 'w.csv')).ok).toBe(true);
    expect(await readImportFile(new TextEncoder().encode(`${header(201)}\nA,b\n`), 'w.csv')).toMatchObject({ ok: false, issues: [{ code: 'too-many-columns', row: 1 }] });
    expect((await readImportFile(new TextEncoder().encode(`资产编号,设备名称\nA,${'x'.repeat(32_767)}\n`), 'c.csv')).ok).toBe(true);
    expect(await readImportFile(new TextEncoder().encode(`资产编号,设备名称\nA,${'x'.repeat(32_768)}\n`), 'c.csv')).toMatchObject({ ok: false, issues: [{ code: 'cell-too-long', row: 2, field: '#2' }] });
  });
});
