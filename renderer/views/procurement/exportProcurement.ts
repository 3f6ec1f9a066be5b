/** Export of the (filtered) procurement list to CSV and XLSX through shared/io and the platform save helper. */
import type { ProcurementItem, ProcurementList } from '../../../shared/procurement';
import { procurementWorkbook } from '../../../shared/procurement';
import { procurementCsv } from '../../../shared/procurement/table';
import { saveFile } from '../../platform';
import { localIsoDate } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportOutcome = 'saved' | 'cancelled';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The file contents for the items shown: Chinese or English headers, one row per item, a totals
 * row, formula-looking text neutralised by shared/io; the XLSX is `procurementWorkbook`, the same
 * as `xcplan procure --xlsx` writes (the tender packages on a second sheet).
 */
export async function procurementFile(list: ProcurementList, items: readonly ProcurementItem[], format: ExportFormat, lang: Lang, sheet: string, today: string = localIsoDate()): Promise<string | Uint8Array> {
  // toCsv writes the BOM itself, so Excel on Windows opens the UTF-8 file with its Chinese headers.
  if (format === 'csv') return procurementCsv(list, lang, items);
  return procurementWorkbook(list, items, lang, { sheet, today });
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
