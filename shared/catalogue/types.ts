/**
 * The product catalogue contract: vendors and product families found in Chinese hospital IT,
 * their origin, CPU architectures, 安全可靠测评 status and usual domestic substitutes
 * (DOMAIN.md §1, §5.5). Built-in entries are data in entries/; users add or override entries in
 * the project's `extensions.catalogue`, never by editing the built-in set.
 */
import type { Category, IsoDate } from '../model';
import type { ProductRole } from './roles';

/** Instruction-set architectures that drive software compatibility (DOMAIN.md §1.1). */
export const CPU_ARCHES = ['x86-64', 'ARMv8', 'LoongArch', 'MIPS', 'SW64'] as const;
export type CpuArch = (typeof CPU_ARCHES)[number];

/**
 * Origin as the catalogue knows it. `foreign-open-source` (MySQL, PostgreSQL, Tomcat) counts as
 * foreign in the project file but is flagged "replace only if policy requires".
 */
export const CATALOGUE_ORIGINS = ['domestic', 'foreign', 'foreign-open-source'] as const;
export type CatalogueOrigin = (typeof CATALOGUE_ORIGINS)[number];

/** Asset categories plus `cpu`: CPUs are matched from an asset's CPU text, not stored as assets. */
export type CatalogueCategory = Category | 'cpu';

/** Desktop and server editions differ in lineage (Kylin desktop is deb, Kylin server is rpm). */
export const ROLES = ['desktop', 'server'] as const;
export type Role = (typeof ROLES)[number];

/** 安全可靠测评 result: level, notice, validity (notice date + 3 years). */
export type Assessment = {
  /** Absent when the notice is known but the level was not published with it. */
  level?: 'I' | 'II';
  /** e.g. `2025年第3号`. */
  notice: string;
  /** The version the notice names when it differs from the entry's family (`V11` of `V10/V11`). */
  version?: string;
  validFrom?: IsoDate;
  validUntil?: IsoDate;
};

export type Vendor = {
  id: string;
  zh: string;
  en: string;
  /** Spellings seen in hospital asset lists: Chinese, English, abbreviations, common typos. */
  aliases: string[];
  /** Origin used when only the vendor is recognised. */
  origin: CatalogueOrigin;
  /** Category used when only the vendor is recognised and the asset has none. */
  defaultCategory?: CatalogueCategory;
  note?: { zh: string; en: string };
};

export type CatalogueEntry = {
  /** Stable id, `<category>.<slug>`; user entries with a built-in id override it. */
  id: string;
  vendorId: string;
  /** Product family as shown to users, e.g. `银河麒麟桌面操作系统 V10`. */
  family: string;
  /** The family in English (`Kylin Desktop OS V10/V11`), when `family` is written in Chinese; English text shows it. */
  en?: string;
  /** Spellings of the product that identify this entry (the vendor's aliases are added). */
  aliases: string[];
  category: CatalogueCategory;
  /** Finer kind inside a category: `firewall`, `waf`, `bastion`, `nas`, `printer`... Substitutes match on it. */
  subtype?: string;
  role?: Role;
  /** The product roles it fills (core switch, wireless AP, kiosk…); absent = derived from category and subtype. */
  fills?: ProductRole[];
  origin: CatalogueOrigin;
  arches?: CpuArch[];
  /** For software: OS entry ids it is adapted to (absent = not recorded). */
  platforms?: string[];
  assessment?: Assessment;
  /** For foreign products: ids of the usual domestic substitutes, best first. */
  substitutes?: string[];
  /**
   * A community edition (openEuler, openKylin): not bought from a supplier. Procurement offers its
   * commercial distributions instead, with their suppliers.
   */
  distributions?: string[];
  /** The catalogue knows no domestic product for this (buying means an import). */
  importOnly?: boolean;
  /** The vendor's flagship: used when only the vendor is recognised. */
  primary?: boolean;
  /** For a generic name (`银河麒麟 V10`): the desktop and server editions, chosen by context. */
  roleVariants?: Partial<Record<Role, string>>;
  note?: { zh: string; en: string };
};

export type Catalogue = {
  version: string;
  vendors: Vendor[];
  entries: CatalogueEntry[];
};

/** What a project stores in `extensions.catalogue`: additions and overrides by id. */
export type UserCatalogue = {
  vendors: Vendor[];
  entries: CatalogueEntry[];
};
