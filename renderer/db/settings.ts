/**
 * App settings kept in the `settings` table (key/value): the active project and display choices.
 * Language also lives in localStorage so the first paint is already in the right language.
 */
import type { MarketAssumptions } from '../../shared/market/types';
import { db } from './database';
import type { PlannerDB } from './database';
import type { MoneyUnit } from '../../shared/format';

export type { MoneyUnit } from '../../shared/format';

export type AppSettings = {
  activeProjectId?: string;
  moneyUnit: MoneyUnit;
  /** Backups are sealed with a passphrase (the passphrase itself is never stored here). */
  backupEncrypt: boolean;
};

const DEFAULTS: AppSettings = { moneyUnit: 'wan', backupEncrypt: false };

/** Reads all settings, with defaults for what was never set. */
export async function readSettings(database: PlannerDB = db): Promise<AppSettings> {
  return settingsFromRows(await database.settings.toArray());
}

/**
 * The settings held by rows of the `settings` table, with defaults for what was never set: the
 * database's own, or a copy's rows as an older version wrote them (preUpgrade.ts).
 */
export function settingsFromRows(rows: readonly { key?: unknown; value?: unknown }[]): AppSettings {
  const settings: AppSettings = { ...DEFAULTS };
  for (const row of rows) {
    if (row.key === 'activeProjectId' && typeof row.value === 'string') settings.activeProjectId = row.value;
    if (row.key === 'moneyUnit' && (row.value === 'yuan' || row.value === 'wan')) settings.moneyUnit = row.value;
    if (row.key === 'backupEncrypt') settings.backupEncrypt = row.value === true;
  }
  return settings;
}

/** Stores one setting. */
export async function writeSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K], database: PlannerDB = db): Promise<void> {
  if (value === undefined) await database.settings.delete(key);
  else await database.settings.put({ key, value });
}

export const MARKET_SETTING_KEY = 'marketAssumptions';

/** Reads the saved market assumptions (unvalidated; the caller validates). */
export async function readMarketSetting(database: PlannerDB = db): Promise<unknown> {
  return (await database.settings.get(MARKET_SETTING_KEY))?.value;
}

/** Saves (or, with undefined, clears) the market assumptions. */
export async function saveMarketSetting(assumptions: MarketAssumptions | undefined, database: PlannerDB = db): Promise<void> {
  if (assumptions) await database.settings.put({ key: MARKET_SETTING_KEY, value: assumptions });
  else await database.settings.delete(MARKET_SETTING_KEY);
}

export const BACKUP_STATUS_KEY = 'backupStatus';

/** What Settings shows about backups, kept in the `meta` table (not project data, not backed up). */
export type BackupStatus = {
  lastBackupAt?: string;
  lastBackupName?: string;
  lastVerifiedAt?: string;
  lastDownloadAt?: string;
  /** Last time any project data changed (the scheduler records it). */
  lastChangeAt?: string;
  /** When backups first ran on this installation (the reminder's clock before any download). */
  firstSeenAt?: string;
  lastError?: string;
};

export async function readBackupStatus(database: PlannerDB = db): Promise<BackupStatus> {
  const row = await database.meta.get(BACKUP_STATUS_KEY);
  return row && typeof row.value === 'object' && row.value ? row.value : {};
}

/** Merges a change into the status (undefined fields are removed) in one transaction. */
export async function updateBackupStatus(change: Partial<BackupStatus>, database: PlannerDB = db): Promise<BackupStatus> {
  return database.transaction('rw', database.meta, async () => {
    const next = { ...(await readBackupStatus(database)), ...change };
    for (const key of Object.keys(next) as (keyof BackupStatus)[]) if (next[key] === undefined) delete next[key];
    await database.meta.put({ key: BACKUP_STATUS_KEY, value: next });
    return next;
  });
}
