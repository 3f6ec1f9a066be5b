/**
 * Inventory journey: the app opens on the sample tertiary hospital; the messy GB18030 CSV goes
 * through the wizard (auto-mapped, checked, committed) and its rows show in the table; after a
 * reload they are still there; a bad file shows its error (file, row, field) and leaves the
 * database byte-for-byte unchanged; an oversized file is refused before it is read.
 */
import { join } from 'node:path';

import type { E2EContext } from './harness';
import { ROOT } from './harness';

const fail = (message: string): never => {
  throw new Error(`inventory: ${message}`);
};

const MESSY = join(ROOT, 'fixtures/messy/hospital-assets-gb18030.csv');
const BAD = join(ROOT, 'fixtures/bad/wrong-types.csv');
const XLSX = join(ROOT, 'fixtures/messy/hospital-assets.xlsx');

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;

  // First start: the sample hospital is there, with counts in the header.
  const counts = page.getByTestId('inventory-counts');
  await counts.waitFor({ timeout: 20_000 });
  // The header says "正在读取全部资产…" while the first page is shown and the full read runs.
  await page.waitForFunction(() => /条资产/.test(document.querySelector('[data-testid="inventory-counts"]')?.textContent ?? ''), undefined, { timeout: 20_000 }).catch(() => undefined);
  const sampleText = (await counts.textContent()) ?? '';
  if (!/条资产/.test(sampleText)) fail(`no asset counts on first start: "${sampleText}"`);
  const sampleAssets = await ctx.countStore('assets');
  if (sampleAssets < 50) fail(`the sample hospital was not seeded (${sampleAssets} assets)`);
  const firstRow = page.locator('[role="row"][data-asset-id]').first();
  await firstRow.waitFor();
  await ctx.screenshot('inventory-sample');

  // A business system's panel says the scale it is priced at (from its name until the planner sets one).
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('院感');
  await page.getByRole('button', { name: 'APP-INFECT', exact: true }).click();
  const scale = page.getByTestId('asset-panel').getByLabel('系统规模');
  await scale.waitFor();
  const fromName = (await scale.locator('option').first().textContent()) ?? '';
  if (fromName !== '按名称推定（科室级）') fail(`the 院感 system's scale reads "${fromName}", expected 按名称推定（科室级）`);
  await ctx.screenshot('inventory-asset-panel');
  await page.getByTestId('asset-panel').getByRole('button', { name: '关闭' }).click();
  await search.fill('');

  // Import the messy GB18030 CSV through the wizard, in "replace" mode.
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', MESSY);
  const facts = page.getByTestId('import-facts');
  await facts.waitFor({ timeout: 20_000 });
  const factsText = (await facts.textContent()) ?? '';
  if (!factsText.includes('GB18030')) fail(`encoding not detected as GB18030: "${factsText}"`);
  const idColumn = page.getByLabel('列“资产编号”对应字段');
  if ((await idColumn.inputValue()) !== 'id') fail('资产编号 was not mapped to id automatically');
  await ctx.screenshot('inventory-wizard-mapping');
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30_000 });
  const summaryText = (await summary.textContent()) ?? '';
  const imported = Number(/(\d+) 条资产可以导入/.exec(summaryText)?.[1] ?? NaN);
  if (!(imported > 100)) fail(`the messy CSV did not pass the check: "${summaryText}"`);
  await ctx.screenshot('inventory-wizard-report');
  await page.getByRole('button', { name: /替换并导入/ }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();

  // The rows are in the table and in IndexedDB.
  await page.waitForFunction((n) => document.querySelector('[data-testid="inventory-counts"]')?.textContent?.startsWith(`${n} 条资产`) ?? false, imported.toLocaleString('zh-CN'), { timeout: 10_000 });
  const stored = await ctx.countStore('assets');
  if (stored !== imported) fail(`expected ${imported} assets stored, found ${stored}`);
  await page.getByRole('searchbox', { name: '搜索' }).fill('PowerEdge');
  await page.locator('[role="row"][data-asset-id]').first().waitFor();
  await page.getByRole('searchbox', { name: '搜索' }).fill('');

  // Reload: still there.
  await ctx.reload();
  await counts.waitFor({ timeout: 20_000 });
  const afterReload = (await counts.textContent()) ?? '';
  if (!afterReload.startsWith(`${imported.toLocaleString('zh-CN')} 条资产`)) fail(`after reload the table shows "${afterReload}"`);
  await page.locator('[role="row"][data-asset-id]').first().waitFor();
  await ctx.screenshot('inventory');

  // Exports: CSV with a BOM and formula-safe cells, and the project file, which imports back whole.
  const csv = await ctx.catchDownload(() => page.getByRole('button', { name: 'CSV', exact: true }).click());
  if (!(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf)) fail('the CSV export has no UTF-8 BOM');
  const csvLines = csv.text().trim().split(/\r?\n/).length;
  if (csvLines !== imported + 1) fail(`the CSV export has ${csvLines} lines for ${imported} assets`);
  const projectFile = await ctx.catchDownload(() => page.getByRole('button', { name: '项目文件', exact: true }).click());
  const exported = JSON.parse(projectFile.text()) as { format: string; assets: unknown[] };
  if (exported.format !== 'xcplan' || exported.assets.length !== imported) fail('the project file export is incomplete');
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', { name: projectFile.name, mimeType: 'application/json', buffer: projectFile.bytes });
  await page.getByTestId('import-summary').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="inventory-counts"]')?.textContent?.startsWith(`${n} 条资产`) ?? false, imported.toLocaleString('zh-CN'), { timeout: 10_000 });
  const projects = (await ctx.readStore('projects')).length;
  if (projects !== 2) fail(`re-importing the project file should add a second project, found ${projects}`);

  // A bad file: its error names the file, row and column; the database is unchanged.
  const before = await ctx.dbHash();

  // The XLSX workbook reads sheet by sheet with its own mapping each, and checks clean; closing
  // the wizard before the commit writes nothing.
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', XLSX);
  await page.getByTestId('import-facts').waitFor({ timeout: 30_000 });
  const sheets = await page.locator('.wiz-sheet').count();
  if (sheets < 3) fail(`the workbook shows ${sheets} sheets, expected its 3 asset sheets`);
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const xlsxSummary = page.getByTestId('import-summary');
  await xlsxSummary.waitFor({ timeout: 30_000 });
  if (!/条资产可以导入/.test((await xlsxSummary.textContent()) ?? '')) fail(`the workbook did not pass the check: ${await xlsxSummary.textContent()}`);
  await ctx.screenshot('inventory-wizard-xlsx');
  await page.getByRole('dialog').getByRole('button', { name: '×' }).first().click();

  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', BAD);
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const issues = page.getByTestId('import-issues');
  await issues.waitFor({ timeout: 30_000 });
  const issueText = (await issues.textContent()) ?? '';
  for (const must of ['wrong-types.csv', '数量', 'abc']) if (!issueText.includes(must)) fail(`the error report lacks "${must}": ${issueText.slice(0, 300)}`);
  if (await page.getByRole('button', { name: /替换并导入/ }).isEnabled()) fail('a file with errors can be committed');
  await ctx.screenshot('inventory-bad-file');
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByRole('button', { name: '上一步' }).click();

  // An oversized file is refused before it is read (R-I1).
  await ctx.uploadFile('[data-testid="import-input"]', { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  const error = page.getByTestId('import-error');
  await error.waitFor({ timeout: 5_000 });
  if (!/文件过大/.test((await error.textContent()) ?? '')) fail('the oversized file was not refused with its size');
  await page.getByRole('button', { name: '取消', exact: true }).click();
  const after = await ctx.dbHash();
  if (after !== before) fail('the database changed after failed imports');
  ctx.assertNoErrors();
}
