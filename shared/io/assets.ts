/**
 * From a mapped table to validated assets. Values are normalised (normalise.ts), words of status,
 * category, tier and origin go through the tables and the user's decisions (values.ts), each row
 * is validated with the model's `validateAsset`, ids are checked for uniqueness, and every problem
 * names the file, the sheet, the row and the column header as it appears in the file.
 * Column-level meaning checks run once per column: the order of short dates, CPU columns holding
 * only numbers (MHz), ids Excel rounded to `2.01905E+11`, a card's total value over its quantity.
 * A table with any error yields no assets from `importAssetTable` (all or nothing); the
 * conversion (`convertAssetTable`) also hands back the valid rows and the rejected ones with
 * their reasons, for a partial import with a rejects file.
 */
import { makeIssue, memoByKey, validateAsset } from '../model';
import type { Asset, Category, Issue, Parsed } from '../model';
import { unneutraliseCell } from './export';
import { capIssues } from './limits';
import { idIssue, lookAlikeIssues } from './text';
import { FIELD_HEADERS } from './mapping';
import type { ColumnMapping, ImportField } from './mapping';
import type { DateOrder } from './normalise';
import { cleanText, detectDateOrder, parseDate, parseNumber, parseSecurityLevel } from './normalise';
import type { ImportProfile } from './profiles';
import { findBuiltInProfile, profileMapping } from './profiles';
import type { ImportTable, TableSheet } from './table';
import { isWorkbookKind, rowList } from './table';
import type { ValueChoice, ValueField, ValueMap } from './values';
import { applyStatus, isOutOfScope, OUT_OF_SCOPE, readValue, VALUE_FIELDS, valueKey } from './values';

export type TableToAssetsOptions = {
  /** Fills a missing (or unreadable) category, e.g. from the classifier. */
  inferCategory?: (asset: Partial<Asset>) => Category | undefined;
  /** Prefix of generated ids (default `IMP`). */
  idPrefix?: string;
  /** At most this many issues per sheet (default 500); one more says how many were left out. */
  maxIssues?: number;
  /** The user's decisions for words the tables do not know (wins over the profile's). */
  values?: ValueMap;
  /** The profile the table was read with (its value words, default category, mapping). */
  profile?: ImportProfile;
  /** Short-date order per column header (`购置日期` → `dmy`), instead of the inferred one. */
  dateOrders?: Record<string, DateOrder>;
};

/** A word of a value column that neither the tables nor the user's decisions know. */
export type UnknownValue = { field: ValueField; header: string; value: string; key: string; count: number; rows: number[]; section?: string };
/** A row set aside: its sheet, row number and cells, and why (each reason in both languages). */
export type RejectedRow = { section?: string; sheet: string; row: number; cells: string[]; reasons: { zh: string; en: string }[] };
/** The short-date order used for a column, and whether the column's values decided it. */
export type DateChoice = { section?: string; header: string; order: DateOrder; decided: boolean; example?: string };

/** Everything a conversion found: the valid assets, the rejected rows, the words to decide. */
export type AssetConversion = {
  assets: Asset[];
  rows: number[];
  sheets: (string | undefined)[];
  issues: Issue[];
  /** Error issues before capping. */
  errors: number;
  rejects: RejectedRow[];
  unknownValues: UnknownValue[];
  dateOrders: DateChoice[];
  /** Rows of out-of-scope kit (category `other`, or left out when OUT_OF_SCOPE is `skip`). */
  outOfScope: { section?: string; row: number }[];
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

type Located = { asset: Asset; row: number; section?: string; sheet: string; cells: string[] };

const TEXT_FIELDS = ['vendor', 'product', 'version', 'cpu', 'os', 'site', 'department'] as const;
const VERBATIM_FIELDS = ['retainReason', 'notes'] as const;
const DATE_FIELDS = ['purchaseDate', 'endOfSupport', 'readyFrom'] as const;
type DateField = (typeof DATE_FIELDS)[number];
/** What Excel shows for a long number it rounded: `2.01905E+11`. */
const EXCEL_ROUNDED = /^[+-]?\d(\.\d+)?e\+\d+$/i;
const NUMERIC_ONLY = /^[\d.,\s]+(mhz|ghz|核|cores?)?$/i;
const VALUE_TEXT: Record<ValueField, { zh: string; en: string }> = {
  disposition: { zh: '状态/处置', en: 'status' },
  category: { zh: '类别', en: 'category' },
  tier: { zh: '业务分层', en: 'tier' },
  scale: { zh: '系统规模', en: 'scale' },
  vendorOrigin: { zh: '产地', en: 'origin' },
};

function sectionOf(sheet: TableSheet, fileName: string): string | undefined {
  return sheet.name === fileName ? undefined : sheet.name;
}

function mergeValues(profile: ImportProfile | undefined, user: ValueMap | undefined): ValueMap | undefined {
  if (!profile?.values) return user;
  if (!user) return profile.values;
  const out: ValueMap = {};
  for (const field of VALUE_FIELDS) {
    const merged = { ...profile.values[field], ...user[field] };
    if (Object.keys(merged).length > 0) (out as Record<string, unknown>)[field] = merged;
  }
  return out;
}

type SheetResult = {
  located: Located[];
  issues: Issue[];
  rejects: RejectedRow[];
  unknown: Map<string, UnknownValue>;
  dates: DateChoice[];
  outOfScope: number[];
  /** Rows with a purchase price and no replacement quote (priced from the price book), and the column it came from. */
  purchasePriced?: { rows: number; column: string };
};

/** Column-level checks before the rows: date order, numeric CPU columns, Excel-rounded ids. */
function columnChecks(sheet: TableSheet, mapping: ColumnMapping, fileName: string, section: string | undefined, options: TableToAssetsOptions, header: (field: ImportField) => string) {
  const issues: Issue[] = [];
  const dates: DateChoice[] = [];
  const orders: Partial<Record<ImportField, DateOrder>> = {};
  const column = (field: ImportField): string[] => {
    const index = mapping[field];
    if (index === undefined) return [];
    const out: string[] = [];
    for (const row of sheet.rows) {
      const cell = row.cells[index];
      if (cell !== undefined && cell !== '') out.push(cell);
    }
    return out;
  };
  for (const field of DATE_FIELDS) {
    if (mapping[field] === undefined) continue;
    const chosen = options.dateOrders?.[header(field)];
    const detected = detectDateOrder(column(field));
    if (!detected && !chosen) continue;
    const order = chosen ?? detected!.order;
    orders[field] = order;
    const choice: DateChoice = { section, header: header(field), order, decided: chosen !== undefined || detected!.decided };
    if (detected?.example !== undefined) choice.example = detected.example;
    dates.push(choice);
    const zhOrder = order === 'mdy' ? '月/日/年' : '日/月/年';
    const enOrder = order === 'mdy' ? 'month/day/year' : 'day/month/year';
    const example = detected?.example ? `（例：${detected.example} → ${parseDate(detected.example, order) ?? '?'}）` : '';
    const exampleEn = detected?.example ? ` (e.g. ${detected.example} → ${parseDate(detected.example, order) ?? '?'})` : '';
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'date-order',
        file: fileName,
        section,
        field: header(field),
        zh: `此列的短日期按 ${zhOrder} 读取${example}${choice.decided ? '' : '；数据无法判断顺序，如有误请在向导中改为另一种'}`,
        en: `short dates in this column are read as ${enOrder}${exampleEn}${choice.decided ? '' : '; the values do not decide the order, change it in the wizard if wrong'}`,
      }),
    );
  }
  let cpuNumeric = false;
  const cpu = column('cpu');
  if (cpu.length > 0 && cpu.filter((value) => NUMERIC_ONLY.test(value)).length >= cpu.length * 0.8) {
    cpuNumeric = true;
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'cpu-numeric',
        file: fileName,
        section,
        field: header('cpu'),
        value: cpu[0],
        zh: '此列只有数字（如主频 MHz 或核数），不是 CPU 型号，未作为 CPU 导入',
        en: 'this column holds only numbers (MHz or cores), not a CPU model: not imported as the CPU',
      }),
    );
  }
  return { issues, dates, orders, cpuNumeric };
}

/** Converts the rows of one sheet; cross-row checks (duplicates) come after. */
function convertSheet(sheet: TableSheet, mapping: ColumnMapping, fileName: string, options: TableToAssetsOptions, usedIds: Map<string, number>, values: ValueMap | undefined): SheetResult {
  const section = sectionOf(sheet, fileName);
  const issues: Issue[] = [];
  const located: Located[] = [];
  const rejects: RejectedRow[] = [];
  const unknown = new Map<string, UnknownValue>();
  const outOfScope: number[] = [];
  const header = (field: ImportField): string => {
    const index = mapping[field];
    return index === undefined ? field : (sheet.headers[index] ?? `#${index + 1}`);
  };
  const hasColumn = (field: ImportField): boolean => mapping[field] !== undefined;
  const sheetErrors: Issue[] = [];
  if (!hasColumn('name') && !hasColumn('product')) {
    sheetErrors.push(makeIssue({ code: 'missing-column', file: fileName, section, field: 'name', zh: '缺少“设备名称”列（或“型号”列）', en: 'the name column (or product column) is missing' }));
  }
  if (!hasColumn('category') && !options.inferCategory && !options.profile?.defaultCategory) {
    sheetErrors.push(makeIssue({ code: 'missing-column', file: fileName, section, field: 'category', zh: '缺少“资产类别”列', en: 'the category column is missing' }));
  }
  if (sheetErrors.length > 0) {
    const reasons = sheetErrors.map((issue) => issue.message);
    for (const { row, cells } of sheet.rows) rejects.push({ section, sheet: sheet.name, row, cells, reasons });
    return { located, issues: sheetErrors, rejects, unknown, dates: [], outOfScope };
  }
  const checks = columnChecks(sheet, mapping, fileName, section, options, header);
  issues.push(...checks.issues);
  let rounded = 0;
  let firstRounded: string | undefined;
  // Words, numbers and dates repeat down a column: each distinct cell is read once per sheet.
  const dateOf = Object.fromEntries(DATE_FIELDS.map((field) => [field, memoByKey((v) => parseDate(v, checks.orders[field]))])) as Record<DateField, (value: string) => string | undefined>;
  const numberOf = memoByKey(parseNumber);
  const levelOf = memoByKey(parseSecurityLevel);
  const meaningOf = Object.fromEntries(VALUE_FIELDS.map((field) => [field, memoByKey((v) => readValue(field, v, values))])) as { [F in ValueField]: (value: string) => ValueChoice[F] | 'ignore' | undefined };
  const outOfScopeName = memoByKey(isOutOfScope);
  const fromTotal: { row: number; total: number; quantity: number }[] = [];
  /** Rows with a purchase price and no replacement quote: priced from the price book. */
  let purchasePriced = 0;

  for (const { row, cells } of sheet.rows) {
    const raw = (field: ImportField): string => {
      const index = mapping[field];
      // A leading ' before = + - @ is Excel's "this is text" mark (and what our export adds): drop it.
      return index === undefined ? '' : unneutraliseCell((cells[index] ?? '').trim());
    };
    const rowIssues: Issue[] = [];
    const badFields = new Set<string>();
    const bad = (field: ImportField, code: string, zh: string, en: string): void => {
      badFields.add(field);
      rowIssues.push(makeIssue({ code, file: fileName, section, row, field: header(field), value: raw(field), zh, en }));
    };
    const record: Partial<Asset> = {};
    for (const field of TEXT_FIELDS) {
      if (field === 'cpu' && checks.cpuNumeric) continue;
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
      const date = dateOf[field](raw(field));
      if (date) record[field] = date;
      else bad(field, 'bad-date', '无法识别的日期（例：2019-03-05、2019/3/5、2019年3月5日、2020年3月）', 'unreadable date (e.g. 2019-03-05, 2019/3/5, 2020-03)');
    }
    if (raw('quantity') === '') record.quantity = 1;
    else {
      const quantity = numberOf(raw('quantity'));
      if (quantity === undefined) bad('quantity', 'not-a-number', '数量不是数字', 'quantity is not a number');
      else record.quantity = quantity;
    }
    if (raw('unitCost') !== '') {
      const cost = numberOf(raw('unitCost'));
      if (cost === undefined) bad('unitCost', 'not-a-number', '替代单价不是数字', 'replacement unit cost is not a number');
      else record.unitCost = cost;
    }
    if (raw('purchaseCost') !== '') {
      const cost = numberOf(raw('purchaseCost'));
      if (cost === undefined) bad('purchaseCost', 'not-a-number', '购置单价不是数字', 'purchase unit cost is not a number');
      else record.purchaseCost = cost;
    } else if (raw('totalCost') !== '') {
      const total = numberOf(raw('totalCost'));
      if (total === undefined) bad('totalCost', 'not-a-number', '金额不是数字', 'total cost is not a number');
      else if (record.quantity !== undefined && record.quantity > 1) {
        record.purchaseCost = Math.round((total / record.quantity) * 100) / 100;
        fromTotal.push({ row, total, quantity: record.quantity });
      } else record.purchaseCost = total;
    }
    if (record.purchaseCost !== undefined && record.unitCost === undefined) purchasePriced++;
    if (raw('securityLevel') !== '') {
      const level = levelOf(raw('securityLevel'));
      if (level === undefined) bad('securityLevel', 'bad-value', '无法识别的等保级别（应为 1 到 5 级）', 'unreadable security level (1 to 5)');
      else record.securityLevel = level;
    }
    const noteUnknown = (field: ValueField): void => {
      const value = raw(field);
      const key = `${field}\u0001${valueKey(value)}`;
      const seen = unknown.get(key);
      if (seen) {
        seen.count++;
        if (seen.rows.length < 20) seen.rows.push(row);
      } else {
        const entry: UnknownValue = { field, header: header(field), value, key: valueKey(value), count: 1, rows: [row] };
        if (section !== undefined) entry.section = section;
        unknown.set(key, entry);
      }
    };
    if (raw('disposition') !== '') {
      const meaning = meaningOf.disposition(raw('disposition'));
      if (meaning === undefined) noteUnknown('disposition');
      else if (meaning !== 'ignore') applyStatus(record, meaning);
    }
    for (const field of ['tier', 'scale', 'vendorOrigin'] as const) {
      if (raw(field) === '') continue;
      const meaning = meaningOf[field](raw(field));
      if (meaning === undefined) noteUnknown(field);
      else if (meaning !== 'ignore') (record as Record<string, unknown>)[field] = meaning;
    }
    if (record.name === undefined && (record.vendor || record.product)) {
      record.name = [record.vendor, record.product].filter(Boolean).join(' ');
      issues.push(makeIssue({ severity: 'warning', code: 'name-generated', file: fileName, section, row, field: header('name'), value: record.name, zh: '名称为空，已用品牌和型号代替', en: 'name is empty: vendor and product used instead' }));
    }
    let outside = false;
    if (raw('category') !== '') {
      const meaning = meaningOf.category(raw('category'));
      if (meaning === 'other') outside = true;
      else if (meaning !== undefined && meaning !== 'ignore') record.category = meaning;
      else {
        if (meaning === undefined) noteUnknown('category');
        if (outOfScopeName(record.name ?? '') || outOfScopeName(record.product ?? '')) outside = true;
        else {
          const inferred = options.inferCategory?.(record) ?? options.profile?.defaultCategory;
          if (inferred) record.category = inferred;
          else bad('category', 'unknown-category', '无法识别的资产类别（例：服务器、台式机、交换机、数据库、应用系统）', 'unknown category (e.g. server, terminal, network, database, application)');
        }
      }
    } else if (outOfScopeName(record.name ?? '') || outOfScopeName(record.product ?? '')) {
      outside = true;
    } else {
      const inferred = hasColumn('category') ? (options.inferCategory?.(record) ?? options.profile?.defaultCategory) : (options.profile?.defaultCategory ?? options.inferCategory?.(record));
      if (inferred) record.category = inferred;
      else bad('category', 'category-missing', '资产类别为空，且无法自动推断', 'category is empty and cannot be inferred');
    }
    if (outside) {
      outOfScope.push(row);
      if (OUT_OF_SCOPE === 'skip') continue;
      record.category = OUT_OF_SCOPE;
    }
    let id = cleanText(raw('id'));
    if (EXCEL_ROUNDED.test(id)) {
      rounded++;
      firstRounded ??= id;
      id = '';
    }
    if (id === '') {
      const base = `${options.idPrefix ?? 'IMP'}-${stableHash(`${section ?? ''}\u0001${cells.map((cell) => cell.trim()).join('\u0001')}`)}`;
      const seen = usedIds.get(base) ?? 0;
      usedIds.set(base, seen + 1);
      id = seen === 0 ? base : `${base}-${seen + 1}`;
    }
    record.id = id;
    // Invisible characters, bidi controls and prototype names are refused (issue 15, look-alike ids).
    const badId = idIssue(id, { file: fileName, section, row, field: header('id') });
    if (badId) {
      badFields.add('id');
      rowIssues.push(badId);
    }
    const checked = validateAsset(record, fileName, row, section ?? 'assets');
    // A field already reported as unreadable is missing from the record: no second message for it.
    for (const issue of checked.issues) {
      if (issue.field !== undefined && badFields.has(issue.field)) continue;
      const field = issue.field as ImportField | undefined;
      if (field !== undefined && mapping[field] !== undefined) issue.field = header(field);
      if (section === undefined) delete issue.section;
      if (issue.value === undefined && field !== undefined && raw(field) !== '') issue.value = raw(field);
      rowIssues.push(issue);
    }
    for (const issue of rowIssues) issues.push(issue);
    const errors = rowIssues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) rejects.push({ section, sheet: sheet.name, row, cells, reasons: errors.map((issue) => reasonOf(issue)) });
    else if (checked.ok) located.push({ asset: checked.value, row, section, sheet: sheet.name, cells });
  }
  if (rounded > 0) {
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'id-excel-rounded',
        file: fileName,
        section,
        field: header('id'),
        value: firstRounded,
        zh: `${rounded} 个编号被 Excel 改成了科学计数法（如 ${firstRounded}），原编号已丢失，已为这些行生成编号；请在 Excel 中把此列设为“文本”后重新导出以保留原编号`,
        en: `${rounded} ids were rounded by Excel to scientific notation (e.g. ${firstRounded}); the original ids are lost and ids were generated for these rows. Format the column as Text in Excel and export again to keep them`,
      }),
    );
  }
  if (fromTotal.length > 0) {
    const first = fromTotal[0]!;
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'unit-cost-from-total',
        file: fileName,
        section,
        field: header('totalCost'),
        row: first.row,
        zh: `“${header('totalCost')}”是整张卡片的总值：数量大于 1 的 ${fromTotal.length} 行的购置单价按 总值 ÷ 数量 计算（如第 ${first.row} 行 ${first.total} ÷ ${first.quantity} = ${Math.round((first.total / first.quantity) * 100) / 100}）`,
        en: `“${header('totalCost')}” is the card's total value: the purchase unit cost of the ${fromTotal.length} rows with a quantity above one is total ÷ quantity (row ${first.row}: ${first.total} ÷ ${first.quantity} = ${Math.round((first.total / first.quantity) * 100) / 100})`,
      }),
    );
  }
  const purchaseColumn = header(mapping.purchaseCost !== undefined ? 'purchaseCost' : 'totalCost');
  return { located, issues, rejects, unknown, dates: checks.dates, outOfScope, ...(purchasePriced > 0 ? { purchasePriced: { rows: purchasePriced, column: purchaseColumn } } : {}) };
}

/**
 * One note per file: its price column was read as what the items cost when bought, which the plan
 * never prices with (a 2016 PC's price says nothing about a domestic one's), and how to map it if
 * it was a replacement quote after all.
 */
function purchasePriceIssue(fileName: string, columns: readonly string[], rows: number): Issue {
  const zhColumns = columns.map((column) => `“${column}”`).join('、');
  const enColumns = columns.map((column) => `“${column}”`).join(', ');
  return makeIssue({
    severity: 'warning',
    code: 'purchase-cost-not-priced',
    file: fileName,
    field: columns[0],
    zh: `${zhColumns}按购置价格读入（${rows} 行），只作参考：替代费用按价格本中国产产品的单价计算，不按原购置价。若此列其实是国产替代的本地报价，请在列映射中把它改为“${FIELD_HEADERS.unitCost.zh}”`,
    en: `${enColumns} ${columns.length > 1 ? 'were' : 'was'} read as the purchase price (${rows} rows), kept for reference: replacement is priced from the price book's domestic products, not from what the old item cost. If this column is a local quote for the domestic replacement, map it to “${FIELD_HEADERS.unitCost.en}”`,
  });
}

function reasonOf(issue: Issue): { zh: string; en: string } {
  const where = issue.field ? `${issue.field}: ` : '';
  return { zh: `${where}${issue.message.zh}`, en: `${where}${issue.message.en}` };
}

function unknownIssues(unknown: Iterable<UnknownValue>, fileName: string, inferring: boolean): Issue[] {
  const issues: Issue[] = [];
  for (const item of unknown) {
    const what = VALUE_TEXT[item.field];
    const then =
      item.field === 'category'
        ? inferring
          ? { zh: '已按每行内容推断类别', en: 'the category was inferred from each row' }
          : { zh: '无法推断', en: 'it cannot be inferred' }
        : { zh: '已留空', en: 'left empty' };
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'unknown-value',
        file: fileName,
        section: item.section,
        row: item.rows[0],
        field: item.header,
        value: item.value,
        zh: `无法识别的${what.zh}取值（${item.count} 行：第 ${rowList(item.rows, 'zh')} 行），${then.zh}；可在导入向导的“取值对照”中为整个文件指定它的含义`,
        en: `unknown ${what.en} value (${item.count} rows: row ${rowList(item.rows, 'en')}), ${then.en}; its meaning can be set once for the whole file in the wizard's value table`,
      }),
    );
  }
  return issues;
}

function duplicates(located: readonly Located[], fileName: string, idHeader: (section: string | undefined) => string): { issues: Issue[]; dropped: Set<Located> } {
  const first = new Map<string, Located>();
  const issues: Issue[] = [];
  const dropped = new Set<Located>();
  for (const issue of lookAlikeIssues(located.map((item) => ({ id: item.asset.id, row: item.row, section: item.section })), fileName)) {
    issue.field = idHeader(issue.section);
    issues.push(issue);
  }
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
    dropped.add(item);
  }
  return { issues, dropped };
}


/**
 * Converts every sheet of a table, each with its own (guessed or given) mapping, checks ids
 * across sheets, and sorts rows into valid assets and rejected rows with their reasons.
 * @param mappings per sheet, by sheet name; sheets without one use the profile's or the guessed mapping
 */
export function convertAssetTable(table: ImportTable, fileName: string, options: TableToAssetsOptions & { mappings?: Record<string, ColumnMapping> } = {}): AssetConversion {
  const usedIds = new Map<string, number>();
  const located: Located[] = [];
  const issues: Issue[] = [];
  const rejects: RejectedRow[] = [];
  const unknown: UnknownValue[] = [];
  const dateOrders: DateChoice[] = [];
  const outOfScope: { section?: string; row: number }[] = [];
  const idHeaders = new Map<string | undefined, string>();
  let purchasePriced = 0;
  const purchaseColumns = new Set<string>();
  // The profile the table was recognised as, unless the caller gives one (a user profile).
  const profile = options.profile ?? (table.profile ? findBuiltInProfile(table.profile.id) : undefined);
  const values = mergeValues(profile, options.values);
  const withProfile = profile ? { ...options, profile } : options;
  for (const sheet of table.sheets) {
    const mapping = options.mappings?.[sheet.name] ?? profileMapping(profile, sheet.headers);
    const converted = convertSheet(sheet, mapping, fileName, withProfile, usedIds, values);
    for (const item of converted.located) located.push(item);
    for (const issue of converted.issues) issues.push(issue);
    for (const item of converted.rejects) rejects.push(item);
    for (const item of converted.unknown.values()) unknown.push(item);
    for (const item of converted.dates) dateOrders.push(item);
    const section = isWorkbookKind(table.kind) ? sheet.name : sectionOf(sheet, fileName);
    for (const row of converted.outOfScope) outOfScope.push(section === undefined ? { row } : { section, row });
    if (converted.outOfScope.length > 0) {
      const n = converted.outOfScope.length;
      const skip = OUT_OF_SCOPE === 'skip';
      issues.push(
        makeIssue({
          severity: 'warning',
          code: skip ? 'skipped-out-of-scope' : 'out-of-scope',
          file: fileName,
          section,
          row: converted.outOfScope[0],
          zh: skip ? `已跳过 ${n} 行不在规划范围内的设备（UPS、空调等）（第 ${rowList(converted.outOfScope, 'zh')} 行）` : `${n} 行不在规划范围内的设备（UPS、空调等）记为“其他（不纳入规划）”，不参与迁移规划（第 ${rowList(converted.outOfScope, 'zh')} 行）`,
          en: skip ? `${n} rows of out-of-scope equipment (UPS, air conditioning…) left out (row ${rowList(converted.outOfScope, 'en')})` : `${n} rows of out-of-scope equipment (UPS, air conditioning…) kept as “other”, never planned (row ${rowList(converted.outOfScope, 'en')})`,
        }),
      );
    }
    idHeaders.set(sectionOf(sheet, fileName), mapping.id === undefined ? 'id' : (sheet.headers[mapping.id] ?? 'id'));
    if (converted.purchasePriced) {
      purchasePriced += converted.purchasePriced.rows;
      purchaseColumns.add(converted.purchasePriced.column);
    }
  }
  if (purchasePriced > 0) issues.push(purchasePriceIssue(fileName, [...purchaseColumns], purchasePriced));
  for (const issue of unknownIssues(unknown, fileName, options.inferCategory !== undefined)) issues.push(issue);
  const dup = duplicates(located, fileName, (section) => idHeaders.get(section) ?? 'id');
  for (const issue of dup.issues) issues.push(issue);
  const kept: Located[] = [];
  for (const item of located) {
    if (!dup.dropped.has(item)) kept.push(item);
    else {
      const issue = dup.issues.find((i) => i.row === item.row && i.section === item.section);
      rejects.push({ section: item.section, sheet: item.sheet, row: item.row, cells: item.cells, reasons: issue ? [reasonOf(issue)] : [] });
    }
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    assets: kept.map((item) => item.asset),
    rows: kept.map((item) => item.row),
    sheets: kept.map((item) => item.section),
    issues: capIssues(issues, options.maxIssues ?? 500, fileName),
    errors,
    rejects,
    unknownValues: unknown,
    dateOrders,
    outOfScope,
  };
}

/**
 * Converts every sheet of a table, each with its own (guessed or given) mapping, and checks ids
 * across sheets. All or nothing: any error yields no assets.
 * @param mappings per sheet, by sheet name; sheets without one use `guessMapping`
 * @returns the assets with their rows; `sheets[i]` names the sheet of `assets[i]` (undefined for CSV)
 */
export function importAssetTable(
  table: ImportTable,
  fileName: string,
  options: TableToAssetsOptions & { mappings?: Record<string, ColumnMapping> } = {},
): Parsed<ImportedAssets & { sheets: (string | undefined)[] }> {
  const converted = convertAssetTable(table, fileName, options);
  if (converted.errors > 0) return { ok: false, issues: converted.issues };
  return { ok: true, value: { assets: converted.assets, rows: converted.rows, sheets: converted.sheets }, issues: converted.issues };
}
