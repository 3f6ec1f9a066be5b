/** The domestic-priority procurement list: what to buy, per year and wave, to replace what. */
import type { CpuArch, ProductRole } from '../catalogue';
import type { Category, IsoDate, VendorOrigin } from '../model';
import type { ProvinceRule } from './provinceRules';

export const PROCUREMENT_FLAGS = ['no-substitute', 'import-only', 'import-justification', 'retained-import', 'incompatible', 'isa-change', 'application-rewrite', 'assessment', 'not-certified', 'bundle', 'open-source', 'origin-unverified', 'ha-nodes'] as const;
/**
 * - `no-substitute`: the catalogue knows no domestic product for this item.
 * - `import-only`: the only option is still an import; the province's rule on imports applies.
 * - `import-justification`: a foreign application kept by exception: its import needs a justification (进口论证).
 * - `retained-import`: a foreign product kept by exception: buying support or a renewal is an import under the province's rule.
 * - `incompatible`: domestic products exist but none is recorded as supporting the target CPU/OS.
 * - `isa-change`: the software on this host needs another instruction set than some substitutes (x86 Windows VMs on ARM).
 * - `application-rewrite`: the swap is not a drop-in (Caché/MUMPS → a relational database rewrites the application).
 * - `assessment`: the recommended product's 安全可靠测评 listing expires before the purchase (an unknown listing is shown, not flagged).
 * - `not-certified`: an application adapted by its developer has no certification (互认证) on the target stack.
 * - `bundle`: must move together with other items (a dependency cycle, or software and its platform in one wave).
 * - `open-source`: foreign-origin open source (MySQL, PostgreSQL, Tomcat): replace only if policy requires.
 * - `ha-nodes`: a database of one row that runs on several nodes (its OS or server rows count more
 *   than one, or its name says Always On, RAC, 主从, 集群…): a domestic database is licensed per node
 *   or CPU, and the price book prices the row as one.
 * - `origin-unverified`: an application replaced because its developer's origin is unknown: if the
 *   developer is domestic, it adapts the system (信创适配) and no new system is tendered. Not set
 *   when the developer's support ended before the wave: nobody is left to adapt it.
 */
export type ProcurementFlag = (typeof PROCUREMENT_FLAGS)[number];

export type Alternative = {
  entryId: string;
  vendor: string;
  product: string;
  /** e.g. `安全可靠 I级 2025年第3号`. */
  assessment?: string;
  /** Supports the target platform and the software on it (true when the catalogue records no architectures). */
  compatible: boolean;
  /** The target platform's own product (the target OS, a server on the target CPU). */
  target?: boolean;
  /** Why a substitute is not a drop-in: another instruction set than the software on it, or an application rewrite. */
  caveat?: 'isa-change' | 'application-rewrite' | 'platform';
  /** 安全可靠测评 status at the purchase date (OS, database and CPU products). */
  listing?: Listing;
};

/** `listed`: a notice valid at the purchase date; `expires`: valid until before the purchase; `unknown`: no notice known (not the same as unlisted). */
export type Listing = { status: 'listed' | 'expires' | 'unknown'; notice?: string; version?: string; validUntil?: IsoDate };

/** An adapted application's certification (互认证) on the target stack, from the adaptation matrix. */
export type Certification = { status: 'certified' | 'not-certified'; stack: string; source?: string; date?: IsoDate; readyFromSuggestion?: IsoDate };

export type ProcurementItem = {
  assetId: string;
  assetName: string;
  year: number;
  wave: number;
  category: Category;
  quantity: number;
  /** Who makes it (`vendorOrigin`): a Chinese developer's HIS being adapted is `domestic`. */
  origin: VendorOrigin;
  /** The role the item fills (core switch, kiosk, BI…), when known. */
  role?: ProductRole;
  /** `replace`: buy a domestic product; `adapt`: the developer ports it; `import`: a product with no domestic substitute, bought abroad under the province's rule; `retain`: kept foreign by exception. */
  treatment: 'replace' | 'adapt' | 'import' | 'retain';
  /** The foreign product being replaced, as the asset names it and as the catalogue knows it. */
  replaces: { vendor?: string; product?: string; entryId?: string; family?: string };
  alternatives: Alternative[];
  /**
   * Yuan per unit (to the fen: `cost / quantity` rounded to 0.01) and for the row (whole yuan, the
   * plan's and the forecast's amount), from the price book (or the asset's own unit cost).
   */
  unitCost: number;
  cost: number;
  flags: ProcurementFlag[];
  /** Items sharing a bundle id move together: the cut-over unit (its head asset's id) or a cycle. */
  bundleId?: string;
  /** The name of what the item moves with (the system or shared platform). */
  bundleName?: string;
  /**
   * Rule ids that apply to buying this item, by each rule's scope (`ruleAppliesTo`): the province's
   * import rules on imports and products kept by exception, a custom-development rule on
   * adaptation, the national 需求标准 on servers, computers and operating systems.
   */
  ruleIds: string[];
  /** Tender must be complete by then: the wave's start minus the scenario's tender lead time. */
  purchaseBy?: IsoDate;
  /** The budget year the money must be requested in (预算编报). */
  budgetYear?: number;
  certification?: Certification;
};

/**
 * The platform the hospital buys for: CPU architecture (and family entry), server and desktop OS
 * entries. `source` says whether it comes from the project settings or was inferred.
 */
export type ProcurementTarget = { cpuArch?: CpuArch; cpu?: string; os?: string; desktopOs?: string; source?: 'project' | 'inferred' };

export type YearSummary = { year: number; items: number; quantity: number; cost: number; flagged: number };

export type ProcurementList = {
  items: ProcurementItem[];
  years: YearSummary[];
  total: { items: number; quantity: number; cost: number };
  /** Rules in force for the project's province (local first, then national). */
  rules: ProvinceRule[];
  target: ProcurementTarget;
  /** Tender lead time used for `purchaseBy`, months. */
  tenderLeadMonths: number;
};
