/**
 * The project file (`*.xcplan.json`) as text: parse with a size cap and full validation, and
 * serialise so that parse(serialise(p)) deep-equals p.
 */
import { makeIssue, validateProjectFile } from '../model';
import type { Issue, Parsed, ProjectFile } from '../model';
import { fail, formatBytes, IMPORT_LIMITS } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds forbidden keys anywhere in parsed JSON, iteratively (no recursion on untrusted depth). */
function forbiddenKeyPaths(root: unknown, limit = 20): string[] {
  const found: string[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  while (stack.length > 0 && found.length < limit) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const child = `${path}${path ? '.' : ''}${key}`;
      if (FORBIDDEN_KEYS.has(key)) found.push(child);
      else stack.push({ node: (node as Record<string, unknown>)[key], path: child });
    }
  }
  return found;
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
      return fail(makeIssue({ code: 'file-too-large', file: fileName, value: formatBytes(bytes), zh: `文件过大（${formatBytes(bytes)} > ${formatBytes(maxBytes)}）`, en: `file too large (${formatBytes(bytes)} > ${formatBytes(maxBytes)})` }));
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(makeIssue({ code: 'invalid-json', file: fileName, value: detail, zh: '不是有效的 JSON', en: 'not valid JSON' }));
  }
  const forbidden = forbiddenKeyPaths(raw);
  if (forbidden.length > 0) {
    const issues: Issue[] = forbidden.map((path) =>
      makeIssue({ code: 'forbidden-key', file: fileName, field: path, zh: '不允许的字段名（可能是原型污染攻击）', en: 'forbidden field name (possible prototype pollution)' }),
    );
    return { ok: false, issues };
  }
  return validateProjectFile(raw, fileName);
}

/**
 * Serialises a project file as readable JSON (two-space indent, trailing newline).
 * @param file a valid project
 */
export function serializeProjectFile(file: ProjectFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
