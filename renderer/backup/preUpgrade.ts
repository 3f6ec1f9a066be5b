/**
 * The copy of the database taken before a schema upgrade (QUALITY.md R-S6; Zotero keeps
 * `zotero.sqlite.[N].bak` the same way). When the installed database is an older version than this
 * app's, every table is written to the backup folder as `xcplan-backup-<time>-db-v<N>.json`
 * (`.xcpe` when backups are encrypted), read back and checked, and only then is the database opened
 * at this app's version, which upgrades it. A copy that cannot be written stops the start with the
 * database untouched. Retention never deletes these copies (backupRun.ts `applyRetention`).
 */
import { backupFileName, sealText, serializeDump } from '../../shared/backup';
import { DB_NAME } from '../db/database';
import { dumpDatabase, installedVersion } from '../db/dump';
import { CURRENT_DB_VERSION } from '../db/schema';
import { settingsFromRows } from '../db/settings';
import type { DesktopBackups } from '../platform';
import { askPassphrase } from './backupStore';
import { writeVerified } from './backupRun';

/** The copy before an upgrade could not be made; the database has not been opened or changed. */
export class PreUpgradeBackupError extends Error {
  constructor(
    readonly fromVersion: number,
    readonly toVersion: number,
    readonly reason: string,
  ) {
    super(
      `数据库需从版本 ${fromVersion} 升级到 ${toVersion}，但升级前的备份未能写入（${reason}），数据库未做任何改动 / ` +
        `The database needs upgrading from version ${fromVersion} to ${toVersion}, but the backup before the upgrade could not be written (${reason}); the database was not changed`,
    );
    this.name = 'PreUpgradeBackupError';
  }
}

export type PreUpgradeBackup = { name: string; fromVersion: number; toVersion: number; encrypted: boolean };

export type PreUpgradeOptions = {
  now: string;
  /** The database to copy (the app's by default). */
  databaseName?: string;
  /** Asks for the backup passphrase when backups are encrypted and the shell keeps none. */
  ask?: () => Promise<string | undefined>;
};

/**
 * Copies an older database into the backup folder before anything opens it at this version.
 * @param target the shell's backup folder
 * @returns the copy written, or undefined when no upgrade is due (no database, or already current)
 * @throws PreUpgradeBackupError when the copy cannot be written and verified
 */
export async function backupBeforeUpgrade(target: DesktopBackups, options: PreUpgradeOptions): Promise<PreUpgradeBackup | undefined> {
  const { now, databaseName = DB_NAME, ask = () => askPassphrase('backup') } = options;
  // The version first, reading no rows: most starts find the database current and copy nothing. A
  // newer database is refused when it is opened (R-S11). One that cannot even be opened as it is
  // has nothing to copy: the open that follows fails too, and start-up recovery offers a backup.
  const version = await installedVersion(databaseName).catch(() => undefined);
  if (version === undefined || version >= CURRENT_DB_VERSION) return undefined;
  const fail = (reason: string) => new PreUpgradeBackupError(version, CURRENT_DB_VERSION, reason);
  const dump = await dumpDatabase(databaseName, now).catch((error: unknown) => {
    throw fail(error instanceof Error ? error.message : String(error));
  });
  if (!dump) return undefined;
  // The user's choice of encrypted backups holds for this copy too: the kept passphrase, or asked.
  const encrypt = settingsFromRows((dump.tables.settings ?? []) as { key?: unknown }[]).backupEncrypt;
  let passphrase: string | undefined;
  if (encrypt) {
    passphrase = (await target.loadSecret().catch(() => null)) ?? (await ask());
    if (!passphrase) throw fail('备份已设为加密，但未提供口令 / backups are encrypted and no passphrase was given');
  }
  const bytes = await sealText(await serializeDump(dump), passphrase);
  const written = await writeVerified(target, bytes, (n) => backupFileName(now, encrypt, n, dump.dbVersion), passphrase).catch((error: unknown) => {
    throw fail(error instanceof Error ? error.message : String(error));
  });
  if (written.reason) throw fail(written.reason);
  return { name: written.name, fromVersion: dump.dbVersion, toVersion: CURRENT_DB_VERSION, encrypted: encrypt };
}
