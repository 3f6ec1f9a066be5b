/**
 * The rejects file of a partial import: the rows set aside, with their original cells under the
 * original headers, plus the sheet, the row number and a column saying why, so the user can fix
 * them and import the file again. Written with the formula-safe CSV/XLSX writers of export.ts.
 */
import type { Lang } from '../model';
import type { RejectedRow } from './assets';
import type { ExportCell, ExportSheet } from './export';
import type { ImportTable } from './table';

/**
 * One sheet of rejected rows. Headers are the union of the rejected rows' sheets (the first
 * sheet's headers when they share a layout), then 工作表 / 行号 / 原因.
 */
export function rejectsSheet(table: ImportTable, rejects: readonly RejectedRow[], lang: Lang): ExportSheet {
  const bySheet = new Map(table.sheets.map((sheet) => [sheet.name, sheet.headers]));
  let headers: readonly string[] = [];
  for (const reject of rejects) {
    const own = bySheet.get(reject.sheet) ?? [];
    if (own.length > headers.length) headers = own;
  }
  const width = Math.max(headers.length, ...rejects.map((reject) => reject.cells.length), 0);
  const names = Array.from({ length: width }, (_, i) => headers[i] || `#${i + 1}`);
  const zh = lang === 'zh';
  const extra = zh ? ['工作表', '行号', '原因'] : ['Sheet', 'Row', 'Reason'];
  const rows: ExportCell[][] = [...rejects]
    .sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1))
    .map((reject) => [
      ...Array.from({ length: width }, (_, i) => reject.cells[i] ?? ''),
      reject.section ?? '',
      reject.row,
      reject.reasons.map((reason) => reason[lang]).join(zh ? '；' : '; '),
    ]);
  return { name: zh ? '未导入的行' : 'Rows set aside', headers: [...names, ...extra], rows };
}
