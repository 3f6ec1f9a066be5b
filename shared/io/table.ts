/**
 * From bytes to tables: sniff, size checks, decode or pre-flight, parse, then find each sheet's
 * header (headerFinder.ts: title rows, merged two-row headers and CMDB type/id rows handled) and
 * leave out the rows that are not assets, listing them. Row numbers are the ones the user sees in
 * Excel or an editor. Hidden sheets are left out unless the user includes them.
 */
import { makeIssue } from '../model';
import type { Issue, Lang, Parsed } from '../model';
import { parseCsv } from './csv';
import type { SkippedRow } from './headerFinder';
import { findHeader, headerAt, sheetUnder } from './headerFinder';
import { fail, IMPORT_LIMITS, limitIssue } from './limits';
import { fieldForHeader } from './mapping';
import { detectProfile, profileFieldOf } from './profiles';
import type { ImportProfile } from './profiles';
import { looksLikeHtmlTable, readSheetJsRows } from './sheetjs';
import { decodeTableText, sniffKind } from './sniff';
import { readXlsxRows } from './xlsx';

export type TableRow = { row: number; cells: string[] };
export type TableSheet = {
  name: string;
  headerRow: number;
  /** The row above the header when the header is two merged rows (基本信息 over 资产编号…). */
  upperHeaderRow?: number;
  headers: string[];
  rows: TableRow[];
  /** Rows under the header that are not assets (totals, signatures, blank separators…). */
  skipped?: SkippedRow[];
  /** Non-blank rows above the header (titles, notes), for choosing another header row. */
  preamble?: TableRow[];
  hidden?: boolean;
};
export type TableKind = 'csv' | 'xlsx' | 'xls' | 'ods' | 'html';
export type SheetSkip = { name: string; reason: 'hidden' | 'no-header' | 'user'; hidden?: boolean };
export type ImportTable = {
  kind: TableKind;
  encoding?: string;
  sheets: TableSheet[];
  /** Sheets left out, and why (the wizard offers to include them). */
  skippedSheets?: SheetSkip[];
  /** The tool or ledger layout the headers were recognised as. */
  profile?: { id: string; name: { zh: string; en: string } };
};
/** Raw rows of one sheet before the header is found. */
export type RawSheet = { name: string; rows: TableRow[]; hidden?: boolean };

/** The user's choices when reading: header row per sheet, sheets included or left out, a profile. */
export type ReadOptions = {
  /** Header row per sheet name. */
  headerRows?: Record<string, number>;
  /** Header row for every sheet without its own (the command line's `--header-row`). */
  headerRow?: number;
  /** Sheets included (true) or left out (false) by name; others follow the defaults. */
  sheets?: Record<string, boolean>;
  /** Only this sheet (the command line's `--sheet`), hidden or not. */
  only?: string;
  /** A profile to use instead of detecting one. */
  profile?: ImportProfile;
  /** The user's saved profiles, tried before the built-in ones. */
  profiles?: readonly ImportProfile[];
};

const FORBIDDEN_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);

/** Kinds whose sheets are named in messages (a CSV or a single HTML table is the file itself). */
export const isWorkbookKind = (kind: TableKind): boolean => kind === 'xlsx' || kind === 'xls' || kind === 'ods';

/** Shape checks on a sheet: forbidden header names, header width, data rows. */
function sheetIssues(sheet: TableSheet, file: string, kind: TableKind): Issue[] {
  const issues: Issue[] = [];
  const section = isWorkbookKind(kind) ? sheet.name : undefined;
  if (sheet.headers.length > IMPORT_LIMITS.headerNames) issues.push(limitIssue('header', sheet.headers.length, file, { section, row: sheet.headerRow }));
  for (const header of sheet.headers) {
    if (FORBIDDEN_HEADERS.has(header.trim().toLowerCase())) {
      issues.push(makeIssue({ code: 'forbidden-key', file, section, row: sheet.headerRow, field: header, zh: '不允许的列名（可能是原型污染攻击）', en: 'forbidden column name (possible prototype pollution)' }));
    }
  }
  if (sheet.rows.length > IMPORT_LIMITS.rows) issues.push(limitIssue('rows', sheet.rows.length, file, { section }));
  return issues;
}

const SKIP_TEXT: Record<SkippedRow['reason'], { zh: string; en: string }> = {
  blank: { zh: '空白分隔行', en: 'blank separator rows' },
  total: { zh: '合计/小计行', en: 'total rows' },
  signature: { zh: '制表人/审核人/日期等签字行', en: 'signature rows (prepared by, checked by, date)' },
  note: { zh: '注释/说明行', en: 'note rows' },
  'field-type': { zh: '字段类型行（CMDB 导出）', en: 'field-type rows (CMDB export)' },
  'field-id': { zh: '字段 ID 行（CMDB 导出）', en: 'field-id rows (CMDB export)' },
  'repeated-header': { zh: '重复的表头行', en: 'repeated header rows' },
  'out-of-scope': { zh: '不在规划范围内的设备（UPS、空调等）', en: 'out-of-scope equipment (UPS, air conditioning…)' },
};

/** Row numbers for a message: the first 20, then how many more. */
export function rowList(rows: readonly number[], lang: Lang): string {
  const shown = rows.slice(0, 20).join(lang === 'zh' ? '、' : ', ');
  const more = rows.length - 20;
  if (more <= 0) return shown;
  return lang === 'zh' ? `${shown} 等，另 ${more} 行` : `${shown} and ${more} more`;
}

/** One warning per reason listing the rows that were left out. */
export function skippedIssues(skipped: readonly SkippedRow[], file: string, section: string | undefined): Issue[] {
  const byReason = new Map<SkippedRow['reason'], number[]>();
  for (const item of skipped) {
    const rows = byReason.get(item.reason) ?? [];
    rows.push(item.row);
    byReason.set(item.reason, rows);
  }
  return [...byReason].map(([reason, rows]) =>
    makeIssue({
      severity: 'warning',
      code: `skipped-${reason}`,
      file,
      section,
      row: rows[0],
      zh: `已跳过 ${rows.length} 行${SKIP_TEXT[reason].zh}（第 ${rowList(rows, 'zh')} 行）`,
      en: `${rows.length} ${SKIP_TEXT[reason].en} left out (row ${rowList(rows, 'en')})`,
    }),
  );
}

/**
 * Turns raw sheets into tables. Hidden sheets and sheets without a recognisable header are left
 * out with a warning when another sheet has one (the options can include or exclude any sheet
 * and set its header row); when none has, each keeps its first non-blank row as the header so
 * the user can map the columns by hand.
 */
export function buildTable(
  raws: readonly RawSheet[],
  file: string,
  kind: TableKind,
  isKnownHeader: (header: string) => boolean,
  encoding?: string,
  options: ReadOptions = {},
): Parsed<ImportTable> {
  const issues: Issue[] = [];
  const profile = options.profile ?? detectProfile(raws, options.profiles);
  const generic = (header: string): string | undefined => (isKnownHeader(header) ? (fieldForHeader(header) ?? header) : undefined);
  const fieldOf = profile ? (header: string) => profileFieldOf(profile, header) ?? generic(header) : generic;
  const gaps = isWorkbookKind(kind);
  if (options.only !== undefined && !raws.some((raw) => raw.name === options.only)) {
    return fail(makeIssue({ code: 'sheet-not-found', file, value: options.only, zh: `没有名为“${options.only}”的工作表（有：${raws.map((raw) => raw.name).join('、')}）`, en: `no sheet named “${options.only}” (sheets: ${raws.map((raw) => raw.name).join(', ')})` }));
  }
  const found = raws.map((raw) => {
    const chosen = options.headerRows?.[raw.name] ?? options.headerRow;
    const header = chosen !== undefined ? headerAt(raw, chosen, fieldOf) : findHeader(raw, fieldOf);
    if (chosen !== undefined && !header && (options.only === undefined || options.only === raw.name)) {
      const section = isWorkbookKind(kind) ? raw.name : undefined;
      issues.push(makeIssue({ code: 'header-row-invalid', file, section, row: chosen, zh: `第 ${chosen} 行为空或不存在，不能作为表头`, en: `row ${chosen} is empty or missing and cannot be the header` }));
    }
    return header ? sheetUnder(raw, header, gaps) : undefined;
  });
  const wanted = (raw: RawSheet, index: number): boolean => (options.only !== undefined ? raw.name === options.only : (options.sheets?.[raw.name] ?? (!raw.hidden && found[index] !== undefined)));
  const anyFound = found.some((sheet, index) => sheet !== undefined && wanted(raws[index]!, index));
  const sheets: TableSheet[] = [];
  const skippedSheets: SheetSkip[] = [];
  raws.forEach((raw, index) => {
    const detected = found[index];
    const section = isWorkbookKind(kind) ? raw.name : undefined;
    const include = options.only !== undefined ? raw.name === options.only : options.sheets?.[raw.name];
    if (include === false) {
      skippedSheets.push({ name: raw.name, reason: 'user', hidden: raw.hidden });
    } else if (raw.hidden && include !== true) {
      skippedSheets.push({ name: raw.name, reason: 'hidden', hidden: true });
      issues.push(makeIssue({ severity: 'warning', code: 'sheet-hidden', file, section, zh: '隐藏的工作表，已跳过（可在向导中选择导入）', en: 'hidden sheet: left out (it can be included in the wizard)' }));
    } else if (detected) {
      sheets.push(detected);
      issues.push(...skippedIssues(detected.skipped ?? [], file, section));
    } else if (anyFound) {
      skippedSheets.push({ name: raw.name, reason: 'no-header', hidden: raw.hidden });
      issues.push(makeIssue({ severity: 'warning', code: 'sheet-skipped', file, section, zh: '未识别到表头，已跳过此工作表', en: 'no recognisable header: sheet skipped' }));
    } else {
      const first = raw.rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
      if (first) {
        const sheet = sheetUnder(raw, { row: first.row, headers: first.cells, score: 0 }, gaps);
        sheets.push(sheet);
        issues.push(makeIssue({ severity: 'warning', code: 'header-not-recognised', file, section, row: first.row, zh: '未能自动识别表头，已把第一行非空行当作表头，请手动对应列', en: 'header not recognised: the first non-blank row is used as the header; map the columns by hand' }));
      }
    }
  });
  if (sheets.length === 0) return fail(makeIssue({ code: 'no-data', file, zh: '文件中没有数据', en: 'the file holds no data' }));
  for (const sheet of sheets) for (const issue of sheetIssues(sheet, file, kind)) issues.push(issue);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const table: ImportTable = { kind, sheets };
  if (skippedSheets.length > 0) table.skippedSheets = skippedSheets;
  if (profile) table.profile = { id: profile.id, name: profile.name };
  if (encoding !== undefined) table.encoding = encoding;
  return { ok: true, value: table, issues };
}

/** A warning when the extension says one thing and the content another (the content wins). */
function extensionMismatch(fileName: string, kind: TableKind): Issue[] {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const claimed = ext === 'xlsx' || ext === 'xlsm' ? 'xlsx' : ext === 'xls' ? 'xls' : ext === 'ods' ? 'ods' : ext === 'csv' || ext === 'txt' || ext === 'tsv' ? 'csv' : undefined;
  if (claimed === undefined || claimed === kind) return [];
  // An OA system's "导出Excel" is often an HTML table named .xls: read as a table, say so.
  if (kind === 'html' && claimed === 'xls') {
    return [makeIssue({ severity: 'warning', code: 'html-as-xls', file: fileName, zh: '这个 .xls 文件实际是网页表格（HTML，常见于 OA 系统“导出Excel”），已按表格读取', en: 'this .xls file is really an HTML table (as OA systems export it): read as a table' })];
  }
  const real = { csv: 'CSV', xlsx: 'XLSX', xls: 'XLS', ods: 'ODS', html: 'HTML' }[kind];
  return [makeIssue({ severity: 'warning', code: 'extension-mismatch', file: fileName, zh: `扩展名与内容不符：按内容识别为 ${real} 读取`, en: `the extension does not match the content: read as ${real}` })];
}

/**
 * Reads a CSV, XLSX, XLS, ODS or HTML-table file into raw sheets (no header detection).
 * @returns the kind, the encoding of a text file, and the sheets
 */
export async function readRawSheets(bytes: Uint8Array, fileName: string): Promise<Parsed<{ kind: TableKind; encoding?: string; sheets: RawSheet[] }>> {
  try {
    const kind = sniffKind(bytes, fileName);
    if (!kind.ok) return kind;
    if (kind.value === 'json') {
      return fail(makeIssue({ code: 'wrong-kind', file: fileName, zh: '这是 JSON 文件，请用“打开项目”导入项目文件', en: 'this is a JSON file; open it as a project file' }));
    }
    if (kind.value === 'xlsx') {
      const sheets = await readXlsxRows(bytes, fileName);
      return sheets.ok ? { ok: true, value: { kind: 'xlsx', sheets: sheets.value }, issues: [...extensionMismatch(fileName, 'xlsx'), ...sheets.issues] } : sheets;
    }
    if (kind.value === 'xls' || kind.value === 'ods') {
      const sheets = await readSheetJsRows(bytes, fileName, kind.value);
      return sheets.ok ? { ok: true, value: { kind: kind.value, sheets: sheets.value }, issues: [...extensionMismatch(fileName, kind.value), ...sheets.issues] } : sheets;
    }
    const decoded = decodeTableText(bytes, fileName);
    if (decoded.text === undefined) return { ok: false, issues: decoded.issues };
    const { text, encoding } = decoded;
    if (looksLikeHtmlTable(text)) {
      const sheets = await readSheetJsRows(text, fileName, 'html');
      return sheets.ok ? { ok: true, value: { kind: 'html', encoding, sheets: sheets.value }, issues: [...extensionMismatch(fileName, 'html'), ...decoded.issues, ...sheets.issues] } : sheets;
    }
    const parsed = parseCsv(text, fileName);
    if (!parsed.ok) return parsed;
    const rows = parsed.value.map((record) => ({ row: record.line, cells: record.cells }));
    return { ok: true, value: { kind: 'csv', encoding, sheets: [{ name: fileName, rows }] }, issues: [...extensionMismatch(fileName, 'csv'), ...decoded.issues, ...parsed.issues] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue({ code: 'read-failed', file: fileName, value: detail, zh: '无法读取文件', en: 'the file cannot be read' }));
  }
}

/**
 * Reads an asset list (CSV in UTF-8/GB18030/UTF-16, XLSX, XLS, ODS, HTML table) into tables with
 * detected header rows. Never throws; every problem is an issue naming the file (and sheet, row, column).
 * @param bytes the file's content
 * @param fileName the name the user knows it by
 * @param options header rows, sheets and profile chosen by the user
 */
export async function readImportFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Parsed<ImportTable>> {
  const raw = await readRawSheets(bytes, fileName);
  if (!raw.ok) return raw;
  const built = buildTable(raw.value.sheets, fileName, raw.value.kind, (header) => fieldForHeader(header) !== undefined, raw.value.encoding, options);
  return built.ok ? { ...built, issues: [...raw.issues, ...built.issues] } : { ok: false, issues: [...raw.issues, ...built.issues] };
}
