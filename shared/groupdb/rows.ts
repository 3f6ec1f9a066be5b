/**
 * A project file as the normalised rows of the group store: one row per asset (with its vendor
 * origin, disposition, foreign family and the year it becomes domestic) and per dependency.
 */
import type { Asset, ProjectFile } from '../model';
import type { GroupAnalysis } from './analysis';

/** The foreign product families the health commission counts down year by year. */
export const FOREIGN_FAMILIES = ['oracle', 'windows', 'vmware', 'intel'] as const;
export type ForeignFamily = (typeof FOREIGN_FAMILIES)[number];

/**
 * Vendor origin and disposition of an asset, from either data model: version 2's
 * `vendorOrigin` / `disposition`, or version 1's `origin` / `status` converted as DESIGN.md's
 * "From version 1" says. The only place of the group store that reads these fields.
 */
export function originAndDisposition(asset: Asset): { vendorOrigin: string; disposition: string } {
  const a = asset as { vendorOrigin?: string; disposition?: string; origin?: string; status?: string };
  const vendorOrigin = a.vendorOrigin ?? a.origin ?? 'unknown';
  let disposition = a.disposition;
  if (disposition === undefined) {
    if (a.status === 'retained') disposition = 'retain';
    else if (a.status === 'replaced' || a.origin === 'domestic') disposition = 'compliant';
    else disposition = 'replace';
  }
  return { vendorOrigin, disposition };
}

/** The foreign family an asset counts in while it is not domestic, if any. */
export function foreignFamily(asset: Asset, disposition: string): ForeignFamily | null {
  if (disposition === 'compliant') return null;
  const text = [asset.vendor, asset.product, asset.name, asset.version].filter(Boolean).join(' ').toLowerCase();
  switch (asset.category) {
    case 'database':
      return /oracle/.test(text) && !/mysql/.test(text) ? 'oracle' : null;
    case 'os':
      return /windows/.test(text) ? 'windows' : null;
    case 'terminal':
      return /windows/.test(`${asset.os ?? ''} ${text}`.toLowerCase()) ? 'windows' : null;
    case 'virtualization':
      return /vmware|vsphere|esxi/.test(text) ? 'vmware' : null;
    case 'server':
      return /intel|xeon/.test(`${asset.cpu ?? ''} ${text}`.toLowerCase()) ? 'intel' : null;
    default:
      return null;
  }
}

/** Column arrays for one `INSERT … SELECT FROM unnest(…)` per table. */
export type AssetColumns = {
  id: string[];
  name: string[];
  category: string[];
  quantity: number[];
  vendor: (string | null)[];
  product: (string | null)[];
  tier: (string | null)[];
  vendorOrigin: string[];
  disposition: string[];
  family: (string | null)[];
  domesticYear: (number | null)[];
};

export type DependencyColumns = { from: string[]; to: string[]; kind: string[] };

export function assetColumns(project: ProjectFile, analysis: GroupAnalysis): AssetColumns {
  const c: AssetColumns = { id: [], name: [], category: [], quantity: [], vendor: [], product: [], tier: [], vendorOrigin: [], disposition: [], family: [], domesticYear: [] };
  for (const asset of project.assets) {
    const { vendorOrigin, disposition } = originAndDisposition(asset);
    c.id.push(asset.id);
    c.name.push(asset.name);
    c.category.push(asset.category);
    c.quantity.push(asset.quantity);
    c.vendor.push(asset.vendor ?? null);
    c.product.push(asset.product ?? null);
    c.tier.push(asset.tier ?? null);
    c.vendorOrigin.push(vendorOrigin);
    c.disposition.push(disposition);
    c.family.push(foreignFamily(asset, disposition));
    c.domesticYear.push(analysis.domesticYear.get(asset.id) ?? null);
  }
  return c;
}

export function dependencyColumns(project: ProjectFile): DependencyColumns {
  return {
    from: project.dependencies.map((d) => d.from),
    to: project.dependencies.map((d) => d.to),
    kind: project.dependencies.map((d) => d.kind),
  };
}
