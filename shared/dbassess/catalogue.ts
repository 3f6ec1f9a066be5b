/**
 * Reads the CSV result of the catalogue queries in CATALOGUE-QUERIES.md: one row per schema and
 * object type, columns `schema_name, object_type, object_count, code_lines` (any case, any order,
 * comma or tab separated). It tolerates what the usual clients add around the rows: sqlcmd's dash
 * line and "(N rows affected)", sqlplus' quoted upper-case headers, psql's "(N rows)" footer.
 */
import { decodeText, parseCsv } from '../io';
import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import type { ObjectCounts, SchemaInfo } from './estimate';

export type CatalogueImport = { schemas: SchemaInfo[]; counts: ObjectCounts; features: string[]; sizeGb: number };

const COLUMNS = { schema: 'schema_name', type: 'object_type', count: 'object_count', lines: 'code_lines' } as const;

/** Object types as the queries name them → the count they add to. */
const TYPE_FIELD: Record<string, keyof ObjectCounts | undefined> = {
  TABLE: 'tables', VIEW: 'views', 'MATERIALIZED VIEW': 'views', PROCEDURE: 'procedures', FUNCTION: 'procedures',
  PACKAGE: 'packages', 'PACKAGE BODY': undefined, TRIGGER: 'triggers', SEQUENCE: 'sequences',
};
/** Object types that mean a feature with no direct equivalent on the domestic targets. */
const TYPE_FEATURE: Record<string, string> = {
  'DATABASE LINK': 'dblink', 'MATERIALIZED VIEW': 'mview', JOB: 'jobs', EVENT: 'jobs', CLR: 'clr', TYPE: 'object-types', 'JAVA CLASS': 'java-in-db',
};
const KNOWN_TYPES = new Set([...Object.keys(TYPE_FIELD), ...Object.keys(TYPE_FEATURE), 'DATA_MB', 'SYNONYM', 'INDEX']);

export const emptyCounts = (): ObjectCounts => ({ tables: 0, views: 0, procedures: 0, packages: 0, triggers: 0, sequences: 0, codeLines: 0 });

const FOOTER = /^\(?\d+ (rows?( affected)?|行受影响)\)?$|^-+$|^\s*$/i;

/**
 * @param bytes the file (UTF-8, UTF-16 or GB18030; decoded like every import)
 * @param file file name for messages
 * @returns per-schema and total counts, features found, size; or issues naming row and field
 */
export function importCatalogueCsv(bytes: Uint8Array, file: string): Parsed<CatalogueImport> {
  const { text } = decodeText(bytes);
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), file);
  if (!parsed.ok) return parsed;
  const records = parsed.value.filter((r) => !FOOTER.test(r.cells.join('').trim()) && !r.cells.every((cell) => /^-*$/.test(cell.trim())));
  const header = records[0];
  const fail = (zh: string, en: string, row?: number, field?: string, value?: unknown): Parsed<CatalogueImport> => ({
    ok: false,
    issues: [makeIssue({ code: 'catalogue-csv', file, ...(row !== undefined ? { row } : {}), ...(field ? { field } : {}), ...(value !== undefined ? { value } : {}), zh, en })],
  });
  if (!header) return fail('文件为空', 'the file is empty');
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, names.indexOf(name)])) as Record<keyof typeof COLUMNS, number>;
  for (const [key, index] of Object.entries(at)) {
    if (index < 0) return fail(`缺少列 ${COLUMNS[key as keyof typeof COLUMNS]}（请用 CATALOGUE-QUERIES.md 中的查询导出）`, `missing column ${COLUMNS[key as keyof typeof COLUMNS]} (export with the queries in CATALOGUE-QUERIES.md)`, header.line);
  }
  const bySchema = new Map<string, SchemaInfo & { counts: ObjectCounts }>();
  const features = new Set<string>();
  const issues: Issue[] = [];
  let sizeMb = 0;
  for (const record of records.slice(1)) {
    const schema = (record.cells[at.schema] ?? '').trim();
    const type = (record.cells[at.type] ?? '').trim().toUpperCase();
    const count = Number((record.cells[at.count] ?? '').trim() || '0');
    const lines = Number((record.cells[at.lines] ?? '').trim() || '0');
    if (!schema) return fail('schema_name 为空', 'schema_name is empty', record.line, 'schema_name');
    if (!Number.isFinite(count) || count < 0) return fail('object_count 不是非负数', 'object_count is not a non-negative number', record.line, 'object_count', record.cells[at.count]);
    if (!Number.isFinite(lines) || lines < 0) return fail('code_lines 不是非负数', 'code_lines is not a non-negative number', record.line, 'code_lines', record.cells[at.lines]);
    if (!KNOWN_TYPES.has(type)) {
      issues.push(makeIssue({ code: 'catalogue-type', severity: 'warning', file, row: record.line, field: 'object_type', value: type, zh: '未知对象类型，已忽略', en: 'unknown object type, ignored' }));
      continue;
    }
    const info = bySchema.get(schema) ?? { name: schema, counts: emptyCounts(), sizeMb: 0 };
    bySchema.set(schema, info);
    if (type === 'DATA_MB') {
      info.sizeMb = (info.sizeMb ?? 0) + count;
      sizeMb += count;
      continue;
    }
    const field = TYPE_FIELD[type];
    if (field) info.counts[field] += count;
    info.counts.codeLines += lines;
    if (TYPE_FEATURE[type] && count > 0) features.add(TYPE_FEATURE[type]);
  }
  const counts = emptyCounts();
  for (const info of bySchema.values()) for (const key of Object.keys(counts) as (keyof ObjectCounts)[]) counts[key] += info.counts[key];
  return { ok: true, issues, value: { schemas: [...bySchema.values()], counts, features: [...features].sort(), sizeGb: Math.round((sizeMb / 1024) * 10) / 10 } };
}
