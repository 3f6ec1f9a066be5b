/**
 * Tender packages (采购包): how a year's purchases split into tenders. The 政府采购需求标准 for
 * servers and computers (财库〔2023〕31号/33号, DOMAIN.md 5.4) require hardware and database
 * products to be bought in packages separate from integration services, so a hospital tenders
 * servers, terminals, network and security equipment, the database and the other basic software,
 * new business systems, and its developers' adaptation (信创适配) services apart; imports go
 * through the province's approval on their own. Adaptation is one contract per developer
 * (`supplier`): only the developer who owns a system's code can port it, so each is bought from
 * that developer alone (单一来源) and never tendered together with another developer's. A new
 * business system is one tender per system (`system`): a mail system, a BI platform and a
 * dialysis system have different suppliers competing for them, so no hospital buys them in one
 * tender (the suppliers of one could not bid for the others). Products
 * kept by exception are bought in no package (`isRetained`): the list shows them after the
 * purchases, as not purchased. A
 * package is per budget year (预算编报年度): the money for one tender is requested in one year. A
 * substitute that costs nothing (a free browser) is installed, not tendered (`no-cost`).
 */
import { vendorName } from '../catalogue';
import type { Category, IsoDate, Lang } from '../model';
import type { ProcurementItem } from './types';

export const TENDER_PACKAGES = ['servers', 'terminals', 'network', 'security', 'database', 'basic-software', 'office', 'applications', 'adaptation', 'medical-devices', 'imports', 'no-cost'] as const;
export type TenderPackage = (typeof TENDER_PACKAGES)[number];

export const TENDER_PACKAGE_LABELS: Record<TenderPackage, Record<Lang, string>> = {
  servers: { zh: '服务器与存储', en: 'Servers and storage' },
  terminals: { zh: '终端与外设', en: 'Terminals and peripherals' },
  network: { zh: '网络设备', en: 'Network equipment' },
  security: { zh: '安全产品', en: 'Security products' },
  database: { zh: '数据库', en: 'Databases' },
  'basic-software': { zh: '操作系统、中间件与虚拟化', en: 'Operating systems, middleware and virtualization' },
  office: { zh: '办公软件', en: 'Office software' },
  applications: { zh: '新购业务系统', en: 'New business systems' },
  adaptation: { zh: '信创适配与集成服务', en: 'Adaptation and integration services' },
  'medical-devices': { zh: '医疗设备', en: 'Medical devices' },
  imports: { zh: '进口产品（须按省级规定审批）', en: "Imports (approval under the province's rules)" },
  'no-cost': { zh: '免费替代（无需招标）', en: 'Free substitutes (no tender)' },
};

const BY_CATEGORY: Record<Category, TenderPackage> = {
  server: 'servers',
  storage: 'servers',
  terminal: 'terminals',
  peripheral: 'terminals',
  network: 'network',
  'security-appliance': 'security',
  'security-software': 'security',
  database: 'database',
  os: 'basic-software',
  middleware: 'basic-software',
  virtualization: 'basic-software',
  office: 'office',
  application: 'applications',
  'medical-device': 'medical-devices',
  // Out of scope, never on the list (its assets are not planned); named so the table is whole.
  other: 'applications',
};

/**
 * A foreign product kept by exception (`treatment: 'retain'`, wave 0, no cost): nothing is bought,
 * so it is in no tender package; the list shows it after the purchases, labelled as not purchased
 * (its support renewals still need the province's approval, `ruleIds`).
 */
export const isRetained = (item: Pick<ProcurementItem, 'treatment'>): boolean => item.treatment === 'retain';

/**
 * Whether buying an item needs the province's approval as an import: an import, or the support of
 * a foreign product kept by exception. Not `ruleIds.length > 0`: the 需求标准 on servers' and
 * computers' CPU and OS is cited on domestic servers and PCs too, and approves nothing.
 */
export const needsImportApproval = (item: Pick<ProcurementItem, 'treatment'>): boolean => item.treatment === 'import' || item.treatment === 'retain';

/** How the list, its tables and the view label an item kept by exception. */
export const RETAINED_LABELS: Record<Lang, string> = { zh: '保留（例外，不采购）', en: 'Retained by exception (not purchased)' };

/**
 * The package an item is tendered in: imports apart, adaptation services apart from products,
 * products by kind; a domestic substitute that costs nothing (a free browser or PDF reader) is
 * installed, not tendered. A product kept by exception is bought in no package (`undefined`).
 */
export function tenderPackageOf(item: Pick<ProcurementItem, 'treatment' | 'category' | 'cost'>): TenderPackage | undefined {
  if (isRetained(item)) return undefined;
  if (item.treatment === 'import') return 'imports';
  if (item.cost === 0) return 'no-cost';
  if (item.treatment === 'adapt') return 'adaptation';
  return BY_CATEGORY[item.category];
}

/**
 * The one supplier a tender is with, for adaptation: the developer porting its own system (the
 * item's vendor; '' when the inventory does not name it). `undefined` for every other package,
 * whose suppliers compete in the tender.
 */
export function tenderSupplierOf(item: Pick<ProcurementItem, 'treatment' | 'category' | 'cost' | 'replaces'>, pkg = tenderPackageOf(item)): string | undefined {
  return pkg === 'adaptation' ? (item.replaces.vendor?.trim() ?? '') : undefined;
}

/**
 * The business system a new-system tender buys (its name as the inventory gives it, else its id):
 * each new system is tendered on its own. `undefined` for every other package.
 */
export function tenderSystemOf(item: Pick<ProcurementItem, 'assetId' | 'assetName'>, pkg: TenderPackage | undefined): string | undefined {
  return pkg === 'applications' ? item.assetName.trim() || item.assetId : undefined;
}

/** What sets one tender of a package apart from another of the same year: the developer (adaptation) or the system (new business systems); none for the other packages. */
export type TenderLot = { supplier?: string; system?: string };

/**
 * An item's lot (`TenderLot`), with only the field its package has, so it can be spread into a
 * summary or a label.
 */
export function tenderLotOf(item: Pick<ProcurementItem, 'treatment' | 'category' | 'cost' | 'replaces' | 'assetId' | 'assetName'>, pkg = tenderPackageOf(item)): TenderLot {
  const supplier = tenderSupplierOf(item, pkg);
  if (supplier !== undefined) return { supplier };
  const system = tenderSystemOf(item, pkg);
  return system !== undefined ? { system } : {};
}

/** A lot as one key part ('\u0002' for none), for the maps that group tenders. */
const lotKey = (lot: { supplier?: string | null; system?: string | null }): string => `${lot.supplier ?? '\u0002'}\u0001${lot.system ?? '\u0002'}`;

/**
 * A tender's name as the tables, the view and the report show it: the package, for adaptation the
 * developer it is bought from (`信创适配服务：东华医为（原开发商，单一来源）`), for a new business
 * system the system (`新购业务系统：邮件系统`).
 */
export function tenderPackageLabel(p: { package: TenderPackage; supplier?: string | null; system?: string | null }, lang: Lang): string {
  if (p.supplier !== undefined && p.supplier !== null) {
    return lang === 'zh' ? `信创适配服务：${p.supplier || '开发商未填写'}（原开发商，单一来源）` : `Adaptation by ${p.supplier ? vendorName(p.supplier, lang) : 'an unrecorded developer'} (single source)`;
  }
  if (p.system !== undefined && p.system !== null) return lang === 'zh' ? `新购业务系统：${p.system}` : `New business system: ${p.system}`;
  return TENDER_PACKAGE_LABELS[p.package][lang];
}

/** When an item's tender must be complete: its purchase-by date, none for a free substitute (installed, not tendered) or a product kept by exception (not bought). */
export function tenderDeadline(item: Pick<ProcurementItem, 'purchaseBy' | 'treatment' | 'category' | 'cost'>): IsoDate | undefined {
  const pkg = tenderPackageOf(item);
  return pkg === undefined || pkg === 'no-cost' ? undefined : item.purchaseBy;
}

/**
 * The waves a tender buys for, as the tables and the report name them: `1–3` for a run, `1、4`
 * (`1, 4`) otherwise, '' for none. Wave 0 (items kept by exception) is not a wave and is left out.
 */
export function wavesText(waves: readonly number[], lang: Lang): string {
  const real = waves.filter((w) => w > 0);
  const run = real.length > 1 && real.every((w, i) => i === 0 || w === real[i - 1]! + 1);
  return run ? `${real[0]}–${real.at(-1)}` : real.join(lang === 'zh' ? '、' : ', ');
}

/** One tender: a package in a budget year, with what it buys and the date its tender must be complete by. */
export type TenderPackageSummary = {
  budgetYear: number;
  package: TenderPackage;
  /** Adaptation: the developer the contract is with (`tenderSupplierOf`); absent for the other packages. */
  supplier?: string;
  /** New business systems: the system the tender buys (`tenderSystemOf`); absent for the other packages. */
  system?: string;
  items: number;
  quantity: number;
  cost: number;
  /** The earliest purchase-by date of its items: the tender must be complete by then (none for free substitutes: nothing is tendered). */
  purchaseBy?: IsoDate;
  /** Waves its items go in. */
  waves: number[];
};

const PACKAGE_ORDER = new Map(TENDER_PACKAGES.map((p, i) => [p, i]));

/** Tenders in budget-year order, then in `TENDER_PACKAGES` order, then by lot (`compareLots`). */
export const byYearThenPackage = (a: Pick<TenderPackageSummary, 'budgetYear' | 'package' | 'supplier' | 'system'>, b: Pick<TenderPackageSummary, 'budgetYear' | 'package' | 'supplier' | 'system'>): number =>
  a.budgetYear - b.budgetYear || PACKAGE_ORDER.get(a.package)! - PACKAGE_ORDER.get(b.package)! || compareLots(a, b);

/** Two lots of one package: developers, then systems, each in pinyin order (`compareSuppliers`). */
export const compareLots = (a: TenderLot, b: TenderLot): number => compareSuppliers(a.supplier, b.supplier) || compareSuppliers(a.system, b.system);

const SUPPLIER_ORDER = new Intl.Collator('zh-CN');

/** Suppliers (or systems) in pinyin order, the unnamed one ('') last and none (`undefined`, a package with no supplier) first. */
export const compareSuppliers = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a === '' ? 1 : b === '' ? -1 : SUPPLIER_ORDER.compare(a, b));

/** A tender a hospital group (医联体) can run jointly: one package of one budget year (one developer's adaptation, one new system) across its members. */
export type JointTenderPackage = Omit<TenderPackageSummary, 'waves'> & {
  /** Members whose lists have this package this year (their positions in the input). */
  hospitals: number[];
};

/**
 * The members' tenders side by side: each package of each budget year once, summed over the
 * members that have it, with the earliest deadline among them (a joint tender must suit the
 * earliest), in budget-year and package order. Sums equal the members' lists, to the yuan.
 * @param members each member's `tenderPackages`, in the group's order
 */
export function jointTenderPackages(members: readonly (readonly TenderPackageSummary[])[]): JointTenderPackage[] {
  const byKey = new Map<string, JointTenderPackage>();
  members.forEach((packages, h) => {
    for (const p of packages) {
      const key = `${p.budgetYear}\u0001${p.package}\u0001${lotKey(p)}`;
      let joint = byKey.get(key);
      if (!joint) {
        joint = { budgetYear: p.budgetYear, package: p.package, ...(p.supplier !== undefined ? { supplier: p.supplier } : {}), ...(p.system !== undefined ? { system: p.system } : {}), items: 0, quantity: 0, cost: 0, hospitals: [] };
        byKey.set(key, joint);
      }
      joint.items += p.items;
      joint.quantity += p.quantity;
      joint.cost += p.cost;
      if (!joint.hospitals.includes(h)) joint.hospitals.push(h);
      if (p.purchaseBy && (!joint.purchaseBy || p.purchaseBy < joint.purchaseBy)) joint.purchaseBy = p.purchaseBy;
    }
  });
  return [...byKey.values()].sort(byYearThenPackage);
}

/**
 * The list's tenders, by budget year and then in `TENDER_PACKAGES` order. Their costs add up to
 * the list's total, to the yuan; products kept by exception (nothing bought) are in none.
 */
export function tenderPackages(list: { readonly items: readonly ProcurementItem[] }): TenderPackageSummary[] {
  return summarisePackages(list.items, false);
}

/** A tender with the items it buys, by asset id in the list's order (`xcplan procure --packages --json`). */
export type TenderPackageWithIds = TenderPackageSummary & { assetIds: string[] };

/**
 * `tenderPackages` with each tender's asset ids, so a 采购需求 can be built from a package without
 * deriving the grouping again. Kept apart from `tenderPackages`, whose summaries the group store
 * keeps per pushed revision.
 * @param list the procurement list
 */
export function tenderPackagesWithIds(list: { readonly items: readonly ProcurementItem[] }): TenderPackageWithIds[] {
  return summarisePackages(list.items, true) as TenderPackageWithIds[];
}

/**
 * Whether a tender must close before the year its money belongs to (a first-quarter wave: tender by
 * October, money of the next year). Under 政府采购法 a contract is signed against an approved
 * budget, so the money must be in the previous year's 预算编报 and the tender run as a cross-year
 * procurement (跨年度采购: the contract signed once the budget is approved), or the scenario set to
 * request the money a year early (`budgetRequestYearBefore`).
 */
export const isTenderBeforeBudgetYear = (p: { purchaseBy?: string | null; budgetYear?: number }): boolean =>
  typeof p.purchaseBy === 'string' && p.budgetYear !== undefined && Number(p.purchaseBy.slice(0, 4)) < p.budgetYear;

/** How the tables mark a tender that closes before its budget year (`isTenderBeforeBudgetYear`). */
export const BEFORE_BUDGET_YEAR: Record<Lang, string> = { zh: '早于资金年度，须跨年度采购', en: 'before its budget year: cross-year procurement' };

/** Whether a tender's deadline has passed on `date` (`YYYY-MM-DD`): its earliest purchase-by date is before it. */
export const isPackageOverdue = (p: Pick<TenderPackageSummary, 'purchaseBy'>, date: string): boolean => p.purchaseBy !== undefined && p.purchaseBy < date;

function summarisePackages(items: readonly ProcurementItem[], withIds: boolean): TenderPackageSummary[] {
  const byKey = new Map<string, TenderPackageSummary & { assetIds?: string[] }>();
  for (const item of items) {
    const pkg = tenderPackageOf(item);
    if (pkg === undefined) continue;
    const budgetYear = item.budgetYear ?? item.year;
    const lot = tenderLotOf(item, pkg);
    const key = `${budgetYear}\u0001${pkg}\u0001${lotKey(lot)}`;
    let summary = byKey.get(key);
    if (!summary) {
      summary = { budgetYear, package: pkg, ...lot, items: 0, quantity: 0, cost: 0, waves: [], ...(withIds ? { assetIds: [] } : {}) };
      byKey.set(key, summary);
    }
    summary.assetIds?.push(item.assetId);
    summary.items++;
    summary.quantity += item.quantity;
    summary.cost += item.cost;
    const deadline = tenderDeadline(item);
    if (deadline && (!summary.purchaseBy || deadline < summary.purchaseBy)) summary.purchaseBy = deadline;
    if (!summary.waves.includes(item.wave)) summary.waves.push(item.wave);
  }
  const out = [...byKey.values()].sort(byYearThenPackage);
  for (const summary of out) summary.waves.sort((a, b) => a - b);
  return out;
}
