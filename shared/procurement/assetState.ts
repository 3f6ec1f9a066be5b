/**
 * The one place procurement reads an asset's vendor origin and disposition, and the project's
 * target platform and tender timing, so the data-model change (v1 `origin`/`status` → v2
 * `vendorOrigin`/`disposition`, `project.targetPlatform`, scenario timing fields) is absorbed here.
 */
import type { Asset, Disposition, ProjectFile, VendorOrigin } from '../model';

export type { Disposition, VendorOrigin };

type Loose = Record<string, unknown>;

const ORIGINS: readonly string[] = ['domestic', 'foreign', 'foreign-open-source', 'unknown'];
const DISPOSITIONS: readonly string[] = ['compliant', 'adapt', 'replace', 'retain', 'retire'];

/**
 * Who makes the asset: v2 `vendorOrigin`, else v1 `origin`, else the classifier's guess. A v1
 * application's `origin: foreign` says its deployment is not 信创 (a Chinese developer's HIS on
 * Windows/Oracle), not who wrote it: there the developer decides (the classifier's vendor, else a
 * vendor written in Chinese is taken as a Chinese developer).
 */
export function vendorOriginOf(asset: Asset, classified?: string): VendorOrigin {
  const loose = asset as unknown as Loose;
  const v2 = loose.vendorOrigin;
  if (typeof v2 === 'string' && ORIGINS.includes(v2)) return v2 as VendorOrigin;
  if (asset.category === 'application') {
    if (classified === 'domestic' || classified === 'foreign' || classified === 'foreign-open-source') return classified;
    const vendor = asset.vendor?.trim() ?? '';
    if (/[\u3400-\u9fff]/u.test(vendor)) return 'domestic';
    if (/[a-z]/i.test(vendor)) return 'foreign';
  }
  const v1 = loose.origin;
  if (typeof v1 === 'string' && ORIGINS.includes(v1) && v1 !== 'unknown') return v1 as VendorOrigin;
  if (classified && ORIGINS.includes(classified)) return classified as VendorOrigin;
  return 'unknown';
}

/** What the programme does with the asset: v2 `disposition`, else v1 `status: retained` → `retain`. */
export function dispositionOf(asset: Asset): Disposition | undefined {
  const loose = asset as unknown as Loose;
  const v2 = loose.disposition;
  if (typeof v2 === 'string' && DISPOSITIONS.includes(v2)) return v2 as Disposition;
  if (loose.status === 'retained') return 'retain';
  if (loose.status === 'replaced') return 'compliant';
  return undefined;
}

/** `project.targetPlatform` ({ os, cpu }, data model v2), read defensively. */
export function targetPlatformOf(project: Pick<ProjectFile, 'project'>): { os?: string; cpu?: string } | undefined {
  const raw = (project.project as unknown as Loose).targetPlatform;
  if (!raw || typeof raw !== 'object') return undefined;
  const { os, cpu } = raw as Loose;
  const result: { os?: string; cpu?: string } = {};
  if (typeof os === 'string' && os.trim()) result.os = os.trim();
  if (typeof cpu === 'string' && cpu.trim()) result.cpu = cpu.trim();
  return result.os || result.cpu ? result : undefined;
}

/** Tender timing of the active scenario: `tenderLeadMonths` (default 3) and `budgetRequestYearBefore` (预算编报 the year before, default false). */
export function tenderTimingOf(project: Pick<ProjectFile, 'scenario'>): { leadMonths: number; yearBefore: boolean } {
  const lead = project.scenario?.tenderLeadMonths;
  const leadMonths = typeof lead === 'number' && Number.isFinite(lead) && lead >= 0 && lead <= 36 ? Math.round(lead) : 3;
  return { leadMonths, yearBefore: project.scenario?.budgetRequestYearBefore === true };
}
