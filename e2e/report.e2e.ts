/**
 * Report journey: open the roadmap report of the sample hospital, check the document's waves and
 * totals against the analysis run in Node on the same sample file, check the print
 * stylesheet hides the app around the document, press "生成 PDF" (window.print stubbed to record
 * the call), export the XLSX and read it back with ExcelJS, switch scenario and language.
 * Saves screenshots under test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { analyse, budgetNeed } from '../shared/analysis';
import type { ProjectFile } from '../shared/model';
import type { E2EContext } from './harness';
import { ROOT } from './harness';
import { formatMoney } from '../shared/format';

const fail = (message: string): never => {
  throw new Error(`report e2e: ${message}`);
};

/** Waves and spend of a scenario of the sample, from its one analysis run in Node. */
function expected(project: ProjectFile, scenarioName?: string) {
  const scenario = scenarioName ? [project.scenario, ...(project.scenarios ?? [])].find((s) => s?.name === scenarioName) : project.scenario;
  if (!scenario) return fail(`the sample has no scenario ${scenarioName}`);
  const { plan, forecast } = analyse(project, scenario, { lang: 'zh' });
  return { waves: plan.waves.length, total: forecast.totals.total };
}

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const sample = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
  const base = expected(sample);

  await page.getByRole('button', { name: /^(路线图报告|Roadmap report)/ }).first().click();
  const doc = page.getByTestId('report-document');
  await doc.waitFor({ timeout: 20_000 });

  // The document's waves and totals are the planner's and the forecast's.
  const waves = Number(await doc.getAttribute('data-waves'));
  if (waves !== base.waves) fail(`the report shows ${waves} waves, the planner makes ${base.waves}`);
  const kpiWaves = (await page.getByTestId('report-kpi-waves').textContent()) ?? '';
  if (kpiWaves !== `${base.waves} 批`) fail(`wave KPI reads "${kpiWaves}", expected "${base.waves} 批"`);
  const kpiTotal = (await page.getByTestId('report-kpi-total').textContent()) ?? '';
  if (kpiTotal !== formatMoney(base.total, 'wan', 'zh')) fail(`total KPI reads "${kpiTotal}", expected "${formatMoney(base.total, 'wan', 'zh')}"`);
  const rows = await page.locator('[data-testid="report-waves"] tbody tr').count();
  if (rows !== base.waves) fail(`the wave table has ${rows} rows, expected ${base.waves}`);
  const text = (await doc.innerText()).replace(/\s+/g, ' ');
  for (const part of ['执行摘要', '替代路径', '迁移批次', '投资预测', '年度采购清单', '需关注事项', '警告与待办', '假设与规则', '主要风险', '依赖成环', '附录：采购明细']) {
    if (!text.includes(part)) fail(`the document lacks "${part}"`);
  }
  // What the cap costs in time: the same budget as the analysis in Node finds, in the document's words.
  const need = budgetNeed(sample, analyse(sample, sample.scenario, { lang: 'zh' }))!;
  const budgetText = ((await page.locator('[data-testid="report-document"] [data-testid="budget-need"]').textContent()) ?? '').replace(/\s+/g, ' ');
  for (const part of [formatMoney(need.cap, 'wan', 'zh'), need.capped.end, need.unconstrained.end, `每年约需 ${formatMoney(need.needed!, 'wan', 'zh')}`]) {
    if (!budgetText.includes(part)) fail(`the budget line "${budgetText}" lacks "${part}"`);
  }
  for (const id of ['report-graph', 'report-timeline', 'report-spend-chart']) {
    const marks = await page.getByTestId(id).locator('circle, rect, path').count();
    if (marks < 5) fail(`picture ${id} draws only ${marks} marks`);
  }
  await ctx.screenshot('report');

  // Print media: the app's header, navigation and toolbar do not print; the document does.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector('.app-nav')!).display,
    toolbar: getComputedStyle(document.querySelector('.report-chrome')!).display,
    doc: getComputedStyle(document.querySelector('.report-doc')!).display,
    sectionsOnNewPage: [...document.querySelectorAll('.report-doc .rp-page')].filter((el) => getComputedStyle(el).breakBefore === 'page').length,
    repeatedHeads: [...document.querySelectorAll('.report-doc thead')].every((el) => getComputedStyle(el).display === 'table-header-group'),
  }));
  if (printed.nav !== 'none' || printed.toolbar !== 'none') fail(`the app chrome would print: ${JSON.stringify(printed)}`);
  if (printed.doc === 'none' || printed.sectionsOnNewPage < 6 || !printed.repeatedHeads) fail(`the print layout is wrong: ${JSON.stringify(printed)}`);
  // The browser's print has no footer template: the page carries the report's footer as @page rules.
  const pageRules = await page.evaluate(() => [...document.querySelectorAll('.report-view style')].map((s) => s.textContent ?? '').join('\n'));
  if (!pageRules.includes('@bottom-left') || !pageRules.includes(`${sample.project.name} · `) || !pageRules.includes('margin: 18mm 16mm 20mm 16mm')) fail(`the print footer rules are missing: ${pageRules}`);
  await page.emulateMedia({ media: 'screen' });

  // "生成 PDF" prints the document (the browser's print in the web build).
  await page.evaluate(() => {
    const w = window as Window & { __printCalls?: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls = (w.__printCalls ?? 0) + 1;
    };
  });
  await page.getByRole('button', { name: '生成 PDF' }).click();
  await page.waitForFunction(() => (window as Window & { __printCalls?: number }).__printCalls === 1, undefined, { timeout: 5_000 });
  await page.getByText('已生成 PDF').first().waitFor();

  // XLSX: one sheet per section, read back in Node.
  const download = await ctx.catchDownload(() => page.getByRole('button', { name: '导出 XLSX' }).click());
  if (!download.name.endsWith('.xlsx')) fail(`the export is named ${download.name}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(download.bytes.buffer.slice(download.bytes.byteOffset, download.bytes.byteOffset + download.bytes.byteLength) as ArrayBuffer);
  const names = workbook.worksheets.map((s) => s.name);
  const want = ['摘要', '迁移批次', '年度支出', '采购清单', '采购包', '切换手册', '警告', '假设-价格本', '假设-情景与规则'];
  if (JSON.stringify(names) !== JSON.stringify(want)) fail(`workbook sheets are ${names.join(', ')}`);
  const summary = new Map<string, unknown>();
  workbook.getWorksheet('摘要')!.eachRow((row) => summary.set(row.getCell(1).text, row.getCell(2).value));
  if (summary.get('迁移批次数') !== base.waves) fail(`the workbook says ${String(summary.get('迁移批次数'))} waves`);
  if (summary.get('总支出（万元）') !== Math.round(base.total / 100) / 100) fail(`the workbook total is ${String(summary.get('总支出（万元）'))}`);
  if (workbook.getWorksheet('迁移批次')!.rowCount !== base.waves + 1) fail('the waves sheet does not have one row per wave');

  // Another scenario re-plans; English switches the whole document.
  const fast = expected(sample, '快速');
  await page.getByTestId('report-scenario-select').selectOption('快速');
  await page.waitForFunction((n) => document.querySelector('[data-testid="report-document"]')?.getAttribute('data-waves') === String(n) && document.querySelector('[data-testid="report-scenario"]')?.textContent === '快速', fast.waves, { timeout: 10_000 });
  await page.getByTestId('report-lang-select').selectOption('en');
  await page.getByRole('heading', { name: '1. Executive summary' }).waitFor();
  const kpiEn = (await page.getByTestId('report-kpi-waves').textContent()) ?? '';
  if (kpiEn !== `${fast.waves} waves`) fail(`English wave KPI reads "${kpiEn}"`);
  const budgetEn = (await page.locator('[data-testid="report-document"] [data-testid="budget-need"]').textContent()) ?? '';
  if (!/does not slow the plan/.test(budgetEn)) fail(`the 快速 fund does not hold the plan back, but the budget line reads "${budgetEn}"`);
  await ctx.screenshot('report-en-fast');
  ctx.assertNoErrors();
}
