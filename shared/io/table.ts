/**
 * From bytes to tables: sniff, size checks, decode or pre-flight, parse, then find each sheet's
 * header row (the first row where at least two cells are known headers, so title rows above it are
 * skipped) and drop blank rows. Row numbers are the ones the user sees in Excel or an editor.
 */
import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { parseCsv } from './csv';
import { fail, IMPORT_LIMITS, limitIssue } from './limits';
import { fieldForHeader } from './mapping';
import { decodeTableText, sniffKind } from './sniff';
import { readXlsxRows } from './xlsx';

export type TableRow = { row: number; cells: string[] };
export type TableSheet = { name: string; headerRow: number; headers: string[]; rows: TableRow[] };
export type ImportTable = { kind: 'csv' | 'xlsx'; encoding?: string; sheets: TableSheet[] };
/** Raw rows of one sheet before the header is found. */
export type RawSheet = { name: string; rows: TableRow[] };

const FORBIDDEN_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);
const HEADER_SEARCH_ROWS = 30;

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Finds the header row and returns the sheet without blank rows; undefined when no row in the
 * first 30 has two known headers.
 * @param isKnownHeader whether a header text names a known field
 */
export function detectHeader(raw: RawSheet, isKnownHeader: (header: string) => boolean): TableSheet | undefined {
  const candidates = raw.rows.filter((row) => !isBlank(row.cells)).slice(0, HEADER_SEARCH_ROWS);
  const header = candidates.find((row) => row.cells.filter((cell) => isKnownHeader(cell)).length >= 2);
  if (!header) return undefined;
  return toSheet(raw, header);
}

function toSheet(raw: RawSheet, header: TableRow): TableSheet {
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1]!.trim() === '') width--;
  const headers = header.cells.slice(0, width).map((cell) => cell.trim());
  const rows = raw.rows
    .filter((row) => row.row > header.row && !isBlank(row.cells))
    .map((row) => ({ row: row.row, cells: row.cells.map((cell) => cell.trim()) }));
  return { name: raw.name, headerRow: header.row, headers, rows };
}

/** Shape checks on a sheet: forbidden header names, header width, data rows. */
function sheetIssues(sheet: TableSheet, file: string, kind: 'csv' | 'xlsx'): Issue[] {
  const issues: Issue[] = [];
  const section = kind === 'xlsx' ? sheet.name : undefined;
  if (sheet.headers.length > IMPORT_LIMITS.headerNames) issues.push(limitIssue('header', sheet.headers.length, file, { section, row: sheet.headerRow }));
  for (const header of sheet.headers) {
    if (FORBIDDEN_HEADERS.has(header.trim().toLowerCase())) {
      issues.push(makeIssue({ code: 'forbidden-key', file, section, row: sheet.headerRow, field: header, zh: '不允许的列名（可能是原型污染攻击）', en: 'forbidden column name (possible prototype pollution)' }));
    }
  }
  if (sheet.rows.length > IMPORT_LIMITS.rows) issues.push(limitIssue('rows', sheet.rows.length, file, { section }));
  return issues;
}

/**
 * Turns raw sheets into tables. Sheets without a recognisable header are skipped with a warning
 * when another sheet has one; when none has, each keeps its first non-blank row as the header so
 * the user can map the columns by hand.
 */
export function buildTable(
  raws: readonly RawSheet[],
  file: string,
  kind: 'csv' | 'xlsx',
  isKnownHeader: (header: string) => boolean,
  encoding?: string,
): Parsed<ImportTable> {
  const issues: Issue[] = [];
  const found = raws.map((raw) => detectHeader(raw, isKnownHeader));
  const anyFound = found.some((sheet) => sheet !== undefined);
  const sheets: TableSheet[] = [];
  raws.forEach((raw, index) => {
    const detected = found[index];
    const section = kind === 'xlsx' ? raw.name : undefined;
    if (detected) {
      sheets.push(detected);
    } else if (anyFound) {
      issues.push(makeIssue({ severity: 'warning', code: 'sheet-skipped', file, section, zh: '未识别到表头，已跳过此工作表', en: 'no recognisable header: sheet skipped' }));
    } else {
      const first = raw.rows.find((row) => !isBlank(row.cells));
      if (first) {
        sheets.push(toSheet(raw, first));
        issues.push(makeIssue({ severity: 'warning', code: 'header-not-recognised', file, section, row: first.row, zh: '未能自动识别表头，已把第一行非空行当作表头，请手动对应列', en: 'header not recognised: the first non-blank row is used as the header; map the columns by hand' }));
      }
    }
  });
  if (sheets.length === 0) return fail(makeIssue({ code: 'no-data', file, zh: '文件中没有数据', en: 'the file holds no data' }));
  for (const sheet of sheets) for (const issue of sheetIssues(sheet, file, kind)) issues.push(issue);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const table: ImportTable = { kind, sheets };
  if (encoding !== undefined) table.encoding = encoding;
  return { ok: true, value: table, issues };
}

/** A warning when the extension says one thing and the content another (the content wins). */
function extensionMismatch(fileName: string, kind: 'csv' | 'xlsx'): Issue[] {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const claimed = ext === 'xlsx' || ext === 'xls' || ext === 'xlsm' ? 'xlsx' : ext === 'csv' || ext === 'txt' || ext === 'tsv' ? 'csv' : undefined;
  if (claimed === undefined || claimed === kind) return [];
  const real = kind === 'csv' ? 'CSV' : 'XLSX';
  return [makeIssue({ severity: 'warning', code: 'extension-mismatch', file: fileName, zh: `扩展名与内容不符：按内容识别为 ${real} 读取`, en: `the extension does not match the content: read as ${real}` })];
}

/**
 * Reads a CSV or XLSX file into raw sheets (no header detection).
 * @returns the kind, the encoding of a CSV, and the sheets
 */
export async function readRawSheets(
  bytes: Uint8Array,
  fileName: string,
): Promise<Parsed<{ kind: 'csv' | 'xlsx'; encoding?: string; sheets: RawSheet[] }>> {
  try {
    const kind = sniffKind(bytes, fileName);
    if (!kind.ok) return kind;
    if (kind.value === 'json') {
      return fail(makeIssue({ code: 'wrong-kind', file: fileName, zh: '这是 JSON 文件，请用“打开项目”导入项目文件', en: 'this is a JSON file; open it as a project file' }));
    }
    const mismatch = extensionMismatch(fileName, kind.value);
    if (kind.value === 'xlsx') {
      const sheets = await readXlsxRows(bytes, fileName);
      return sheets.ok ? { ok: true, value: { kind: 'xlsx', sheets: sheets.value }, issues: [...mismatch, ...sheets.issues] } : sheets;
    }
    const decoded = decodeTableText(bytes, fileName);
    if (decoded.text === undefined) return { ok: false, issues: decoded.issues };
    const { text, encoding } = decoded;
    const parsed = parseCsv(text, fileName);
    if (!parsed.ok) return parsed;
    const rows = parsed.value.map((record) => ({ row: record.line, cells: record.cells }));
    return { ok: true, value: { kind: 'csv', encoding, sheets: [{ name: fileName, rows }] }, issues: [...mismatch, ...decoded.issues, ...parsed.issues] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue({ code: 'read-failed', file: fileName, value: detail, zh: '无法读取文件', en: 'the file cannot be read' }));
  }
}

/**
 * Reads an asset list (CSV in UTF-8/GB18030, or XLSX) into tables with detected header rows.
 * Never throws; every problem is an issue naming the file (and sheet, row, column).
 * @param bytes the file's content
 * @param fileName the name the user knows it by
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<Parsed<ImportTable>> {
  const raw = await readRawSheets(bytes, fileName);
  if (!raw.ok) return raw;
  const built = buildTable(raw.value.sheets, fileName, raw.value.kind, (header) => fieldForHeader(header) !== undefined, raw.value.encoding);
  return built.ok ? { ...built, issues: [...raw.issues, ...built.issues] } : { ok: false, issues: [...raw.issues, ...built.issues] };
}
