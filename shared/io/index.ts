/**
 * Import and export: CSV (UTF-8/GB18030), XLSX (ExcelJS, lazily loaded, behind a ZIP pre-flight),
 * the project file JSON, and formula-injection-safe CSV/XLSX writers. Pure TypeScript for Node and
 * the browser; every reader returns `Parsed<...>` and never throws on bad bytes.
 */
export { IMPORT_LIMITS, capIssues, checkFileSize, isProjectFileName, sizeCapFor } from './limits';
export { decodeText, sniffKind } from './sniff';
export type { ImportKind, TextEncodingName } from './sniff';
export { listZip, preflightXlsx } from './zip';
export type { ZipEntry } from './zip';
export { detectDelimiter, parseCsv } from './csv';
export type { CsvRecord } from './csv';
export { buildTable, isWorkbookKind, readImportFile, readRawSheets, rowList, skippedIssues } from './table';
export type { ImportTable, RawSheet, ReadOptions, SheetSkip, TableKind, TableRow, TableSheet } from './table';
export { findHeader, headerAt, mergeHeaderRows, noiseReason } from './headerFinder';
export type { SkipReason, SkippedRow } from './headerFinder';
export { BUILT_IN_PROFILES, detectProfile, findBuiltInProfile, parseProfile, profileField, profileFromMapping, profileMapping } from './profiles';
export type { ImportProfile } from './profiles';
export { rejectsSheet } from './rejects';
export { FIELD_HEADERS, FIELD_SYNONYMS, IMPORT_FIELDS, MAPPABLE_FIELDS, fieldForHeader, guessMapping, matchHeader, normaliseHeader } from './mapping';
export type { ColumnMapping, ImportField } from './mapping';
export {
  CATEGORY_LABELS,
  TIER_LABELS,
  cleanText,
  detectDateOrder,
  excelSerialToIso,
  parseCategory,
  parseDate,
  parseNumber,
  parseVendorOrigin,
  parseSecurityLevel,
  parseTier,
} from './normalise';
export { statusMeaning, statusFields, applyStatus, categoryMeaning, isOutOfScope, readValue, valueKey, OUT_OF_SCOPE, STATUS_MEANINGS, VALUE_CHOICES, VALUE_FIELDS } from './values';
export type { StatusMeaning, ValueChoice, ValueField, ValueMap } from './values';
export { convertAssetTable, importAssetTable, stableHash } from './assets';
export type { AssetConversion, DateChoice, ImportedAssets, RejectedRow, TableToAssetsOptions, UnknownValue } from './assets';
export type { DateOrder } from './normalise';
export { parseDependencyFile, parseDependencyKind } from './dependencies';
export { exceedsJsonDepth, jsonErrorLocation, MAX_JSON_DEPTH, parseProjectFileText, parseProjectFileValue, serializeProjectFile } from './project';
export { assetExportHeaders, assetExportRows, displayWidth, exportAssetsCsv, exportAssetsXlsx, neutraliseCell, safeSheetNames, toCsv, toXlsx, unneutraliseCell } from './export';
export type { ExportCell, ExportSheet } from './export';
export { FORBIDDEN_IDS, crossLookAlikeIssues, idIssue, idLookKey, lookAlikeIssues, unkeepableText, unkeepableTextIssue } from './text';
export type { LocatedId } from './text';
