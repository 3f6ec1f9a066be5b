/**
 * App settings kept in the `settings` table (key/value): the active project and display choices.
 * Language also lives in localStorage so the first paint is already in the right language.
 */
import { db } from './database';
import type { PlannerDB } from './database';
import type { MoneyUnit } from '../../shared/format';

export type { MoneyUnit } from '../../shared/format';

export type AppSettings = {
  activeProjectId?: string;
  moneyUnit: MoneyUnit;
};

const DEFAULTS: AppSettings = { moneyUnit: 'wan' };

/** Reads all settings, with defaults for what was never set. */
export async function readSettings(database: PlannerDB = db): Promise<AppSettings> {
  const rows = await database.settings.toArray();
  const settings: AppSettings = { ...DEFAULTS };
  for (const row of rows) {
    if (row.key === 'activeProjectId' && typeof row.value === 'string') settings.activeProjectId = row.value;
    if (row.key === 'moneyUnit' && (row.value === 'yuan' || row.value === 'wan')) settings.moneyUnit = row.value;
  }
  return settings;
}

/** Stores one setting. */
export async function writeSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K], database: PlannerDB = db): Promise<void> {
  if (value === undefined) await database.settings.delete(key);
  else await database.settings.put({ key, value });
}
