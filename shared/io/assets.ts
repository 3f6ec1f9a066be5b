/**
 * From a mapped table to validated assets. Values are normalised (normalise.ts), each row is
 * validated with the model's `validateAsset`, ids are checked for uniqueness, and every problem
 * names the file, the sheet, the row and the column header as it appears in the file. A table
 * with any error yields no assets at all (an import lands whole or not at all).
 */
import { makeIssue, validateAsset } from '../model';
import type { Asset, Category, Issue, Parsed } from '../model';
import { unneutraliseCell } from './export';
import type { ColumnMapping, ImportField } from './mapping';
import { guessMapping } from './mapping';
import { CATEGORY_LABELS, cleanText, parseCategory, parseDate, parseNumber, parseDisposition, parseSecurityLevel, parseTier, parseVendorOrigin } from './normalise';
import type { ImportTable, TableSheet } from './table';

export type TableToAssetsOptions = {
  /** Fills a missing (or unreadable) category, e.g. from the classifier. */
  inferCategory?: (asset: Partial<Asset>) => Category | undefined;
  /** Prefix of generated ids (default `IMP`). */
  idPrefix?: string;
  /** At most this many issues per sheet (default 500); one more says how many were left out. */
  maxIssues?: number;
};

export type ImportedAssets = { assets: Asset[]; rows: number[] };

/** 53-bit string hash (cyrb53): deterministic, so the same row always gets the same id. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).toUpperCase().padStart(11, '0');
}

type Located = { asset: Asset; row: number; section?: string };

const TEXT_FIELDS = ['vendor', 'product', 'version', 'cpu', 'os', 'site', 'department'] as const;
const VERBATIM_FIELDS = ['retainReason', 'notes'] as const;
const DATE_FIELDS = ['purchaseDate', 'endOfSupport', 'readyFrom'] as const;

function sectionOf(sheet: TableSheet, fileName: string): string | undefined {
  return sheet.name === fileName ? undefined : sheet.name;
}

/** Converts the rows of one sheet; no cross-row checks. */
function convertSheet(sheet: TableSheet, mapping: ColumnMapping, fileName: string, options: TableToAssetsOptions, usedIds: Map<string, number>): { located: Located[]; issues: Issue[] } {
  const section = sectionOf(sheet, fileName);
  const issues: Issue[] = [];
  const located: Located[] = [];
  const header = (field: ImportField): string => {
    const index = mapping[field];
    return index === undefined ? field : (sheet.headers[index] ?? `#${index + 1}`);
  };
  const hasColumn = (field: ImportField): boolean => mapping[field] !== undefined;
  if (!hasColumn('name') && !hasColumn('product')) {
    issues.push(makeIssue({ code: 'missing-column', file: fileName, section, field: 'name', zh: '缺少“设备名称”列（或“型号”列）', en: 'the name column (or product column) is missing' }));
  }
  if (!hasColumn('category') && !options.inferCategory) {
    issues.push(makeIssue({ code: 'missing-column', file: fileName, section, field: 'category', zh: '缺少“资产类别”列', en: 'the category column is missing' }));
  }
  if (issues.length > 0) return { located, issues };

  for (const { row, cells } of sheet.rows) {
    const raw = (field: ImportField): string => {
      const index = mapping[field];
      // A leading ' before = + - @ is Excel's "this is text" mark (and what our export adds): drop it.
      return index === undefined ? '' : unneutraliseCell((cells[index] ?? '').trim());
    };
    const badFields = new Set<string>();
    const bad = (field: ImportField, code: string, zh: string, en: string): void => {
      badFields.add(field);
      issues.push(makeIssue({ code, file: fileName, section, row, field: header(field), value: raw(field), zh, en }));
    };
    const record: Partial<Asset> = {};
    for (const field of TEXT_FIELDS) {
      const value = cleanText(raw(field));
      if (value !== '') record[field] = value;
    }
    for (const field of VERBATIM_FIELDS) {
      const value = raw(field);
      if (value !== '') record[field] = value;
    }
    const name = cleanText(raw('name'));
    if (name !== '') record.name = name;
    for (const field of DATE_FIELDS) {
      if (raw(field) === '') continue;
      const date = parseDate(raw(field));
      if (date) record[field] = date;
      else bad(field, 'bad-date', '无法识别的日期（例：2019-03-05、2019/3/5、2019年3月5日）', 'unreadable date (e.g. 2019-03-05, 2019/3/5)');
    }
    if (raw('quantity') === '') record.quantity = 1;
    else {
      const quantity = parseNumber(raw('quantity'));
      if (quantity === undefined) bad('quantity', 'not-a-number', '数量不是数字', 'quantity is not a number');
      else record.quantity = quantity;
    }
    if (raw('unitCost') !== '') {
      const cost = parseNumber(raw('unitCost'));
      if (cost === undefined) bad('unitCost', 'not-a-number', '单价不是数字', 'unit cost is not a number');
      else record.unitCost = cost;
    }
    if (raw('securityLevel') !== '') {
      const level = parseSecurityLevel(raw('securityLevel'));
      if (level === undefined) bad('securityLevel', 'bad-value', '无法识别的等保级别（应为 1 到 5 级）', 'unreadable security level (1 to 5)');
      else record.securityLevel = level;
    }
    const enums = [
      ['disposition', parseDisposition, '已信创、适配、替代、保留、下线、在用', 'compliant, adapt, replace, retain, retire, in use'],
      ['tier', parseTier, '办公、运营管理、临床支持、核心临床', 'office, operations, clinical support, core'],
      ['vendorOrigin', parseVendorOrigin, '国产、进口、国外开源、未知', 'domestic, foreign, foreign open source, unknown'],
    ] as const;
    for (const [field, parse, zh, en] of enums) {
      if (raw(field) === '') continue;
      const value = parse(raw(field));
      if (value === undefined) bad(field, 'bad-value', `无法识别的取值（可用：${zh}）`, `unreadable value (allowed: ${en})`);
      else if (value !== 'none') (record as Record<string, unknown>)[field] = value;
    }
    if (record.name === undefined && (record.vendor || record.product)) {
      record.name = [record.vendor, record.product].filter(Boolean).join(' ');
      issues.push(makeIssue({ severity: 'warning', code: 'name-generated', file: fileName, section, row, field: header('name'), value: record.name, zh: '名称为空，已用品牌和型号代替', en: 'name is empty: vendor and product used instead' }));
    }
    if (raw('category') !== '') {
      const category = parseCategory(raw('category'));
      const inferred = category ?? options.inferCategory?.(record);
      if (category) record.category = category;
      else if (inferred) {
        record.category = inferred;
        issues.push(makeIssue({ severity: 'warning', code: 'category-inferred', file: fileName, section, row, field: header('category'), value: raw('category'), zh: `无法识别的类别，已按内容推断为“${CATEGORY_LABELS[inferred].zh}”`, en: `unknown category, inferred as “${CATEGORY_LABELS[inferred].en}” from the row` }));
      } else bad('category', 'unknown-category', '无法识别的资产类别（例：服务器、台式机、交换机、数据库、应用系统）', 'unknown category (e.g. server, terminal, network, database, application)');
    } else {
      const inferred = options.inferCategory?.(record);
      if (inferred) record.category = inferred;
      else bad('category', 'category-missing', '资产类别为空，且无法自动推断', 'category is empty and cannot be inferred');
    }
    let id = cleanText(raw('id'));
    if (id === '') {
      const base = `${options.idPrefix ?? 'IMP'}-${stableHash(`${section ?? ''}\u0001${cells.map((cell) => cell.trim()).join('\u0001')}`)}`;
      const seen = usedIds.get(base) ?? 0;
      usedIds.set(base, seen + 1);
      id = seen === 0 ? base : `${base}-${seen + 1}`;
    }
    record.id = id;
    const checked = validateAsset(record, fileName, row, section ?? 'assets');
    // A field already reported as unreadable is missing from the record: no second message for it.
    const fresh = checked.issues.filter((issue) => issue.field === undefined || !badFields.has(issue.field));
    for (const issue of fresh) {
      const field = issue.field as ImportField | undefined;
      if (field !== undefined && mapping[field] !== undefined) issue.field = header(field);
      if (section === undefined) delete issue.section;
      if (issue.value === undefined && field !== undefined && raw(field) !== '') issue.value = raw(field);
    }
    issues.push(...fresh);
    if (checked.ok) located.push({ asset: checked.value, row, section });
  }
  return { located, issues };
}

function duplicateIssues(located: readonly Located[], fileName: string, idHeader: (section: string | undefined) => string): Issue[] {
  const first = new Map<string, Located>();
  const issues: Issue[] = [];
  for (const item of located) {
    const seen = first.get(item.asset.id);
    if (!seen) {
      first.set(item.asset.id, item);
      continue;
    }
    const where = seen.section ? `${seen.section} ` : '';
    issues.push(
      makeIssue({ code: 'duplicate-id', file: fileName, section: item.section, row: item.row, field: idHeader(item.section), value: item.asset.id, zh: `编号重复（${where}第 ${seen.row} 行已使用）`, en: `duplicate id (already used in ${where}row ${seen.row})` }),
    );
  }
  return issues;
}

function capIssues(issues: Issue[], max: number, fileName: string): Issue[] {
  if (issues.length <= max) return issues;
  const more = issues.length - max;
  return [...issues.slice(0, max), makeIssue({ code: 'more-issues', file: fileName, zh: `另有 ${more} 条问题未列出`, en: `${more} more problems not listed` })];
}

function finish(located: Located[], issues: Issue[], options: TableToAssetsOptions, fileName: string): Parsed<ImportedAssets> {
  const capped = capIssues(issues, options.maxIssues ?? 500, fileName);
  if (capped.some((issue) => issue.severity === 'error')) return { ok: false, issues: capped };
  return { ok: true, value: { assets: located.map((item) => item.asset), rows: located.map((item) => item.row) }, issues: capped };
}

/**
 * Converts one sheet into assets.
 * @param sheet the sheet from `readImportFile`
 * @param mapping field → column (from `guessMapping` or the user)
 * @param fileName file name for messages
 * @returns the assets and the sheet row of each, or every problem found (never a partial list)
 */
export function tableToAssets(sheet: TableSheet, mapping: ColumnMapping, fileName: string, options: TableToAssetsOptions = {}): Parsed<ImportedAssets> {
  const { located, issues } = convertSheet(sheet, mapping, fileName, options, new Map());
  const idIndex = mapping.id;
  const idHeader = (): string => (idIndex === undefined ? 'id' : (sheet.headers[idIndex] ?? 'id'));
  issues.push(...duplicateIssues(located, fileName, idHeader));
  return finish(located, issues, options, fileName);
}

/**
 * Converts every sheet of a table, each with its own (guessed or given) mapping, and checks ids
 * across sheets.
 * @param mappings per sheet, by sheet name; sheets without one use `guessMapping`
 * @returns the assets with their rows; `sheets[i]` names the sheet of `assets[i]` (undefined for CSV)
 */
export function importAssetTable(
  table: ImportTable,
  fileName: string,
  options: TableToAssetsOptions & { mappings?: Record<string, ColumnMapping> } = {},
): Parsed<ImportedAssets & { sheets: (string | undefined)[] }> {
  const usedIds = new Map<string, number>();
  const located: Located[] = [];
  const issues: Issue[] = [];
  const idHeaders = new Map<string | undefined, string>();
  for (const sheet of table.sheets) {
    const mapping = options.mappings?.[sheet.name] ?? guessMapping(sheet.headers);
    const converted = convertSheet(sheet, mapping, fileName, options, usedIds);
    located.push(...converted.located);
    issues.push(...converted.issues);
    idHeaders.set(sectionOf(sheet, fileName), mapping.id === undefined ? 'id' : (sheet.headers[mapping.id] ?? 'id'));
  }
  issues.push(...duplicateIssues(located, fileName, (section) => idHeaders.get(section) ?? 'id'));
  const done = finish(located, issues, options, fileName);
  return done.ok ? { ...done, value: { ...done.value, sheets: located.map((item) => item.section) } } : done;
}
