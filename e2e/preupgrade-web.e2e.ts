/**
 * The copy before a schema upgrade in the web build (QUALITY.md R-S6), which has no backup folder:
 * the browser build starts over a database as schema version 3 wrote it. A copy stamped `-db-v3`
 * must be in the browser's copies database (renderer/backup/browserCopies.ts), holding version 3's
 * rows; the app's database must then be at this version and the message must name the copy;
 * Settings lists it; restoring it from there brings back an asset deleted after the upgrade.
 */
import { CURRENT_DB_VERSION } from '../renderer/db/schema';
import { BROWSER_COPIES_DB } from '../renderer/backup/browserCopies';
import type { E2EContext } from './harness';
import { restoreCopyFromSettings, seedVersion3 } from './preupgrade.e2e';

const fail = (message: string): never => {
  throw new Error(`preupgrade-web: ${message}`);
};

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const { fixture, installed } = await seedVersion3(ctx);

  // Start the browser build over it (no desktop bridge).
  await page.goto(ctx.baseUrl);
  await ctx.waitForApp();
  if ((await installed()) !== CURRENT_DB_VERSION * 10) fail(`after the start the database is at ${await installed()}, not ${CURRENT_DB_VERSION * 10}`);
  const copies = await page.evaluate(async (name) => {
    // The copies database as the app wrote it: names, sizes and the copy's text.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const info = await all<{ name: string; size: number }>('info');
    const data = await all<{ name: string; data: Uint8Array }>('data');
    db.close();
    return info.map((i) => ({ ...i, text: new TextDecoder().decode(data.find((d) => d.name === i.name)?.data) }));
  }, BROWSER_COPIES_DB);
  if (copies.length !== 1 || !/^xcplan-backup-\d{8}T\d{9}Z-db-v3\.json$/.test(copies[0]!.name)) fail(`expected one copy stamped -db-v3, the browser holds ${JSON.stringify(copies.map((c) => c.name))}`);
  const copy = copies[0]!;
  const dump = JSON.parse(copy.text) as { format: string; dbVersion: number; tables: Record<string, unknown[]> };
  if (dump.format !== 'xcplan-db-dump' || dump.dbVersion !== 3) fail(`the copy is ${dump.format} v${dump.dbVersion}`);
  if (dump.tables.dependencies?.length !== fixture.tables.dependencies!.length) fail('the copy lacks version 3 dependency rows');
  const notice = page.locator('.toast', { hasText: '已保存在本浏览器中' });
  await notice.waitFor({ timeout: 10_000 });
  if (!((await notice.textContent()) ?? '').includes(copy.name)) fail('the message does not name the copy');

  // Delete an asset, then restore the copy from Settings.
  await restoreCopyFromSettings(ctx, { list: 'browser-copies', copy: copy.name, screenshot: 'preupgrade-web-settings', fail });
}
