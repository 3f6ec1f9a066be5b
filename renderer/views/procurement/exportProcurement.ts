/** Export of the (filtered) procurement list to CSV and XLSX through shared/io and the platform save helper. */
import type { ProcurementItem, ProcurementList } from '../../../shared/procurement';
import { procurementTable } from '../../../shared/procurement';
import { saveFile } from '../../platform';
import { loadWriters } from './modules';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportOutcome = 'saved' | 'cancelled' | 'unavailable';

/**
 * Writes the items shown (filters applied) with Chinese or English headers and a totals row.
 * @param list the procurement list (its rules are named in the rules column)
 * @param items the items to export, in display order
 * @param format csv or xlsx
 * @param labels file base name and sheet name in the UI language
 */
export async function exportProcurement(
  list: ProcurementList,
  items: readonly ProcurementItem[],
  format: ExportFormat,
  lang: 'zh' | 'en',
  labels: { fileName: string; sheet: string },
): Promise<ExportOutcome> {
  const table = procurementTable(list, lang, items);
  const writers = await loadWriters();
  if (format === 'csv') {
    if (!writers.toCsv) return 'unavailable';
    // A BOM so Excel on Windows opens the UTF-8 file with its Chinese headers intact.
    const text = `\uFEFF${writers.toCsv(table.headers, table.rows)}`;
    return (await saveFile(`${labels.fileName}.csv`, text, 'text/csv;charset=utf-8')) ? 'saved' : 'cancelled';
  }
  if (!writers.toXlsx) return 'unavailable';
  const bytes = await writers.toXlsx([{ name: labels.sheet, headers: table.headers, rows: table.rows }]);
  const saved = await saveFile(`${labels.fileName}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return saved ? 'saved' : 'cancelled';
}
