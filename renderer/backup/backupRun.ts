/**
 * One backup of every project: build the bundle, seal it (optionally with a passphrase), write it,
 * read it back and compare hashes, and only then apply retention. A write or verification that
 * fails removes the new file and leaves every earlier backup untouched. Status (last backup, last
 * verified, last download, last change) is kept by renderer/db/settings.ts.
 */
import { BACKUP_FORMAT, backupFileName, parseBackupFileName, selectBackupsToKeep, sealText, serializeBackup, sha256Hex, verifyBackupBytes } from '../../shared/backup';
import type { BackupBundle, BackupName, RetentionPolicy } from '../../shared/backup';
import { DEFAULT_RETENTION } from '../../shared/backup';
import type { PlannerDB } from '../db/database';
import { readAllProjects } from '../db/projects';
import { updateBackupStatus } from '../db/settings';
import type { BackupStatus } from '../db/settings';
import type { DesktopBackups } from '../platform';

/** Thrown when the written backup does not read back identically; the new file has been removed. */
export class BackupVerifyError extends Error {
  constructor(readonly backupName: string, readonly reason: string) {
    super(`备份校验失败（${reason}），已删除该备份，之前的备份未受影响 / Backup verification failed (${reason}); the new file was removed and earlier backups are untouched`);
    this.name = 'BackupVerifyError';
  }
}

/** Every project at one moment (one read per project). */
export async function buildBundle(now: string, activeProjectId: string | undefined, database?: PlannerDB): Promise<BackupBundle> {
  const projects = await readAllProjects(database);
  const bundle: BackupBundle = { format: BACKUP_FORMAT, version: 1, createdAt: now, projects };
  if (activeProjectId) bundle.activeProjectId = activeProjectId;
  return bundle;
}

export type BackupOptions = { now: string; activeProjectId?: string; passphrase?: string; policy?: RetentionPolicy };
export type BackupResult = { name: string; size: number; projects: number; deleted: string[] };

/**
 * Writes one verified backup to the desktop backup folder and applies retention.
 * @param target the shell's backup folder
 */
export async function writeDesktopBackup(target: DesktopBackups, options: BackupOptions, database?: PlannerDB): Promise<BackupResult> {
  const { now, passphrase, policy = DEFAULT_RETENTION } = options;
  const bundle = await buildBundle(now, options.activeProjectId, database);
  const bytes = await sealText(await serializeBackup(bundle), passphrase || undefined);
  let name = '';
  try {
    const written = await writeVerified(target, bytes, (n) => backupFileName(now, Boolean(passphrase), n), passphrase || undefined);
    name = written.name;
    if (written.reason) throw new BackupVerifyError(name, written.reason);
  } catch (error) {
    await updateBackupStatus({ lastError: error instanceof Error ? error.message : String(error) }, database);
    throw error;
  }
  await updateBackupStatus({ lastBackupAt: now, lastBackupName: name, lastVerifiedAt: new Date().toISOString(), lastError: undefined }, database);
  const deleted = await applyRetention(target, now, policy, name);
  return { name, size: bytes.length, projects: bundle.projects.length, deleted };
}

/**
 * Writes a backup file under the first free name `nameFor(suffix)` gives (no suffix, then 1, 2, …),
 * reads it back and checks it (the shell's hash, then `verifyBackupBytes`); a file that does not
 * read back as written is removed. Backups and the copy before an upgrade (preUpgrade.ts) alike.
 * @returns the name written, and the reason it failed verification (then removed), if it did
 * @throws what the folder's write or read throws
 */
export async function writeVerified(target: DesktopBackups, bytes: Uint8Array, nameFor: (suffix?: number) => string, passphrase?: string): Promise<{ name: string; reason?: string }> {
  const existing = new Set((await target.list()).files.map((f) => f.name));
  let name = nameFor();
  for (let n = 1; existing.has(name) && n < 100; n++) name = nameFor(n);
  const info = await target.write(name, bytes);
  const readBack = await target.read(name);
  const reason = info.sha256 && info.sha256 !== (await sha256Hex(bytes)) ? 'hash mismatch' : await verifyBackupBytes(bytes, readBack, passphrase);
  if (!reason) return { name };
  await target.remove(name).catch(() => undefined);
  return { name, reason };
}

/**
 * Deletes backups the policy does not keep; never the one just written, and never a copy taken
 * before a schema upgrade (preUpgrade.ts): those stay until the user deletes them, as Zotero's do.
 */
export async function applyRetention(target: DesktopBackups, now: string, policy: RetentionPolicy, justWritten?: string): Promise<string[]> {
  const entries = (await target.list()).files.map((f) => parseBackupFileName(f.name)).filter((b): b is BackupName => b !== undefined && b.dbVersion === undefined);
  const keep = new Set(selectBackupsToKeep(entries, now, policy, -new Date(now).getTimezoneOffset()));
  if (justWritten) keep.add(justWritten);
  const deleted: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.name)) continue;
    await target.remove(entry.name);
    deleted.push(entry.name);
  }
  return deleted;
}

/** The bytes and name of a backup to download (web build), sealed when a passphrase is given. */
export async function makeBackupDownload(options: BackupOptions, database?: PlannerDB): Promise<{ name: string; bytes: Uint8Array; projects: number }> {
  const bundle = await buildBundle(options.now, options.activeProjectId, database);
  const bytes = await sealText(await serializeBackup(bundle), options.passphrase || undefined);
  return { name: backupFileName(options.now, Boolean(options.passphrase)), bytes, projects: bundle.projects.length };
}

/** Days after which the web build reminds the user to download a backup. */
export const REMINDER_DAYS = 7;

/**
 * Whether the web build should remind: data changed since the last download, and that download is
 * older than `days`. Before any download the clock starts when the app was first used, so a new
 * user is not nagged on the first day.
 */
export function needsDownloadReminder(status: BackupStatus, now: string, days = REMINDER_DAYS): boolean {
  if (!status.lastChangeAt) return false;
  const since = status.lastDownloadAt ?? status.firstSeenAt;
  if (!since) return false;
  const changedSince = Date.parse(status.lastChangeAt) > Date.parse(since) || !status.lastDownloadAt;
  return changedSince && Date.parse(now) - Date.parse(since) >= days * 86_400_000;
}
