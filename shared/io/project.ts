/**
 * The project file (`*.xcplan.json`) as text: parse with a size cap and full validation, and
 * serialise so that parse(serialise(p)) deep-equals p.
 */
import { dependencySchema, FAST_ASSET_KEYS, fastAsset, fastDependency, makeIssue, validateAsset, validateProjectFile } from '../model';
import type { CheckedRecords, Issue, Parsed, ProjectFile } from '../model';
import { capIssues, checkFileSize, fail, IMPORT_LIMITS } from './limits';
import { idIssue, lookAlikeIssues, unkeepableText, unkeepableTextIssue } from './text';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Deepest nesting a project file may have. A real one nests about six levels (file → scenarios →
 * pins…); a planted file 100,000 levels deep would make JSON.stringify, structuredClone and
 * recursive validators throw a RangeError (at every start-up, for a backup).
 */
export const MAX_JSON_DEPTH = 64;

/** One object or array being walked by `scanJson`: its keys, and the index of the child being visited. */
type ScanFrame = { node: Record<string, unknown>; keys: string[]; index: number };

/** The dotted path of the child each frame is visiting (`assets.12.name`). */
const framePath = (frames: readonly ScanFrame[], depth = frames.length): string => {
  let path = '';
  for (let i = 0; i < depth; i += 1) path += `${i > 0 ? '.' : ''}${frames[i]!.keys[frames[i]!.index]!}`;
  return path;
};

/**
 * Walks parsed JSON iteratively (no recursion on untrusted depth) and finds forbidden keys, text
 * that cannot be kept, and the first path nested deeper than `MAX_JSON_DEPTH`. Depth-first, each
 * object's keys checked in order and its children visited last to first. A path is built only for
 * a finding: building one for each of a 100,000-asset file's millions of values was a third of
 * its validation time.
 */
function scanJson(root: unknown, fileName: string, limit = 20): { forbidden: string[]; tooDeep?: string; badText: Issue[] } {
  const forbidden: string[] = [];
  const badText: Issue[] = [];
  const frames: ScanFrame[] = [];
  /** Checks a value at the current path; objects are entered. @returns a too-deep path, if any */
  const visit = (node: unknown): string | undefined => {
    if (typeof node === 'string') {
      if (badText.length < limit && unkeepableText(node)) badText.push(unkeepableTextIssue(node, { file: fileName, field: framePath(frames) })!);
      return undefined;
    }
    if (node === null || typeof node !== 'object') return undefined;
    if (frames.length >= MAX_JSON_DEPTH) {
      const path = framePath(frames);
      return path.length > 120 ? `${path.slice(0, 120)}…` : path;
    }
    const keys = Object.keys(node);
    const frame: ScanFrame = { node: node as Record<string, unknown>, keys, index: 0 };
    frames.push(frame);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      frame.index = i;
      if (badText.length < limit && unkeepableText(key)) badText.push(unkeepableTextIssue(key, { file: fileName, field: framePath(frames) })!);
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(framePath(frames));
    }
    frame.index = keys.length;
    return undefined;
  };
  const tooDeep = visit(root);
  if (tooDeep !== undefined) return { forbidden, badText, tooDeep };
  while (frames.length > 0 && forbidden.length < limit) {
    const frame = frames[frames.length - 1]!;
    frame.index -= 1;
    if (frame.index < 0) {
      frames.pop();
      continue;
    }
    const key = frame.keys[frame.index]!;
    if (FORBIDDEN_KEYS.has(key)) continue;
    const deep = visit(frame.node[key]);
    if (deep !== undefined) return { forbidden, badText, tooDeep: deep };
  }
  return { forbidden, badText };
}

/** True when parsed JSON nests deeper than `MAX_JSON_DEPTH` (checked without recursion). */
export function exceedsJsonDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/** Line and column (1-based) of a JSON.parse error, from the position the engine reports. */
export function jsonErrorLocation(message: string, text: string): { line: number; column: number } | undefined {
  const position = /at position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

const hasRequiredAssetFields = (record: unknown): boolean => {
  if (record === null || typeof record !== 'object') return false;
  const r = record as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.name === 'string' && typeof r.category === 'string' && typeof r.quantity === 'number';
};

/**
 * A pass over the records that keeps at most `max` issues: when a file has more bad records than
 * that (a million `{}` would otherwise make four million issue objects, gigabytes), it returns the
 * first issues and the number of further bad records instead of running the full validation.
 */
function boundedRecordIssues(root: Record<string, unknown>, fileName: string, max: number): Issue[] | undefined {
  const assets = Array.isArray(root.assets) ? (root.assets as unknown[]) : [];
  const dependencies = Array.isArray(root.dependencies) ? (root.dependencies as unknown[]) : [];
  if (assets.length + dependencies.length <= max) return undefined;
  const kept: Issue[] = [];
  let badRecords = 0;
  let more = 0;
  const keep = (issue: Issue) => {
    if (kept.length < max) kept.push(issue);
    else more++;
  };
  assets.forEach((record, index) => {
    // A plainly valid record is not bad (forbidden keys were refused before this pass).
    if (fastAsset(record)) return;
    // Past the cap only the count matters: a record without its required fields is bad without
    // building its issues (the schema's error objects made a million `{}` take half a minute).
    if (kept.length >= max && !hasRequiredAssetFields(record)) {
      badRecords++;
      more++;
      return;
    }
    const checked = validateAsset(record, fileName, index + 1);
    if (checked.ok) return;
    badRecords++;
    if (kept.length >= max) more++;
    else for (const issue of checked.issues) keep(issue);
  });
  dependencies.forEach((record, index) => {
    if (fastDependency(record) || dependencySchema.safeParse(record).success) return;
    badRecords++;
    if (kept.length >= max) {
      more++;
      return;
    }
    // The full validator's own messages for this record, renumbered to its row.
    const alone = validateProjectFile({ format: root.format, version: root.version, project: root.project, assets: [], dependencies: [record] }, fileName);
    for (const issue of alone.issues) if (issue.section === 'dependencies') keep({ ...issue, row: index + 1 });
  });
  if (badRecords <= max) return undefined;
  return capIssues(kept, max, fileName, more);
}

const PLAIN_ASSET_KEYS: ReadonlySet<string> = new Set(FAST_ASSET_KEYS);
const PLAIN_DEPENDENCY_KEYS: ReadonlySet<string> = new Set(['from', 'to', 'kind']);

/** True when every key of a record is in `known` and every text value can be kept. */
function plainKeysAndText(record: object, known: ReadonlySet<string>): boolean {
  // The fast checks already required a plain object (prototype Object.prototype or null).
  for (const key in record) {
    if (!known.has(key)) return false;
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === 'string' && unkeepableText(value) !== undefined) return false;
  }
  return true;
}

/**
 * The records of a version 2 file when every one is plainly valid: accepted by the fast checks,
 * no key the schema does not know (so no forbidden key and no unknown-field warning), no text that
 * cannot be kept, nothing nested. Such records give no issue in the scan or in validation, so
 * they are checked once here, and the scan walks only the rest of the file. Undefined when any
 * record is not plain: then the whole file takes the full path, whose messages name file, row
 * and field.
 */
function plainRecords(root: Record<string, unknown>): CheckedRecords | undefined {
  const rawAssets = root.assets;
  const rawDependencies = root.dependencies ?? [];
  if (root.version !== 2 || !Array.isArray(rawAssets) || !Array.isArray(rawDependencies)) return undefined;
  const assets = plainList(rawAssets, fastAsset, PLAIN_ASSET_KEYS);
  const dependencies = assets && plainList(rawDependencies, fastDependency, PLAIN_DEPENDENCY_KEYS);
  return assets && dependencies ? { assets, dependencies } : undefined;
}

/** Each record's fast-checked value, or undefined as soon as one record is not plain. */
function plainList<T>(records: readonly unknown[], fast: (record: unknown) => T | undefined, known: ReadonlySet<string>): T[] | undefined {
  const out = new Array<T>(records.length);
  for (let i = 0; i < records.length; i += 1) {
    const value = fast(records[i]);
    if (value === undefined || !plainKeysAndText(records[i] as object, known)) return undefined;
    out[i] = value;
  }
  return out;
}

/**
 * Validates already-parsed JSON as a project file, as the app's importer does everywhere (import
 * wizard, merge, restore, backups, the command line): forbidden keys and nesting depth refused
 * first, records checked, at most `maxIssues` issues returned (then one that counts the rest).
 * @param raw the parsed JSON
 * @param fileName file name for messages
 * @param options.plainPath false makes every record take the full path (tests compare the two)
 */
export function parseProjectFileValue(raw: unknown, fileName: string, maxIssues: number = IMPORT_LIMITS.listedIssues, options: { plainPath?: boolean } = {}): Parsed<ProjectFile> {
  const root = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const checked = root && options.plainPath !== false ? plainRecords(root) : undefined;
  // With plain records the scan walks the file around them (same paths for everything else).
  const scanned = checked && root ? { ...root, assets: [], ...('dependencies' in root ? { dependencies: [] } : {}) } : raw;
  const { forbidden, tooDeep, badText } = scanJson(scanned, fileName);
  if (tooDeep !== undefined) {
    return fail(makeIssue({ code: 'too-deep', file: fileName, field: tooDeep, zh: `嵌套层数超过 ${MAX_JSON_DEPTH} 层，不是有效的项目文件`, en: `nested deeper than ${MAX_JSON_DEPTH} levels: not a valid project file` }));
  }
  if (forbidden.length > 0) {
    const issues: Issue[] = forbidden.map((path) =>
      makeIssue({ code: 'forbidden-key', file: fileName, field: path, zh: '不允许的字段名（可能是原型污染攻击）', en: 'forbidden field name (possible prototype pollution)' }),
    );
    return { ok: false, issues };
  }
  if (badText.length > 0) return { ok: false, issues: badText };
  if (root && !checked) {
    const bounded = boundedRecordIssues(root, fileName, maxIssues);
    if (bounded) return { ok: false, issues: bounded };
  }
  const parsed = validateProjectFile(raw, fileName, checked);
  if (parsed.ok) {
    // Ids: no prototype names, no invisible characters, no look-alike pairs (issue 15 #7, #9).
    const idProblems: Issue[] = [];
    parsed.value.assets.forEach((asset, index) => {
      const issue = idIssue(asset.id, { file: fileName, section: 'assets', row: index + 1, field: 'id' });
      if (issue) idProblems.push(issue);
    });
    const lookAlikes = lookAlikeIssues(parsed.value.assets.map((asset, index) => ({ id: asset.id, row: index + 1 })), fileName, 'id', 'assets');
    for (const issue of lookAlikes) idProblems.push(issue);
    if (idProblems.length > 0) return { ok: false, issues: capIssues([...parsed.issues, ...idProblems], maxIssues, fileName) };
  }
  return { ...parsed, issues: capIssues(parsed.issues, maxIssues, fileName) };
}

/**
 * Parses and validates a project file's text.
 * @param text the file's text (a BOM is ignored)
 * @param fileName file name for messages
 * @param maxBytes the size cap (project files: `IMPORT_LIMITS.projectBytes`)
 * @returns the project, or every problem with its section, row and field
 */
export function parseProjectFileText(text: string, fileName: string, maxBytes: number = IMPORT_LIMITS.projectBytes): Parsed<ProjectFile> {
  // A UTF-16 string is at most 3 UTF-8 bytes per unit; count exactly only near the cap.
  if (text.length * 3 > maxBytes) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) {
      return fail(checkFileSize(bytes, fileName, maxBytes)!);
    }
  }
  let raw: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = jsonErrorLocation(detail, body);
    const where = { zh: at ? `（第 ${at.line} 行第 ${at.column} 列）` : '', en: at ? ` (line ${at.line}, column ${at.column})` : '' };
    return fail(makeIssue({ code: 'invalid-json', file: fileName, value: detail, zh: `不是有效的 JSON${where.zh}`, en: `not valid JSON${where.en}` }));
  }
  return parseProjectFileValue(raw, fileName);
}

/**
 * Serialises a project file as readable JSON (two-space indent, trailing newline).
 * @param file a valid project
 */
export function serializeProjectFile(file: ProjectFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
