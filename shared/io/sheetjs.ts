/**
 * The formats ExcelJS does not read: old Excel workbooks (`.xls`, BIFF8), OpenDocument
 * spreadsheets (`.ods`) and the HTML tables that OA systems save with an `.xls` name. They are
 * read with SheetJS Community Edition 0.20.3 (the `@e965/xlsx` republication of the upstream
 * release, Apache-2.0; the `xlsx` package on npm is stuck at 0.18.5 with known advisories),
 * loaded lazily so its chunk is fetched only for these files. Cells become text as in xlsx.ts:
 * dates as ISO dates, numbers in full, formulas as their cached result.
 */
import type * as XlsxNamespace from '@e965/xlsx';

import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { fail, IMPORT_LIMITS, limitIssue } from './limits';
import type { RawSheet, TableRow } from './table';

type SheetJs = typeof XlsxNamespace;

async function loadSheetJs(): Promise<SheetJs> {
  const mod = (await import('@e965/xlsx')) as SheetJs & { default?: SheetJs };
  return mod.default && typeof mod.default.read === 'function' ? mod.default : mod;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // SheetJS builds dates in local time; the calendar day is what the cell shows.
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value : '';
}

export type SheetJsKind = 'xls' | 'ods' | 'html';

const FORMAT_NAME: Record<SheetJsKind, string> = { xls: 'Excel 97-2003 (.xls)', ods: 'OpenDocument (.ods)', html: 'HTML' };

/**
 * Reads every visible sheet (hidden sheets are marked, very hidden ones left out).
 * @param input the bytes (xls, ods) or the decoded text (html)
 */
export async function readSheetJsRows(input: Uint8Array | string, fileName: string, kind: SheetJsKind): Promise<Parsed<RawSheet[]>> {
  const XLSX = await loadSheetJs();
  let workbook: ReturnType<SheetJs['read']>;
  try {
    workbook = typeof input === 'string' ? XLSX.read(input, { type: 'string', cellDates: true, dense: true }) : XLSX.read(input, { type: 'array', cellDates: true, dense: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      makeIssue({
        code: 'workbook-unreadable',
        file: fileName,
        value: detail,
        zh: `无法读取这个 ${FORMAT_NAME[kind]} 文件，请在 Excel 或 WPS 中打开并“另存为” Excel 工作簿（.xlsx）后再导入`,
        en: `this ${FORMAT_NAME[kind]} file cannot be read; open it in Excel or WPS, "Save As" Excel Workbook (.xlsx) and import that`,
      }),
    );
  }
  if (workbook.SheetNames.length > IMPORT_LIMITS.sheets) return fail(limitIssue('sheets', workbook.SheetNames.length, fileName));
  const sheets: RawSheet[] = [];
  const issues: Issue[] = [];
  workbook.SheetNames.forEach((name, index) => {
    const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0;
    if (hidden === 2) return;
    const sheet = workbook.Sheets[name];
    if (!sheet) return;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, blankrows: true, defval: '' });
    const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : undefined;
    const first = range ? range.s.r + 1 : 1;
    const rows: TableRow[] = [];
    for (let i = 0; i < grid.length; i++) {
      const cells = (grid[i] ?? []).map(cellText);
      if (cells.length > IMPORT_LIMITS.columns) {
        issues.push(limitIssue('columns', cells.length, fileName, { section: name, row: first + i }));
        return;
      }
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: first + i, cells });
    }
    const raw: RawSheet = { name: kind === 'html' && workbook.SheetNames.length === 1 ? fileName : name, rows };
    if (hidden === 1) raw.hidden = true;
    sheets.push(raw);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: sheets, issues: [] };
}

/** True when decoded text is an HTML page holding a table (an OA "导出Excel" saved as `.xls`). */
export function looksLikeHtmlTable(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return (head.startsWith('<') && /<table[\s>]/i.test(text.slice(0, 256 * 1024))) || head.startsWith('<html') || head.startsWith('<!doctype html');
}
