import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { parseCsv } from './csv';
import { decodeText } from './sniff';
import { neutraliseCell, safeSheetNames, shownText, toCsv, toXlsx, unneutraliseCell } from './export';
import { loadExcel } from './xlsx';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '＝', '＋', '－', '＠'];

describe('formula neutralisation (R-X1)', () => {
  it('prefixes a quote to strings that start with a trigger, and leaves numbers alone', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('+86 10 1234')).toBe("'+86 10 1234");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('\t=cmd')).toBe("'\t=cmd");
    expect(neutraliseCell('＝1+1')).toBe("'＝1+1");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(Number.NaN)).toBe('');
    expect(neutraliseCell('HIS 服务器')).toBe('HIS 服务器');
    expect(neutraliseCell(undefined)).toBe('');
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("it's")).toBe("it's");
  });

  it('is reversible and never leaves a trigger first (property)', () => {
    const text = fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...TRIGGERS, "'"), fc.string()).map(([a, b]) => a + b));
    fc.assert(
      fc.property(text, (value) => {
        const safe = neutraliseCell(value) as string;
        return !TRIGGERS.includes(safe[0] ?? '') && unneutraliseCell(safe) === value;
      }),
      { numRuns: 500 },
    );
  });
});

describe('toCsv', () => {
  it('writes a UTF-8 BOM, RFC 4180 quoting, CRLF, numbers as numbers and neutralised strings (R-X1, R-X5)', () => {
    const csv = toCsv(['名称', '数量', '备注'], [['=1+1', -5, 'a,"b"'], ['Müller', 1200.5, 'x\ny']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF名称,数量,备注\r\n\'=1+1,-5,"a,""b"""\r\nMüller,1200.5,"x\ny"\r\n');
  });

  it('round-trips through the CSV reader (property)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.integer({ min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows);
        const bytes = new TextEncoder().encode(csv);
        const parsed = parseCsv(decodeText(bytes).text, 'f.csv', ',');
        if (!parsed.ok) return false;
        const back = parsed.value.slice(1, rows.length + 1).map((record) => record.cells.map(unneutraliseCell));
        return JSON.stringify(back) === JSON.stringify(rows.map((row) => row.map(String)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toXlsx (R-X2)', () => {
  it('writes typed string cells, never a formula, with a bold frozen header and widths', async () => {
    const bytes = await toXlsx([
      { name: '采购清单', headers: ['名称', '金额'], rows: [['=HYPERLINK("http://evil","x")', 12000], ['@SUM(A1)', -5], ['+cmd', 0]], totals: ['合计', 11995] },
      { name: 'bad/name:*?[x]', headers: ['a'], rows: [] },
    ]);
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(2);
    for (const name of sheets) expect(strFromU8(files[name]!)).not.toMatch(/<f[\s>]/);
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toContain('state="frozen"');
    expect(sheet1).toMatch(/<col [^>]*width=/);
    expect(sheet1).toContain('<v>-5</v>');
    const shared = strFromU8(files['xl/sharedStrings.xml']!);
    expect(shared).toContain('&apos;=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)');
    expect(shared).toContain('&apos;@SUM(A1)');
    expect(shared).not.toMatch(/<t[^>]*>[=+\-@]/);
    // every string cell is typed
    const cells = sheet1.match(/<c [^>]*>/g) ?? [];
    expect(cells.filter((cell) => cell.includes('t="s"')).length).toBeGreaterThanOrEqual(6);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="bad_name____x_"');
    expect(strFromU8(files['xl/styles.xml']!)).toContain('<b/>');
  });

  it('shows amounts, counts and shares in their formats, filters the data rows only, and sizes columns for the text shown', async () => {
    const bytes = await toXlsx([
      {
        name: '采购清单',
        headers: ['年度', '数量', '金额（元）', '名称'],
        rows: [[2027, 1200, 38365500, '核心交换机'], [2028, 3, 0.5, 'x']],
        totals: ['合计', 1203, 38366000.5, ''],
        formats: [undefined, 'count', 'yuan', undefined],
      },
      { name: '摘要', headers: ['项目', '数值'], rows: [['覆盖率', 0.032], ['总支出（万元）', 8179.2], ['年份', 2030]], rowFormats: ['share', 'wan', undefined] },
    ]);
    const ExcelJS = await loadExcel();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const list = book.getWorksheet('采购清单')!;
    // The year stays 2027 (no separator); the quantity and amounts get theirs, the total too.
    expect(list.getCell('A2').numFmt).toBeUndefined();
    expect(list.getCell('B2').numFmt).toBe('#,##0');
    expect(list.getCell('C2').numFmt).toBe('#,##0.00');
    expect(list.getCell('C4').numFmt).toBe('#,##0.00');
    expect(list.getCell('C2').value).toBe(38365500);
    // Filter buttons over header and data; the totals row stays outside, always shown.
    expect(list.autoFilter).toBe('A1:D3');
    // Wide enough for "38,366,000.50" (13 characters) and the filter button.
    expect(list.getColumn(3).width).toBeGreaterThanOrEqual(13 + 2);
    const summary = book.getWorksheet('摘要')!;
    expect(summary.getCell('B2').numFmt).toBe('0.0%');
    expect(summary.getCell('B3').numFmt).toBe('#,##0.00');
    expect(summary.getCell('B4').numFmt).toBeUndefined();
    expect(shownText(0.032, 'share')).toBe('3.2%');
    expect(shownText(38366000.5, 'yuan')).toBe('38,366,000.50');
    expect(shownText('=x', 'yuan')).toBe("'=x");
  });

  it('makes sheet names Excel accepts and unique', () => {
    expect(safeSheetNames(['a', 'A', '', 'x'.repeat(40)])).toEqual(['a', 'A~2', 'Sheet3', 'x'.repeat(31)]);
  });
});
