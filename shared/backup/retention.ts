/**
 * Which backups to keep (QUALITY.md R-S7): the newest few of today, the newest of each of the last
 * days, and the newest of each of the last weeks. Pure: "now" is passed in.
 *
 * Days and weeks are calendar buckets (in the given time zone), not 24-hour windows counted back
 * from now: with windows, a backup that represents one window slides into the next window, where
 * a newer one already represents it, and repeated pruning would thin a long history down to a
 * handful. With calendar buckets the newest backup of a past day stays the newest forever.
 */

export type BackupEntry = { name: string; /** ISO timestamp of when the backup was written. */ at: string };

export type RetentionPolicy = { today: number; days: number; weeks: number };

/** Three today, one a day for two weeks, one a week for eight weeks. */
export const DEFAULT_RETENTION: RetentionPolicy = { today: 3, days: 14, weeks: 8 };

const DAY_MS = 86_400_000;

/** Most backups a policy can keep. */
export const retentionCap = (policy: RetentionPolicy): number => policy.today + policy.days + policy.weeks;

/**
 * Chooses the backups to keep.
 * @param backups every backup on disk
 * @param now ISO timestamp of "now"
 * @param policy how many to keep of each kind
 * @param tzOffsetMinutes the user's offset from UTC (China: +480), so "a day" is a local calendar day
 * @returns names to keep, newest first; the newest backup is always kept
 */
export function selectBackupsToKeep(backups: readonly BackupEntry[], now: string, policy: RetentionPolicy = DEFAULT_RETENTION, tzOffsetMinutes = 0): string[] {
  const calendarDay = (ms: number) => Math.floor((ms + tzOffsetMinutes * 60_000) / DAY_MS);
  const today = calendarDay(Date.parse(now));
  const sorted = backups
    .map((b) => ({ ...b, ms: Date.parse(b.at) }))
    .filter((b) => Number.isFinite(b.ms))
    .sort((a, b) => b.ms - a.ms || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].name);
  const dayOf = (ms: number) => today - calendarDay(ms);
  let todayCount = 0;
  const daysSeen = new Set<number>();
  const weeksSeen = new Set<number>();
  for (const backup of sorted) {
    const age = dayOf(backup.ms);
    if (age <= 0 && todayCount < policy.today) {
      keep.add(backup.name);
      todayCount++;
    } else if (age > 0 && age <= policy.days && !daysSeen.has(age)) {
      daysSeen.add(age);
      keep.add(backup.name);
    } else if (age > policy.days) {
      const week = Math.floor(calendarDay(backup.ms) / 7);
      if (weeksSeen.size < policy.weeks && !weeksSeen.has(week)) {
        weeksSeen.add(week);
        keep.add(backup.name);
      }
    }
  }
  return sorted.filter((b) => keep.has(b.name)).slice(0, retentionCap(policy)).map((b) => b.name);
}
