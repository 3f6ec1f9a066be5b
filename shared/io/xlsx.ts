/**
 * XLSX reading through ExcelJS, loaded lazily (`await import('exceljs')`) so its large chunk is
 * fetched only when an XLSX is opened. The ZIP pre-flight (zip.ts) runs first, so ExcelJS never
 * sees a zip bomb, a macro workbook or a row index beyond Excel's grid. Cells become text:
 * dates as ISO dates, formulas as their cached result (a formula is never evaluated or kept),
 * rich text and hyperlinks as their text; merged cells carry their top-left value.
 */
import type * as ExcelNamespace from 'exceljs';

import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { fail, IMPORT_LIMITS, limitIssue } from './limits';
import { unkeepableTextIssue } from './text';
import type { RawSheet, TableRow } from './table';
import { preflightXlsx } from './zip';

export type ExcelModule = typeof ExcelNamespace;

/** Loads ExcelJS on first use (CommonJS in Node, the browser bundle under Vite; STACK.md §3). */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Text of an ExcelJS cell value, without ever evaluating anything. */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    const record = value as { richText?: unknown; text?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; error?: unknown };
    if (Array.isArray(record.richText)) {
      return record.richText.map((run: unknown) => (run !== null && typeof run === 'object' && 'text' in run && typeof run.text === 'string' ? run.text : '')).join('');
    }
    if (record.formula !== undefined || record.sharedFormula !== undefined) return cellValueText(record.result);
    if (typeof record.text === 'string') return record.text;
    if (record.text !== undefined) return cellValueText(record.text);
  }
  return '';
}

/**
 * Reads every worksheet of an XLSX into raw rows (1-based sheet row numbers as Excel shows them).
 * @param bytes the file
 * @param fileName file name for messages
 */
export async function readXlsxRows(bytes: Uint8Array, fileName: string): Promise<Parsed<RawSheet[]>> {
  const preflight = preflightXlsx(bytes, fileName);
  if (!preflight.ok) return preflight;
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue({ code: 'xlsx-corrupt', file: fileName, value: detail, zh: 'XLSX 文件已损坏，无法读取', en: 'the XLSX file is corrupt and cannot be read' }));
  }
  if (workbook.worksheets.length > IMPORT_LIMITS.sheets) return fail(limitIssue('sheets', workbook.worksheets.length, fileName));
  const sheets: RawSheet[] = [];
  const issues: Issue[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'veryHidden') continue;
    const rows: TableRow[] = [];
    let failed = false;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (failed) return;
      const width = row.cellCount;
      if (width > IMPORT_LIMITS.columns) {
        issues.push(limitIssue('columns', width, fileName, { section: worksheet.name, row: rowNumber }));
        failed = true;
        return;
      }
      const cells: string[] = [];
      for (let col = 1; col <= width; col++) {
        const text = cellValueText(row.getCell(col).value);
        if (text.length > IMPORT_LIMITS.cellChars) {
          issues.push(limitIssue('cell', text.length, fileName, { section: worksheet.name, row: rowNumber, field: `#${col}` }));
          failed = true;
          return;
        }
        const badText = unkeepableTextIssue(text, { file: fileName, section: worksheet.name, row: rowNumber, field: `#${col}` });
        if (badText) {
          issues.push(badText);
          failed = true;
          return;
        }
        cells.push(text);
      }
      rows.push({ row: rowNumber, cells });
    });
    if (failed) return { ok: false, issues };
    sheets.push(worksheet.state === 'hidden' ? { name: worksheet.name, rows, hidden: true } : { name: worksheet.name, rows });
  }
  return { ok: true, value: sheets, issues };
}
