/**
 * Procurement journey (issue 5): the messy hospital CSV (GB18030, title rows, no origin column)
 * goes through the import wizard with its dependency file; the classifier's suggestions are
 * accepted in bulk, so every row lands with an origin; the procurement list of the plan opens,
 * lists the foreign assets and not the domestic ones, and exports to XLSX. The workbook is read
 * back with exceljs in Node: Chinese headers, one row per item, a totals row that adds up, values
 * only (no formula cells). A CSV export is checked too (one BOM, same totals). Grouped by tender
 * package (采购包), the list shows each budget year's tenders with their deadlines.
 */
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import type { E2EContext } from './harness';
import { ROOT } from './harness';

const fail = (message: string): never => {
  throw new Error(`procurement: ${message}`);
};

const MESSY = join(ROOT, 'fixtures/messy/hospital-assets-gb18030.csv');
const DEPS = join(ROOT, 'fixtures/messy/dependencies.csv');

type StoredAsset = { id: string; name: string; vendorOrigin?: string; disposition?: string; category: string; tier?: string };

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });

  // Import: the wizard maps the headers, checks the rows and proposes categories and origins.
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', MESSY);
  await page.getByTestId('import-facts').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: '校验', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30_000 });
  const imported = Number(/(\d+) 条资产可以导入/.exec((await summary.textContent()) ?? '')?.[1] ?? NaN);
  if (!(imported > 100)) fail(`the messy CSV did not pass the check: "${await summary.textContent()}"`);

  // Accept the suggestions in bulk (one switch for all rows; file values are never overwritten).
  const accept = page.getByRole('checkbox', { name: /采纳自动识别建议/ });
  await accept.check();
  const acceptText = (await page.locator('label.wiz-check').textContent()) ?? '';
  const suggestedOrigins = Number(/(\d+) 个产地/.exec(acceptText)?.[1] ?? NaN);
  if (!(suggestedOrigins >= imported * 0.95)) fail(`only ${suggestedOrigins} of ${imported} origins were suggested: "${acceptText}"`);
  const chips = await page.locator('.wiz-preview').getByText('建议', { exact: true }).count();
  if (chips < 10) fail(`the preview marks only ${chips} suggested values`);
  await ctx.uploadFile('[data-testid="deps-input"]', DEPS);
  await page.getByText(/dependencies\.csv：\d+ 条依赖关系/).waitFor({ timeout: 20_000 });
  await ctx.screenshot('procurement-wizard-suggestions');
  await page.getByRole('button', { name: /替换并导入/ }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();

  // The accepted origins are stored: the CPU decides for servers (TaiShan domestic, Dell foreign).
  const assets = (await ctx.readStore('assets')) as StoredAsset[];
  const current = assets.filter((a) => a.id === 'SRV-004' || a.id === 'SRV-001');
  const withOrigin = assets.filter((a) => a.vendorOrigin === 'domestic' || a.vendorOrigin === 'foreign').length;
  if (withOrigin < suggestedOrigins) fail(`${withOrigin} stored assets have an origin, ${suggestedOrigins} were accepted`);
  const originOf = (id: string) => current.find((a) => a.id === id)?.vendorOrigin;
  if (originOf('SRV-004') !== 'domestic' || originOf('SRV-001') !== 'foreign') fail(`unexpected origins: SRV-004 ${originOf('SRV-004')}, SRV-001 ${originOf('SRV-001')}`);
  const domesticIds = new Set(assets.filter((a) => a.disposition === 'compliant').map((a) => a.id));
  // The ledger has no tier column: the accepted suggestions give each system the tier its name
  // stands for, so HIS is planned as a core system, not bought in wave 1 with the office software.
  const tierOf = (id: string) => assets.find((a) => a.id === id)?.tier;
  if (tierOf('APP-008') !== 'core' || tierOf('APP-010') !== 'clinical-support' || tierOf('APP-012') !== 'office') fail(`imported system tiers: HIS ${tierOf('APP-008')}, LIS ${tierOf('APP-010')}, OA ${tierOf('APP-012')}`);

  // The procurement list of the plan.
  await page.getByRole('button', { name: '采购清单' }).first().click();
  await page.getByRole('heading', { name: '国产优先采购清单' }).waitFor({ timeout: 20_000 });
  const firstItem = page.locator('[role="row"][data-asset]').first();
  await firstItem.waitFor({ timeout: 30_000 });
  const totalsText = (await page.locator('.proc-summary span').first().textContent()) ?? '';
  const purchases = Number(/合计：(\d+) 项/.exec(totalsText)?.[1] ?? NaN);
  if (!(purchases > 10)) fail(`the list shows "${totalsText}"`);
  // Products kept by exception are listed (and exported) but not counted in the purchases' total.
  const retainedText = (await page.getByTestId('proc-retained').count()) > 0 ? ((await page.getByTestId('proc-retained').textContent()) ?? '') : '';
  const items = purchases + Number(/(\d+) 项/.exec(retainedText)?.[1] ?? 0);
  await page.locator('.proc-toolbar').getByRole('searchbox').fill('SRV-001');
  const dell = page.locator('[role="row"][data-asset="SRV-001"]');
  await dell.waitFor({ timeout: 10_000 });
  const dellText = (await dell.textContent()) ?? '';
  if (!/服务器/.test(dellText) || !/(海光|泰山|飞腾|龙芯)/.test(dellText)) fail(`the Dell server row lacks a domestic alternative: "${dellText}"`);
  await page.locator('.proc-toolbar').getByRole('searchbox').fill('APP-008');
  const his = page.locator('[role="row"][data-asset="APP-008"]');
  await his.waitFor({ timeout: 10_000 });
  if (/W1\b/.test((await his.textContent()) ?? '')) fail(`HIS is bought in wave 1: "${await his.textContent()}"`);
  await page.locator('.proc-toolbar').getByRole('searchbox').fill('SRV-004');
  await page.getByText('没有符合筛选条件的条目。').waitFor({ timeout: 10_000 });
  await page.locator('.proc-toolbar').getByRole('searchbox').fill('');
  await firstItem.waitFor();
  await ctx.screenshot('procurement');

  // XLSX export, read back in Node.
  const xlsx = await ctx.catchDownload(() => page.getByRole('button', { name: '导出 Excel' }).click());
  if (!xlsx.name.endsWith('.xlsx')) fail(`the download is "${xlsx.name}"`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const sheet = workbook.getWorksheet('采购清单') ?? fail(`no 采购清单 sheet in ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  for (const must of ['年度', '批次', '类别', '资产编号', '资产名称', '数量', '被替换产品', '推荐国产替代', '金额（元）', '标记']) {
    if (!headers.includes(must)) fail(`the XLSX headers lack ${must}: ${headers.join(', ')}`);
  }
  if (sheet.rowCount !== items + 2) fail(`the XLSX has ${sheet.rowCount} rows for ${items} items (+ header + totals)`);
  const col = (name: string) => headers.indexOf(name) + 1;
  const text = (value: ExcelJS.CellValue): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
  let formulas = 0;
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) formulas++;
  }));
  if (formulas > 0) fail(`the XLSX has ${formulas} formula cells`);
  let sum = 0;
  const ids: string[] = [];
  for (let r = 2; r <= sheet.rowCount - 1; r++) {
    const row = sheet.getRow(r);
    sum += Number(row.getCell(col('金额（元）')).value);
    ids.push(text(row.getCell(col('资产编号')).value));
  }
  const totals = sheet.getRow(sheet.rowCount);
  if (totals.getCell(1).value !== '合计') fail(`the last row is not the totals row: ${text(totals.getCell(1).value)}`);
  if (Number(totals.getCell(col('金额（元）')).value) !== sum) fail(`the totals row says ${text(totals.getCell(col('金额（元）')).value)}, the items add up to ${sum}`);
  if (new Set(ids).size !== ids.length) fail('an asset appears twice in the export');
  const listedDomestic = ids.filter((id) => domesticIds.has(id));
  if (listedDomestic.length > 0) fail(`domestic assets are on the procurement list: ${listedDomestic.join(', ')}`);
  if (!ids.includes('SRV-001')) fail('the foreign Dell server SRV-001 is not in the export');

  // CSV export: one BOM, same rows.
  const csv = await ctx.catchDownload(() => page.getByRole('button', { name: '导出 CSV' }).click());
  if (!(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf) || csv.bytes[3] === 0xef) fail('the CSV export does not start with exactly one UTF-8 BOM');
  const lines = csv.text().replace(/^\uFEFF/, '').trim().split(/\r\n/);
  if (lines.length !== items + 2 || !lines[0]!.startsWith('年度,') || !lines.at(-1)!.startsWith('合计,')) fail(`the CSV has ${lines.length} lines, header "${lines[0]}"`);
  await assertRowsFit(page, 'zh, 1440 px');

  // Tender packages: the same items per budget year as tenders, hardware and databases apart from
  // the developers' adaptation services; the packages add up to the list.
  if (!headers.includes('采购包')) fail(`the XLSX has no 采购包 column: ${headers.join(', ')}`);
  await page.locator('.proc-toolbar select').filter({ has: page.locator('option[value="package"]') }).selectOption('package');
  const packageHeads = page.locator('.proc-group-title strong');
  await packageHeads.first().waitFor({ timeout: 10_000 });
  // The list is virtualised: the first tender of the first budget year is drawn, the rest below.
  const firstTitle = (await packageHeads.first().textContent()) ?? '';
  if (firstTitle !== '2027 年预算 · 服务器与存储') fail(`the first tender is "${firstTitle}"`);
  if (!(await page.locator('.proc-group-due').first().textContent())?.startsWith('招标完成时限 ')) fail('a package does not say when its tender must be complete');
  await ctx.screenshot('procurement-packages');
  await assertRowsFit(page, 'tender packages');
  // An adapted system is its developer's service, not a product: a contract with that developer alone.
  const search = page.locator('.proc-toolbar').getByRole('searchbox');
  await search.fill('APP-010');
  await packageHeads.filter({ hasText: /^\d{4} 年预算 · 信创适配服务：.+（原开发商，单一来源）$/ }).first().waitFor({ timeout: 10_000 });
  await search.fill('');
  await page.locator('.proc-toolbar select').filter({ has: page.locator('option[value="package"]') }).selectOption('year');

  // English in a narrow window: rows still grow to their content, money in the app's unit.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.lang-switch select').selectOption('en');
  await page.getByRole('heading', { name: 'Domestic-priority procurement list' }).waitFor({ timeout: 10_000 });
  const totalsEn = (await page.locator('.proc-summary span').first().textContent()) ?? '';
  if (!/×10k yuan$/.test(totalsEn) || totalsEn.includes('¥')) fail(`the English total is not in 10k yuan: "${totalsEn}"`);
  await assertRowsFit(page, 'en, 1280 px');
  await ctx.screenshot('procurement-en-1280');
  await page.setViewportSize({ width: 1440, height: 900 });
  ctx.assertNoErrors();
}

/** Every drawn item row: its cells' content stays inside the row, and rows do not overlap. */
async function assertRowsFit(page: E2EContext['page'], where: string): Promise<void> {
  await page.waitForTimeout(300);
  const problems = await page.locator('.proc-scroll [role="row"]').evaluateAll((rows) => {
    const out: string[] = [];
    const boxes = rows.map((row) => ({ row, box: row.getBoundingClientRect() })).sort((a, b) => a.box.top - b.box.top);
    boxes.forEach(({ row, box }, i) => {
      const prev = boxes[i - 1];
      if (prev && box.top < prev.box.bottom - 1) out.push(`${row.getAttribute('data-asset') ?? 'group'} starts ${Math.round(prev.box.bottom - box.top)} px inside the row above`);
      for (const el of row.querySelectorAll('.proc-cell > *, .proc-cell')) {
        const b = el.getBoundingClientRect();
        if (b.height > 0 && (b.bottom > box.bottom + 1 || b.top < box.top - 1)) out.push(`${row.getAttribute('data-asset') ?? 'group'}: "${(el.textContent ?? '').slice(0, 30)}" runs out of its row`);
        if (el.classList.contains('proc-cell') && el.scrollWidth > el.clientWidth + 1 && el.matches('.proc-category, .proc-flags')) out.push(`${row.getAttribute('data-asset')}: "${(el.textContent ?? '').slice(0, 30)}" is cut`);
      }
    });
    return out;
  });
  if (problems.length > 0) fail(`rows do not fit their content (${where}): ${problems.slice(0, 5).join('; ')}`);
}
