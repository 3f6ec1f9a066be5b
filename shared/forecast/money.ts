/**
 * Money for display: yuan into 万元 / 亿元, formatted for zh-CN (grouping, fixed decimals) or en.
 * Pure: uses Intl only, which both Node and the renderer have.
 */

export type MoneyUnit = 'yuan' | 'wan' | 'yi';

const DIVISOR: Record<MoneyUnit, number> = { yuan: 1, wan: 1e4, yi: 1e8 };
const SUFFIX: Record<MoneyUnit, { zh: string; en: string }> = {
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
 * Formats an amount in the given unit, e.g. `1,234.5 万元`.
 * @param yuan amount in yuan
 * @param unit display unit (default 万元)
 * @param lang zh or en
 * @param digits decimals (default 1 for 万/亿, 0 for yuan)
 */
export function formatMoney(yuan: number, unit: MoneyUnit = 'wan', lang: 'zh' | 'en' = 'zh', digits?: number): string {
  const fraction = digits ?? (unit === 'yuan' ? 0 : 1);
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(toUnit(yuan, unit));
  return `${number} ${SUFFIX[unit][lang]}`;
}

/** The unit's suffix alone (for axis titles and table headers). */
export function moneyUnitLabel(unit: MoneyUnit, lang: 'zh' | 'en' = 'zh'): string {
  return SUFFIX[unit][lang];
}

/**
 * Formats a fraction as a percentage, e.g. `12.5%`.
 * @param fraction 0..1
 * @param digits decimals (default 1)
 */
export function formatShare(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}
