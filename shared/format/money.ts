/**
 * Money for display: amounts are stored in yuan (元) and shown in 元, 万元 or 亿元. One `MoneyUnit`
 * for the settings, the views, the CLI and the report.
 */
import type { Lang } from '../model';
import { localeOf } from './number';

export const MONEY_UNITS = ['yuan', 'wan', 'yi'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

const DIVISOR: Record<MoneyUnit, number> = { yuan: 1, wan: 1e4, yi: 1e8 };
const SUFFIX: Record<MoneyUnit, Record<Lang, string>> = {
  yuan: { zh: '元', en: 'yuan' },
  wan: { zh: '万元', en: '×10k yuan' },
  yi: { zh: '亿元', en: '×100M yuan' },
};

/**
 * Converts yuan to a display unit.
 * @param yuan amount in yuan
 * @param unit yuan, wan (万) or yi (亿)
 */
export function toUnit(yuan: number, unit: MoneyUnit): number {
  return yuan / DIVISOR[unit];
}

/**
 * Formats an amount with its unit written out, e.g. `1,234.5 万元` / `1,234.5 ×10k yuan`.
 * @param yuan amount in yuan
 * @param unit display unit (default 万元)
 * @param lang zh or en
 * @param digits decimals (default 1 for 万/亿, 0 for yuan)
 */
export function formatMoney(yuan: number, unit: MoneyUnit = 'wan', lang: Lang = 'zh', digits?: number): string {
  return `${formatMoneyAmount(yuan, unit, lang, digits)} ${SUFFIX[unit][lang]}`;
}

/**
 * The amount alone, for a column whose header names the unit, e.g. `1,234.5`.
 * @param yuan amount in yuan
 * @param unit display unit (default 万元)
 * @param lang zh or en
 * @param digits decimals (default 1 for 万/亿, 0 for yuan)
 */
export function formatMoneyAmount(yuan: number, unit: MoneyUnit = 'wan', lang: Lang = 'zh', digits?: number): string {
  const fraction = digits ?? (unit === 'yuan' ? 0 : 1);
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(toUnit(yuan, unit));
}

/** The unit's name alone (axis titles, table headers). */
export function moneyUnitLabel(unit: MoneyUnit, lang: Lang = 'zh'): string {
  return SUFFIX[unit][lang];
}
