/**
 * What the programme does with an asset, decided in one place (DESIGN.md "Data model (version 2)").
 * A file may leave `disposition` empty; the planner, the forecast and the views then use the
 * default below, which is also what the classifier suggests before it knows the product.
 */
import type { Asset, Disposition } from './types';

/**
 * The default disposition of an asset whose file does not say: out-of-scope rows are never
 * planned (`retire` keeps them out of every count), a domestic application is adapted by its
 * developer (a Chinese developer does not make it compliant), other domestic products are
 * compliant, and everything else is replaced.
 */
export function defaultDisposition(asset: Pick<Asset, 'category' | 'vendorOrigin'>): Disposition {
  if (asset.category === 'other') return 'retire';
  if (asset.vendorOrigin === 'domestic') return asset.category === 'application' ? 'adapt' : 'compliant';
  return 'replace';
}

/** The asset's disposition, the file's or the default. */
export const dispositionOf = (asset: Pick<Asset, 'category' | 'vendorOrigin' | 'disposition'>): Disposition =>
  asset.disposition ?? defaultDisposition(asset);

/** Whether the programme migrates the asset (adapt or replace, and in scope). */
export const isMigrated = (asset: Pick<Asset, 'category' | 'vendorOrigin' | 'disposition'>): boolean => {
  if (asset.category === 'other') return false;
  const d = dispositionOf(asset);
  return d === 'adapt' || d === 'replace';
};

/** Whether the asset already counts as 信创 (compliant) before the programme starts. */
export const isCompliant = (asset: Pick<Asset, 'category' | 'vendorOrigin' | 'disposition'>): boolean =>
  asset.category !== 'other' && dispositionOf(asset) === 'compliant';

/** Whether the asset stays foreign by exception (retained), a risk the plan and report show. */
export const isRetained = (asset: Pick<Asset, 'category' | 'vendorOrigin' | 'disposition'>): boolean =>
  asset.category !== 'other' && dispositionOf(asset) === 'retain';
