import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { parseCsv } from './csv';
import { decodeText } from './sniff';
import { neutraliseCell, safeSheetNames, toCsv, toXlsx, unneutraliseCell } from './export';

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

  it('makes sheet names Excel accepts and unique', () => {
    expect(safeSheetNames(['a', 'A', '', 'x'.repeat(40)])).toEqual(['a', 'A~2', 'Sheet3', 'x'.repeat(31)]);
  });
});
