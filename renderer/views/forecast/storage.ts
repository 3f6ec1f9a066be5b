/**
 * Writes of this feature: the project's price book (extensions.priceBook, so it exports with the
 * project) and the app-wide market assumptions (settings table). Each is one small Dexie write.
 */
import { PRICE_BOOK_EXTENSION } from '../../../shared/forecast/priceBook';
import type { PriceBook } from '../../../shared/forecast/types';
import type { MarketAssumptions } from '../../../shared/market/types';
import { db } from '../../db/database';
import type { PlannerDB } from '../../db/database';

export const MARKET_SETTING_KEY = 'marketAssumptions';

/**
 * Stores (or, with undefined, removes) the price book of a project.
 * @param projectId the project
 * @param book the book, or undefined to go back to the defaults
 * @param now ISO timestamp of the change
 */
export async function savePriceBook(projectId: string, book: PriceBook | undefined, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    const extensions: Record<string, unknown> = { ...row.extensions };
    if (book) extensions[PRICE_BOOK_EXTENSION] = book;
    else delete extensions[PRICE_BOOK_EXTENSION];
    await database.projects.update(projectId, { extensions, updatedAt: now });
  });
}

/** Reads the saved market assumptions (unvalidated; the caller validates). */
export async function readMarketSetting(database: PlannerDB = db): Promise<unknown> {
  return (await database.settings.get(MARKET_SETTING_KEY))?.value;
}

/** Saves (or, with undefined, clears) the market assumptions. */
export async function saveMarketSetting(assumptions: MarketAssumptions | undefined, database: PlannerDB = db): Promise<void> {
  if (assumptions) await database.settings.put({ key: MARKET_SETTING_KEY, value: assumptions });
  else await database.settings.delete(MARKET_SETTING_KEY);
}
