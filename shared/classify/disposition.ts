/**
 * The suggested disposition (处置方式) of a classified asset, with its reason (DESIGN.md "Vendor
 * origin and disposition are two different things"). A Chinese developer does not make an
 * application compliant: it is suggested `adapt` unless its product string names its 信创 version.
 * A PC's or server's origin already follows its CPU (resolve.ts), so a domestic-brand Intel PC is
 * replaced. Suggestions only: the user confirms them in the import wizard.
 */
import type { Asset, Category, Disposition } from '../model';

/** Product strings that name a 信创 version: 信创版, 国产化版, 麒麟版, 统信版, for Kylin/UOS, 鲲鹏/海光/飞腾版. */
const XINCHUANG_VERSION = /信创|国产化版|(麒麟|统信|鲲鹏|海光|飞腾|龙芯|兆芯|达梦|金仓)\s*(版|适配版)|for\s+(kylin|uos)|\bxc\b/i;

export type DispositionSuggestion = { disposition: Disposition; reason: { zh: string; en: string } };

/**
 * @param origin the classified product origin
 * @param category the asset's category (the file's or the classified one)
 * @param asset the asset's text fields
 */
export function suggestDisposition(
  origin: 'domestic' | 'foreign' | 'unknown',
  category: Category | undefined,
  asset: Pick<Partial<Asset>, 'name' | 'product' | 'version' | 'notes'>,
): DispositionSuggestion {
  if (category === 'other') return { disposition: 'retire', reason: { zh: '不在信创范围内（不纳入规划）', en: 'out of scope (not planned)' } };
  if (origin !== 'domestic') {
    return origin === 'foreign'
      ? { disposition: 'replace', reason: { zh: '进口产品：替代为国产产品', en: 'foreign product: replace with a domestic one' } }
      : { disposition: 'replace', reason: { zh: '产地不明：按需替代处理，请核实', en: 'origin unknown: treated as replace, please check' } };
  }
  if (category === 'application') {
    const label = [asset.name, asset.product, asset.version, asset.notes].filter(Boolean).join(' ');
    if (XINCHUANG_VERSION.test(label)) {
      return { disposition: 'compliant', reason: { zh: '国产开发商，产品名称注明信创版本', en: 'domestic developer, the product names its 信创 version' } };
    }
    return {
      disposition: 'adapt',
      reason: { zh: '国产开发商：由开发商适配迁移到国产平台（未注明信创版本）', en: 'domestic developer: the vendor ports it to the domestic stack (no 信创 version named)' },
    };
  }
  return { disposition: 'compliant', reason: { zh: '国产产品', en: 'domestic product' } };
}
