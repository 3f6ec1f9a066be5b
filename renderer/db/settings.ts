/**
 * App settings kept in the `settings` table (key/value): the active project and display choices.
 * Language also lives in localStorage so the first paint is already in the right language.
 */
import type { MarketAssumptions } from '../../shared/market/types';
import { db } from './database';
import type { PlannerDB } from './database';

export type MoneyUnit = 'yuan' | 'wan';

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
