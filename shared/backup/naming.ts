/**
 * Backup file names: `xcplan-backup-<UTC timestamp>.json` (plain) or `.xcpe` (passphrase
 * encrypted). The timestamp in the name is the moment of the backup, so a listing sorts and
 * retention works from names alone. The desktop shell accepts only names matching
 * BACKUP_NAME_PATTERN, which makes path traversal impossible by construction.
 *
 * A copy of the database taken before a schema upgrade (QUALITY.md R-S6, the Zotero `.[N].bak`
 * pattern) says the version it was written by: `xcplan-backup-<timestamp>-db-v3.json`.
 */

export const BACKUP_PREFIX = 'xcplan-backup-';
/** Exactly the names the backup channels accept: no separators, no dots but the extension's. */
export const BACKUP_NAME_PATTERN = /^xcplan-backup-(\d{8}T\d{6}\d{3}Z)(?:-(\d{1,3}))?(?:-db-v([1-9]\d{0,2}))?\.(json|xcpe)$/;

export type BackupName = {
  name: string;
  at: string;
  encrypted: boolean;
  /** A copy taken before a schema upgrade: the database version it holds (R-S6). */
  dbVersion?: number;
};

/**
 * The file name of a backup taken at `at`.
 * @param at ISO timestamp of the backup
 * @param encrypted whether the content is passphrase-encrypted
 * @param suffix a small counter when two backups share one millisecond
 * @param dbVersion for a copy taken before a schema upgrade, the version it holds
 */
export function backupFileName(at: string, encrypted: boolean, suffix?: number, dbVersion?: number): string {
  const iso = new Date(at).toISOString(); // 2026-11-29T04:30:00.123Z
  const stamp = iso.replace(/[-:]/g, '').replace('.', ''); // 20261129T043000123Z
  return `${BACKUP_PREFIX}${stamp}${suffix ? `-${suffix}` : ''}${dbVersion ? `-db-v${dbVersion}` : ''}.${encrypted ? 'xcpe' : 'json'}`;
}

/** Reads the timestamp and kind from a backup file name; undefined for any other name. */
export function parseBackupFileName(name: string): BackupName | undefined {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const s = match[1]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  if (!Number.isFinite(Date.parse(iso)) || new Date(iso).toISOString() !== iso) return undefined;
  const parsed: BackupName = { name, at: iso, encrypted: match[4] === 'xcpe' };
  if (match[3]) parsed.dbVersion = Number(match[3]);
  return parsed;
}
