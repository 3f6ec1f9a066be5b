/**
 * Figures journey (issue 12): one analysis, one number. On the sample tertiary hospital, read the
 * 2027 one-off spend from the plan view (its year row), the forecast view (the table's one-off
 * column), the procurement view (the 2027 group's subtotal) and the report (the spend table), and
 * find the same yuan everywhere, equal to the analysis run in Node on the same file. Each year's
 * security line is at least the reserve share or its shortfall shows in yuan in the forecast view
 * and the report. Saves screenshots under test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { analyse } from '../shared/analysis';
import type { ProjectFile } from '../shared/model';
import type { E2EContext } from './harness';
import { ROOT } from './harness';
import { formatMoney } from '../shared/format';

const fail = (message: string): never => {
  throw new Error(`figures e2e: ${message}`);
};

const YEAR = 2027;

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const sample = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
  const expected = analyse(sample, undefined, { lang: 'zh' }).forecast;
  const year = expected.years.find((y) => y.year === YEAR) ?? fail(`the analysis has no ${YEAR}`);
  if (!(year.oneOff > 0)) fail(`the analysis spends nothing in ${YEAR}`);
  const seen: Record<string, number> = {};
  const yuanOf = async (where: string, locator: ReturnType<typeof page.locator>, attribute: string) => {
    await locator.waitFor({ timeout: 30_000 });
    const value = Number(await locator.getAttribute(attribute));
    if (!Number.isFinite(value)) fail(`${where}: no ${attribute} on the ${YEAR} figure`);
    seen[where] = value;
    return value;
  };
  const wan = formatMoney(year.oneOff, 'wan', 'zh').split(' ')[0]!;

  // The plan view: the year row under the timeline.
  await page.getByRole('button', { name: /^(迁移计划|Migration plan)/ }).first().click();
  await page.getByTestId('plan-waves').waitFor({ timeout: 30_000 });
  const planYear = page.getByTestId(`plan-year-${YEAR}`);
  await yuanOf('plan', planYear, 'data-yuan');
  const planText = (await planYear.textContent()) ?? '';
  if (!planText.includes(wan)) fail(`the plan's ${YEAR} row reads "${planText}", expected ${wan} 万元`);
  await ctx.screenshot('figures-plan');

  // The forecast view: the one-off column of the year's row, and the security check of every year.
  await page.getByRole('button', { name: /费用预测|Spend forecast/ }).first().click();
  const table = page.getByTestId('forecast-table');
  const oneOff = table.locator(`tr[data-year="${YEAR}"] td[data-line="oneOff"]`);
  await yuanOf('forecast', oneOff, 'data-yuan');
  if (((await oneOff.textContent()) ?? '').trim() !== wan) fail(`the forecast's ${YEAR} one-off reads "${await oneOff.textContent()}", expected ${wan}`);
  for (const y of expected.years) {
    const cell = table.locator(`tr[data-year="${y.year}"] td[data-line="shortfall"]`);
    const shown = Number(await cell.getAttribute('data-yuan'));
    if (shown !== y.securityShortfall) fail(`${y.year}: the forecast shows a security shortfall of ${shown}, the analysis ${y.securityShortfall}`);
    const text = ((await cell.textContent()) ?? '').trim();
    if (y.securityShortfall > 0 ? text !== formatMoney(y.securityShortfall, 'yuan', 'zh') : y.security / y.total < expected.securityMinimum) {
      fail(`${y.year}: security ${y.security} of ${y.total} and the shortfall cell reads "${text}"`);
    }
  }
  const note = (await page.getByTestId('forecast-range-note').textContent()) ?? '';
  if (!note.includes('价格本')) fail(`the band is not labelled: "${note}"`);
  await ctx.screenshot('figures-forecast');

  // The procurement view: the subtotal of the year's group.
  await page.getByRole('button', { name: '采购清单' }).first().click();
  const group = page.locator(`[role="row"][data-group-year="${YEAR}"]`);
  await yuanOf('procurement', group, 'data-yuan');
  if (!((await group.textContent()) ?? '').includes(wan)) fail(`the procurement ${YEAR} group reads "${await group.textContent()}", expected ${wan} 万元`);
  await ctx.screenshot('figures-procurement');

  // The report: the spend table's row and the one-off line under it.
  await page.getByRole('button', { name: /^(路线图报告|Roadmap report)/ }).first().click();
  const row = page.locator(`[data-testid="report-spend"] tr[data-year="${YEAR}"]`);
  await yuanOf('report', row, 'data-one-off');
  const line = (await page.getByTestId('report-one-off').textContent()) ?? '';
  if (!line.includes(`${YEAR} 年 ${formatMoney(year.oneOff, 'wan', 'zh')}`)) fail(`the report's one-off line reads "${line}"`);
  for (const y of expected.years.filter((e) => e.securityShortfall > 0)) {
    const cell = (await page.locator(`[data-testid="report-spend"] tr[data-year="${y.year}"]`).textContent()) ?? '';
    if (!cell.includes(formatMoney(y.securityShortfall, 'yuan', 'zh'))) fail(`the report's ${y.year} row does not give the shortfall in yuan: "${cell}"`);
  }
  await ctx.screenshot('figures-report');

  const values = new Set(Object.values(seen));
  if (values.size !== 1 || !values.has(year.oneOff)) fail(`the ${YEAR} figure differs: ${JSON.stringify(seen)}, the analysis says ${year.oneOff}`);
  ctx.assertNoErrors();
}
