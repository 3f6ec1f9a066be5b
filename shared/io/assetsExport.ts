/**
 * The asset list as CSV or XLSX, with Chinese (or English) headers and labels that the importer
 * maps back automatically, so export → import gives the same assets.
 */
import type { Asset, Lang } from '../model';
import type { ExportCell } from './export';
import { toCsv, toXlsx } from './export';
import { FIELD_HEADERS, IMPORT_FIELDS } from './mapping';
import type { ImportField } from './mapping';
import { CATEGORY_LABELS, ORIGIN_LABELS, STATUS_LABELS, TIER_LABELS } from './normalise';

/** Header row of an asset export. */
export const assetExportHeaders = (lang: Lang): string[] => IMPORT_FIELDS.map((field) => FIELD_HEADERS[field][lang]);

function cell(asset: Asset, field: ImportField, lang: Lang): ExportCell {
  const zh = lang === 'zh';
  switch (field) {
    case 'category':
      return CATEGORY_LABELS[asset.category][lang];
    case 'status':
      return asset.status && (zh ? STATUS_LABELS[asset.status] : asset.status);
    case 'tier':
      return asset.tier && (zh ? TIER_LABELS[asset.tier] : asset.tier);
    case 'origin':
      return asset.origin && (zh ? ORIGIN_LABELS[asset.origin] : asset.origin);
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
  return toXlsx([{ name: lang === 'zh' ? '资产清单' : 'Assets', headers: assetExportHeaders(lang), rows: assetExportRows(assets, lang) }]);
}
