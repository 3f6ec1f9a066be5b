/**
 * What replacing one asset costs, per line: the price-book items of its category times its
 * quantity, or the asset's own `unitCost` when it has one (a local quote beats the book).
 */
import { assetRole } from '../catalogue/roles';
import type { ProductRole } from '../catalogue/roles';
import { applicationScale, systemScale } from '../classify/tiers';
import { dispositionOf, isMigrated } from '../model';
import type { Asset, Category, ProjectFile, SystemScale } from '../model';
import type { CostPart, PriceBook, PriceItem, Variant } from './types';

/** How the applications the price book prices got their scale: set on the asset, or read from the name. */
export type ScaleBasis = {
  /** Applications bought anew or adapted at book prices (no `unitCost` of their own). */
  priced: number;
  /** Of those, the ones whose asset states its scale. */
  declared: number;
  /** The others, by the scale their name (or product) stands for. */
  fromName: Record<SystemScale, number>;
};

/**
 * Where the scale of each book-priced application comes from (the report's price-book note): a
 * procurement officer checks the guessed ones before the tender.
 * @param assets the project's assets
 */
export function scaleBasis(assets: readonly Asset[]): ScaleBasis {
  const basis: ScaleBasis = { priced: 0, declared: 0, fromName: { large: 0, departmental: 0, small: 0 } };
  for (const asset of assets) {
    if (asset.category !== 'application' || asset.unitCost !== undefined || !isMigrated(asset)) continue;
    basis.priced++;
    if (asset.scale) basis.declared++;
    else basis.fromName[systemScale(asset.name, asset.product)]++;
  }
  return basis;
}

/** Price-book items a category is replaced with; the first is the primary item (gets `unitCost`). */
export const CATEGORY_ITEMS: Record<Category, readonly PriceItem[]> = {
  terminal: ['cpu-terminal', 'os-desktop'],
  server: ['cpu-server', 'os-server'],
  storage: ['storage'],
  network: ['network'],
  'security-appliance': ['security-appliance'],
  peripheral: ['peripheral'],
  'medical-device': ['medical-device'],
  os: ['os-server'],
  database: ['database'],
  middleware: ['middleware'],
  virtualization: ['virtualization'],
  office: ['office'],
  application: ['application'],
  'security-software': ['security-software'],
  other: [],
};

/** A server whose OS licence is priced on a separate `os` asset: the server items without the OS. */
const SERVER_WITHOUT_OS: readonly PriceItem[] = CATEGORY_ITEMS.server.filter((i) => i !== 'os-server');
const OS_DESKTOP: readonly PriceItem[] = ['os-desktop'];
const OS_SERVER: readonly PriceItem[] = ['os-server'];
const NONE_ITEMS: readonly PriceItem[] = [];
/** An application its developer adapts, by the system's scale. */
const APPLICATION_ADAPT: Readonly<Record<SystemScale, readonly PriceItem[]>> = {
  large: ['application-large'],
  departmental: ['application'],
  small: ['application-small'],
};
/** An application bought anew (replaced), not adapted by its developer, by the system's scale. */
const APPLICATION_NEW: Readonly<Record<SystemScale, readonly PriceItem[]>> = {
  large: ['application-new-large'],
  departmental: ['application-new'],
  small: ['application-new-small'],
};

const DESKTOP_OS = /windows\s*(xp|vista|7|8(\.1)?|10|11)\b|win(7|8|10|11)\b|桌面|desktop|workstation|macos|mac os/i;

export type CostOptions = {
  /** Calendar year of the purchase: the book's annual change applies from its base year. Default: the base year. */
  year?: number;
  /** The server's OS is a separate `os` asset running on it, so the server part leaves the OS licence out. */
  osCarriedSeparately?: boolean;
};

/** Roles priced on their own: a core chassis is not an access switch, a kiosk is not a desktop PC. */
const ROLE_ITEMS: Partial<Record<ProductRole, readonly PriceItem[]>> = {
  'core-switch': ['network-core'],
  'wireless-ap': ['network-wireless'],
  adc: ['network-adc'],
  kiosk: ['kiosk'],
  handheld: ['handheld'],
};

const ROLE_CATEGORIES: ReadonlySet<Category> = new Set(['network', 'terminal', 'peripheral']);
const roleCache = new WeakMap<Asset, readonly PriceItem[] | null>();

function roleItems(asset: Asset): readonly PriceItem[] | undefined {
  if (!ROLE_CATEGORIES.has(asset.category)) return undefined;
  let items = roleCache.get(asset);
  if (items === undefined) {
    const role = assetRole(asset);
    items = (role && ROLE_ITEMS[role]) || null;
    roleCache.set(asset, items);
  }
  return items ?? undefined;
}

/**
 * The items an asset is replaced with. A standalone `os` asset is priced as a desktop licence when
 * its name, product or version reads as a desktop OS, otherwise as a server OS.
 * @param asset the asset
 * @param osCarriedSeparately leave the server OS out (an `os` asset runs on this server)
 */
export function itemsFor(asset: Asset, osCarriedSeparately = false): readonly PriceItem[] {
  if (asset.category === 'os') {
    const label = [asset.name, asset.product, asset.version, asset.os].filter(Boolean).join(' ');
    return DESKTOP_OS.test(label) && !/server|服务器/i.test(label) ? OS_DESKTOP : OS_SERVER;
  }
  // A replaced application is a new domestic system bought (DESIGN.md: "a foreign application → a
  // domestic one"), priced by its scale (a PACS is not a 院感 system); one its developer adapts
  // is the adaptation work of the `application` item.
  if (asset.category === 'application') return (dispositionOf(asset) === 'replace' ? APPLICATION_NEW : APPLICATION_ADAPT)[applicationScale(asset)];
  const byRole = roleItems(asset);
  if (byRole) return byRole;
  // Shared constant lists (never modified), so a pricing index can key on them.
  return osCarriedSeparately && asset.category === 'server' ? SERVER_WITHOUT_OS : CATEGORY_ITEMS[asset.category];
}

/**
 * The one-off price of one unit of an item in a given year, for a variant.
 * @param book the price book
 * @param item the item
 * @param variant low, base or high
 * @param year calendar year of purchase (default: the book's base year)
 */
export function unitPrice(book: PriceBook, item: PriceItem, variant: Variant = 'base', year = book.baseYear): number {
  const entry = book.items[item];
  const family = book.cpuFamilies[book.cpuFamily];
  const familyFactor = item === 'cpu-terminal' ? family.terminal : item === 'cpu-server' ? family.server : 1;
  return entry.price[variant] * familyFactor * Math.pow(1 + entry.annualChange, year - book.baseYear);
}

/**
 * Replacement cost of an asset, per line. With `unitCost` the whole amount (unitCost × quantity,
 * not escalated: it is a quote) goes to the line of the category's primary item, for every variant.
 * @param asset the asset to replace
 * @param book the price book
 * @param variant low, base (default) or high
 * @param options purchase year, and whether a separate OS asset carries the server's licence
 * @returns one part per item, amounts in yuan
 */
export function replacementCost(asset: Asset, book: PriceBook, variant: Variant = 'base', options: CostOptions = {}): CostPart[] {
  const items = itemsFor(asset, options.osCarriedSeparately);
  const quantity = asset.quantity;
  // Out of scope (category `other`): kept in the inventory, never bought.
  if (CATEGORY_ITEMS[asset.category].length === 0) return [];
  if (asset.unitCost !== undefined) {
    const primary = items[0] ?? CATEGORY_ITEMS[asset.category][0]!;
    const entry = book.items[primary];
    return [{ line: entry.line, item: 'unit-cost', amount: asset.unitCost * quantity, recurringRate: entry.recurringRate }];
  }
  return items.map((item) => {
    const entry = book.items[item];
    return { line: entry.line, item, amount: unitPrice(book, item, variant, options.year) * quantity, recurringRate: entry.recurringRate };
  });
}

/**
 * Servers whose OS is a separate `os` asset (an `os` asset `runs-on` them): their OS licence is
 * priced on that asset, not twice.
 * @param project assets and dependencies
 * @returns ids of such servers
 */
export function serversWithSeparateOs(project: Pick<ProjectFile, 'assets' | 'dependencies'>): Set<string> {
  // The same assets and dependencies (one project version) give the same set: computed once.
  const known = separateOsCache.get(project.dependencies);
  if (known && known.assets === project.assets) return known.set;
  const set = computeServersWithSeparateOs(project);
  separateOsCache.set(project.dependencies, { assets: project.assets, set });
  return set;
}

const separateOsCache = new WeakMap<object, { assets: object; set: Set<string> }>();

function computeServersWithSeparateOs(project: Pick<ProjectFile, 'assets' | 'dependencies'>): Set<string> {
  const category = new Map<string, Category>();
  for (const asset of project.assets) category.set(asset.id, asset.category);
  const result = new Set<string>();
  for (const dep of project.dependencies) {
    if (dep.kind === 'runs-on' && category.get(dep.from) === 'os' && category.get(dep.to) === 'server') result.add(dep.to);
  }
  return result;
}

/** One price-book part of an asset's replacement, rounded to the yuan, for each variant. */
export type PricedPart = { line: CostPart['line']; item: CostPart['item']; low: number; base: number; high: number; recurringRate: number };

/**
 * The replacement of an asset priced at one year's prices, per part and variant, each rounded to
 * the yuan: the one cost basis of the plan's budget, the forecast and the procurement list.
 * @param asset the asset
 * @param book the price book
 * @param year calendar year of purchase
 * @param osCarriedSeparately leave the server OS out (an `os` asset runs on this server)
 */
export function pricedParts(asset: Asset, book: PriceBook, year: number, osCarriedSeparately = false): PricedPart[] {
  const options = { year, osCarriedSeparately };
  const base = replacementCost(asset, book, 'base', options);
  const low = replacementCost(asset, book, 'low', options);
  const high = replacementCost(asset, book, 'high', options);
  return base.map((part, i) => ({
    line: part.line,
    item: part.item,
    low: Math.round(low[i]!.amount),
    base: Math.round(part.amount),
    high: Math.round(high[i]!.amount),
    recurringRate: part.recurringRate,
  }));
}

/**
 * The cost function of the planner's budget constraint and the procurement list: base-variant
 * replacement cost of an asset in yuan at the prices of a calendar year (the book's base year when
 * no year is given), each part rounded to the yuan exactly as the forecast adds it up.
 * @param book the price book
 * @param project when given, servers carrying a separate `os` asset leave their OS licence out
 * @returns `(asset, year?) => yuan`
 */
export function costOf(book: PriceBook, project?: Pick<ProjectFile, 'assets' | 'dependencies'>): (asset: Asset, year?: number) => number {
  const pricing = pricingOf(book, project);
  return (asset, year = book.baseYear) => {
    let sum = 0;
    for (const part of pricing.parts(asset, year)) sum += part.base;
    return sum;
  };
}

/** `pricedParts` of a project's assets from an index built once: the same numbers, far fewer computations. */
export type Pricing = { parts: (asset: Asset, year: number) => readonly PricedPart[] };

/**
 * An index of the book's prices for one project: each item's unit price per year and variant is
 * computed once, and the parts of a given list of items, year and quantity once (an estate buys
 * the same few products in thousands of rows). The parts are exactly `pricedParts`' (the same
 * unit price times the quantity, rounded to the yuan); the returned arrays are shared, read-only.
 * @param book the price book (not changed while the index is used)
 * @param project when given, servers carrying a separate `os` asset leave their OS licence out
 */
export function pricingOf(book: PriceBook, project?: Pick<ProjectFile, 'assets' | 'dependencies'>): Pricing {
  const separate = project ? serversWithSeparateOs(project) : new Set<string>();
  const units = new Map<string, Record<Variant, number>>();
  const unitOf = (item: PriceItem, year: number): Record<Variant, number> => {
    const key = `${item}\u0001${year}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { low: unitPrice(book, item, 'low', year), base: unitPrice(book, item, 'base', year), high: unitPrice(book, item, 'high', year) };
      units.set(key, unit);
    }
    return unit;
  };
  const memo = new Map<readonly PriceItem[], Map<number, Map<number, PricedPart[]>>>();
  const NONE: PricedPart[] = [];
  // The planner prices each asset for every year of the horizon in a row: its items are read once.
  let lastAsset: Asset | undefined;
  let lastItems: readonly PriceItem[] = NONE_ITEMS;
  return {
    parts(asset, year) {
      // Out of scope (category `other`): kept in the inventory, never bought.
      if (CATEGORY_ITEMS[asset.category].length === 0) return NONE;
      if (asset !== lastAsset) {
        lastItems = itemsFor(asset, separate.has(asset.id));
        lastAsset = asset;
      }
      const items = lastItems;
      if (asset.unitCost !== undefined) return pricedParts(asset, book, year, separate.has(asset.id));
      let byYear = memo.get(items);
      if (!byYear) memo.set(items, (byYear = new Map<number, Map<number, PricedPart[]>>()));
      let byQuantity = byYear.get(year);
      if (!byQuantity) byYear.set(year, (byQuantity = new Map<number, PricedPart[]>()));
      const quantity = asset.quantity;
      let parts = byQuantity.get(quantity);
      if (!parts) {
        parts = items.map((item) => {
          const entry = book.items[item];
          const unit = unitOf(item, year);
          return { line: entry.line, item, low: Math.round(unit.low * quantity), base: Math.round(unit.base * quantity), high: Math.round(unit.high * quantity), recurringRate: entry.recurringRate };
        });
        byQuantity.set(quantity, parts);
      }
      return parts;
    },
  };
}
