/**
 * The copy before a schema upgrade (QUALITY.md R-S6), in Chromium's own IndexedDB: a database as
 * schema version 3 wrote it (fixtures/db/v3.json) is put in the profile, and the app starts over it
 * with a desktop backup folder (a stand-in for the shell's bridge, kept in the page's storage).
 * A file stamped `-db-v3` must be in the folder, written while the database was still at version 3;
 * the database must then be at this version with the projects readable; Settings lists the copy
 * as one; restoring it brings back an asset deleted after the upgrade.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type Dexie from 'dexie';

import { CURRENT_DB_VERSION, SCHEMA_CHAIN } from '../renderer/db/schema';
import { APP_DB, ROOT } from './harness';
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`preupgrade: ${message}`);
};

/**
 * A desktop bridge for the page: the backup channels over localStorage (so files survive reloads),
 * recording the database's installed version at each write. Nothing else is offered.
 */
const FAKE_BRIDGE = `(() => {
  const KEY = 'e2e-backup-files';
  const load = () => JSON.parse(localStorage.getItem(KEY) || '{}');
  const save = (files) => localStorage.setItem(KEY, JSON.stringify(files));
  const toB64 = (bytes) => { let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
  const fromB64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const ok = (value) => Promise.resolve({ ok: true, value });
  const no = () => Promise.resolve({ ok: false, error: { code: 'io-failed', zh: '测试桥不提供', en: 'not offered by the test bridge' } });
  window.planner = {
    backupWrite: async ({ name, data }) => {
      const dbs = await indexedDB.databases();
      const writes = JSON.parse(localStorage.getItem('e2e-backup-writes') || '[]');
      writes.push({ name, idbVersion: (dbs.find((d) => d.name === '${APP_DB}') || {}).version });
      localStorage.setItem('e2e-backup-writes', JSON.stringify(writes));
      const files = load(); files[name] = toB64(data); save(files);
      return ok({ name, size: data.length, modifiedAt: new Date().toISOString() });
    },
    backupList: () => ok({ folder: '/e2e/backups', files: Object.keys(load()).sort().reverse().map((name) => ({ name, size: fromB64(load()[name]).length, modifiedAt: new Date().toISOString() })) }),
    backupRead: ({ name }) => (name in load() ? ok(fromB64(load()[name])) : no()),
    backupDelete: ({ name }) => { const files = load(); const had = name in files; delete files[name]; save(files); return ok(had); },
    backupSecretGet: () => ok(null),
    backupSecretSet: () => ok(false),
    appInfo: no, openFile: no, saveFile: no, openExternal: no, printToPdf: no,
    groupConfigGet: () => ok(null), groupConfigSet: no, groupPush: no, groupPull: no,
  };
})();`;

type Fixture = { version: number; tables: Record<string, Record<string, unknown>[]> };

/**
 * Puts a version 3 database (fixtures/db/v3.json) in place of the app's, from a same-origin page
 * that runs none of the app; the preupgrade-web journey starts the browser build over it too.
 * @returns the fixture and a reader of the database's installed IndexedDB version
 */
export async function seedVersion3(ctx: E2EContext): Promise<{ fixture: Fixture; installed: () => Promise<number> }> {
  const { page } = ctx;
  const fixture = JSON.parse(await readFile(join(ROOT, 'fixtures', 'db', 'v3.json'), 'utf8')) as Fixture;
  if (fixture.version !== 3 || CURRENT_DB_VERSION <= 3) fail('the journey needs an older fixture than the current schema');

  // 1. Leave the app for a same-origin page that runs none of it, and put a version 3 database in
  //    place of the one the first start made (Dexie from node_modules, as version 3 declared it).
  // That page (a JSON file) has no icon link, so Chromium asks for /favicon.ico, which the preview lacks.
  await ctx.context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
  await page.goto(`${ctx.baseUrl}report-sources.json`);
  await page.evaluate(await readFile(join(ROOT, 'node_modules', 'dexie', 'dist', 'dexie.js'), 'utf8'));
  const steps = SCHEMA_CHAIN.filter((s) => s.version <= 3).map((s) => ({ version: s.version, stores: s.stores }));
  await page.evaluate(
    async ({ name, steps, tables }) => {
      const D = (window as unknown as { Dexie: typeof Dexie }).Dexie;
      await D.delete(name);
      const old = new D(name);
      for (const s of steps) old.version(s.version).stores(s.stores);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows as unknown[]);
      });
      old.close();
      localStorage.clear();
    },
    { name: APP_DB, steps, tables: fixture.tables },
  );
  const installed = async () => page.evaluate(async (name) => (await indexedDB.databases()).find((d) => d.name === name)?.version ?? 0, APP_DB);
  if ((await installed()) !== 30) fail(`the seeded database is at IndexedDB version ${await installed()}, not 30`);
  return { fixture, installed };
}

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const { fixture, installed } = await seedVersion3(ctx);

  // 2. Start the app over it, as the desktop app (with a backup folder).
  await ctx.context.addInitScript(FAKE_BRIDGE);
  await page.goto(ctx.baseUrl);
  await ctx.waitForApp();
  const writes = await page.evaluate(() => JSON.parse(localStorage.getItem('e2e-backup-writes') || '[]') as { name: string; idbVersion?: number }[]);
  const copies = writes.filter((w) => /-db-v3\.json$/.test(w.name));
  if (copies.length !== 1) fail(`expected one copy stamped -db-v3, the folder got ${JSON.stringify(writes)}`);
  const copy = copies[0]!;
  if (!/^xcplan-backup-\d{8}T\d{9}Z-db-v3\.json$/.test(copy.name)) fail(`unexpected copy name ${copy.name}`);
  if (copy.idbVersion !== 30) fail(`the copy was written with the database at IndexedDB version ${copy.idbVersion}, not 30 (before the upgrade)`);
  if ((await installed()) !== CURRENT_DB_VERSION * 10) fail(`after the start the database is at ${await installed()}, not ${CURRENT_DB_VERSION * 10}`);
  const notice = page.locator('.toast', { hasText: '升级前的完整副本已保存为' });
  await notice.waitFor({ timeout: 10_000 });
  if (!((await notice.textContent()) ?? '').includes(copy.name)) fail('the message does not name the copy');
  await ctx.screenshot('preupgrade-notice');

  // The copy holds the rows as version 3 wrote them: one row per dependency (version 4 packs them).
  const text = await page.evaluate((name) => {
    const files = JSON.parse(localStorage.getItem('e2e-backup-files') || '{}') as Record<string, string>;
    return new TextDecoder().decode(Uint8Array.from(atob(files[name]!), (c) => c.charCodeAt(0)));
  }, copy.name);
  const dump = JSON.parse(text) as { format: string; dbVersion: number; tables: Record<string, unknown[]> };
  if (dump.format !== 'xcplan-db-dump' || dump.dbVersion !== 3) fail(`the copy is ${dump.format} v${dump.dbVersion}`);
  if (dump.tables.dependencies?.length !== fixture.tables.dependencies!.length) fail('the copy lacks version 3 dependency rows');
  if (dump.tables.assets?.length !== fixture.tables.assets!.length) fail('the copy lacks assets');
  // The upgraded database reads: the fixture's project is open, its dependencies packed.
  if ((await ctx.readStore('dependencyChunks')).length === 0) fail('the upgraded database has no dependency chunks');
  // 3. Delete an asset, then restore the copy from Settings: it is listed as a copy, and the asset comes back.
  await restoreCopyFromSettings(ctx, { list: 'backup-list', copy: copy.name, screenshot: 'preupgrade-settings', fail });
}

/**
 * Deletes an asset of the upgraded project, then restores the copy from Settings (from the list
 * with test id `list`, as a copy before an upgrade) and expects the asset back.
 */
export async function restoreCopyFromSettings(ctx: E2EContext, options: { list: string; copy: string; screenshot: string; fail: (message: string) => never }): Promise<void> {
  const { page } = ctx;
  const { fail } = options;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });
  const victim = 'PRN-01';
  if (!(await page.locator(`[role="row"][data-asset-id="${victim}"]`).count())) fail(`the upgraded project does not show ${victim}`);
  await page.getByRole('checkbox', { name: `选择 ${victim}` }).check();
  await page.getByRole('button', { name: '删除所选' }).click();
  await page.waitForFunction((id) => !document.querySelector(`[role="row"][data-asset-id="${id}"]`), victim);
  await page.getByRole('navigation').getByRole('button', { name: '设置', exact: true }).click();
  const row = page.getByTestId(options.list).locator('tr', { hasText: '升级前副本（数据库版本 3）' });
  await row.waitFor({ timeout: 10_000 });
  await ctx.screenshot(options.screenshot);
  await row.getByRole('button', { name: `恢复备份 ${options.copy}` }).click();
  await page.getByTestId('restore-dialog').waitFor({ timeout: 20_000 });
  if (!/夹具县人民医院/.test((await page.getByTestId('restore-dialog').textContent()) ?? '')) fail('the restore dialog does not list the project of the copy');
  await page.getByTestId('restore-confirm').click();
  await page.locator('.toast', { hasText: '已恢复' }).waitFor({ timeout: 20_000 });
  const assets = (await ctx.readStore('assets')) as { projectId: string; id: string }[];
  if (!assets.some((a) => a.projectId === 'fixture-county' && a.id === victim)) fail('restoring the copy did not bring the asset back');
}
