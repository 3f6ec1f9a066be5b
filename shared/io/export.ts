/**
 * Formula-injection-safe export (QUALITY.md R-X1, R-X2, R-X5; OWASP CSV Injection, CWE-1236).
 * String cells starting with = + - @ TAB CR LF NUL or full-width ＝＋－＠ get a leading `'`; numbers
 * stay numbers. The escaping is reversible (`unneutraliseCell(neutraliseCell(s)) === s`): a string
 * that already starts with quotes before a trigger gets one more quote.
 */
import type { Asset, Lang } from '../model';
import { DISPOSITION_NAMES, SCALE_NAMES, VENDOR_ORIGIN_NAMES } from '../model';
import { FIELD_HEADERS, IMPORT_FIELDS } from './mapping';
import { CATEGORY_LABELS, TIER_LABELS } from './normalise';
import { loadExcel } from './xlsx';

export type ExportCell = string | number | null | undefined;
/**
 * How a workbook column shows its numbers (the value stays the number written): `yuan` and `wan`
 * (万元) with thousands separators and two decimals, as a finance office writes amounts; `count`
 * with thousands separators; `share` a fraction as a percentage to 0.1%; `decimal1` one decimal.
 * CSV always carries the plain number.
 */
export type CellFormat = 'yuan' | 'wan' | 'count' | 'share' | 'decimal1';
export type ExportSheet = {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly ExportCell[])[];
  totals?: readonly ExportCell[];
  /** Per column, how its numbers are shown in XLSX (undefined: as written). */
  formats?: readonly (CellFormat | undefined)[];
  /** Per data row, how its numbers are shown (label and value sheets, where each row is another quantity); wins over `formats`. */
  rowFormats?: readonly (CellFormat | undefined)[];
  /** Columns kept in view beside the frozen header row while scrolling right (default 0). */
  frozenColumns?: number;
};

/** Excel number formats of the `CellFormat`s. */
export const NUMBER_FORMATS: Record<CellFormat, string> = { yuan: '#,##0.00', wan: '#,##0.00', count: '#,##0', share: '0.0%', decimal1: '#,##0.0' };

const SHOWN: Record<CellFormat, Intl.NumberFormat> = {
  yuan: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  wan: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  count: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  share: new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  decimal1: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A cell as Excel shows it under its column's format (what the column must be wide enough for). */
export function shownText(value: ExportCell, format: CellFormat | undefined): string {
  const safe = neutraliseCell(value);
  return format && typeof safe === 'number' ? SHOWN[format].format(safe) : String(safe);
}

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '＝', '＋', '－', '＠']);

function needsQuote(text: string): boolean {
  let k = 0;
  while (text[k] === "'") k++;
  const ch = text[k];
  return ch !== undefined && TRIGGERS.has(ch);
}

/**
 * Neutralises one cell for CSV/XLSX export.
 * @param value a cell value; numbers are returned unchanged (finite) or as '' (NaN/Infinity)
 * @returns the value safe to write
 */
export function neutraliseCell(value: ExportCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return needsQuote(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell` for strings: strips the one quote it added. */
export function unneutraliseCell(text: string): string {
  return text.startsWith("'") && needsQuote(text) ? text.slice(1) : text;
}

function csvField(value: ExportCell): string {
  const safe = neutraliseCell(value);
  if (typeof safe === 'number') return String(safe);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV text: UTF-8 BOM (so Excel shows Chinese correctly), RFC 4180 quoting, CRLF line ends,
 * formula-looking strings neutralised, numbers written as numbers.
 * @param headers the header row
 * @param rows the data rows
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const lines = [headers.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const SHEET_NAME_BAD = /[[\]:*?/\\]/g;

/** Excel sheet names: no []:*?/\, at most 31 characters, unique, not empty. */
export function safeSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const base = (name.replace(SHEET_NAME_BAD, '_').replace(/^'+|'+$/g, '').trim() || `Sheet${index + 1}`).slice(0, 31);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Display width of a text: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * An XLSX workbook: strings as typed string cells (never formulas), neutralised like CSV; bold
 * header, frozen first row with filter buttons over the data rows, column widths from the content
 * as shown, number formats per column (`formats`) or row (`rowFormats`); an optional bold totals row (outside the filter,
 * so filtering never hides the total).
 * @param sheets the sheets to write
 * @returns the file's bytes
 */
export async function toXlsx(sheets: readonly ExportSheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信创迁移规划';
  const names = safeSheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 1, xSplit: sheet.frozenColumns ?? 0 }] });
    const all = [sheet.headers, ...sheet.rows, ...(sheet.totals ? [sheet.totals] : [])];
    for (const cells of all) worksheet.addRow(cells.map((cell) => neutraliseCell(cell)));
    worksheet.getRow(1).font = { bold: true };
    if (sheet.totals) worksheet.getRow(all.length).font = { bold: true };
    if (sheet.rows.length > 0 && sheet.headers.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.headers.length } };
    const formats = sheet.formats ?? [];
    const rowFormats = sheet.rowFormats ?? [];
    const widths: number[] = [];
    all.slice(0, 2000).forEach((cells, r) => {
      cells.forEach((cell, col) => {
        const width = displayWidth(shownText(cell, (r > 0 ? rowFormats[r - 1] : undefined) ?? formats[col]));
        widths[col] = Math.max(widths[col] ?? 0, width);
      });
    });
    widths.forEach((width, col) => {
      // Room for the filter button beside the header.
      const column = worksheet.getColumn(col + 1);
      column.width = Math.min(60, Math.max(8, width + 3));
      const format = formats[col];
      if (format) column.numFmt = NUMBER_FORMATS[format];
    });
    // After the columns' formats: a row's own format wins.
    rowFormats.forEach((format, r) => {
      if (format) worksheet.getRow(r + 2).numFmt = NUMBER_FORMATS[format];
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

// The asset list as CSV or XLSX, with headers and labels that the importer maps back automatically,
// so export → import gives the same assets.

/** Quantities counted and unit costs in yuan; the importer reads the cells' values, so the round trip is unchanged. */
const ASSET_EXPORT_FORMATS = IMPORT_FIELDS.map((field): CellFormat | undefined => (field === 'quantity' ? 'count' : field === 'unitCost' || field === 'purchaseCost' ? 'yuan' : undefined));

/** Header row of an asset export. */
export const assetExportHeaders = (lang: Lang): string[] => IMPORT_FIELDS.map((field) => FIELD_HEADERS[field][lang]);

function cell(asset: Asset, field: (typeof IMPORT_FIELDS)[number], lang: Lang): ExportCell {
  const zh = lang === 'zh';
  switch (field) {
    case 'category':
      return CATEGORY_LABELS[asset.category][lang];
    case 'disposition':
      return asset.disposition && (zh ? DISPOSITION_NAMES[asset.disposition].zh : asset.disposition);
    case 'tier':
      return asset.tier && (zh ? TIER_LABELS[asset.tier] : asset.tier);
    case 'scale':
      return asset.scale && (zh ? SCALE_NAMES[asset.scale].zh : asset.scale);
    case 'vendorOrigin':
      return asset.vendorOrigin && (zh ? VENDOR_ORIGIN_NAMES[asset.vendorOrigin].zh : asset.vendorOrigin);
    default:
      return asset[field];
  }
}

/** Rows of an asset export, in `assetExportHeaders` order. */
export const assetExportRows = (assets: readonly Asset[], lang: Lang): ExportCell[][] =>
  assets.map((asset) => IMPORT_FIELDS.map((field) => cell(asset, field, lang)));

/**
 * @param assets the assets to export
 * @param lang header and label language
 * @returns CSV text (UTF-8 with BOM, formula-safe)
 */
export function exportAssetsCsv(assets: readonly Asset[], lang: Lang = 'zh'): string {
  return toCsv(assetExportHeaders(lang), assetExportRows(assets, lang));
}

/**
 * @param assets the assets to export
 * @param lang header, label and sheet-name language
 * @returns XLSX bytes (typed string cells, no formulas, bold frozen header)
 */
export function exportAssetsXlsx(assets: readonly Asset[], lang: Lang = 'zh'): Promise<Uint8Array> {
  return toXlsx([{ name: lang === 'zh' ? '资产清单' : 'Assets', headers: assetExportHeaders(lang), rows: assetExportRows(assets, lang), formats: ASSET_EXPORT_FORMATS }]);
}
