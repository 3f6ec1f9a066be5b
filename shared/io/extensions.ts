/**
 * Reading and writing one section of a project's `extensions` (the assessment, database
 * assessment and discovery sections of issue 16): validated with its zod schema, problems named by
 * file, section and field, writes returning a new project object.
 */
import type { z } from 'zod';

import { makeIssue } from '../model';
import type { Parsed, ProjectFile } from '../model';

/**
 * @param project the project
 * @param key the section's key under `extensions`
 * @param schema the section's schema
 * @param file file name for messages
 * @param what the section named in both languages, for messages
 * @returns the section (empty object when absent), or issues naming the field
 */
export function readExtension<S extends z.ZodType<object>>(project: Pick<ProjectFile, 'extensions'>, key: string, schema: S, file: string, what: { zh: string; en: string }): Parsed<z.infer<S>> {
  const raw = project.extensions?.[key];
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return {
    ok: false,
    issues: parsed.error.issues.map((zi) => makeIssue({ code: `${key}-invalid`, file, section: `extensions.${key}`, field: zi.path.join('.'), zh: `${what.zh}无效：${zi.message}`, en: `invalid ${what.en}: ${zi.message}` })),
  };
}

/** Returns the project with the section stored under `extensions[key]`, or removed when `value` is undefined (a new object). */
export function withExtension<P extends Pick<ProjectFile, 'extensions'>>(project: P, key: string, value: unknown): P & { extensions: Record<string, unknown> } {
  const extensions: Record<string, unknown> = { ...project.extensions, [key]: value };
  if (value === undefined) delete extensions[key];
  return { ...project, extensions };
}
