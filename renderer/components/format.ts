/**
 * Number, money and date formatting by locale, shared by every view. Money is stored in 元;
 * planners read it in 万元 (the default) or 元.
 */
import type { MoneyUnit } from '../db/settings';

export type DisplayLang = 'zh' | 'en';

const locale = (lang: DisplayLang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** The language i18next reports, narrowed to ours. */
export const toDisplayLang = (language: string | undefined): DisplayLang => (language?.startsWith('en') ? 'en' : 'zh');

/** 12,345 / 12,345.6 with the locale's grouping. */
export function formatNumber(value: number, lang: DisplayLang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** 37.5% from a ratio 0.375. */
export function formatPercent(ratio: number, lang: DisplayLang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits }).format(ratio);
}

/**
 * Money from yuan: "12.5 万元" / "¥125,000" (zh) or "CNY 125.0k"-free plain forms in English
 * ("125,000 yuan", "12.5 ×10k yuan"), so the unit is always written out.
 * @param yuan amount in 元
 * @param unit display unit
 */
export function formatMoney(yuan: number, lang: DisplayLang, unit: MoneyUnit): string {
  if (unit === 'wan') {
    const wan = formatNumber(yuan / 10_000, lang, 1);
    return lang === 'zh' ? `${wan} 万元` : `${wan} ×10k yuan`;
  }
  const whole = formatNumber(yuan, lang, 0);
  return lang === 'zh' ? `${whole} 元` : `${whole} yuan`;
}

/** An ISO date `YYYY-MM-DD` as the locale writes it; other text is shown unchanged. */
export function formatDate(iso: string | undefined, lang: DisplayLang): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(date);
}

/** A timestamp (ISO) as local date and time to the second, 24-hour (backups, last change). */
export function formatDateTime(iso: string | undefined, lang: DisplayLang): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(ms));
}

/** A byte count as KB/MB/GB. */
export function formatBytes(bytes: number, lang: DisplayLang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${formatNumber(value, lang, i === 0 ? 0 : 1)} ${units[i]}`;
}
