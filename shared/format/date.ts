/**
 * Timestamps as the locale writes them. A date is written `YYYY-MM-DD` in both languages, as it
 * is stored: the planner's reasons, the report, the procurement list and the views all say
 * `2027-01-01` (the locale's `2027/01/01`, or the English `01/05/2027` that reads as May or
 * January, beside them was two formats).
 */
import type { Lang } from '../model';

/** A timestamp (ISO) as local date and time to the second, 24-hour (backups, last change). */
export function formatDateTime(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(ms));
}

/** A day as `YYYY-MM-DD` in local time (today by default): the report's date. */
export function localIsoDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
