/**
 * User additions to the catalogue, stored in the project's `extensions.catalogue`. Untrusted
 * input: validated with messages naming the row and field, never thrown.
 */
import { z } from 'zod';

import { CATEGORIES, makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { PRODUCT_ROLES } from './roles';
import { CATALOGUE_ORIGINS, CPU_ARCHES, ROLES } from './types';
import type { CatalogueEntry, UserCatalogue, Vendor } from './types';

/** The key under `ProjectFile.extensions`. */
export const USER_CATALOGUE_KEY = 'catalogue';

const text = z.string().trim().min(1).max(256);
const categorySchema = z.enum([...CATEGORIES, 'cpu']);
const bilingual = z.object({ zh: z.string().max(1024), en: z.string().max(1024) });

const vendorSchema = z.object({
  id: text,
  zh: text,
  en: text,
  aliases: z.array(z.string().max(128)).max(200).default([]),
  origin: z.enum(CATALOGUE_ORIGINS),
  defaultCategory: categorySchema.optional(),
  note: bilingual.optional(),
}) satisfies z.ZodType<Vendor, unknown>;

const entrySchema = z.object({
  id: text,
  vendorId: text,
  family: text,
  aliases: z.array(z.string().max(128)).max(200).default([]),
  category: categorySchema,
  subtype: z.string().max(64).optional(),
  role: z.enum(ROLES).optional(),
  fills: z.array(z.enum(PRODUCT_ROLES)).max(8).optional(),
  origin: z.enum(CATALOGUE_ORIGINS),
  arches: z.array(z.enum(CPU_ARCHES)).optional(),
  platforms: z.array(z.string().max(128)).optional(),
  assessment: z
    .object({ level: z.enum(['I', 'II']).optional(), notice: text, version: z.string().max(64).optional(), validFrom: z.string().optional(), validUntil: z.string().optional() })
    .optional(),
  substitutes: z.array(z.string().max(128)).optional(),
  distributions: z.array(z.string().max(128)).optional(),
  importOnly: z.boolean().optional(),
  primary: z.boolean().optional(),
  roleVariants: z.object({ desktop: z.string().optional(), server: z.string().optional() }).optional(),
  note: bilingual.optional(),
}) satisfies z.ZodType<CatalogueEntry, unknown>;

/**
 * Validates the `extensions.catalogue` section of a project.
 * @param raw the section as read from the file (absent is an empty catalogue)
 * @param file the file name for messages
 * @returns the user catalogue, keeping the valid rows; each bad row is an issue naming row and field
 */
export function parseUserCatalogue(raw: unknown, file: string): Parsed<UserCatalogue> {
  const empty: UserCatalogue = { vendors: [], entries: [] };
  if (raw === undefined || raw === null) return { ok: true, value: empty, issues: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const issue = makeIssue({ code: 'catalogue-shape', file, section: 'extensions.catalogue', value: raw, zh: '自定义产品目录应为对象 { vendors, entries }', en: 'the user catalogue must be an object { vendors, entries }' });
    return { ok: false, issues: [issue] };
  }
  const record = raw as Record<string, unknown>;
  const issues: Issue[] = [];
  const vendors = parseRows(record.vendors, vendorSchema, 'extensions.catalogue.vendors', file, issues);
  const entries = parseRows(record.entries, entrySchema, 'extensions.catalogue.entries', file, issues);
  return { ok: true, value: { vendors, entries }, issues };
}

function parseRows<T>(raw: unknown, schema: z.ZodType<T, unknown>, section: string, file: string, issues: Issue[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push(makeIssue({ code: 'catalogue-shape', severity: 'warning', file, section, zh: '应为数组，已忽略', en: 'must be an array; ignored' }));
    return [];
  }
  const rows: T[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      rows.push(parsed.data);
      return;
    }
    for (const zi of parsed.error.issues.slice(0, 3)) {
      issues.push(
        makeIssue({
          code: 'catalogue-row-invalid',
          severity: 'warning',
          file,
          section,
          row: index + 1,
          field: zi.path.join('.'),
          zh: `自定义目录条目无效，已忽略：${zi.message}`,
          en: `invalid user catalogue row, ignored: ${zi.message}`,
        }),
      );
    }
  });
  return rows;
}
