/** The domestic-priority procurement list: what to buy, per year and wave, to replace what. */
import type { CpuArch } from '../catalogue';
import type { Category, VendorOrigin } from '../model';
import type { ProvinceRule } from './provinceRules';

export const PROCUREMENT_FLAGS = ['no-substitute', 'import-only', 'incompatible', 'bundle', 'open-source'] as const;
/**
 * - `no-substitute`: the catalogue knows no domestic product for this item.
 * - `import-only`: the only option is still an import; the province's rule on imports applies.
 * - `incompatible`: domestic products exist but none is recorded as supporting the target CPU/OS.
 * - `bundle`: must move together with other items (a dependency cycle, or software and its platform in one wave).
 * - `open-source`: foreign-origin open source (MySQL, PostgreSQL, Tomcat): replace only if policy requires.
 */
export type ProcurementFlag = (typeof PROCUREMENT_FLAGS)[number];

export type Alternative = {
  entryId: string;
  vendor: string;
  product: string;
  /** e.g. `安全可靠 I级 2025年第3号`. */
  assessment?: string;
  /** Supports the target platform (true when the catalogue records no architectures). */
  compatible: boolean;
};

export type ProcurementItem = {
  assetId: string;
  assetName: string;
  year: number;
  wave: number;
  category: Category;
  quantity: number;
  origin: VendorOrigin;
  /** The foreign product being replaced, as the asset names it and as the catalogue knows it. */
  replaces: { vendor?: string; product?: string; entryId?: string; family?: string };
  alternatives: Alternative[];
  /** Yuan per unit and for the row, from the price book (or the asset's own unit cost). */
  unitCost: number;
  cost: number;
  flags: ProcurementFlag[];
  /** Items sharing a bundle id move together. */
  bundleId?: string;
  /** Province rule ids that apply to buying this item (imports only). */
  ruleIds: string[];
};

export type ProcurementTarget = { cpuArch?: CpuArch; os?: string };

export type YearSummary = { year: number; items: number; quantity: number; cost: number; flagged: number };

export type ProcurementList = {
  items: ProcurementItem[];
  years: YearSummary[];
  total: { items: number; quantity: number; cost: number };
  /** Rules in force for the project's province (local first, then national). */
  rules: ProvinceRule[];
  target: ProcurementTarget;
};
