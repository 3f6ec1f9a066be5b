/**
 * How the procurement list goes from the analysis worker to the page: its items as columns, each
 * distinct string once.
 *
 * At 100,000 assets the list has about 90,000 items and 1.1 million strings, of which about
 * 91,000 are distinct (product names, vendors, dates, flags repeat). Deserialising them one by one
 * held the page for 0.5–0.9 s when the procurement view opened. Packed, the strings travel once in
 * a table and every field as a typed array of table positions or numbers (transferred); shared
 * alternative lists and certifications travel once each; the page rebuilds the items in plain
 * loops, in the procurement builder's field order.
 */
import type { Alternative, Certification, ProcurementItem, ProcurementList } from '../../shared/procurement';
import { Table } from './planTransfer';

/** The item fields each column kind carries; the compiler stops the build if a field is added to an item without one. */
const TEXT = ['assetId', 'assetName', 'category', 'origin', 'treatment', 'role', 'purchaseBy', 'bundleId', 'bundleName'] as const;
const NUMBER = ['year', 'wave', 'quantity', 'unitCost', 'cost', 'budgetYear'] as const;
const REPLACES = ['vendor', 'product', 'entryId', 'family'] as const;
type Unpacked = [
  Exclude<keyof ProcurementItem, (typeof TEXT)[number] | (typeof NUMBER)[number] | 'replaces' | 'alternatives' | 'flags' | 'ruleIds' | 'certification'>,
  Exclude<keyof ProcurementItem['replaces'], (typeof REPLACES)[number]>,
];
const _everyFieldPacked: Unpacked extends [never, never] ? true : never = true;

type TextField = (typeof TEXT)[number];
type NumberField = (typeof NUMBER)[number];

export type PackedProcurement = Omit<ProcurementList, 'items'> & {
  packed: true;
  count: number;
  strings: string[];
  /** Per field: each item's string as its table position, -1 when the item has none. */
  text: Record<TextField, Int32Array>;
  /** Per field: each item's number; `hasBudgetYear` says which items have the one number an item may lack. */
  numbers: Record<NumberField, Float64Array>;
  hasBudgetYear: Uint8Array;
  replaces: Record<(typeof REPLACES)[number], Int32Array>;
  /** The distinct alternative lists, certifications, flag lists and rule id lists; each item's position in them (-1 none). */
  alternatives: Alternative[][];
  alternativesOf: Int32Array;
  certifications: Certification[];
  certificationOf: Int32Array;
  flagLists: string[][];
  flagsOf: Int32Array;
  ruleLists: string[][];
  rulesOf: Int32Array;
};

/**
 * One string column: each distinct string once in the shared table. The items come sorted (year,
 * wave, category), so a value often repeats the row before: that costs no lookup.
 */
class TextColumn {
  readonly codes: Int32Array;
  private last: string | undefined;
  private lastCode = -1;

  constructor(
    n: number,
    private readonly strings: Table<string>,
  ) {
    this.codes = new Int32Array(n);
  }

  set(i: number, value: string | undefined): void {
    if (value !== this.last) {
      this.last = value;
      this.lastCode = value === undefined ? -1 : this.strings.add(value);
    }
    this.codes[i] = this.lastCode;
  }
}

/**
 * Packs a procurement list for postMessage.
 * @param list the list (the analysis's)
 * @returns the packed list and the buffers to transfer with it
 */
export function packProcurement(list: ProcurementList): { packed: PackedProcurement; transfer: ArrayBuffer[] } {
  const { items } = list;
  const n = items.length;
  const strings = new Table<string>();
  const column = () => new TextColumn(n, strings);
  const t = { assetId: column(), assetName: column(), category: column(), origin: column(), treatment: column(), role: column(), purchaseBy: column(), bundleId: column(), bundleName: column() } satisfies Record<TextField, TextColumn>;
  const r = { vendor: column(), product: column(), entryId: column(), family: column() } satisfies Record<(typeof REPLACES)[number], TextColumn>;
  const numbers = Object.fromEntries(NUMBER.map((field) => [field, new Float64Array(n)])) as Record<NumberField, Float64Array>;
  const hasBudgetYear = new Uint8Array(n);
  const alternatives = new Table<Alternative[]>();
  const certifications = new Table<Certification>();
  const flagLists = new Table<string[]>();
  const ruleLists = new Table<string[]>();
  const alternativesOf = new Int32Array(n);
  const certificationOf = new Int32Array(n);
  const flagsOf = new Int32Array(n);
  const rulesOf = new Int32Array(n);
  // Each field read by name (one shape of item, no lookups by a key held in a variable).
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    t.assetId.set(i, item.assetId);
    t.assetName.set(i, item.assetName);
    t.category.set(i, item.category);
    t.origin.set(i, item.origin);
    t.treatment.set(i, item.treatment);
    t.role.set(i, item.role);
    t.purchaseBy.set(i, item.purchaseBy);
    t.bundleId.set(i, item.bundleId);
    t.bundleName.set(i, item.bundleName);
    const replaces = item.replaces;
    r.vendor.set(i, replaces.vendor);
    r.product.set(i, replaces.product);
    r.entryId.set(i, replaces.entryId);
    r.family.set(i, replaces.family);
    numbers.year[i] = item.year;
    numbers.wave[i] = item.wave;
    numbers.quantity[i] = item.quantity;
    numbers.unitCost[i] = item.unitCost;
    numbers.cost[i] = item.cost;
    if (item.budgetYear !== undefined) {
      numbers.budgetYear[i] = item.budgetYear;
      hasBudgetYear[i] = 1;
    }
    // Lists of the same product share one array; an empty list is any empty list.
    alternativesOf[i] = item.alternatives.length === 0 ? alternatives.add(item.alternatives, 0) : alternatives.add(item.alternatives);
    certificationOf[i] = item.certification ? certifications.add(item.certification) : -1;
    flagsOf[i] = item.flags.length === 0 ? flagLists.add(item.flags, '') : flagLists.add(item.flags, item.flags.join('\n'));
    rulesOf[i] = item.ruleIds.length === 0 ? ruleLists.add(item.ruleIds, '') : ruleLists.add(item.ruleIds, item.ruleIds.join('\n'));
  }
  const text = Object.fromEntries(TEXT.map((field) => [field, t[field].codes])) as Record<TextField, Int32Array>;
  const replaces = Object.fromEntries(REPLACES.map((field) => [field, r[field].codes])) as PackedProcurement['replaces'];
  const { items: _items, ...rest } = list;
  const packed: PackedProcurement = {
    ...rest,
    packed: true,
    count: n,
    strings: strings.values,
    text,
    numbers,
    hasBudgetYear,
    replaces,
    alternatives: alternatives.values,
    alternativesOf,
    certifications: certifications.values,
    certificationOf,
    flagLists: flagLists.values,
    flagsOf,
    ruleLists: ruleLists.values,
    rulesOf,
  };
  const arrays = [...Object.values(text), ...Object.values(numbers), hasBudgetYear, ...Object.values(replaces), alternativesOf, certificationOf, flagsOf, rulesOf];
  return { packed, transfer: arrays.map((array) => array.buffer as ArrayBuffer) };
}

/**
 * The list a `packProcurement` was made from (a copy, as postMessage gives).
 * @param packed what `packProcurement` returned, after postMessage
 */
export function unpackProcurement(packed: PackedProcurement): ProcurementList {
  const { strings, text, numbers, hasBudgetYear } = packed;
  const str = (k: number): string | undefined => (k < 0 ? undefined : strings[k]);
  const items: ProcurementItem[] = [];
  for (let i = 0; i < packed.count; i++) {
    // The builder's order: vendor, product, then the catalogue's entry and family.
    const replaces: ProcurementItem['replaces'] = {};
    const { vendor, product, entryId, family } = packed.replaces;
    if (vendor[i]! >= 0) replaces.vendor = strings[vendor[i]!]!;
    if (product[i]! >= 0) replaces.product = strings[product[i]!]!;
    if (entryId[i]! >= 0) replaces.entryId = strings[entryId[i]!]!;
    if (family[i]! >= 0) replaces.family = strings[family[i]!]!;
    // The procurement builder's field order (shared/procurement/procurement.ts).
    const item = {
      assetId: strings[text.assetId[i]!]!,
      assetName: strings[text.assetName[i]!]!,
      year: numbers.year[i]!,
      wave: numbers.wave[i]!,
      category: strings[text.category[i]!]!,
      quantity: numbers.quantity[i]!,
      origin: strings[text.origin[i]!]!,
      treatment: strings[text.treatment[i]!]!,
      replaces,
      alternatives: packed.alternatives[packed.alternativesOf[i]!]!,
      unitCost: numbers.unitCost[i]!,
      cost: numbers.cost[i]!,
      // Items with the same flags or rules share one array (the page only reads the answer).
      flags: packed.flagLists[packed.flagsOf[i]!]!,
      ruleIds: packed.ruleLists[packed.rulesOf[i]!]!,
    } as ProcurementItem;
    const role = str(text.role[i]!);
    if (role !== undefined) item.role = role as ProcurementItem['role'];
    const purchaseBy = str(text.purchaseBy[i]!);
    if (purchaseBy !== undefined) item.purchaseBy = purchaseBy;
    if (hasBudgetYear[i] === 1) item.budgetYear = numbers.budgetYear[i]!;
    if (packed.certificationOf[i]! >= 0) item.certification = packed.certifications[packed.certificationOf[i]!]!;
    const bundleId = str(text.bundleId[i]!);
    if (bundleId !== undefined) item.bundleId = bundleId;
    const bundleName = str(text.bundleName[i]!);
    if (bundleName !== undefined) item.bundleName = bundleName;
    items.push(item);
  }
  const list: Record<string, unknown> = { items, ...packed };
  for (const key of ['packed', 'count', 'strings', 'text', 'numbers', 'hasBudgetYear', 'replaces', 'alternatives', 'alternativesOf', 'certifications', 'certificationOf', 'flagLists', 'flagsOf', 'ruleLists', 'rulesOf']) delete list[key];
  return list as ProcurementList;
}
