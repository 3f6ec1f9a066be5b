/**
 * Text the app cannot keep faithfully, and ids that only look different (issue 15 #8, #9).
 * - NUL and other C0 controls (except TAB, LF, CR) and lone UTF-16 surrogates: UTF-8 cannot encode
 *   a lone surrogate (an export writes U+FFFD, so the app's own re-import differs) and NUL breaks
 *   other tools. Refused with file, row and field.
 * - Asset ids: invisible format characters (zero-width, bidi overrides, BOM, soft hyphen) are
 *   refused; ids equal after Unicode normalisation (NFKC, so NFC/NFD and full-width forms) and case
 *   folding are look-alike duplicates; `__proto__`, `constructor` and `prototype` are refused, so no
 *   id can reach an object key anywhere (planner maps, the Plan and Graph views).
 */
import { makeIssue } from '../model';
import type { Issue } from '../model';

export type Where = { file: string; section?: string; row?: number; field?: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// One pass that rules out all three for almost every text (any surrogate, paired or not, goes on
// to the exact checks).
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;

/** Why a text cannot be kept as it is, or undefined when it can. */
export function unkeepableText(text: string): 'nul' | 'control' | 'surrogate' | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (text.includes('\u0000')) return 'nul';
  if (CONTROL.test(text)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return undefined;
}

/** An error for a cell or value with NUL, control characters or lone surrogates. */
export function unkeepableTextIssue(text: string, where: Where): Issue | undefined {
  const why = unkeepableText(text);
  if (!why) return undefined;
  const what = {
    nul: { zh: '含有空字符（NUL, 0x00），文件可能已损坏或不是文本', en: 'contains a NUL byte (0x00): the file may be damaged or not text' },
    control: { zh: '含有不可见的控制字符', en: 'contains invisible control characters' },
    surrogate: { zh: '含有无效的 Unicode 字符（孤立代理项），无法保存为 UTF-8', en: 'contains an invalid Unicode character (lone surrogate) that UTF-8 cannot store' },
  }[why];
  return makeIssue({ code: `text-${why}`, ...where, zh: what.zh, en: what.en });
}

/** Ids no asset may have: they are object-prototype keys. */
export const FORBIDDEN_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// Unicode "format" characters: zero-width space/joiners, LRM/RLM, bidi embeddings, overrides and
// isolates, word joiner, BOM, soft hyphen, and the rest of \p{Cf}.
const INVISIBLE = /\p{Cf}/u;

/** The key two ids share when they look alike: NFKC-normalised and case-folded. */
export const idLookKey = (id: string): string => id.normalize('NFKC').toLowerCase();

/** Problems with one id on its own: invisible characters, forbidden names. */
export function idIssue(id: string, where: Where): Issue | undefined {
  if (FORBIDDEN_IDS.has(id)) {
    return makeIssue({ code: 'forbidden-id', ...where, value: id, zh: '不允许的资产编号（JavaScript 保留名）', en: 'forbidden asset id (a JavaScript reserved name)' });
  }
  if (INVISIBLE.test(id)) {
    const shown = id.replace(/\p{Cf}/gu, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
    return makeIssue({ code: 'invisible-id', ...where, value: shown, zh: '资产编号含有不可见字符（零宽字符或文字方向控制符）', en: 'the asset id contains invisible characters (zero-width or text-direction controls)' });
  }
  return undefined;
}

export type LocatedId = { id: string; row?: number; section?: string };

function lookAlikeIssue(item: LocatedId, where: Where, twin: { zh: string; en: string }): Issue {
  return makeIssue({
    code: 'look-alike-id',
    ...where,
    row: item.row,
    value: item.id,
    zh: `编号与 ${twin.zh}只在大小写或 Unicode 写法上不同，视为重复`,
    en: `the id differs from ${twin.en} only in case or Unicode form: a look-alike duplicate`,
  });
}

/**
 * Look-alike duplicates within one list: ids that differ but share `idLookKey` (NFC vs NFD,
 * full-width vs ASCII, case). Exact duplicates are someone else's check.
 */
export function lookAlikeIssues(ids: readonly LocatedId[], file: string, field = 'id', sectionDefault?: string): Issue[] {
  const first = new Map<string, LocatedId>();
  const issues: Issue[] = [];
  for (const item of ids) {
    const key = idLookKey(item.id);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, item);
      continue;
    }
    if (seen.id === item.id) continue;
    const at = seen.row !== undefined ? `${seen.section ? `${seen.section} ` : ''}第 ${seen.row} 行` : '';
    const atEn = seen.row !== undefined ? `${seen.section ? `${seen.section} ` : ''}row ${seen.row}` : '';
    issues.push(lookAlikeIssue(item, { file, section: item.section ?? sectionDefault, field }, { zh: `${at}的“${seen.id}”`, en: `“${seen.id}” (${atEn})` }));
  }
  return issues;
}

/**
 * Incoming ids that look like, but are not, ids already in the project (for merge and add-mode
 * import): each would otherwise be added as an invisible duplicate.
 */
export function crossLookAlikeIssues(existing: readonly string[], incoming: readonly LocatedId[], file: string, sectionDefault = 'assets'): Issue[] {
  const byKey = new Map<string, string>();
  for (const id of existing) if (!byKey.has(idLookKey(id))) byKey.set(idLookKey(id), id);
  const mine = new Set(existing);
  const issues: Issue[] = [];
  for (const item of incoming) {
    if (mine.has(item.id)) continue;
    const twin = byKey.get(idLookKey(item.id));
    if (twin === undefined) continue;
    issues.push(lookAlikeIssue(item, { file, section: item.section ?? sectionDefault, field: 'id' }, { zh: `项目中已有的“${twin}”`, en: `“${twin}”, already in the project,` }));
  }
  return issues;
}
