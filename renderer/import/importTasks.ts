/**
 * The parsing work of an import, as plain functions over shared/io. They run in the import
 * worker (import.worker.ts); in environments without workers (jsdom tests) the client calls
 * them directly. Inputs and outputs are structured-clone friendly.
 */
import { applySuggestions, classifyAsset, suggestClassifications } from '../../shared/classify';
import { convertAssetTable, decodeText, findBuiltInProfile, parseDependencyFile, parseProjectFileText, profileMapping, readImportFile, sniffKind } from '../../shared/io';
import type { ColumnMapping, DateChoice, DateOrder, ImportProfile, ImportTable, ReadOptions, RejectedRow, UnknownValue, ValueMap } from '../../shared/io';
import type { Asset, Dependency, Disposition, Issue, ProjectFile, Tier, VendorOrigin } from '../../shared/model';

/** First look at a file: a project file, or a table with guessed column mappings per sheet. */
export type ReadResult =
  | { ok: true; kind: 'project'; file: ProjectFile; issues: Issue[] }
  | { ok: true; kind: 'table'; table: ImportTable; mappings: Record<string, ColumnMapping>; issues: Issue[] }
  | { ok: false; issues: Issue[] };

export type ConvertRequest = {
  table: ImportTable;
  fileName: string;
  mappings: Record<string, ColumnMapping>;
  acceptSuggestions: boolean;
  /** The user's "value → meaning" decisions for the whole file. */
  values?: ValueMap;
  /** Short-date order per column header, where the user changed it. */
  dateOrders?: Record<string, DateOrder>;
  /** A user profile the table was read with (built-in ones are found by id). */
  profile?: ImportProfile;
};

/**
 * What the classifier filled in (never a value the file has): categories, vendor origins and
 * dispositions, each disposition with its reason, all shown to the user for review.
 */
export type SuggestedValues = {
  categories: string[];
  origins: Record<string, VendorOrigin>;
  dispositions: Record<string, { disposition: Disposition; reason: { zh: string; en: string } }>;
  /** Systems given the tier their name stands for (HIS core, LIS clinical support…). */
  tiers: Record<string, Tier>;
};

/**
 * Converted assets, with what the classifier filled in (for the preview's markers). `ok` is
 * false when some rows have errors: `assets` then holds the valid rows and `rejects` the others,
 * for a partial import the user may choose.
 */
export type ConvertResult = {
  ok: boolean;
  assets: Asset[];
  rows: number[];
  sheets: (string | undefined)[];
  issues: Issue[];
  suggested: SuggestedValues;
  rejects: RejectedRow[];
  unknownValues: UnknownValue[];
  dateOrders: DateChoice[];
};

export type TaskRequest =
  | { op: 'read'; bytes: Uint8Array; fileName: string; options?: ReadOptions }
  | { op: 'convert'; request: ConvertRequest }
  | { op: 'deps'; bytes: Uint8Array; fileName: string; knownIds: string[] };

export type TaskResponse = { op: 'read'; result: ReadResult } | { op: 'convert'; result: ConvertResult } | { op: 'deps'; result: { ok: true; value: Dependency[]; issues: Issue[] } | { ok: false; issues: Issue[] } };

/** Reads a file: project file (JSON) or asset table (CSV/XLSX), by content, not extension. */
export async function readFileTask(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  const kind = sniffKind(bytes, fileName);
  if (!kind.ok) return kind;
  if (kind.value === 'json') {
    const parsed = parseProjectFileText(decodeText(bytes).text, fileName);
    return parsed.ok ? { ok: true, kind: 'project', file: parsed.value, issues: parsed.issues } : parsed;
  }
  const table = await readImportFile(bytes, fileName, options);
  if (!table.ok) return table;
  const profile = profileOf(table.value, options);
  const mappings: Record<string, ColumnMapping> = {};
  for (const sheet of table.value.sheets) mappings[sheet.name] = profileMapping(profile, sheet.headers);
  return { ok: true, kind: 'table', table: table.value, mappings, issues: table.issues };
}

/**
 * Turns the mapped table into assets. With `acceptSuggestions`, the classifier fills missing
 * categories and origins (never a value the file has); the ids it filled are reported.
 */
export function convertTask({ table, fileName, mappings, acceptSuggestions, values, dateOrders, profile }: ConvertRequest): ConvertResult {
  const inferCategory = (partial: Partial<Asset>) => classifyAsset(partial).category;
  const options = { mappings, ...(acceptSuggestions ? { inferCategory } : {}), ...(values ? { values } : {}), ...(dateOrders ? { dateOrders } : {}), ...(profile ? { profile } : {}) };
  const converted = convertAssetTable(table, fileName, options);
  const categories = acceptSuggestions ? inferredCategoryIds(table, mappings, converted) : [];
  const origins: Record<string, VendorOrigin> = {};
  const dispositions: Record<string, { disposition: Disposition; reason: { zh: string; en: string } }> = {};
  const tiers: Record<string, Tier> = {};
  let assets = converted.assets;
  if (acceptSuggestions) {
    const suggestions = suggestClassifications(assets).filter((s) => s.changes.vendorOrigin !== undefined || s.changes.disposition !== undefined || s.changes.tier !== undefined);
    for (const s of suggestions) {
      if (s.changes.vendorOrigin) origins[s.id] = s.changes.vendorOrigin;
      if (s.changes.disposition) dispositions[s.id] = { disposition: s.changes.disposition, reason: s.classification.dispositionReason };
      if (s.changes.tier) tiers[s.id] = s.changes.tier;
    }
    if (suggestions.length > 0) assets = applySuggestions(assets, suggestions);
  }
  return {
    ok: converted.errors === 0,
    assets,
    rows: converted.rows,
    sheets: converted.sheets,
    issues: converted.issues,
    suggested: { categories, origins, dispositions, tiers },
    rejects: converted.rejects,
    unknownValues: converted.unknownValues,
    dateOrders: converted.dateOrders,
  };
}

/** The profile a table was read with: the user's (given) or the built-in one it was recognised as. */
export function profileOf(table: ImportTable, options: { profile?: ImportProfile; profiles?: readonly ImportProfile[] }): ImportProfile | undefined {
  if (options.profile) return options.profile;
  if (!table.profile) return undefined;
  return options.profiles?.find((profile) => profile.id === table.profile!.id) ?? findBuiltInProfile(table.profile.id);
}

/** Runs one request; never throws (an unexpected error becomes an issue naming the file). */
export async function runTask(request: TaskRequest): Promise<TaskResponse> {
  try {
    switch (request.op) {
      case 'read':
        return { op: 'read', result: await readFileTask(request.bytes, request.fileName, request.options) };
      case 'convert':
        return { op: 'convert', result: convertTask(request.request) };
      case 'deps':
        return { op: 'deps', result: await parseDependencyFile(request.bytes, request.fileName, new Set(request.knownIds)) };
    }
  } catch (error) {
    const fileName = request.op === 'convert' ? request.request.fileName : request.fileName;
    const issue: Issue = {
      severity: 'error',
      code: 'internal-error',
      file: fileName,
      message: { zh: `读取文件时出错：${String(error)}`, en: `error while reading the file: ${String(error)}` },
    };
    if (request.op === 'convert') return { op: 'convert', result: { ok: false, assets: [], rows: [], sheets: [], issues: [issue], suggested: { categories: [], origins: {}, dispositions: {}, tiers: {} }, rejects: [], unknownValues: [], dateOrders: [] } };
    return { op: request.op, result: { ok: false, issues: [issue] } };
  }
}

/** Ids of assets whose category cell was empty or absent: the classifier chose their category. */
function inferredCategoryIds(table: ImportTable, mappings: Record<string, ColumnMapping>, converted: { assets: Asset[]; rows: number[]; sheets: (string | undefined)[] }): string[] {
  const cellsByRow = new Map<string, Map<number, string[]>>();
  for (const sheet of table.sheets) cellsByRow.set(sheet.name, new Map(sheet.rows.map((r) => [r.row, r.cells])));
  const ids: string[] = [];
  converted.assets.forEach((asset, i) => {
    const sheetName = converted.sheets[i] ?? table.sheets[0]?.name ?? '';
    const column = mappings[sheetName]?.category;
    const cells = cellsByRow.get(sheetName)?.get(converted.rows[i] ?? -1);
    if (column === undefined || !cells?.[column]?.trim()) ids.push(asset.id);
  });
  return ids;
}
