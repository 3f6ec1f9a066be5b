/**
 * The built-in catalogue and its merge with user entries. `CATALOGUE_VERSION` changes whenever
 * the built-in data changes, so a project can record which catalogue classified it.
 */
import { APPLICATION_ENTRIES } from './entries/applications';
import { MEDICAL_ENTRIES } from './entries/medical';
import { NETWORK_ENTRIES, SECURITY_ENTRIES } from './entries/network';
import { PERIPHERAL_ENTRIES, SERVER_ENTRIES, STORAGE_ENTRIES, TERMINAL_ENTRIES } from './entries/hardware';
import { CPU_ENTRIES, OS_ENTRIES } from './entries/platform';
import { DATABASE_ENTRIES, MIDDLEWARE_ENTRIES, OFFICE_ENTRIES, VIRTUALIZATION_ENTRIES } from './entries/software';
import type { Catalogue, CatalogueEntry, UserCatalogue, Vendor } from './types';
import { BUILT_IN_VENDORS } from './vendors';

export * from './types';
export { assetRole, entryRoles, ROLE_NAMES } from './roles';
export type { ProductRole } from './roles';
export { parseUserCatalogue, USER_CATALOGUE_KEY } from './user';

/** Year.month.revision of the built-in data. */
export const CATALOGUE_VERSION = '2026.12.1';

/** The built-in catalogue; never mutated (user entries are merged into a copy). */
export const BUILT_IN_CATALOGUE: Catalogue = Object.freeze({
  version: CATALOGUE_VERSION,
  vendors: BUILT_IN_VENDORS,
  entries: [
    ...CPU_ENTRIES,
    ...OS_ENTRIES,
    ...DATABASE_ENTRIES,
    ...MIDDLEWARE_ENTRIES,
    ...VIRTUALIZATION_ENTRIES,
    ...OFFICE_ENTRIES,
    ...SERVER_ENTRIES,
    ...TERMINAL_ENTRIES,
    ...STORAGE_ENTRIES,
    ...PERIPHERAL_ENTRIES,
    ...NETWORK_ENTRIES,
    ...SECURITY_ENTRIES,
    ...MEDICAL_ENTRIES,
    ...APPLICATION_ENTRIES,
  ],
});

/**
 * Merges user additions into the built-in catalogue. A user entry or vendor with a built-in id
 * replaces it; others are appended. The built-in arrays are not modified.
 * @param builtIn the built-in catalogue
 * @param user the project's additions (from `extensions.catalogue`)
 * @returns a new catalogue whose version records that user entries are present
 */
export function mergeCatalogue(builtIn: Catalogue, user: UserCatalogue | undefined): Catalogue {
  if (!user || (user.entries.length === 0 && user.vendors.length === 0)) return builtIn;
  return {
    version: `${builtIn.version}+user${user.entries.length + user.vendors.length}`,
    vendors: mergeById<Vendor>(builtIn.vendors, user.vendors),
    entries: mergeById<CatalogueEntry>(builtIn.entries, user.entries),
  };
}

function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const overrides = new Map(extra.map((item) => [item.id, item]));
  const merged = base.map((item) => overrides.get(item.id) ?? item);
  const baseIds = new Set(base.map((item) => item.id));
  for (const item of extra) if (!baseIds.has(item.id)) merged.push(item);
  return merged;
}

