/**
 * Dependency lists (CSV or XLSX): `from,to,kind`, or Chinese headers 依赖方/被依赖方/关系类型 with
 * kinds such as 运行于/部署于 (runs-on), 连接/访问 (connects-to), 接口/集成 (integrates-with).
 * Every end must name a known asset; cycles are valid data (the planner bundles them).
 */
import { makeIssue } from '../model';
import type { Dependency, DependencyKind, Issue, Parsed } from '../model';
import { fail } from './limits';
import { normaliseHeader as normaliseHeaderKey } from './mapping';
import { cleanText } from './normalise';
import { buildTable, readRawSheets } from './table';

type DepField = 'from' | 'to' | 'kind';

const DEP_HEADERS: Record<DepField, readonly string[]> = {
  from: ['from', '依赖方', '源', '源资产', '源资产编号', '依赖方编号', '资产编号', '上游', 'source', 'dependent'],
  to: ['to', '被依赖方', '目标', '目标资产', '目标资产编号', '被依赖方编号', '依赖于', '依赖对象', 'target', 'depends on'],
  kind: ['kind', '关系类型', '依赖类型', '关系', '类型', 'type', 'relation'],
};

const KIND_WORDS: Record<DependencyKind, readonly string[]> = {
  'runs-on': ['runs-on', 'runs on', '运行于', '部署于', '运行在', '部署在', '安装于', '安装在', '承载于', '运行'],
  'connects-to': ['connects-to', 'connects to', '连接', '访问', '连接到', '使用', '调用'],
  'integrates-with': ['integrates-with', 'integrates with', '接口', '集成', '对接', '数据交换', '接口对接'],
  protects: ['protects', '防护', '保护', '安全防护', '审计'],
};

const HEADER_LOOKUP = new Map<string, DepField>();
for (const field of ['from', 'to', 'kind'] as const) for (const word of DEP_HEADERS[field]) HEADER_LOOKUP.set(normaliseHeaderKey(word), field);
const KIND_LOOKUP = new Map<string, DependencyKind>();
for (const kind of ['runs-on', 'connects-to', 'integrates-with', 'protects'] as const) for (const word of KIND_WORDS[kind]) KIND_LOOKUP.set(normaliseHeaderKey(word), kind);

/** The dependency kind a word means, or undefined. */
export const parseDependencyKind = (value: string): DependencyKind | undefined => KIND_LOOKUP.get(normaliseHeaderKey(value));

/**
 * Reads and checks a dependency file.
 * @param bytes the file
 * @param fileName file name for messages
 * @param knownIds ids of the assets the dependencies may refer to
 * @returns the dependencies (exact duplicates merged, with a warning), or every problem found
 */
export async function parseDependencyFile(bytes: Uint8Array, fileName: string, knownIds: ReadonlySet<string>): Promise<Parsed<Dependency[]>> {
  const raw = await readRawSheets(bytes, fileName);
  if (!raw.ok) return raw;
  const built = buildTable(raw.value.sheets, fileName, raw.value.kind, (header) => HEADER_LOOKUP.has(normaliseHeaderKey(header)));
  if (!built.ok) return { ok: false, issues: [...raw.issues, ...built.issues] };
  const issues: Issue[] = [...raw.issues, ...built.issues];
  const dependencies: Dependency[] = [];
  const seen = new Map<string, number>();
  for (const sheet of built.value.sheets) {
    const section = raw.value.kind === 'xlsx' ? sheet.name : undefined;
    const column: Partial<Record<DepField, number>> = {};
    sheet.headers.forEach((header, index) => {
      const field = HEADER_LOOKUP.get(normaliseHeaderKey(header));
      if (field !== undefined && column[field] === undefined) column[field] = index;
    });
    const missing = (['from', 'to', 'kind'] as const).filter((field) => column[field] === undefined);
    if (missing.length > 0) {
      return fail(makeIssue({ code: 'missing-column', file: fileName, section, row: sheet.headerRow, field: missing.join(', '), zh: `缺少列：${missing.join('、')}（应有 依赖方、被依赖方、关系类型）`, en: `missing columns: ${missing.join(', ')} (expected from, to, kind)` }));
    }
    for (const { row, cells } of sheet.rows) {
      const cell = (field: DepField): string => cleanText(cells[column[field]!] ?? '');
      const header = (field: DepField): string => sheet.headers[column[field]!] ?? field;
      let rowOk = true;
      const bad = (field: DepField, code: string, zh: string, en: string): void => {
        rowOk = false;
        issues.push(makeIssue({ code, file: fileName, section, row, field: header(field), value: cell(field), zh, en }));
      };
      for (const end of ['from', 'to'] as const) {
        if (cell(end) === '') bad(end, 'required', '必填项为空', 'is required');
        else if (!knownIds.has(cell(end))) bad(end, 'dangling-reference', '引用的资产不存在', 'refers to an asset that does not exist');
      }
      const kind = parseDependencyKind(cell('kind'));
      if (kind === undefined) bad('kind', 'bad-value', '无法识别的关系类型（可用：运行于、连接、接口）', 'unknown kind (allowed: runs-on, connects-to, integrates-with)');
      if (rowOk && cell('from') === cell('to')) bad('to', 'self-dependency', '资产不能依赖自身', 'an asset cannot depend on itself');
      if (!rowOk || kind === undefined) continue;
      const key = `${cell('from')}\u0000${cell('to')}\u0000${kind}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(makeIssue({ severity: 'warning', code: 'duplicate-dependency', file: fileName, section, row, zh: `重复的依赖关系（与第 ${first} 行相同），已合并`, en: `duplicate dependency (same as row ${first}), merged` }));
        continue;
      }
      seen.set(key, row);
      dependencies.push({ from: cell('from'), to: cell('to'), kind });
    }
  }
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return { ok: true, value: dependencies, issues };
}
