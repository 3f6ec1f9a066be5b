/**
 * Runtime validation of the project file, with messages that name file, section, row and field.
 * zod checks each record's shape; the cross-record rules (unique ids, references that resolve,
 * pins on known assets) are checked here by hand because they span the whole file.
 */
import { z } from 'zod';

import { CATEGORIES, DEPENDENCY_KINDS, DISPOSITIONS, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS } from './types';
import type { Asset, Dependency, FreezeWindow, ProjectFile, ProjectMeta, Scenario } from './types';
import { describeConversion, upgradeScenarioRecord, upgradeV1 } from './convert';
import type { ConversionReport } from './convert';
import { hasErrors, makeIssue } from './issues';
import type { Issue, Parsed } from './issues';

/** The value of `length` ASCII digits of `text` from `at`, or -1 if one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * True for a real calendar date written `YYYY-MM-DD`, from year 0100 (two-digit years are not
 * dates an estate has). Read digit by digit: a project file has a few hundred thousand dates.
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

const isoDate = z.string().refine(isIsoDate, { message: 'date-format' });
const text = (max: number) => z.string().max(max, { message: 'too-long' });

export const assetSchema = z.object({
  id: z.string().trim().min(1, { message: 'required' }).max(128, { message: 'too-long' }),
  name: z.string().trim().min(1, { message: 'required' }).max(512, { message: 'too-long' }),
  category: z.enum(CATEGORIES, { message: 'enum' }),
  quantity: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'min-1' }).max(1_000_000, { message: 'max' }),
  vendor: text(256).optional(),
  product: text(256).optional(),
  version: text(128).optional(),
  cpu: text(256).optional(),
  os: text(256).optional(),
  vendorOrigin: z.enum(VENDOR_ORIGINS, { message: 'enum' }).optional(),
  disposition: z.enum(DISPOSITIONS, { message: 'enum' }).optional(),
  tier: z.enum(TIERS, { message: 'enum' }).optional(),
  scale: z.enum(SYSTEM_SCALES, { message: 'enum' }).optional(),
  site: text(256).optional(),
  department: text(256).optional(),
  securityLevel: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'range-1-5' }).max(5, { message: 'range-1-5' }).optional(),
  endOfSupport: isoDate.optional(),
  readyFrom: isoDate.optional(),
  purchaseDate: isoDate.optional(),
  retainReason: text(1024).optional(),
  effort: z.number({ message: 'number' }).min(0, { message: 'min-0' }).max(1e7, { message: 'max' }).optional(),
  vendorTeam: text(256).optional(),
  clientReadyFrom: isoDate.optional(),
  unitCost: z.number({ message: 'number' }).min(0, { message: 'min-0' }).max(1e10, { message: 'max' }).optional(),
  purchaseCost: z.number({ message: 'number' }).min(0, { message: 'min-0' }).max(1e10, { message: 'max' }).optional(),
  notes: text(4096).optional(),
}) satisfies z.ZodType<Asset>;

export const dependencySchema = z.object({
  from: z.string().min(1, { message: 'required' }),
  to: z.string().min(1, { message: 'required' }),
  kind: z.enum(DEPENDENCY_KINDS, { message: 'enum' }),
}) satisfies z.ZodType<Dependency>;

export const projectMetaSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(256, { message: 'too-long' }),
  province: text(64).optional(),
  startDate: isoDate,
  horizonYears: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'range-1-30' }).max(30, { message: 'range-1-30' }),
  waveMonths: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'range-1-24' }).max(24, { message: 'range-1-24' }),
  targetPlatform: z.object({ os: text(64).optional(), cpu: text(64).optional() }).optional(),
}) satisfies z.ZodType<ProjectMeta>;

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const monthDay = z.string().refine((v) => MONTH_DAY.test(v), { message: 'month-day' });

export const freezeWindowSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(64, { message: 'too-long' }),
  from: monthDay,
  to: monthDay,
  scope: z.enum(['core', 'all'], { message: 'enum' }),
}) satisfies z.ZodType<FreezeWindow>;

export const scenarioSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(128, { message: 'too-long' }),
  capacityPerWave: z.number({ message: 'number' }).positive({ message: 'positive' }),
  budgetPerYear: z.number({ message: 'number' }).positive({ message: 'positive' }).optional(),
  maxCoreCutoversPerWave: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'min-1' }),
  phaseOverlapWaves: z.number({ message: 'number' }).int({ message: 'integer' }).min(0, { message: 'min-0' }).max(24, { message: 'max' }).optional(),
  dualTrackMonths: z.number({ message: 'number' }).int({ message: 'integer' }).min(0, { message: 'min-0' }).max(24, { message: 'max' }).optional(),
  securityReserveShare: z.number({ message: 'number' }).min(0, { message: 'min-0' }).max(0.5, { message: 'max' }).optional(),
  vendorTeamSystemsPerWave: z.number({ message: 'number' }).int({ message: 'integer' }).min(1, { message: 'min-1' }).optional(),
  freezeWindows: z.array(freezeWindowSchema).max(64, { message: 'max' }).default([]),
  pins: z.record(z.string(), z.number().int({ message: 'integer' }).min(1, { message: 'min-1' })).default({}),
  effortPerUnit: z.partialRecord(z.enum(CATEGORIES), z.number().min(0, { message: 'min-0' })).optional(),
  tenderLeadMonths: z.number({ message: 'number' }).int({ message: 'integer' }).min(0, { message: 'min-0' }).max(36, { message: 'max' }).optional(),
  budgetRequestYearBefore: z.boolean({ message: 'boolean' }).optional(),
}) satisfies z.ZodType<Scenario, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ASSET_KEYS = new Set(Object.keys(assetSchema.shape));

// ── Fast paths for the common case, a record that is plainly valid (issue 12 #7) ──────────────
// zod builds an issue list and a parse context per record; for 100,000 assets and 400,000
// dependencies that was most of a project file's validation. These checks accept only what the
// schemas above accept and return what they would return (same fields, trimmed the same, same key
// order); anything else, unsure cases included, goes to zod, which gives the messages.
// schema.test.ts checks them against the schemas on random valid and invalid records.

/** Marks a value the fast path does not accept (zod decides). */
const UNSURE: unique symbol = Symbol('unsure');
type FastField = (value: unknown) => unknown;

const fastText = (max: number): FastField => (v) => (typeof v === 'string' && v.length <= max ? v : UNSURE);
const fastTrimmed = (max: number): FastField => (v) => {
  if (typeof v !== 'string') return UNSURE;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : UNSURE;
};
const fastEnum = (values: readonly string[]): FastField => {
  const set = new Set(values);
  return (v) => (typeof v === 'string' && set.has(v) ? v : UNSURE);
};
const fastInt = (min: number, max: number): FastField => (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : UNSURE);
const fastNumber = (min: number, max: number): FastField => (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : UNSURE);
const fastDate: FastField = (v) => (typeof v === 'string' && isIsoDate(v) ? v : UNSURE);

/** One check per field of `assetSchema`, in its order; the first four are required. */
const FAST_ASSET_FIELDS: readonly [keyof Asset, FastField][] = [
  ['id', fastTrimmed(128)],
  ['name', fastTrimmed(512)],
  ['category', fastEnum(CATEGORIES)],
  ['quantity', fastInt(1, 1_000_000)],
  ['vendor', fastText(256)],
  ['product', fastText(256)],
  ['version', fastText(128)],
  ['cpu', fastText(256)],
  ['os', fastText(256)],
  ['vendorOrigin', fastEnum(VENDOR_ORIGINS)],
  ['disposition', fastEnum(DISPOSITIONS)],
  ['tier', fastEnum(TIERS)],
  ['scale', fastEnum(SYSTEM_SCALES)],
  ['site', fastText(256)],
  ['department', fastText(256)],
  ['securityLevel', fastInt(1, 5)],
  ['endOfSupport', fastDate],
  ['readyFrom', fastDate],
  ['purchaseDate', fastDate],
  ['retainReason', fastText(1024)],
  ['effort', fastNumber(0, 1e7)],
  ['vendorTeam', fastText(256)],
  ['clientReadyFrom', fastDate],
  ['unitCost', fastNumber(0, 1e10)],
  ['purchaseCost', fastNumber(0, 1e10)],
  ['notes', fastText(4096)],
];
const REQUIRED_ASSET_FIELDS = 4;

/** The field names the fast asset check knows, in order (a test compares them with `assetSchema`). */
export const FAST_ASSET_KEYS: readonly string[] = FAST_ASSET_FIELDS.map(([key]) => key);

const isPlainRecord = (raw: unknown): raw is Record<string, unknown> => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const proto = Object.getPrototypeOf(raw) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * What `assetSchema.safeParse(raw).data` is when `raw` is plainly valid; undefined when zod must decide.
 */
export function fastAsset(raw: unknown): Asset | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < FAST_ASSET_FIELDS.length; i += 1) {
    const [key, check] = FAST_ASSET_FIELDS[i]!;
    if (!Object.hasOwn(raw, key)) {
      if (i < REQUIRED_ASSET_FIELDS) return undefined;
      continue;
    }
    const value = check(raw[key]);
    if (value === UNSURE) return undefined;
    out[key] = value;
  }
  return out as Asset;
}

const FAST_KINDS = new Set<string>(DEPENDENCY_KINDS);

/** What `dependencySchema.safeParse(raw).data` is when `raw` is plainly valid; undefined when zod must decide. */
export function fastDependency(raw: unknown): Dependency | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { from, to, kind } = raw;
  if (typeof from !== 'string' || from.length === 0 || typeof to !== 'string' || to.length === 0 || typeof kind !== 'string' || !FAST_KINDS.has(kind)) return undefined;
  return { from, to, kind: kind as Dependency['kind'] };
}

/** What zod's message keys mean, in both languages. */
const RULE_TEXT: Record<string, { zh: string; en: string }> = {
  required: { zh: '必填项为空', en: 'is required' },
  'too-long': { zh: '内容过长', en: 'is too long' },
  enum: { zh: '不是允许的取值', en: 'is not one of the allowed values' },
  number: { zh: '应为数字', en: 'must be a number' },
  boolean: { zh: '应为 true 或 false', en: 'must be true or false' },
  integer: { zh: '应为整数', en: 'must be a whole number' },
  'min-1': { zh: '应不小于 1', en: 'must be at least 1' },
  'min-0': { zh: '不能为负数', en: 'must not be negative' },
  max: { zh: '数值过大', en: 'is too large' },
  positive: { zh: '应大于 0', en: 'must be greater than 0' },
  'range-1-5': { zh: '应在 1 到 5 之间', en: 'must be between 1 and 5' },
  'range-1-30': { zh: '应在 1 到 30 之间', en: 'must be between 1 and 30' },
  'range-1-24': { zh: '应在 1 到 24 之间', en: 'must be between 1 and 24' },
  month: { zh: '月份应在 1 到 12 之间', en: 'months must be between 1 and 12' },
  'month-day': { zh: '应为 MM-DD 格式的月日', en: 'must be a month and day written MM-DD' },
  'date-format': { zh: '日期应为 YYYY-MM-DD 格式的有效日期', en: 'must be a valid date written YYYY-MM-DD' },
};

function describeZodIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const known = RULE_TEXT[issue.message];
  if (known) return known;
  if (issue.code === 'invalid_type') {
    return { zh: `类型错误（应为 ${issue.expected}）`, en: `has the wrong type (expected ${issue.expected})` };
  }
  return { zh: issue.message, en: issue.message };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function zodIssues(
  error: z.ZodError,
  raw: unknown,
  file: string,
  section: string,
  row: number | undefined,
  codePrefix: string,
): Issue[] {
  return error.issues.map((zi) => {
    const field = zi.path.map(String).join('.') || undefined;
    return makeIssue({
      code: `${codePrefix}-invalid`,
      file,
      section,
      row,
      field,
      value: valueAt(raw, zi.path),
      ...describeZodIssue(zi),
    });
  });
}

function forbiddenKeyIssues(record: object, file: string, section: string, row?: number): Issue[] {
  return Object.keys(record)
    .filter((key) => FORBIDDEN_KEYS.has(key))
    .map((key) =>
      makeIssue({
        code: 'forbidden-key',
        file,
        section,
        row,
        field: key,
        zh: '不允许的字段名（可能是原型污染攻击）',
        en: 'is a forbidden field name (possible prototype pollution)',
      }),
    );
}

/**
 * Validates one asset record.
 * @param raw the record as read from a file
 * @param file file name for messages
 * @param row 1-based row for messages
 * @returns the typed asset, or issues naming the fields
 */
export function validateAsset(raw: unknown, file: string, row: number, section = 'assets'): Parsed<Asset> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [makeIssue({ code: 'not-object', file, section, row, zh: '应为对象', en: 'must be an object' })] };
  }
  const issues = forbiddenKeyIssues(raw, file, section, row);
  for (const key of Object.keys(raw)) {
    if (!ASSET_KEYS.has(key) && !FORBIDDEN_KEYS.has(key)) {
      issues.push(makeIssue({ severity: 'warning', code: 'unknown-field', file, section, row, field: key, zh: '未知字段，已忽略', en: 'unknown field, ignored' }));
    }
  }
  const fast = fastAsset(raw);
  if (fast) return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: fast, issues };
  const result = assetSchema.safeParse(raw);
  if (!result.success) return { ok: false, issues: [...issues, ...zodIssues(result.error, raw, file, section, row, 'asset')] };
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value: result.data, issues };
}

/**
 * Cross-record rules over assets and dependencies: unique ids, references that resolve, no
 * self-dependency, duplicate edges (warning), pins on known assets.
 * @param dependencyRows 1-based row of each dependency in its source, for messages
 */
export function checkReferences(
  assets: readonly Asset[],
  dependencies: readonly Dependency[],
  file: string,
  options: { assetRows?: readonly number[]; dependencyRows?: readonly number[]; dependencyFile?: string; pins?: Record<string, number> } = {},
): Issue[] {
  const issues: Issue[] = [];
  // Each id's first position in `assets`, which is also its distinct number for the edge keys
  // (rows may repeat across sheets: the row is read from the position).
  const first = new Map<string, number>();
  const rowOf = (index: number) => options.assetRows?.[index] ?? index + 1;
  for (let index = 0; index < assets.length; index++) {
    const id = assets[index]!.id;
    const seen = first.get(id);
    if (seen !== undefined) {
      issues.push(makeIssue({ code: 'duplicate-id', file, section: 'assets', row: rowOf(index), field: 'id', value: id, zh: `编号重复（第 ${rowOf(seen)} 行已使用）`, en: `duplicate id (already used in row ${rowOf(seen)})` }));
    } else {
      first.set(id, index);
    }
  }
  const depFile = options.dependencyFile ?? file;
  const edges = new EdgeSet(first, assets.length, dependencies.length);
  const dangling = (dep: Dependency, row: number, end: 'from' | 'to') =>
    issues.push(makeIssue({ code: 'dangling-reference', file: depFile, section: 'dependencies', row, field: end, value: dep[end], zh: '引用的资产不存在', en: 'refers to an asset that does not exist' }));
  for (let index = 0; index < dependencies.length; index++) {
    const dep = dependencies[index]!;
    const row = options.dependencyRows?.[index] ?? index + 1;
    const from = first.get(dep.from);
    const to = first.get(dep.to);
    if (from === undefined) dangling(dep, row, 'from');
    if (to === undefined) dangling(dep, row, 'to');
    if (dep.from === dep.to) {
      issues.push(makeIssue({ code: 'self-dependency', file: depFile, section: 'dependencies', row, field: 'to', value: dep.to, zh: '资产不能依赖自身', en: 'an asset cannot depend on itself' }));
    }
    if (!edges.add(dep, from, to)) {
      issues.push(makeIssue({ severity: 'warning', code: 'duplicate-dependency', file: depFile, section: 'dependencies', row, zh: '重复的依赖关系，已合并', en: 'duplicate dependency, merged' }));
    }
  }
  for (const [id, wave] of Object.entries(options.pins ?? {})) {
    if (!first.has(id)) {
      issues.push(makeIssue({ code: 'pin-unknown-asset', file, section: 'scenario.pins', field: id, value: wave, zh: '固定批次的资产不存在', en: 'pins an asset that does not exist' }));
    }
  }
  return issues;
}

/**
 * A version 2 file's records already checked one by one by the caller, each what `validateAsset`
 * or `dependencySchema` returns for it without any issue (shared/io/project.ts `plainRecords`):
 * the file's cross-record rules are still checked here.
 */
export type CheckedRecords = { assets: Asset[]; dependencies: Dependency[] };

/**
 * Validates a whole project file (already JSON-parsed).
 * @param raw the parsed JSON
 * @param file file name for messages
 * @param checked the records of a version 2 file, when already checked (then not checked again)
 * @returns the typed project with warnings, or every problem found (never a partial project)
 */
export function validateProjectFile(raw: unknown, file: string, checked?: CheckedRecords): Parsed<ProjectFile> {
  const issues: Issue[] = [];
  const fail = (zh: string, en: string, code: string, section?: string): Parsed<ProjectFile> => ({
    ok: false,
    issues: [...issues, makeIssue({ code, file, section, zh, en })],
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('项目文件应为 JSON 对象', 'the project file must be a JSON object', 'not-object');
  const root = raw as Record<string, unknown>;
  issues.push(...forbiddenKeyIssues(root, file, 'root'));
  if (root.format !== 'xcplan') return fail('不是信创迁移规划项目文件（format 应为 "xcplan"）', 'not a planner project file (format must be "xcplan")', 'wrong-format', 'format');
  if (root.version !== 1 && root.version !== 2) return fail(`不支持的文件版本 ${showVersion(root.version)}（支持 1、2）`, `unsupported file version ${showVersion(root.version)} (supported: 1, 2)`, 'wrong-version', 'version');
  let conversion: ConversionReport | undefined;
  if (root.version === 1) {
    const upgraded = upgradeV1(root);
    conversion = upgraded.report;
    return finishValidation(upgraded.root, file, issues, conversion);
  }
  return finishValidation(root, file, issues, conversion, checked);
}

/** Parses a scenario record, a version 1 one (freeze months) included. */
export function parseScenario(raw: unknown): ReturnType<typeof scenarioSchema.safeParse> {
  return scenarioSchema.safeParse(upgradeScenarioRecord(raw));
}

function finishValidation(root: Record<string, unknown>, file: string, issues: Issue[], conversion: ConversionReport | undefined, checked?: CheckedRecords): Parsed<ProjectFile> & { conversion?: ConversionReport } {
  if (conversion) issues.push(makeIssue({ severity: 'warning', code: 'converted-v1', file, section: 'version', ...describeConversion(conversion) }));

  const meta = projectMetaSchema.safeParse(root.project);
  if (!meta.success) issues.push(...zodIssues(meta.error, root.project, file, 'project', undefined, 'project'));

  const assets: Asset[] = checked ? checked.assets : [];
  if (checked) {
    // Records checked by the caller: nothing to do per record.
  } else if (!Array.isArray(root.assets)) {
    issues.push(makeIssue({ code: 'missing-section', file, section: 'assets', zh: '缺少资产列表 assets', en: 'the assets list is missing' }));
  } else {
    root.assets.forEach((record, index) => {
      const parsed = validateAsset(record, file, index + 1);
      issues.push(...parsed.issues);
      if (parsed.ok) assets.push(parsed.value);
    });
  }

  const dependencies: Dependency[] = checked ? checked.dependencies : [];
  const dependencyRows: number[] = [];
  const rawDeps = root.dependencies ?? [];
  if (checked) {
    // Records checked by the caller, every one kept: row = index + 1.
  } else if (!Array.isArray(rawDeps)) {
    issues.push(makeIssue({ code: 'missing-section', file, section: 'dependencies', zh: 'dependencies 应为数组', en: 'dependencies must be an array' }));
  } else {
    rawDeps.forEach((record, index) => {
      const fast = fastDependency(record);
      if (fast) {
        dependencies.push(fast);
        dependencyRows.push(index + 1);
        return;
      }
      const parsed = dependencySchema.safeParse(record);
      if (parsed.success) {
        dependencies.push(parsed.data);
        dependencyRows.push(index + 1);
      } else {
        issues.push(...zodIssues(parsed.error, record, file, 'dependencies', index + 1, 'dependency'));
      }
    });
  }

  let scenario: Scenario | undefined;
  if (root.scenario !== undefined) {
    const parsed = parseScenario(root.scenario);
    if (parsed.success) scenario = parsed.data;
    else issues.push(...zodIssues(parsed.error, root.scenario, file, 'scenario', undefined, 'scenario'));
  }
  const scenarios: Scenario[] = [];
  if (root.scenarios !== undefined) {
    if (!Array.isArray(root.scenarios)) {
      issues.push(makeIssue({ code: 'scenario-invalid', file, section: 'scenarios', zh: 'scenarios 应为数组', en: 'scenarios must be an array' }));
    } else {
      root.scenarios.forEach((record, index) => {
        const parsed = parseScenario(record);
        if (parsed.success) scenarios.push(parsed.data);
        else issues.push(...zodIssues(parsed.error, record, file, 'scenarios', index + 1, 'scenario'));
      });
    }
  }

  // Reference checks only make sense once every record parsed; a file with bad records already fails.
  if (!hasErrors(issues)) {
    // A loop, not push(...list): 130,000 dangling references overflow the stack as spread arguments.
    for (const issue of checkReferences(assets, dependencies, file, { dependencyRows: checked ? undefined : dependencyRows, pins: scenario?.pins })) issues.push(issue);
  }
  if (hasErrors(issues) || !meta.success) return { ok: false, issues };

  const extensions = root.extensions;
  const project: ProjectFile = {
    format: 'xcplan',
    version: 2,
    project: meta.data,
    assets,
    // The reference check above warned about every duplicate edge; without one there is nothing to drop.
    dependencies: issues.some((issue) => issue.code === 'duplicate-dependency') ? dedupeDependencies(dependencies) : dependencies,
  };
  if (scenario) project.scenario = scenario;
  if (scenarios.length > 0) project.scenarios = scenarios;
  if (extensions !== undefined && extensions !== null && typeof extensions === 'object' && !Array.isArray(extensions)) {
    project.extensions = extensions as Record<string, unknown>;
  }
  return conversion ? { ok: true, value: project, issues, conversion } : { ok: true, value: project, issues };
}

/** Drops exact duplicate edges, keeping the first; order is otherwise preserved. */
export function dedupeDependencies(dependencies: readonly Dependency[]): Dependency[] {
  const ids = new Map<string, number>();
  for (const dep of dependencies) {
    if (!ids.has(dep.from)) ids.set(dep.from, ids.size);
    if (!ids.has(dep.to)) ids.set(dep.to, ids.size);
  }
  const seen = new EdgeSet(ids, ids.size, dependencies.length);
  return dependencies.filter((dep) => seen.add(dep));
}

const KIND_INDEX = new Map<string, number>(DEPENDENCY_KINDS.map((kind, i) => [kind, i]));

/**
 * The distinct edges (from, to, kind) seen so far. An edge between known ids of a known kind is a
 * number made of the ends' numbers and the kind's, kept in an open-addressing table of doubles;
 * any other edge is the three joined as text in a Set. Building, hashing and keeping a joined
 * string (or a boxed number) per edge was most of the validation of 400,000 dependencies.
 */
class EdgeSet {
  private readonly table: Float64Array;
  private readonly other = new Set<string>();
  private readonly span: number;
  private readonly numeric: boolean;
  private readonly shift: number;

  /**
   * @param ids each known asset id with a distinct number below `span`
   * @param span one more than the largest number
   * @param expected how many edges will be added at most (the table holds twice as many slots)
   */
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    span: number,
    expected: number,
  ) {
    this.span = span;
    this.numeric = this.span * this.span * DEPENDENCY_KINDS.length < Number.MAX_SAFE_INTEGER;
    let bits = 4;
    while (2 ** bits < expected * 2) bits += 1;
    this.table = new Float64Array(2 ** bits);
    this.shift = 32 - bits;
  }

  /**
   * Adds an edge.
   * @param from, to the numbers of its ends when the caller has looked them up already
   * @returns false when the same edge was added before
   */
  add(dep: Dependency, from = this.ids.get(dep.from), to = this.ids.get(dep.to)): boolean {
    const kind = KIND_INDEX.get(dep.kind);
    if (!this.numeric || from === undefined || to === undefined || kind === undefined) {
      const key = `${dep.from}\u0000${dep.to}\u0000${dep.kind}`;
      if (this.other.has(key)) return false;
      this.other.add(key);
      return true;
    }
    // Stored plus one, so 0 marks an empty slot.
    const key = (from * this.span + to) * DEPENDENCY_KINDS.length + kind + 1;
    const mask = this.table.length - 1;
    // Multiplicative hashing of both 32-bit halves; the slot is the product's top bits.
    let slot = Math.imul(((key % 0x100000000) | 0) ^ Math.imul(Math.floor(key / 0x100000000) | 0, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const held = this.table[slot]!;
      if (held === 0) {
        this.table[slot] = key;
        return true;
      }
      if (held === key) return false;
      slot = (slot + 1) & mask;
    }
  }
}

function showVersion(version: unknown): string {
  return typeof version === 'number' || typeof version === 'string' ? String(version) : typeof version;
}
