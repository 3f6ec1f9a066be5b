/**
 * The procurement list's workbook: the items (headers, rows, a bold totals row) and the same items
 * as tender packages on a second sheet. One function for the view's Excel export and `xcplan
 * procure --xlsx`, so both write the same file.
 */
import { toXlsx } from '../io/export';
import type { Lang } from '../model';
import { tenderPackages } from './packages';
import { procurementTable, tenderPackageTable } from './table';
import type { ProcurementItem, ProcurementList } from './types';

/** The items sheet's name when the caller gives none (the view passes its own, the same words). */
export const PROCUREMENT_SHEET: Record<Lang, string> = { zh: '采购清单', en: 'Procurement' };

/** Columns kept in view while scrolling right: 年度, 批次, 类别, 资产编号, 资产名称. */
const FROZEN_COLUMNS = 5;

/**
 * @param list the procurement list (its rules are named in the rules column)
 * @param items the items to write, in display order (default: all of the list's)
 * @param lang header and label language
 * @param options the items sheet's name; `today` marks the packages past their deadline (状态)
 * @returns the XLSX bytes: values only (no formulas), formula-looking text neutralised by shared/io
 */
export async function procurementWorkbook(
  list: ProcurementList,
  items: readonly ProcurementItem[] = list.items,
  lang: Lang = 'zh',
  options: { sheet?: string; today?: string } = {},
): Promise<Uint8Array> {
  const table = procurementTable(list, lang, items);
  const rows = table.rows.slice(0, -1);
  const totals = table.rows[table.rows.length - 1];
  return toXlsx([
    // The asset id and name stay in view beside the header, so a row's amount or package (columns K–S) is read next to what it is.
    { name: options.sheet ?? PROCUREMENT_SHEET[lang], headers: table.headers, rows, formats: table.formats, frozenColumns: FROZEN_COLUMNS, ...(totals ? { totals } : {}) },
    // The same items as tenders (采购包), for the procurement office.
    tenderPackageTable(tenderPackages({ items }), lang, options.today),
  ]);
}
