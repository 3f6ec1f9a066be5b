/**
 * Filtering, sorting and grouping of the procurement list for the view: pure functions from items
 * and the toolbar's state to the flat list of rows the virtualised table draws.
 */
import type { Category } from '../../../shared/model';
import type { ProcurementFlag, ProcurementItem, TenderPackage } from '../../../shared/procurement';
import { compareSuppliers, isRetained, TENDER_PACKAGES, tenderDeadline, tenderLotOf, tenderPackageOf } from '../../../shared/procurement';
import { alternativeName, replacedFamily } from '../../../shared/procurement/table';

/** `package`: the tenders (采购包) of each budget year, shared/procurement/packages.ts. */
export type GroupBy = 'year' | 'wave' | 'category' | 'package';
export type SortBy = 'order' | 'cost' | 'quantity' | 'name';
export type FlagFilter = 'all' | 'flagged' | ProcurementFlag;

export type ListFilter = {
  year?: number;
  category?: Category;
  flag: FlagFilter;
  /** Matches asset id, name, the replaced product and the alternatives. */
  search: string;
};

/** Purchases' sums; `retained`: items kept by exception, listed but not bought (in neither `items` nor `quantity`). */
export type Totals = { items: number; quantity: number; cost: number; retained: number };

export type Row =
  | { kind: 'group'; key: string; label: { year?: number; wave?: number; category?: Category; package?: TenderPackage; supplier?: string; system?: string; purchaseBy?: string; retained?: true }; totals: Totals }
  | { kind: 'item'; key: string; item: ProcurementItem };

export const EMPTY_FILTER: ListFilter = { flag: 'all', search: '' };

/**
 * The text a search looks in, lower-cased, once per list: typing in the search box filters the
 * 90,000 items of a hospital group on every keystroke, and building these strings each time was
 * 130-170 ms of it. Kept per items array (the analysis's list, the same array until it changes).
 * Products are found by their Chinese and their English names (`Hygon` finds 海光服务器), whatever
 * the language shown.
 */
const haystacks = new WeakMap<readonly ProcurementItem[], string[]>();
function haystacksOf(items: readonly ProcurementItem[]): string[] {
  let texts = haystacks.get(items);
  if (!texts) {
    texts = items.map((item) =>
      [item.assetId, item.assetName, item.replaces.vendor, item.replaces.product, item.replaces.family, replacedFamily(item.replaces, 'en'), ...item.alternatives.map((a) => `${a.vendor} ${a.product} ${alternativeName(a, 'en')}`)].join(' ').toLowerCase(),
    );
    haystacks.set(items, texts);
  }
  return texts;
}

/** Items passing the toolbar filters. */
export function filterItems(items: readonly ProcurementItem[], filter: ListFilter): ProcurementItem[] {
  const needle = filter.search.trim().toLowerCase();
  const texts = needle ? haystacksOf(items) : undefined;
  return items.filter((item, i) => {
    if (filter.year !== undefined && item.year !== filter.year) return false;
    if (filter.category !== undefined && item.category !== filter.category) return false;
    if (filter.flag === 'flagged' && !item.flags.some((flag) => flag !== 'bundle')) return false;
    if (filter.flag !== 'all' && filter.flag !== 'flagged' && !item.flags.includes(filter.flag)) return false;
    if (texts && !texts[i]!.includes(needle)) return false;
    return true;
  });
}

/**
 * Sorts a copy. The list comes in plan order (shared/procurement: year, tender package, wave, id,
 * the retained exceptions after all purchases): `order` keeps it, and the other sorts break ties by it.
 */
export function sortItems(items: readonly ProcurementItem[], sortBy: SortBy): ProcurementItem[] {
  const copy = [...items];
  // Plan order keeps the list as it comes: no position index (66 ms at 90,000 items) to build.
  if (sortBy === 'order') return copy;
  const position = new Map(items.map((item, i) => [item, i]));
  const byOrder = (a: ProcurementItem, b: ProcurementItem) => position.get(a)! - position.get(b)!;
  switch (sortBy) {
    case 'cost':
      return copy.sort((a, b) => b.cost - a.cost || byOrder(a, b));
    case 'quantity':
      return copy.sort((a, b) => b.quantity - a.quantity || byOrder(a, b));
    case 'name':
      return copy.sort((a, b) => a.assetName.localeCompare(b.assetName, 'zh-CN') || byOrder(a, b));
    default:
      return copy;
  }
}

/** Sums items: the purchases, and the number of items kept by exception. */
export function totalsOf(items: readonly ProcurementItem[]): Totals {
  let quantity = 0;
  let cost = 0;
  let retained = 0;
  for (const item of items) {
    if (isRetained(item)) {
      retained++;
      continue;
    }
    quantity += item.quantity;
    cost += item.cost;
  }
  return { items: items.length - retained, quantity, cost, retained };
}

/**
 * Groups sorted items into header rows (with subtotals) followed by their items. Groups appear
 * in year/wave/category order (tenders: budget year, then package order, with the package's
 * earliest tender deadline); items keep the given order inside each group. By year, wave or
 * package, the products kept by exception (not purchased) are one group after all the others.
 */
export function groupRows(items: readonly ProcurementItem[], groupBy: GroupBy): Row[] {
  const groups = new Map<string, { label: Extract<Row, { kind: 'group' }>['label']; items: ProcurementItem[]; order: [number, number, string | undefined] }>();
  for (const item of items) {
    const budgetYear = item.budgetYear ?? item.year;
    const pkg = groupBy === 'package' ? tenderPackageOf(item) : undefined;
    // Adaptation is one contract per developer (单一来源), a new business system one tender per system: one group each.
    const lot = pkg ? tenderLotOf(item, pkg) : {};
    const lotName = lot.supplier ?? lot.system;
    const retained = groupBy !== 'category' && isRetained(item);
    const key = retained ? 'retained' : groupBy === 'year' ? `y${item.year}` : groupBy === 'wave' ? `w${item.wave}` : pkg ? `p${budgetYear}:${pkg}${lotName === undefined ? '' : `:${lotName}`}` : `c${item.category}`;
    let group = groups.get(key);
    if (!group) {
      const label = retained ? { retained: true as const } : groupBy === 'year' ? { year: item.year } : groupBy === 'wave' ? { year: item.year, wave: item.wave } : pkg ? { year: budgetYear, package: pkg, ...lot } : { category: item.category };
      const order: [number, number, string | undefined] = retained ? [Number.MAX_SAFE_INTEGER, 0, undefined] : groupBy === 'category' ? [0, 0, item.category] : pkg ? [budgetYear, TENDER_PACKAGES.indexOf(pkg), lotName] : [item.year, groupBy === 'wave' ? item.wave : 0, undefined];
      group = { label, items: [], order };
      groups.set(key, group);
    }
    group.items.push(item);
    const deadline = pkg ? tenderDeadline(item) : undefined;
    if (deadline && (!group.label.purchaseBy || deadline < group.label.purchaseBy)) group.label.purchaseBy = deadline;
  }
  // The third key is a category id, an adaptation's developer or a new system's name: all compare as text (a package without a developer first).
  const ordered = [...groups.entries()].sort(([, a], [, b]) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || compareSuppliers(a.order[2], b.order[2]));
  const rows: Row[] = [];
  for (const [key, group] of ordered) {
    rows.push({ kind: 'group', key, label: group.label, totals: totalsOf(group.items) });
    for (const item of group.items) rows.push({ kind: 'item', key: `${key}:${item.assetId}`, item });
  }
  return rows;
}
