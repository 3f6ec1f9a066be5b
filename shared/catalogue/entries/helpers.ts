/** A compact constructor for built-in entries, so the data files read as tables. */
import type { CatalogueCategory, CatalogueEntry, CatalogueOrigin, CpuArch } from '../types';

export const ALL_ARCHES: CpuArch[] = ['x86-64', 'ARMv8', 'LoongArch', 'MIPS', 'SW64'];
/** Domestic software adapted to the mainstream domestic CPUs (Hygon/Zhaoxin x86, Kunpeng/Phytium ARM, Loongson). */
export const XC_ARCHES: CpuArch[] = ['x86-64', 'ARMv8', 'LoongArch'];
export const X86: CpuArch[] = ['x86-64'];
export const ARM: CpuArch[] = ['ARMv8'];

type Extra = Omit<CatalogueEntry, 'id' | 'vendorId' | 'family' | 'category' | 'origin' | 'aliases'>;

/**
 * @param id stable id
 * @param vendorId vendor id from vendors.ts
 * @param family product family as shown
 * @param category catalogue category
 * @param origin origin of the product (may differ from its vendor's)
 * @param aliases spellings that identify the product
 * @param extra the optional fields
 */
export function entry(
  id: string,
  vendorId: string,
  family: string,
  category: CatalogueCategory,
  origin: CatalogueOrigin,
  aliases: string[],
  extra: Extra = {},
): CatalogueEntry {
  return { id, vendorId, family, category, origin, aliases, ...extra };
}
