/**
 * Reading a hospital asset list for the command line, as the import wizard reads it: header row
 * and merged headers found, noise rows listed, a tool profile detected (or given with `--profile
 * NAME|FILE.json`), `--header-row N` and `--sheet NAME` as the wizard's choices, and the rows
 * that would be set aside with their reasons (written with `--rejects FILE.csv|.xlsx`).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { BUILT_IN_PROFILES, OUT_OF_SCOPE, checkFileSize, convertAssetTable, findBuiltInProfile, parseProfile, readImportFile, rejectsSheet, toCsv, toXlsx } from '../io';
import type { AssetConversion, ImportProfile, ImportTable, ReadOptions } from '../io';
import type { Asset, Category, Issue, Parsed } from '../model';
import { makeIssue } from '../model';
import { readJsonFile } from './load';
import type { CliIo } from './types';
import { UsageError } from './types';
import { writeAtomically } from './write';

/** The options `validate` and `classify` share for asset lists. */
export const LIST_OPTIONS = ['profile', 'header-row', 'sheet', 'rejects'] as const;

export type AssetList = { table: ImportTable; conversion: AssetConversion; issues: Issue[] };

/** Reads a file's bytes after a size check; never throws. */
export async function readListBytes(path: string): Promise<Parsed<Uint8Array>> {
  const file = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return { ok: false, issues: [makeIssue({ code: 'file-not-found', file, zh: '文件不存在或无法读取', en: 'the file does not exist or cannot be read' })] };
  }
  const tooLarge = checkFileSize(size, file);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  return { ok: true, value: new Uint8Array(await readFile(path)), issues: [] };
}

/** `--profile NAME|FILE.json`: a built-in profile by id or name, or a saved profile file. */
export async function loadProfileOption(value: string, io: CliIo): Promise<Parsed<ImportProfile>> {
  if (/\.json$/i.test(value)) {
    const read = await readJsonFile(value, 'profile-unreadable', { zh: '导入配置文件', en: 'the import profile' });
    return read.ok ? parseProfile(read.value, basename(value)) : read;
  }
  const profile = findBuiltInProfile(value);
  if (profile) return { ok: true, value: profile, issues: [] };
  const names = BUILT_IN_PROFILES.map((p) => p.id).join(', ');
  throw new UsageError(io.lang === 'zh' ? `未知的导入配置 ${value}（可用：${names}，或 .json 文件）` : `unknown import profile ${value} (built in: ${names}, or a .json file)`);
}

/** Turns the command line's options into read options (usage errors for bad values). */
export async function readOptionsFrom(options: Map<string, string>, io: CliIo): Promise<Parsed<ReadOptions>> {
  const read: ReadOptions = {};
  const headerRow = options.get('header-row');
  if (headerRow !== undefined) {
    const n = Number(headerRow);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(io.lang === 'zh' ? '--header-row 应为正整数' : '--header-row must be a positive integer');
    const sheet = options.get('sheet');
    if (sheet !== undefined) read.headerRows = { [sheet]: n };
    else read.headerRow = n;
  }
  const sheet = options.get('sheet');
  if (sheet !== undefined) read.only = sheet;
  const profile = options.get('profile');
  if (profile !== undefined) {
    const loaded = await loadProfileOption(profile, io);
    if (!loaded.ok) return loaded;
    read.profile = loaded.value;
  }
  return { ok: true, value: read, issues: [] };
}

/**
 * Reads and converts an asset list.
 * @param inferCategory the classifier, for rows without a readable category
 */
export async function loadAssetList(bytes: Uint8Array, file: string, read: ReadOptions, inferCategory: (asset: Partial<Asset>) => Category | undefined): Promise<Parsed<AssetList>> {
  const table = await readImportFile(bytes, file, read);
  if (!table.ok) return table;
  const options = read.profile ? { inferCategory, profile: read.profile } : { inferCategory };
  const conversion = convertAssetTable(table.value, file, options);
  return { ok: true, value: { table: table.value, conversion, issues: [...table.issues, ...conversion.issues] }, issues: [...table.issues, ...conversion.issues] };
}

/** Writes the rows set aside (with a reason column) as CSV (UTF-8 with BOM) or XLSX. */
export async function writeRejects(path: string, list: AssetList, io: CliIo): Promise<void> {
  const sheet = rejectsSheet(list.table, list.conversion.rejects, io.lang);
  await writeAtomically(path, /\.xlsx$/i.test(path) ? await toXlsx([sheet]) : new TextEncoder().encode(toCsv(sheet.headers, sheet.rows)));
}

/** Counts for the summary: valid rows, rows set aside, rows left out as not assets. */
export function listCounts(list: AssetList): { valid: number; rejected: number; skipped: number } {
  const skipped = list.table.sheets.reduce((n, sheet) => n + (sheet.skipped?.length ?? 0), 0) + (OUT_OF_SCOPE === 'skip' ? list.conversion.outOfScope.length : 0);
  return { valid: list.conversion.assets.length, rejected: list.conversion.rejects.length, skipped };
}

/** The one-line summary of an asset list with errors: what a partial import would keep and set aside. */
export function partialSummary(list: AssetList, io: CliIo): string {
  const { valid, rejected } = listCounts(list);
  return io.lang === 'zh'
    ? `未通过：${valid} 行有效，${rejected} 行有错误需搁置（导入向导可选择“导入有效行并另存问题行”；--rejects 文件.csv 写出问题行及原因）`
    : `not ok: ${valid} valid rows, ${rejected} rows with errors to set aside (the import wizard can import the valid rows and save the others; --rejects file.csv writes them with the reason)`;
}
