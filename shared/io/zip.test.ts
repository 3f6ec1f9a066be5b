/**
 * XLSX pre-flight bypasses (issue 15 #3, #5): attribute spellings XML allows, worksheets under
 * other names, local headers that disagree with the central directory, duplicate entries, and
 * the cell cap. Each is refused before ExcelJS sees the file.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { IMPORT_LIMITS } from './limits';
import { readImportFile } from './table';
import { preflightXlsx } from './zip';

const WORKBOOK = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

function xlsx(entries: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = { 'xl/workbook.xml': strToU8(WORKBOOK) };
  for (const [name, text] of Object.entries(entries)) files[name] = strToU8(text);
  return zipSync(files);
}

const HUGE_ROW = String(IMPORT_LIMITS.excelMaxRow + 1);

describe('XLSX pre-flight', () => {
  it.each([
    ['double quotes', `<row r="${HUGE_ROW}"><c r="A${HUGE_ROW}"/></row>`],
    ['single quotes', `<row r='${HUGE_ROW}'><c r='A1'/></row>`],
    ['a line break before the attribute', `<row\nr="${HUGE_ROW}"><c r="A1"/></row>`],
    ['a tab and spaces around =', `<row\tr = "${HUGE_ROW}"><c r="A1"/></row>`],
    ['a namespace prefix', `<x:row r="${HUGE_ROW}"><x:c r="A1"/></x:row>`],
    ['a cell reference in single quotes', `<row r="1"><c r='XFE1'/></row>`],
  ])('refuses a row or column beyond the grid written with %s', (_what, rows) => {
    const result = preflightXlsx(xlsx({ 'xl/worksheets/sheet1.xml': sheet(rows) }), 'evil.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'index-out-of-range', file: 'evil.xlsx' }] });
  });

  it('scans a worksheet named sheet1.xml.bin (ExcelJS reads it as a sheet)', () => {
    const result = preflightXlsx(xlsx({ 'xl/worksheets/sheet1.xml.bin': sheet(`<row r="${HUGE_ROW}"/>`) }), 'evil.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'index-out-of-range', section: 'xl/worksheets/sheet1.xml.bin' }] });
  });

  it('refuses a DOCTYPE in an entry whatever its name', () => {
    const result = preflightXlsx(xlsx({ 'xl/worksheets/sheet1.xml': sheet('<row r="1"/>'), 'xl/custom.dat': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>' }), 'evil.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'xml-doctype' }] });
  });

  it('refuses a ZIP whose local header names another file than its central directory', () => {
    const bytes = xlsx({ 'xl/worksheets/sheet1.xml': sheet('<row r="1"/>') });
    // Rename the first local header's entry (same length), leaving the central directory as is.
    const at = 30;
    const nameLength = bytes[26]! | (bytes[27]! << 8);
    const name = new TextDecoder().decode(bytes.subarray(at, at + nameLength));
    bytes.set(new TextEncoder().encode(name.replace(/.$/, name.endsWith('l') ? 'x' : 'l')), at);
    const result = preflightXlsx(bytes, 'evil.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'zip-corrupt' }] });
    expect(result.issues[0]!.message.en).toContain('central directory');
  });

  it('refuses a ZIP whose local header declares other sizes than its central directory', () => {
    const bytes = xlsx({ 'xl/worksheets/sheet1.xml': sheet('<row r="1"/>') });
    bytes[22] = (bytes[22]! + 1) & 0xff; // uncompressed size in the first local header
    expect(preflightXlsx(bytes, 'evil.xlsx')).toMatchObject({ ok: false, issues: [{ code: 'zip-corrupt' }] });
  });

  it(`refuses more than ${IMPORT_LIMITS.xlsxCells.toLocaleString('en')} cells before ExcelJS reads them, and accepts a normal sheet`, async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_001; r++) rows.push(`<row r="${r}">${'<c><v>1</v></c>'.repeat(10)}</row>`);
    const result = preflightXlsx(xlsx({ 'xl/worksheets/sheet1.xml': sheet(rows.join('')) }), 'big.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells', file: 'big.xlsx' }] });
    const small = await readImportFile(xlsx({ 'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>') }), 'ok.xlsx');
    expect(small.issues.filter((i) => i.code.startsWith('zip') || i.code === 'too-many-cells')).toEqual([]);
  });
});
