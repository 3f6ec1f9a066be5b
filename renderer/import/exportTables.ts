/**
 * CSV (UTF-8 with BOM) and XLSX exports of the asset list through shared/io, which neutralises
 * formula-looking cells (R-X1/R-X2). Loaded lazily: the XLSX writer is a large chunk.
 */
import { exportAssetsCsv, exportAssetsXlsx, rejectsSheet, toCsv, toXlsx } from '../../shared/io';
import type { ImportTable, RejectedRow } from '../../shared/io';
import type { Asset } from '../../shared/model';
import type { Lang } from '../../shared/format';

export async function exportAssetsTable(assets: readonly Asset[], format: 'csv' | 'xlsx', lang: Lang): Promise<{ bytes: Uint8Array | string; mime: string }> {
  if (format === 'csv') return { bytes: exportAssetsCsv(assets, lang), mime: 'text/csv;charset=utf-8' };
  return { bytes: await exportAssetsXlsx(assets, lang), mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}

/** The rows a partial import set aside, with the reason column, as CSV (UTF-8 with BOM) or XLSX. */
export async function rejectsTable(table: ImportTable, rejects: readonly RejectedRow[], format: 'csv' | 'xlsx', lang: Lang): Promise<{ bytes: Uint8Array | string; mime: string }> {
  const sheet = rejectsSheet(table, rejects, lang);
  if (format === 'csv') return { bytes: toCsv(sheet.headers, sheet.rows), mime: 'text/csv;charset=utf-8' };
  return { bytes: await toXlsx([sheet]), mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
