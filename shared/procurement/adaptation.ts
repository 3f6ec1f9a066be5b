/**
 * The adaptation matrix (互认证): which versions of which applications are certified on which
 * OS × CPU × database. The project keeps it in `extensions.adaptationMatrix` (editable in the app);
 * procurement checks each application its developer adapts against the target stack.
 *
 * Starter set: none shipped. The public search made for this feature found vendor case studies
 * (e.g. a cloud HIS live on KingbaseES + UOS + Hygon) that do not name the application's product
 * and version, and no certification announcement that does; rather than invent certifications the
 * matrix starts empty and the hospital records the certificates its vendors hand over.
 */
import { z } from 'zod';

import { makeIssue } from '../model';
import type { Asset, Issue, IsoDate, Parsed, ProjectFile } from '../model';
import type { Certification } from './types';

export const ADAPTATION_MATRIX_KEY = 'adaptationMatrix';

export type AdaptationCert = {
  /** Developer as written on the certificate (`东华医为`). */
  vendor: string;
  /** Product (`iMedical HIS`); empty = every product of the vendor. */
  product: string;
  version?: string;
  /** OS as named on the certificate (`银河麒麟高级服务器操作系统 V10`). */
  os: string;
  /** CPU family (`海光`, `鲲鹏`…). */
  cpu: string;
  database?: string;
  date?: IsoDate;
  /** Where it is published (announcement, certificate number). */
  source: string;
};

/** Built-in starter rows (see the file comment: none could be sourced). */
export const STARTER_ADAPTATION_MATRIX: readonly AdaptationCert[] = [];

const rowSchema = z.object({
  vendor: z.string().trim().min(1).max(128),
  product: z.string().trim().max(256).default(''),
  version: z.string().trim().max(64).optional(),
  os: z.string().trim().min(1).max(128),
  cpu: z.string().trim().min(1).max(64),
  database: z.string().trim().max(128).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  source: z.string().trim().max(1024).default(''),
}) satisfies z.ZodType<AdaptationCert, unknown>;

/**
 * Reads the project's matrix (the starter rows, then the project's own).
 * @returns rows; a bad row is skipped with a warning naming its row and field
 */
export function readAdaptationMatrix(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Extract<Parsed<AdaptationCert[]>, { ok: true }> {
  const raw = project.extensions?.[ADAPTATION_MATRIX_KEY];
  const section = `extensions.${ADAPTATION_MATRIX_KEY}`;
  if (raw === undefined) return { ok: true, value: [...STARTER_ADAPTATION_MATRIX], issues: [] };
  if (!Array.isArray(raw)) {
    return { ok: true, value: [...STARTER_ADAPTATION_MATRIX], issues: [makeIssue({ code: 'adaptation-shape', severity: 'warning', file, section, zh: '适配认证矩阵应为数组，已忽略', en: 'the adaptation matrix must be an array; ignored' })] };
  }
  const issues: Issue[] = [];
  const rows: AdaptationCert[] = [...STARTER_ADAPTATION_MATRIX];
  raw.forEach((item: unknown, index) => {
    const parsed = rowSchema.safeParse(item);
    if (parsed.success) rows.push(parsed.data);
    else {
      const zi = parsed.error.issues[0]!;
      issues.push(makeIssue({ code: 'adaptation-row-invalid', severity: 'warning', file, section, row: index + 1, field: zi.path.join('.'), zh: `适配认证记录无效，已忽略：${zi.message}`, en: `invalid adaptation record, ignored: ${zi.message}` }));
    }
  });
  return { ok: true, value: rows, issues };
}

const OS_KEYS: readonly [RegExp, string][] = [
  [/麒麟信安|kylinsec/i, 'kylinsec'],
  [/麒麟|kylin/i, 'kylin'],
  [/统信|uos|uniontech/i, 'uos'],
  [/方德|nfs/i, 'nfs'],
  [/欧拉|euler/i, 'euler'],
  [/龙蜥|anolis/i, 'anolis'],
];
const CPU_KEYS: readonly [RegExp, string][] = [
  [/海光|hygon/i, 'hygon'],
  [/兆芯|zhaoxin/i, 'zhaoxin'],
  [/鲲鹏|kunpeng/i, 'kunpeng'],
  [/飞腾|phytium/i, 'phytium'],
  [/龙芯|loongson|loongarch/i, 'loongson'],
  [/申威|sunway/i, 'sunway'],
];
const keyOf = (keys: readonly [RegExp, string][], text: string | undefined): string | undefined => (text ? keys.find(([re]) => re.test(text))?.[1] : undefined);

/** The OS family key of a name (`银河麒麟高级服务器操作系统` → `kylin`), for matching across spellings. */
export const osKey = (text: string | undefined): string | undefined => keyOf(OS_KEYS, text);
/** The CPU family key of a name (`海光 C86` → `hygon`). */
export const cpuKey = (text: string | undefined): string | undefined => keyOf(CPU_KEYS, text);

const norm = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[\s\-_/]+/g, '');

/**
 * Whether an application is certified on the target stack.
 * @param asset the application
 * @param stack the target OS and CPU names (either may be missing: then it is not checked)
 * @param matrix the adaptation matrix
 * @param readyFromSuggestion suggested `readyFrom` when it is not certified
 * @returns undefined when no target stack is known
 */
export function certificationOf(asset: Asset, stack: { os?: string; cpu?: string }, matrix: readonly AdaptationCert[], readyFromSuggestion: IsoDate | undefined): Certification | undefined {
  const os = osKey(stack.os);
  const cpu = cpuKey(stack.cpu);
  if (!os && !cpu) return undefined;
  const label = [stack.os, stack.cpu].filter(Boolean).join(' + ');
  const vendor = norm(asset.vendor);
  const product = norm(`${asset.product ?? ''} ${asset.name}`);
  const row = matrix.find((r) => {
    const v = norm(r.vendor);
    if (!vendor || !(vendor.includes(v) || v.includes(vendor))) return false;
    if (r.product && !product.includes(norm(r.product))) return false;
    if (os && osKey(r.os) !== os) return false;
    if (cpu && cpuKey(r.cpu) !== cpu) return false;
    return true;
  });
  if (row) return { status: 'certified', stack: label, source: row.source, ...(row.date ? { date: row.date } : {}) };
  return { status: 'not-certified', stack: label, ...(readyFromSuggestion ? { readyFromSuggestion } : {}) };
}
