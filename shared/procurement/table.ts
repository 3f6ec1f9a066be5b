/**
 * The procurement list as a table for review: Chinese (or English) headers, one row per item and
 * a totals row. The CSV/XLSX writers of shared/io turn it into files (formula-injection safe).
 */
import { familyName, vendorName } from '../catalogue';
import { ROLE_NAMES } from '../catalogue/roles';
import { toCsv } from '../io/export';
import type { CellFormat } from '../io/export';
import type { Lang } from '../model';
import { joinClauses } from '../format/clauses';
import { CATEGORY_NAMES, glossaryPairs, MEASURE_NAMES } from '../model';
import { BEFORE_BUDGET_YEAR, isRetained, isTenderBeforeBudgetYear, RETAINED_LABELS, tenderDeadline, tenderPackageLabel, tenderLotOf, tenderPackageOf, wavesText } from './packages';
import type { TenderPackageSummary } from './packages';
import { unitPriceRemainder } from './procurement';
import { placeName } from './provinceRules';
import type { Alternative, ProcurementFlag, ProcurementItem, ProcurementList } from './types';
import type { ProvinceRule } from './provinceRules';

export type Cell = string | number;
export type ProcurementTable = { headers: string[]; rows: Cell[][]; formats: (CellFormat | undefined)[] };

/** Category names (one table for the whole app, in shared/model). */
export const CATEGORY_LABELS = CATEGORY_NAMES;

export const FLAG_LABELS: Record<ProcurementFlag, { zh: string; en: string }> = glossaryPairs('flag');

/** One flag of an item as the list shows it; the bundle flag names what the item moves with. */
export function flagLabel(item: Pick<ProcurementItem, 'bundleId' | 'bundleName'>, flag: ProcurementFlag, lang: Lang): string {
  if (flag !== 'bundle' || !item.bundleId) return FLAG_LABELS[flag][lang];
  const name = item.bundleName ?? item.bundleId;
  return lang === 'zh' ? `随「${name}」切换` : `moves with ${name}`;
}

/**
 * 计量单位 of an item's quantity: 台 for boxes, 套 for licences and systems, 点 for endpoint seats;
 * an adaptation is a service (项). With `count`, the English word agrees with it (`10 units`,
 * `1 service`), as a text beside the number reads; without, it is the column's unit of measure.
 */
export function measureText(item: Pick<ProcurementItem, 'category' | 'treatment'>, lang: Lang, count?: number): string {
  const word = item.treatment === 'adapt' ? (lang === 'zh' ? '项' : 'service') : MEASURE_NAMES[item.category][lang];
  return lang === 'en' && count !== undefined && count !== 1 ? `${word}s` : word;
}

/** What an application without a catalogued substitute needs: its developer ports it (信创适配). */
export const ADAPTATION: Record<Lang, string> = { zh: '由开发商做信创适配', en: 'adapted by its developer' };

/** A foreign application kept by exception (retained): its import is justified or a domestic product chosen. */
export const IMPORT_JUSTIFICATION: Record<Lang, string> = {
  zh: '目录中无国产替代：另选国产产品或申请进口论证',
  en: 'no domestic substitute in the catalogue: choose a domestic product or apply for import approval (进口论证)',
};

/** An application being replaced that the catalogue has no product for: a tender for a domestic system of its kind. */
export const DOMESTIC_TENDER: Record<Lang, string> = {
  zh: '国产同类系统招标选型（目录未收录此类应用）',
  en: 'tender for a domestic system of this kind (the catalogue lists no such application)',
};

/** A foreign product kept by exception. */
export const RETAINED: Record<Lang, string> = { zh: '保留（例外）：续保/维保按进口产品审批', en: 'retained by exception: support renewals are imports needing approval' };

/** What the alternatives column says when there is no domestic product to list. */
export function noAlternativeText(item: Pick<ProcurementItem, 'treatment' | 'category'>, lang: Lang): string {
  if (item.treatment === 'adapt') return ADAPTATION[lang];
  if (item.treatment === 'retain') return item.category === 'application' ? `${RETAINED[lang]}${lang === 'zh' ? '；' : '; '}${IMPORT_JUSTIFICATION[lang]}` : RETAINED[lang];
  if (item.treatment === 'replace' && item.category === 'application') return DOMESTIC_TENDER[lang];
  return '';
}

const CAVEATS: Record<NonNullable<Alternative['caveat']>, Record<Lang, string>> = {
  'isa-change': { zh: '（需更换指令集）', en: ' (another instruction set)' },
  'application-rewrite': { zh: '（需改写应用）', en: ' (application rewrite)' },
  platform: { zh: '（不适配目标平台）', en: ' (does not fit the target)' },
};

/** `金仓数据库 KingbaseES（需改写应用）`: the name with why it is not a drop-in, and a target mark. */
export function alternativeLabel(alt: Alternative, lang: Lang): string {
  const mark = alt.target ? (lang === 'zh' ? '【目标平台】' : '[target] ') : '';
  const caveat = alt.compatible ? '' : CAVEATS[alt.caveat ?? 'platform'][lang];
  return `${mark}${alternativeName(alt, lang)}${caveat}`;
}

/** `安全可靠 I级 2025年第3号（V11），有效期至 2028-09-12` or why it is flagged. */
export function listingText(alt: Alternative, lang: Lang): string {
  const listing = alt.listing;
  if (!listing) return alt.assessment ?? '';
  if (listing.status === 'unknown') return lang === 'zh' ? `${alternativeName(alt, lang)}：目录未收录测评公告，请核对测评中心公告` : `${alternativeName(alt, lang)}: no assessment notice in the catalogue, check the assessment centre's notices`;
  const until = listing.validUntil ? (lang === 'zh' ? `，有效期至 ${listing.validUntil}` : `, valid until ${listing.validUntil}`) : '';
  const expired = listing.status === 'expires' ? (lang === 'zh' ? '（采购前到期）' : ' (expires before purchase)') : '';
  return `${alt.assessment ?? listing.notice}${until}${expired}`;
}

/** How the workbook shows each column's numbers: quantities counted, amounts in yuan; years, waves and ids as written. */
const FORMATS: (CellFormat | undefined)[] = [undefined, undefined, undefined, undefined, undefined, 'count', undefined, undefined, undefined, undefined, 'yuan', 'yuan'];

const HEADERS: Record<Lang, string[]> = {
  zh: ['年度', '批次', '类别', '资产编号', '资产名称', '数量', '计量单位', '被替换产品', '推荐国产替代', '安全可靠测评', '单价（元）', '金额（元）', '标记', '随系统切换', '适用采购规则', '产品角色', '招标完成时限', '预算编报年度', '适配认证', '采购包'],
  en: ['Year', 'Wave', 'Category', 'Asset id', 'Asset name', 'Quantity', 'Unit', 'Replaces', 'Domestic alternatives', 'Assessment', 'Unit cost (CNY)', 'Cost (CNY)', 'Flags', 'Moves with', 'Procurement rules', 'Role', 'Tender complete by', 'Budget year', 'Certification', 'Tender package'],
};

/**
 * @param list the procurement list (or a filtered copy of its items)
 * @param lang header and label language
 * @param items the items to show (default: all of the list's, in its order)
 * @returns headers and rows, the last row being the totals
 */
export function procurementTable(list: ProcurementList, lang: Lang = 'zh', items: readonly ProcurementItem[] = list.items): ProcurementTable {
  const ruleText = new Map(list.rules.map((rule) => [rule.id, `${placeName(rule.city ?? rule.province, lang)}${lang === 'zh' ? '：' : ': '}${rule.text[lang] || rule.text.zh}`]));
  const rows: Cell[][] = items.map((item) => [
    // A product kept by exception is bought in no year and no wave: said in words, not as wave 0.
    isRetained(item) ? '' : item.year,
    isRetained(item) ? RETAINED_WAVE[lang] : item.wave,
    CATEGORY_LABELS[item.category][lang],
    item.assetId,
    item.assetName,
    item.quantity,
    measureText(item, lang),
    replacesText(item, lang),
    alternativesText(item, lang),
    joinClauses([...new Set(item.alternatives.map((alt) => listingText(alt, lang)).filter(Boolean))], lang),
    item.unitCost,
    item.cost,
    joinClauses([flagsText(item, lang), remainderText(item, lang)].filter(Boolean), lang),
    item.bundleId ? lang === 'zh' ? `${item.bundleName ?? item.bundleId}（${item.bundleId}）` : `${item.bundleName ?? item.bundleId} (${item.bundleId})` : '',
    item.ruleIds.map((id) => ruleText.get(id) ?? id).join('\n'),
    item.role ? ROLE_NAMES[item.role][lang] : '',
    item.purchaseBy ?? '',
    item.budgetYear ?? '',
    certificationText(item, lang),
    packageLabel(item, lang),
  ]);
  // The totals are the purchases': products kept by exception are listed, not bought.
  const purchases = items.filter((item) => !isRetained(item));
  const quantity = purchases.reduce((sum, item) => sum + item.quantity, 0);
  const cost = purchases.reduce((sum, item) => sum + item.cost, 0);
  const kept = items.length - purchases.length;
  const note = kept > 0 ? (lang === 'zh' ? `不含保留项 ${kept} 项（不采购）` : `not counting ${kept} retained (not purchased)`) : '';
  rows.push([lang === 'zh' ? '合计' : 'Total', '', '', purchases.length, note, quantity, '', '', '', '', '', cost, '', '', '', '', '', '', '', '']);
  return { headers: HEADERS[lang], rows, formats: FORMATS };
}

/**
 * A tender as the tables list it: one package of one budget year (`tenderPackages`), and for a
 * group's joint tender (`jointTenderPackages`, the group store's roll-up) the hospitals buying it.
 */
export type TenderRow = Pick<TenderPackageSummary, 'budgetYear' | 'package' | 'items' | 'quantity' | 'cost'> & { supplier?: string | null; system?: string | null; purchaseBy?: string | null; waves?: readonly number[]; hospitals?: readonly string[] };

/**
 * Tenders as a sheet with a totals row: one hospital's (the list's XLSX second sheet, `xcplan
 * procure --packages`) with their waves, or a group's joint tenders (rows with `hospitals`) with
 * the hospitals that buy each.
 * @param tenders the tenders, in their order
 * @param lang header and label language
 * @param today with a date (`YYYY-MM-DD`), a 状态 column says 已过时限 on tenders whose deadline is
 *   before it, and 早于资金年度 on those that must close before the year their money belongs to
 */
export function tenderPackageTable(tenders: readonly TenderRow[], lang: Lang = 'zh', today?: string): ProcurementTable & { name: string; totals: Cell[] } {
  const zh = lang === 'zh';
  const joint = tenders.some((p) => p.hospitals !== undefined);
  const sum = (pick: (p: TenderRow) => number) => tenders.reduce((n, p) => n + pick(p), 0);
  const lead = (p: TenderRow): Cell[] => [p.budgetYear, tenderPackageLabel(p, lang), ...(joint ? [p.hospitals?.length ?? 0, (p.hospitals ?? []).join(zh ? '、' : ', ')] : [])];
  return {
    name: joint ? (zh ? '联合采购包' : 'Joint tenders') : zh ? '采购包' : 'Tender packages',
    headers: [
      zh ? '预算编报年度' : 'Budget year',
      zh ? '采购包' : 'Tender package',
      ...(joint ? [zh ? '医院数' : 'Hospitals', zh ? '医院' : 'Hospital names'] : []),
      zh ? '条目数' : 'Items',
      zh ? '数量' : 'Quantity',
      zh ? '金额（元）' : 'Cost (CNY)',
      zh ? '招标完成时限' : 'Tender complete by',
      ...(joint ? [] : [zh ? '批次' : 'Waves']),
      ...(today ? [zh ? '状态' : 'Status'] : []),
    ],
    rows: tenders.map((p) => [...lead(p), p.items, p.quantity, p.cost, p.purchaseBy ?? '', ...(joint ? [] : [wavesText(p.waves ?? [], lang)]), ...(today ? [tenderStatus(p, today, lang)] : [])]),
    totals: [zh ? '合计' : 'Total', '', ...(joint ? ['', ''] : []), sum((p) => p.items), sum((p) => p.quantity), sum((p) => p.cost), '', ...(joint ? [] : ['']), ...(today ? [''] : [])],
    formats: [undefined, undefined, ...(joint ? ['count' as const, undefined] : []), 'count', 'count', 'yuan', undefined, undefined],
  };
}

/** A tender's 状态: past its deadline, closing before its budget year, both or neither. */
function tenderStatus(p: TenderRow, today: string, lang: Lang): string {
  const marks = [p.purchaseBy && p.purchaseBy < today ? OVERDUE[lang] : '', isTenderBeforeBudgetYear(p) ? BEFORE_BUDGET_YEAR[lang] : ''].filter(Boolean);
  return marks.join(lang === 'zh' ? '；' : '; ');
}

/** Where the unit price and amount are in a `procurementTable` row. */
const UNIT_COLUMN = 10;
const COST_COLUMN = 11;

/**
 * The list as CSV: `procurementTable`'s rows with the unit price and the amount written to two
 * decimals (`13537.50`), as the workbook shows them, so 单价 × 数量 = 金额 reads the same in both.
 * @param list the procurement list
 * @param lang header and label language
 * @param items the items to write (default: all of the list's, in its order)
 */
export function procurementCsv(list: ProcurementList, lang: Lang = 'zh', items: readonly ProcurementItem[] = list.items): string {
  const table = procurementTable(list, lang, items);
  const fixed = (cell: Cell | undefined): Cell => (typeof cell === 'number' ? cell.toFixed(2) : (cell ?? ''));
  return toCsv(table.headers, table.rows.map((row) => row.map((cell, col) => (col === UNIT_COLUMN || col === COST_COLUMN ? fixed(cell) : cell))));
}

/** A unit price as the view writes it: separators and two decimals (`13,537.50`). */
export function unitPriceText(yuan: number, lang: Lang): string {
  return yuan.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Why 单价 × 数量 differs from 金额 on a row, when it does (`unitPriceRemainder`): the unit price
 * is then an average to the fen, and the amount the sum of price-book parts each rounded to the
 * yuan. '' when they agree.
 */
export function remainderText(item: Pick<ProcurementItem, 'cost' | 'unitCost' | 'quantity'>, lang: Lang): string {
  const diff = unitPriceRemainder(item);
  if (diff === 0) return '';
  const amount = `${diff > 0 ? '+' : '−'}${unitPriceText(Math.abs(diff), lang)}`;
  return lang === 'zh' ? `单价为均价：金额比单价×数量${diff > 0 ? '多' : '少'} ${unitPriceText(Math.abs(diff), lang)} 元（价格本各分项分别取整到元）` : `average unit price: the amount is unit × quantity ${amount} yuan (price-book parts rounded to the yuan each)`;
}

/** A tender or purchase whose deadline has passed, as the tables and the text say it. */
export const OVERDUE: Record<Lang, string> = { zh: '已过时限', en: 'deadline passed' };

/** The wave column of an item kept by exception (not a wave: nothing is bought). */
export const RETAINED_WAVE: Record<Lang, string> = { zh: '保留', en: 'retained' };

/** The tender package an item is bought in (with its developer, for adaptation; its system, for a new one), or that it is kept by exception and not bought. */
export function packageLabel(item: Pick<ProcurementItem, 'treatment' | 'category' | 'cost' | 'replaces' | 'assetId' | 'assetName'>, lang: Lang): string {
  const pkg = tenderPackageOf(item);
  return pkg === undefined ? RETAINED_LABELS[lang] : tenderPackageLabel({ package: pkg, ...tenderLotOf(item, pkg) }, lang);
}

/** The item's alternatives as one clause each, or why there is none. */
export function alternativesText(item: Pick<ProcurementItem, 'alternatives' | 'category' | 'treatment'>, lang: Lang): string {
  return item.alternatives.length === 0 ? noAlternativeText(item, lang) : joinClauses(item.alternatives.map((alt) => alternativeLabel(alt, lang)), lang);
}

/** The item's flags in words, one clause each. */
export function flagsText(item: Pick<ProcurementItem, 'flags'>, lang: Lang): string {
  return joinClauses(item.flags.map((flag) => FLAG_LABELS[flag][lang]), lang);
}

/**
 * `达梦数据库 DM8` rather than `达梦 达梦数据库 DM8`: the vendor only when the product does not
 * already name it (in full, or by the first or last two characters of a Chinese name: 统信软件 →
 * 统信 UOS, 电科金仓 → 金仓数据库).
 */
export function alternativeName(alt: Pick<Alternative, 'entryId' | 'vendor' | 'product'>, lang: Lang): string {
  const english = familyName(alt.entryId, alt.product, lang);
  // An English family name carries its brand (`Huawei TaiShan (Kunpeng)`, `Kylin Desktop OS V10/V11`).
  if (english !== alt.product) return english;
  const vendor = vendorName(alt.vendor, lang);
  return namesVendor(alt.product, vendor) ? alt.product : `${vendor} ${alt.product}`;
}

function namesVendor(product: string, vendorName: string): boolean {
  const vendor = vendorName.replace(/[（(].*[）)]/, '').trim().toLowerCase();
  if (!vendor) return true;
  const text = product.toLowerCase();
  if (text.includes(vendor)) return true;
  const chinese = /^[\u3400-\u9fff]{3,}$/.test(vendor);
  return chinese && (text.includes(vendor.slice(0, 2)) || text.includes(vendor.slice(-2)));
}

/**
 * How a rule of the list is cited where items need it: its place and its number in `list.rules`
 * (`安徽 1`, `Anhui 1`), the rules themselves printed once, numbered, by the procurement view, the
 * report and `xcplan procure`.
 * @returns the citation of each rule id, in the list's order
 */
export function ruleCitations(rules: readonly Pick<ProvinceRule, 'id' | 'province' | 'city'>[], lang: Lang): Map<string, { label: string; place: string; number: number }> {
  return new Map(rules.map((rule, i) => {
    const place = placeName(rule.city ?? rule.province, lang);
    return [rule.id, { label: `${place} ${i + 1}`, place, number: i + 1 }];
  }));
}

/** The purchases of one wave whose tender should already be complete. */
export type OverdueWave = { wave: number; by: string; ids: string[]; cost: number };

/** An item whose tender deadline (`tenderDeadline`: none for a free substitute) is before `date`. */
export function isOverdue(item: Pick<ProcurementItem, 'purchaseBy' | 'treatment' | 'category' | 'cost'>, date: string): boolean {
  const deadline = tenderDeadline(item);
  return deadline !== undefined && deadline < date;
}

/**
 * The waves whose purchases should already be tendered: items whose `purchaseBy` (the wave's start
 * minus the tender lead time) falls before `date`, by wave, earliest first. A plan that starts next
 * month cannot have finished its first tenders three months ago; the reader must hurry them or
 * move the start. The procurement view and `xcplan procure` ask with today, the report with its date.
 * @param list the procurement list
 * @param date the day to compare with (`YYYY-MM-DD`)
 */
export function overduePurchases(list: Pick<ProcurementList, 'items'>, date: string): OverdueWave[] {
  const byWave = new Map<number, OverdueWave>();
  for (const item of list.items) {
    if (!isOverdue(item, date)) continue;
    let wave = byWave.get(item.wave);
    if (!wave) {
      wave = { wave: item.wave, by: item.purchaseBy!, ids: [], cost: 0 };
      byWave.set(item.wave, wave);
    }
    wave.ids.push(item.assetId);
    wave.cost += item.cost;
  }
  return [...byWave.values()].sort((a, b) => a.wave - b.wave);
}

/** The number of purchases in `overduePurchases`' waves (the view, `xcplan procure` and the report say it). */
export function overdueCount(late: readonly OverdueWave[]): number {
  return late.reduce((sum, w) => sum + w.ids.length, 0);
}

/**
 * What the item replaces as the asset names it: `Oracle 11g RAC` rather than `Oracle Oracle 11g
 * RAC`; in English a catalogued vendor by its English name (`Inspur NF5280M5` for 浪潮 NF5280M5).
 */
export function replacedName(replaces: ProcurementItem['replaces'], lang: Lang): string {
  const { product } = replaces;
  const vendor = replaces.vendor === undefined ? undefined : vendorName(replaces.vendor, lang);
  if (vendor && product) return product.toLowerCase().includes(vendor.toLowerCase()) ? product : `${vendor} ${product}`;
  return vendor ?? product ?? '';
}

/** The catalogue family of what the item replaces, in `lang` (`Inspur NF series (x86)`), or '' when it has none. */
export function replacedFamily(replaces: ProcurementItem['replaces'], lang: Lang): string {
  return replaces.family ? familyName(replaces.entryId, replaces.family, lang) : '';
}

function replacesText(item: ProcurementItem, lang: Lang): string {
  const named = replacedName(item.replaces, lang);
  const family = replacedFamily(item.replaces, lang);
  if (named && family) return lang === 'zh' ? `${named}（${family}）` : `${named} (${family})`;
  return named || family || item.assetName;
}

/** `已认证：麒麟 + 海光（来源）` or `未见认证（银河麒麟… + 海光）：建议 readyFrom 2028-01-01`. */
export function certificationText(item: Pick<ProcurementItem, 'certification'>, lang: Lang): string {
  const c = item.certification;
  if (!c) return '';
  if (c.status === 'certified') return lang === 'zh' ? `已认证：${c.stack}${c.source ? `（${c.source}）` : ''}` : `certified: ${c.stack}${c.source ? ` (${c.source})` : ''}`;
  const ready = c.readyFromSuggestion ? (lang === 'zh' ? `，建议就绪日期（readyFrom）${c.readyFromSuggestion}` : `; suggested readyFrom ${c.readyFromSuggestion}`) : '';
  return lang === 'zh' ? `未见适配认证：${c.stack}${ready}` : `no certification on ${c.stack}${ready}`;
}
