/**
 * Pure helpers of the import wizard: column mapping edits, the size check that runs before a
 * file is read (R-I1), and the "nothing to commit" rules. Tested without React.
 */
import { capIssues, crossLookAlikeIssues, IMPORT_FIELDS, IMPORT_LIMITS, sizeCapFor } from '../../shared/io';
import type { ColumnMapping, ImportField } from '../../shared/io';
import type { Issue } from '../../shared/model';
import { hasErrors, makeIssue } from '../../shared/model';
import type { ConvertResult } from './importTasks';

/** Fields a file must map for assets to be built (category may come from the classifier). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['name'];

/** The field a column is mapped to, if any. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): ImportField | undefined {
  return IMPORT_FIELDS.find((field) => mapping[field] === column);
}

/**
 * Maps a column to a field (or to nothing). A field maps to at most one column: choosing it for
 * this column releases it from any other.
 */
export function setColumnField(mapping: ColumnMapping, column: number, field: ImportField | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const c = mapping[f];
    if (c !== undefined && c !== column && f !== field) next[f] = c;
  }
  if (field) next[field] = column;
  return next;
}

/** Required fields the mapping lacks. */
export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
}

/**
 * Refuses a file that is too large before any byte of it is read (R-I1).
 * @param size bytes, from the File object
 * @param fileName the file
 * @returns the issue, or undefined when the size is acceptable
 */
export function checkSizeBeforeRead(size: number, fileName: string): Issue | undefined {
  const cap = sizeCapFor(fileName);
  if (size <= cap) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return makeIssue({
    code: 'file-too-large',
    file: fileName,
    zh: `文件过大（${mb(size)} > ${mb(cap)}），未读取。请拆分后分批导入`,
    en: `file too large (${mb(size)} > ${mb(cap)}); it was not read. Split it and import the parts`,
  });
}

/** True when the issues allow a commit (warnings only). */
export const canCommit = (issues: readonly Issue[]): boolean => !hasErrors(issues);

/**
 * Whether a replace still waits for the user's confirmation: it would delete `inProject` assets
 * and write none, and the user has not confirmed deleting exactly that many (issue 15 #2).
 */
export const needsConfirmation = (inProject: number, confirmed: number | undefined): boolean => inProject > 0 && confirmed !== inProject;

/**
 * Add mode: an incoming id that only looks like one already in the project (case, NFC/NFD,
 * zero-width or bidi characters) would be added as a second, invisible duplicate. Such rows are
 * refused as errors naming row and field, and left out of a partial import (issue 15 #9).
 * @param result the converted file
 * @param existingIds ids in the project now
 * @param fileName the file, for the issues
 */
export function refuseLookAlikeIds(result: ConvertResult, existingIds: ReadonlySet<string>, fileName: string): ConvertResult {
  const incoming = result.assets.map((a, i) => ({ id: a.id, row: result.rows[i] ?? i + 1, ...(result.sheets[i] ? { section: result.sheets[i] } : {}) }));
  const twins = crossLookAlikeIssues([...existingIds], incoming, fileName);
  if (twins.length === 0) return result;
  const at = (section: string | undefined, row: number | undefined) => `${section ?? 'assets'}\u0000${row}`;
  const refused = new Set(twins.map((issue) => at(issue.section, issue.row)));
  const keep = incoming.map((item) => !refused.has(at(item.section, item.row)));
  return {
    ...result,
    ok: false,
    assets: result.assets.filter((_, i) => keep[i]),
    rows: result.rows.filter((_, i) => keep[i]),
    sheets: result.sheets.filter((_, i) => keep[i]),
    issues: [...capIssues(twins, IMPORT_LIMITS.listedIssues, fileName), ...result.issues],
  };
}
