/** Export of the (filtered) procurement list to CSV and XLSX through shared/io and the platform save helper. */
import { toXlsx } from '../../../shared/io';
import type { ProcurementItem, ProcurementList } from '../../../shared/procurement';
import { procurementTable, tenderPackages, tenderPackageTable } from '../../../shared/procurement';
import { procurementCsv } from '../../../shared/procurement/table';
import { saveFile } from '../../platform';
import { localIsoDate } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportOutcome = 'saved' | 'cancelled';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The file contents for the items shown: Chinese or English headers, one row per item, a totals
 * row (bold in XLSX), values only (no formulas), formula-looking text neutralised by shared/io;
 * the XLSX has the same items as tender packages on a second sheet.
 */
export async function procurementFile(list: ProcurementList, items: readonly ProcurementItem[], format: ExportFormat, lang: Lang, sheet: string, today: string = localIsoDate()): Promise<string | Uint8Array> {
  // toCsv writes the BOM itself, so Excel on Windows opens the UTF-8 file with its Chinese headers.
  if (format === 'csv') return procurementCsv(list, lang, items);
  const table = procurementTable(list, lang, items);
  const rows = table.rows.slice(0, -1);
  const totals = table.rows[table.rows.length - 1];
  // The same items as tenders (采购包) on a second sheet, for the procurement office.
  return toXlsx([{ name: sheet, headers: table.headers, rows, formats: table.formats, ...(totals ? { totals } : {}) }, tenderPackageTable(tenderPackages({ items }), lang, today)]);
}

/**
 * Writes the items shown (filters applied) and asks where to save them.
 * @param list the procurement list (its rules are named in the rules column)
 * @param items the items to export, in display order
 * @param format csv or xlsx
 * @param labels file base name and sheet name in the UI language
 */
export async function exportProcurement(
  list: ProcurementList,
  items: readonly ProcurementItem[],
  format: ExportFormat,
  lang: Lang,
  labels: { fileName: string; sheet: string },
): Promise<ExportOutcome> {
  const data = await procurementFile(list, items, format, lang, labels.sheet);
  const mime = format === 'csv' ? 'text/csv;charset=utf-8' : XLSX_MIME;
  return (await saveFile(`${labels.fileName}.${format}`, data, mime)) ? 'saved' : 'cancelled';
}
