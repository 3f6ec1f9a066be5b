/**
 * Import and export: CSV (UTF-8/GB18030), XLSX (ExcelJS, lazily loaded, behind a ZIP pre-flight),
 * the project file JSON, and formula-injection-safe CSV/XLSX writers. Pure TypeScript for Node and
 * the browser; every reader returns `Parsed<...>` and never throws on bad bytes.
 */
export { IMPORT_LIMITS, checkFileSize, formatBytes, isProjectFileName, sizeCapFor } from './limits';
export { decodeText, sniffKind } from './sniff';
export type { ImportKind, TextEncodingName } from './sniff';
export { listZip, preflightXlsx } from './zip';
export type { ZipEntry } from './zip';
export { detectDelimiter, parseCsv } from './csv';
export type { CsvRecord } from './csv';
export { buildTable, detectHeader, readImportFile, readRawSheets } from './table';
export type { ImportTable, RawSheet, TableRow, TableSheet } from './table';
export { FIELD_HEADERS, FIELD_SYNONYMS, IMPORT_FIELDS, fieldForHeader, guessMapping, normaliseHeader } from './mapping';
export type { ColumnMapping, ImportField } from './mapping';
export {
  CATEGORY_LABELS,
  TIER_LABELS,
  cleanText,
  excelSerialToIso,
  parseCategory,
  parseDate,
  parseNumber,
  parseVendorOrigin,
  parseSecurityLevel,
  parseDisposition,
  parseTier,
} from './normalise';
export { importAssetTable, stableHash, tableToAssets } from './assets';
export type { ImportedAssets, TableToAssetsOptions } from './assets';
export { parseDependencyFile, parseDependencyKind } from './dependencies';
export { parseProjectFileText, serializeProjectFile } from './project';
export { assetExportHeaders, assetExportRows, displayWidth, exportAssetsCsv, exportAssetsXlsx, neutraliseCell, safeSheetNames, toCsv, toXlsx, unneutraliseCell } from './export';
export type { ExportCell, ExportSheet } from './export';
