/**
 * Problems found in input, named by file, row and field, in Chinese and English.
 * Every importer and validator reports through this one type, so the wizard, the CLI and the
 * tests show the same words.
 */

export type Lang = 'zh' | 'en';
export type Severity = 'error' | 'warning';

export type Issue = {
  severity: Severity;
  /** Stable machine code, e.g. `duplicate-id`; tests assert on it. */
  code: string;
  /** File name as the user knows it. */
  file: string;
  /** 1-based: the line of a CSV (header = 1), the sheet row of an XLSX, the array index + 1 of a JSON section. */
  row?: number;
  /** The field (contract name) or the column header as it appears in the file. */
  field?: string;
  /** XLSX sheet, JSON section (`assets`, `dependencies`) and the like. */
  section?: string;
  /** The offending value, shortened for display. */
  value?: string;
  message: { zh: string; en: string };
};

export type IssueInit = Omit<Issue, 'message' | 'severity' | 'value'> & {
  severity?: Severity;
  value?: unknown;
  zh: string;
  en: string;
};

const MAX_VALUE_CHARS = 60;

/** Shortens a value for a message without ever throwing (values come from untrusted files). */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

/**
 * Builds an issue.
 * @param init code, location and the message in both languages
 * @returns the issue, an error unless `severity` says otherwise
 */
export function makeIssue(init: IssueInit): Issue {
  const { zh, en, value, severity = 'error', ...rest } = init;
  const issue: Issue = { ...rest, severity, message: { zh, en } };
  if (value !== undefined) issue.value = showValue(value);
  return issue;
}

/**
 * One line naming where and what, e.g. `hospital.csv 第 12 行 数量: 不是数字 ("abc")`.
 * @param issue the issue
 * @param lang the display language
 */
export function formatIssue(issue: Issue, lang: Lang = 'zh'): string {
  const where: string[] = [issue.file];
  if (issue.section) where.push(issue.section);
  if (issue.row !== undefined) where.push(lang === 'zh' ? `第 ${issue.row} 行` : `row ${issue.row}`);
  if (issue.field) where.push(lang === 'zh' ? `字段 ${issue.field}` : `field ${issue.field}`);
  const level =
    issue.severity === 'error' ? (lang === 'zh' ? '错误' : 'error') : lang === 'zh' ? '警告' : 'warning';
  const value = issue.value === undefined ? '' : ` ("${issue.value}")`;
  return `${level}: ${where.join(' ')}: ${issue.message[lang]}${value}`;
}

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((issue) => issue.severity === 'error');

/** Result of parsing untrusted input: a value, or the problems; never an exception. */
export type Parsed<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };
