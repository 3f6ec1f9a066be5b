/**
 * Ledger import journey (issue 14): an IT department ledger with a title row, a merged two-row
 * header (基本信息 / 使用信息), a 合计 row, a 制表人 row and a hidden 下拉选项 sheet goes through
 * the wizard: recognised as its layout, header found on rows 2–3, the noise rows listed; one
 * unknown status word (待鉴定) is mapped once in the value table; the one bad row is set aside,
 * the five valid rows are imported, and the rejects file with its reason column is downloaded.
 */
import { join } from 'node:path';

import type { E2EContext } from './harness';
import { ROOT } from './harness';

const fail = (message: string): never => {
  throw new Error(`ledger-import: ${message}`);
};

const LEDGER = join(ROOT, 'fixtures/real-shaped/ledger-it-dept-bad-row.xlsx');

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });

  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', LEDGER);
  const profile = page.getByTestId('import-profile');
  await profile.waitFor({ timeout: 30_000 });
  const profileText = (await profile.textContent()) ?? '';
  if (!profileText.includes('识别为 信息科设备台账')) fail(`the ledger layout was not recognised: "${profileText}"`);
  const headerRow = page.getByLabel('工作表“设备台账”的表头行');
  if ((await headerRow.inputValue()) !== '3') fail('the merged two-row header was not found on rows 2–3');
  const skipped = (await page.getByTestId('import-skipped').textContent()) ?? '';
  for (const part of ['第 11 行（合计）', '第 12 行（签字）']) if (!skipped.includes(part)) fail(`skipped rows do not list ${part}: "${skipped}"`);
  if (!(await page.getByLabel('导入工作表“下拉选项”').isChecked().then((checked) => !checked))) fail('the hidden 下拉选项 sheet is not left out');
  if ((await page.getByLabel('列“型号规格”对应字段').inputValue()) !== 'product') fail('型号规格 was not mapped to the product');
  await ctx.screenshot('ledger-import-mapping');

  // Check: one bad row (数量 “两台半”) and one unknown status word.
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30_000 });
  if (!/发现 1 个错误/.test((await summary.textContent()) ?? '')) fail(`expected one error: "${await summary.textContent()}"`);
  await page.getByTestId('value-table').waitFor();
  await page.getByLabel('“待鉴定”的含义').selectOption('retire');
  await page.getByRole('button', { name: '应用取值对照' }).click();
  await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
  if ((await page.getByTestId('value-table').count()) !== 0) fail('the value table still lists 待鉴定 after it was mapped');
  await ctx.screenshot('ledger-import-report');

  // The rejects file: the bad row with its reason.
  const rejects = await ctx.catchDownload(() => page.getByTestId('rejects-csv').click());
  const text = rejects.text();
  if (!text.includes('两台半') || !text.includes('数量不是数字') || !text.includes('原因')) fail(`the rejects file lacks the row or its reason:\n${text}`);

  // Import the five valid rows, set the other aside.
  await page.getByTestId('import-partial').check();
  await page.getByRole('button', { name: /替换并导入 5 条/ }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="inventory-counts"]')?.textContent?.startsWith('5 条资产') ?? false, undefined, { timeout: 15_000 });
  const assets = (await ctx.readStore('assets')) as { id: string; disposition?: string }[];
  if (assets.length !== 5) fail(`expected 5 assets stored, found ${assets.length}`);
  const kiosk = assets.find((asset) => asset.id === 'XXK-005');
  if (kiosk?.disposition !== 'retire') fail(`the 待鉴定 row did not take the chosen meaning: ${JSON.stringify(kiosk)}`);
  ctx.assertNoErrors();
}
