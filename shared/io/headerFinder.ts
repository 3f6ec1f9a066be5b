/**
 * Finding the header of a sheet as hospitals and tools write it: a title row and notes above,
 * sometimes a two-row merged header (基本信息 / 使用信息 over the real names), a CMDB's field-type
 * and field-id rows below; and the rows that are not assets at the foot (合计, 制表人, notes)
 * or in between (blank separators, a header repeated at a page break). Every row left out is
 * listed with its reason and row number.
 */
import type { RawSheet, TableRow, TableSheet } from './table';

/** Rows of a sheet searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export type SkipReason = 'blank' | 'total' | 'signature' | 'note' | 'field-type' | 'field-id' | 'repeated-header' | 'out-of-scope';
export type SkippedRow = { row: number; reason: SkipReason };

/** A candidate header: the row data starts under, the row above it for a merged two-row header, the names. */
export type HeaderChoice = { row: number; upperRow?: number; headers: string[]; score: number };

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** Distinct fields the cells name. */
function score(cells: readonly string[], fieldOf: (header: string) => string | undefined): number {
  const fields = new Set<string>();
  for (const cell of cells) {
    const field = fieldOf(cell);
    if (field !== undefined) fields.add(field);
  }
  return fields.size;
}

/** The names of a two-row header: the lower row's name where it has one, else the merged name above. */
export function mergeHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    const below = (lower[i] ?? '').trim();
    out.push(below !== '' ? below : (upper[i] ?? '').trim());
  }
  return out;
}

function candidatesAt(rows: readonly TableRow[], index: number, fieldOf: (header: string) => string | undefined): HeaderChoice[] {
  const row = rows[index]!;
  const single: HeaderChoice = { row: row.row, headers: row.cells.map((cell) => cell.trim()), score: score(row.cells, fieldOf) };
  const above = rows[index - 1];
  if (!above || above.row !== row.row - 1 || isBlank(above.cells)) return [single];
  const headers = mergeHeaderRows(above.cells, row.cells);
  const merged: HeaderChoice = { row: row.row, upperRow: above.row, headers, score: score(headers, fieldOf) };
  return merged.score > single.score && merged.score > score(above.cells, fieldOf) ? [merged] : [single];
}

/**
 * Scores each of the first non-blank rows (and each pair of adjacent rows) by the number of
 * distinct known fields it names and takes the best; ties go to the higher row, so a CMDB's
 * field-id row under its names is not taken for the header.
 * @param fieldOf the field a header names, if any
 * @returns the best header with at least two known fields, or undefined
 */
export function findHeader(raw: RawSheet, fieldOf: (header: string) => string | undefined): HeaderChoice | undefined {
  const rows: TableRow[] = [];
  for (const row of raw.rows) {
    if (isBlank(row.cells)) continue;
    rows.push(row);
    if (rows.length >= HEADER_SEARCH_ROWS) break;
  }
  let best: HeaderChoice | undefined;
  for (let i = 0; i < rows.length; i++) {
    for (const candidate of candidatesAt(rows, i, fieldOf)) {
      if (candidate.score >= 2 && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

/** The header at a row the user chose (merged with the row above when that names more fields). */
export function headerAt(raw: RawSheet, rowNumber: number, fieldOf: (header: string) => string | undefined): HeaderChoice | undefined {
  const index = raw.rows.findIndex((row) => row.row === rowNumber);
  if (index < 0 || isBlank(raw.rows[index]!.cells)) return undefined;
  return candidatesAt(raw.rows, index, fieldOf)[0];
}

const TOTAL = /^(合\s*计|小\s*计|总\s*计|总合计|本页合计|本页小计|本表合计|累\s*计|共\s*计|total|sub-?total|grand total)\s*[:：]?\s*([(（][^)）]*[)）])?\s*$/i;
const SIGNATURE = /^(制表人|制表|制单人|审核人|审核|复核人|复核|审批人|填表人|填报人|填报单位|填表单位|负责人|经办人|编制人|编制单位|编制|打印日期|打印时间|制表日期|填表日期|日期|盘点人|监盘人|单位负责人|财务负责人|部门负责人|保管人|签字|签章|盖章|单位盖章)\s*[:：]|^(制表人|审核人|复核人|填表人|填报人|负责人|经办人|盘点人|监盘人|保管人)$/;
const NOTE = /^(注|注意|说明|备注|填表说明|附注|note|notes)\s*[:：]|^注\s*\d/i;
const FIELD_TYPES = new Set([
  '字符串', '短字符', '长字符', '整数', '数字', '浮点', '浮点数', '枚举', '枚举多选', '日期', '时间', '时区', '用户', '布尔', '列表', '组织', '字符', '文本', '多行文本', '单行文本', '必填', '选填', '是否必填',
  'singlechar', 'longchar', 'int', 'integer', 'float', 'enum', 'enummulti', 'date', 'time', 'timezone', 'bool', 'boolean', 'list', 'objuser', 'organization', 'string', 'text', 'number', 'required', 'optional',
]);
const FIELD_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

function share(cells: readonly string[], test: (cell: string) => boolean): number {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/**
 * Why a row under the header is not an asset, if it is not.
 * @param afterHeader how many rows below the header it is (0 = the first)
 */
export function noiseReason(cells: readonly string[], headers: readonly string[], afterHeader: number): SkipReason | undefined {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return 'blank';
  if (afterHeader < 3 && filled.length >= 2) {
    if (share(filled, (cell) => FIELD_TYPES.has(cell.toLowerCase())) >= 0.6) return 'field-type';
    if (share(filled, (cell) => FIELD_ID.test(cell)) >= 0.8) return 'field-id';
  }
  if (filled.slice(0, 3).some((cell) => TOTAL.test(cell.normalize('NFKC')))) return 'total';
  const few = filled.length <= Math.max(4, Math.ceil(headers.length / 2));
  if (few && filled.some((cell) => SIGNATURE.test(cell.normalize('NFKC')))) return 'signature';
  if (filled.length <= 2 && NOTE.test(filled[0]!.normalize('NFKC'))) return 'note';
  if (filled.length >= 2) {
    let same = 0;
    cells.forEach((cell, i) => {
      if (cell.trim() !== '' && cell.trim() === (headers[i] ?? '')) same++;
    });
    if (same >= Math.max(2, filled.length * 0.8)) return 'repeated-header';
  }
  return undefined;
}

/**
 * Builds the sheet under a header: data rows trimmed, noise rows left out and listed.
 * @param gapsAreBlank true for spreadsheets, whose reader leaves out empty rows: a gap in the
 *   row numbers between data rows is a blank separator
 */
export function sheetUnder(raw: RawSheet, header: HeaderChoice, gapsAreBlank: boolean): TableSheet {
  let width = header.headers.length;
  while (width > 0 && header.headers[width - 1]!.trim() === '') width--;
  const headers = header.headers.slice(0, width).map((cell) => cell.trim());
  const rows: TableRow[] = [];
  const skipped: SkippedRow[] = [];
  const preamble: TableRow[] = [];
  let pendingBlank: number[] = [];
  let after = 0;
  let previous = header.row;
  for (const row of raw.rows) {
    if (row.row < header.row) {
      if (preamble.length < HEADER_SEARCH_ROWS && !isBlank(row.cells)) preamble.push(row);
      continue;
    }
    if (row.row === header.row) continue;
    if (gapsAreBlank) for (let gap = previous + 1; gap < row.row; gap++) pendingBlank.push(gap);
    previous = row.row;
    const cells = row.cells.map((cell) => cell.trim());
    const reason = noiseReason(cells, headers, after);
    if (reason === 'blank') {
      pendingBlank.push(row.row);
      continue;
    }
    // Blank rows count as separators only when data follows them (not trailing blank lines).
    if (rows.length > 0) for (const blank of pendingBlank) skipped.push({ row: blank, reason: 'blank' });
    pendingBlank = [];
    after++;
    if (reason) skipped.push({ row: row.row, reason });
    else rows.push({ row: row.row, cells });
  }
  const sheet: TableSheet = { name: raw.name, headerRow: header.row, headers, rows, skipped, preamble };
  if (header.upperRow !== undefined) sheet.upperHeaderRow = header.upperRow;
  if (raw.hidden) sheet.hidden = true;
  return sheet;
}
