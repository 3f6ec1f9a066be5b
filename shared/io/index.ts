/**
 * Import and export: CSV (UTF-8/GB18030), XLSX (ExcelJS, lazily loaded, behind a ZIP pre-flight),
 * the project file JSON, and formula-injection-safe CSV/XLSX writers. Pure TypeScript for Node and
 * the browser; every reader returns `Parsed<...>` and never throws on bad bytes.
 */
export { IMPORT_LIMITS, capIssues, checkFileSize, sizeCapFor } from './limits';
export { decodeText, sniffKind } from './sniff';
export { parseCsv } from './csv';
export { readImportFile } from './table';
export type { ImportTable, ReadOptions, TableRow, TableSheet } from './table';
export { BUILT_IN_PROFILES, findBuiltInProfile, parseProfile, profileFromMapping, profileMapping } from './profiles';
export type { ImportProfile } from './profiles';
export { rejectsSheet } from './rejects';
export { FIELD_HEADERS, IMPORT_FIELDS, MAPPABLE_FIELDS } from './mapping';
export type { ColumnMapping, ImportField } from './mapping';
export { CATEGORY_LABELS, TIER_LABELS } from './normalise';
export { OUT_OF_SCOPE, VALUE_CHOICES } from './values';
export type { ValueField, ValueMap } from './values';
export { convertAssetTable, importAssetTable } from './assets';
export type { AssetConversion, DateChoice, RejectedRow, UnknownValue } from './assets';
export type { DateOrder } from './normalise';
export { parseDependencyFile } from './dependencies';
export { exceedsJsonDepth, parseProjectFileText, parseProjectFileValue, serializeProjectFile } from './project';
export { exportAssetsCsv, exportAssetsXlsx, toCsv, toXlsx } from './export';
export type { CellFormat, ExportSheet } from './export';
export { crossLookAlikeIssues } from './text';
