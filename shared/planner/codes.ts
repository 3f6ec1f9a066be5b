/**
 * Asset categories interned once per plan into small integer codes (a Uint8Array per node), so the
 * hot loops over 100,000 assets and 400,000 dependencies test a byte instead of reading a string
 * property of a scattered object and hashing it into a Set.
 */
import type { Asset, Category } from '../model';
import { CATEGORIES } from '../model';

/**
 * Code of each category: its index in CATEGORIES. A plain object, so V8 keeps it in fast mode and
 * `CAT.terminal` in a loop is a field load (the null-prototype object it was made from is a hash
 * table in V8: every read was a dictionary lookup). Input strings are looked up in CODE_OF, never
 * here, so an inherited name ('toString') cannot read as a category.
 */
export const CAT: Readonly<Record<Category, number>> = Object.freeze(Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>);
/** Category code by name, for input strings. */
const CODE_OF: ReadonlyMap<string, number> = new Map(CATEGORIES.map((c, i) => [c, i]));
/** Code of an unknown category string (input not validated). */
export const CAT_UNKNOWN = 255;

/** Flags per category code (index = code), built from a category list. */
const flags = (categories: readonly Category[]): Uint8Array => {
  const out = new Uint8Array(256);
  for (const c of categories) out[CAT[c]] = 1;
  return out;
};

/** Client devices: what a user or a patient touches (terminals, peripherals, medical devices). */
export const CLIENT_DEVICE = flags(['terminal', 'peripheral', 'medical-device']);
/** Path devices: the network and storage a system's traffic goes through. */
export const PATH_DEVICE = flags(['network', 'storage']);
export const SECURITY_PRODUCT = flags(['security-appliance', 'security-software']);

/**
 * Category code of every asset, in the order given.
 * @param assets the assets (in node order)
 */
export function categoryCodes(assets: readonly Pick<Asset, 'category'>[]): Uint8Array {
  const out = new Uint8Array(assets.length);
  for (let v = 0; v < assets.length; v++) out[v] = CODE_OF.get(assets[v]!.category) ?? CAT_UNKNOWN;
  return out;
}
