/**
 * The procurement list as a table for review: Chinese (or English) headers, one row per item and
 * a totals row. The CSV/XLSX writers of shared/io turn it into files (formula-injection safe).
 */
import type { Lang } from '../model';
import { CATEGORY_NAMES } from '../model';
import { placeName } from './provinceRules';
import type { Alternative, ProcurementFlag, ProcurementItem, ProcurementList } from './types';

export type Cell = string | number;
export type ProcurementTable = { headers: string[]; rows: Cell[][] };

/** Category names (one table for the whole app, in shared/model). */
export const CATEGORY_LABELS = CATEGORY_NAMES;

export const FLAG_LABELS: Record<ProcurementFlag, { zh: string; en: string }> = {
  'no-substitute': { zh: '无已知国产替代', en: 'no known domestic substitute' },
  'import-only': { zh: '仍需进口', en: 'import only' },
  incompatible: { zh: '替代品不适配目标平台', en: 'no substitute fits the target platform' },
  bundle: { zh: '须捆绑迁移', en: 'must move together' },
  'open-source': { zh: '境外开源（按政策替换）', en: 'foreign open source (replace if policy requires)' },
};

/** What an application without a catalogued substitute needs: its developer ports it (信创适配). */
export const ADAPTATION: Record<Lang, string> = { zh: '由开发商做信创适配', en: 'adapted by its developer' };

const HEADERS: Record<Lang, string[]> = {
  zh: ['年度', '批次', '类别', '资产编号', '资产名称', '数量', '被替换产品', '推荐国产替代', '安全可靠测评', '单价（元）', '金额（元）', '标记', '捆绑组', '适用采购规则'],
  en: ['Year', 'Wave', 'Category', 'Asset id', 'Asset name', 'Quantity', 'Replaces', 'Domestic alternatives', 'Assessment', 'Unit cost (CNY)', 'Cost (CNY)', 'Flags', 'Bundle', 'Procurement rules'],
};

/**
 * @param list the procurement list (or a filtered copy of its items)
 * @param lang header and label language
 * @param items the items to show (default: all of the list's, in its order)
 * @returns headers and rows, the last row being the totals
 */
export function procurementTable(list: ProcurementList, lang: Lang = 'zh', items: readonly ProcurementItem[] = list.items): ProcurementTable {
  const ruleText = new Map(list.rules.map((rule) => [rule.id, `${placeName(rule.city ?? rule.province, lang)}${lang === 'zh' ? '：' : ': '}${rule.text[lang] || rule.text.zh}`]));
  const incompatible = lang === 'zh' ? '（不适配目标平台）' : ' (does not fit the target)';
  const rows: Cell[][] = items.map((item) => [
    item.year,
    item.wave,
    CATEGORY_LABELS[item.category][lang],
    item.assetId,
    item.assetName,
    item.quantity,
    replacesText(item),
    item.alternatives.length === 0 && item.category === 'application' ? ADAPTATION[lang] : item.alternatives.map((alt) => `${alternativeName(alt)}${alt.compatible ? '' : incompatible}`).join('；'),
    [...new Set(item.alternatives.map((alt) => alt.assessment).filter(Boolean))].join('；'),
    item.unitCost,
    item.cost,
    item.flags.map((flag) => FLAG_LABELS[flag][lang]).join('；'),
    item.bundleId ?? '',
    item.ruleIds.map((id) => ruleText.get(id) ?? id).join('\n'),
  ]);
  const quantity = items.reduce((sum, item) => sum + item.quantity, 0);
  const cost = items.reduce((sum, item) => sum + item.cost, 0);
  rows.push([lang === 'zh' ? '合计' : 'Total', '', '', `${items.length}`, '', quantity, '', '', '', '', cost, '', '', '']);
  return { headers: HEADERS[lang], rows };
}

/**
 * `达梦数据库 DM8` rather than `达梦 达梦数据库 DM8`: the vendor only when the product does not
 * already name it (in full, or by the first or last two characters of a Chinese name: 统信软件 →
 * 统信 UOS, 电科金仓 → 金仓数据库).
 */
export function alternativeName(alt: Pick<Alternative, 'vendor' | 'product'>): string {
  return namesVendor(alt.product, alt.vendor) ? alt.product : `${alt.vendor} ${alt.product}`;
}

function namesVendor(product: string, vendorName: string): boolean {
  const vendor = vendorName.replace(/[（(].*[）)]/, '').trim().toLowerCase();
  if (!vendor) return true;
  const text = product.toLowerCase();
  if (text.includes(vendor)) return true;
  const chinese = /^[\u3400-\u9fff]{3,}$/.test(vendor);
  return chinese && (text.includes(vendor.slice(0, 2)) || text.includes(vendor.slice(-2)));
}

/** What the item replaces as the asset names it: `Oracle 11g RAC` rather than `Oracle Oracle 11g RAC`. */
export function replacedName(replaces: ProcurementItem['replaces']): string {
  const { vendor, product } = replaces;
  if (vendor && product) return product.toLowerCase().includes(vendor.toLowerCase()) ? product : `${vendor} ${product}`;
  return vendor ?? product ?? '';
}

function replacesText(item: ProcurementItem): string {
  const named = replacedName(item.replaces);
  if (named && item.replaces.family) return `${named}（${item.replaces.family}）`;
  return named || item.replaces.family || item.assetName;
}
