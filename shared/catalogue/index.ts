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
import type { Lang } from '../model';
import { FAMILY_EN } from './familyEn';
import type { Catalogue, CatalogueEntry, UserCatalogue, Vendor } from './types';
import { BUILT_IN_VENDORS } from './vendors';

export * from './types';
export { assetRole, entryRoles, ROLE_NAMES } from './roles';
export type { ProductRole } from './roles';
export { parseUserCatalogue, USER_CATALOGUE_KEY } from './user';

/** Year.month.revision of the built-in data. */
export const CATALOGUE_VERSION = '2026.12.2';

/** The built-in catalogue; never mutated (user entries are merged into a copy). */
export const BUILT_IN_CATALOGUE: Catalogue = Object.freeze({
  version: CATALOGUE_VERSION,
  vendors: BUILT_IN_VENDORS,
  entries: withEnglishNames([
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
  ]),
});

/** The entries with their English family names (`FAMILY_EN`) where they have one. */
function withEnglishNames(entries: CatalogueEntry[]): CatalogueEntry[] {
  return entries.map((e) => (FAMILY_EN[e.id] ? { ...e, en: FAMILY_EN[e.id] } : e));
}

const BUILT_IN_BY_ID = new Map(BUILT_IN_CATALOGUE.entries.map((e) => [e.id, e]));
/** Built-in vendors by their Chinese name, then by their aliases (the first vendor to claim a name keeps it). */
const BUILT_IN_VENDOR_BY_NAME = new Map<string, Vendor>();
for (const v of BUILT_IN_VENDORS) BUILT_IN_VENDOR_BY_NAME.set(v.zh, v);
for (const v of BUILT_IN_VENDORS) for (const alias of v.aliases) if (!BUILT_IN_VENDOR_BY_NAME.has(alias)) BUILT_IN_VENDOR_BY_NAME.set(alias, v);

/**
 * A product family as a text in `lang` names it: in English, the built-in entry's English name when
 * the family is that entry's own (a user entry that renamed it keeps its name); else as written.
 * @param entryId the catalogue entry the name came from (a procurement item's `entryId`)
 * @param family the family as the list holds it (Chinese)
 */
export function familyName(entryId: string | undefined, family: string, lang: Lang): string {
  if (lang !== 'en' || entryId === undefined) return family;
  const entry = BUILT_IN_BY_ID.get(entryId);
  return entry?.en !== undefined && entry.family === family ? entry.en : family;
}

/** The family of the catalogue's entry `id` as `lang` names it (`familyName`), or `undefined` when there is no such entry. */
export function entryFamilyName(catalogue: Pick<Catalogue, 'entries'>, id: string | undefined, lang: Lang): string | undefined {
  const entry = id === undefined ? undefined : catalogue.entries.find((e) => e.id === id);
  return entry ? familyName(entry.id, entry.family, lang) : undefined;
}

/**
 * A vendor as a text in `lang` names it: in English, the English name of the built-in vendor whose
 * Chinese name or alias it is (东华医为 → DHC iMedical, 麦迪斯顿 → Medicalsystem); else as written.
 */
export function vendorName(name: string, lang: Lang): string {
  return lang === 'en' ? (BUILT_IN_VENDOR_BY_NAME.get(name.trim())?.en ?? name) : name;
}

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

