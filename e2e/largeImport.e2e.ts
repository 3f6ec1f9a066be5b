/**
 * Large-import journey (issue 15 #1, #2): a generated 100,000-row CSV goes through the wizard's
 * import worker (read, map, check) and one commit, and all 100,000 rows land in IndexedDB. Then a
 * header-only CSV in replace mode does not delete them: the wizard names the 100,000 assets it
 * would delete, the commit stays disabled until the user confirms, and cancelling leaves the
 * database unchanged (same content hash).
 */
import type { Page } from 'playwright-core';

import type { E2EContext } from './harness';
import { APP_DB } from './harness';

const fail = (message: string): never => {
  throw new Error(`largeImport: ${message}`);
};

const ROWS = 100_000;
const CATEGORIES = ['台式机', '服务器', '交换机', '打印机', '数据库'];

/** A hospital-style list: id, name, category, vendor, model, quantity, department, purchase date. */
function bigCsv(rows: number): Buffer {
  const lines = ['资产编号,设备名称,资产类别,品牌,型号,数量,科室,购置日期'];
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(`ZC-${String(i).padStart(6, '0')},设备 ${i},${CATEGORIES[i % CATEGORIES.length]},联想,M${i % 97},1,科室 ${i % 40},2019-${month}-01`);
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/**
 * Count and a content hash (FNV-1a over each row's JSON, key order as stored) of one store,
 * computed in the page: the harness's full dump is too slow for 100,000 rows.
 */
async function storeDigest(page: Page, store: string): Promise<{ count: number; hash: string }> {
  return page.evaluate(
    async ({ dbName, storeName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(open.error?.message ?? 'open failed'));
      });
      try {
        return await new Promise<{ count: number; hash: string }>((resolve, reject) => {
          let h = 0x811c9dc5;
          let count = 0;
          const cursor = db.transaction(storeName, 'readonly').objectStore(storeName).openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return resolve({ count, hash: (h >>> 0).toString(16) });
            const text = JSON.stringify(at.value);
            for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
            count++;
            at.continue();
          };
          cursor.onerror = () => reject(new Error(cursor.error?.message ?? 'cursor failed'));
        });
      } finally {
        db.close();
      }
    },
    { dbName: APP_DB, storeName: store },
  );
}

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });
  const started = Date.now();
  const step = (what: string) => console.log(`  largeImport: ${what} at ${((Date.now() - started) / 1000).toFixed(1)} s`);

  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', { name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(ROWS) });
  const facts = page.getByTestId('import-facts');
  await facts.waitFor({ timeout: 60_000 });
  const factsText = (await facts.textContent()) ?? '';
  step('read and mapped');
  if (!/100,?000 行数据/.test(factsText)) fail(`the reader did not see ${ROWS} rows: "${factsText}"`);
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 90_000 }).catch(async () => {
    const error = (await page.getByTestId('import-error').textContent().catch(() => '')) ?? '';
    fail(`the check did not finish: ${error}`);
  });
  const summaryText = ((await summary.textContent()) ?? '').replace(/,/g, '');
  if (!summaryText.includes(`${ROWS} 条资产可以导入`)) fail(`the check did not pass all rows: "${summaryText}"`);
  step('checked');
  await page.getByRole('button', { name: /替换并导入/ }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
  step('committed');
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  const before = await storeDigest(page, 'assets');
  // The sample hospital's assets stay in their own project; the imported ones are on top.
  if (before.count < ROWS) fail(`expected ${ROWS} imported assets stored, found ${before.count} rows in all`);
  await page.waitForFunction((n) => (document.querySelector('[data-testid="inventory-counts"]')?.textContent ?? '').startsWith(`${n} 条资产`), ROWS.toLocaleString('zh-CN'), { timeout: 30_000 });

  // A header-only file in replace mode: the wizard asks before deleting, and cancel writes nothing.
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('资产编号,设备名称,资产类别\r\n', 'utf8') });
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const warning = page.getByTestId('empty-replace');
  await warning.waitFor({ timeout: 30_000 });
  const warningText = ((await warning.textContent()) ?? '').replace(/,/g, '');
  if (!warningText.includes(`全部 ${ROWS} 条资产`)) fail(`the warning does not name what is deleted: "${warningText}"`);
  const commit = page.getByRole('button', { name: '替换并导入 0 条' });
  if (!(await commit.isDisabled())) fail('an empty replace can be committed without confirmation');
  await ctx.screenshot('large-import-empty-replace');
  await page.keyboard.press('Escape');
  step('empty replace refused');
  const after = await storeDigest(page, 'assets');
  if (after.count !== before.count || after.hash !== before.hash) fail(`the assets changed after a refused empty replace (${before.count} → ${after.count})`);
}
