/**
 * Dates and timestamps. A date is written `YYYY-MM-DD` in both languages, as it is stored: the
 * planner's reasons, the report, the procurement list and the views all say `2027-01-01` (the
 * locale's `2027/01/01`, or the English `01/05/2027` that reads as May or January, beside them was
 * two formats). A timestamp is that date and the local time, `2026-12-05 14:02:36`.
 */

/** A timestamp (ISO) as local date and time to the second, 24-hour (backups, last change). */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A day as `YYYY-MM-DD` in local time (today by default): the report's date. */
export function localIsoDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
