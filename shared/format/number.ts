/**
 * Numbers and shares for the locale: one `Lang` for the whole code base (shared/model's, the
 * language of the UI, the CLI, the report and the exports) and Intl only, which Node and the
 * renderer both have.
 */
import type { Lang } from '../model';

export type { Lang };

/** The Intl locale of a language. */
export const localeOf = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** The language i18next (or a command line flag) reports, narrowed to ours: English when it says so, else Chinese. */
export const toLang = (language: string | undefined): Lang => (language?.startsWith('en') ? 'en' : 'zh');

/** 12,345 / 12,345.6 with the locale's grouping, at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}

/**
 * A share as a percentage, e.g. `12.5%` from 0.125 and `50%` from 0.5 (the same in both languages).
 * @param fraction 0..1
 * @param digits at most this many decimals (default 1)
 * @param fixed always `digits` decimals (`8.0%`, `100.0%`): a table's column then lines up
 */
export function formatShare(fraction: number, digits = 1, fixed = false): string {
  const rounded = Number((fraction * 100).toFixed(digits)) + 0;
  return `${fixed ? rounded.toFixed(digits) : rounded}%`;
}
