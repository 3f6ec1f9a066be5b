/**
 * Assessment → plan journey (issue 16): the plan view shows each core cut-over on a timeline with
 * its window, rollback decision and dual-track end, and opens its runbook in 评估与切换; answering
 * HIS's questionnaire there moves the plan: the total effort and HIS's cut-over become what the
 * planner makes of the stored answers (planned again in Node from the project as the app stored it).
 */
import type { ProjectFile } from '../shared/model';
import { costOf, readPriceBook } from '../shared/forecast';
import { planProject } from '../shared/planner';
import { buildRunbook, cutoverInputs } from '../shared/runbook';
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`assessment-plan: ${message}`);
};

/** The active project as the app holds it: its own project-file export (资产清单 → 项目文件). */
async function exportedProject(ctx: E2EContext): Promise<ProjectFile> {
  const { page } = ctx;
  await page.locator('nav.app-nav').getByRole('button', { name: '资产清单' }).click();
  const file = await ctx.catchDownload(() => page.getByRole('button', { name: '项目文件', exact: true }).click());
  return JSON.parse(file.text()) as ProjectFile;
}

/** The plan the app's plan worker makes (renderer/workers/planTask.ts: with the price book's costs). */
function planAsTheApp(project: ProjectFile) {
  const book = readPriceBook(project);
  return planProject(project, book.ok ? { lang: 'zh', costOf: costOf(book.value, project) } : { lang: 'zh' });
}

async function openPlan(ctx: E2EContext) {
  const { page } = ctx;
  await page.locator('nav.app-nav').getByRole('button', { name: '迁移计划' }).click();
  await page.getByTestId('plan-effort').waitFor({ timeout: 30_000 });
  await page.getByTestId('plan-timing').filter({ hasText: /用时|ms/ }).waitFor({ timeout: 30_000 }).catch(() => undefined);
}

async function hisCutover(ctx: E2EContext) {
  const { page } = ctx;
  const panel = page.getByTestId('plan-cutovers');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('summary').click();
  const row = page.getByTestId('plan-cutover-APP-HIS');
  await row.waitFor({ timeout: 10_000 });
  return {
    wave: Number(await row.getAttribute('data-wave')),
    window: (await row.getByTestId('plan-cutover-window').textContent()) ?? '',
    dual: (await row.getByTestId('plan-cutover-dual').textContent()) ?? '',
    effort: Number(await page.getByTestId('plan-effort').getAttribute('data-value')),
  };
}

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('active-project').filter({ hasText: /医院/ }).waitFor({ timeout: 20_000 });
  const project = await exportedProject(ctx);
  await openPlan(ctx);

  // The plan's core cut-overs: one row per runbook the planner's plan makes, HIS among them.
  const plan = planAsTheApp(project);
  const runbooks = cutoverInputs(project, plan).map(buildRunbook);
  const before = await hisCutover(ctx);
  const rows = await page.locator('[data-testid="plan-cutovers"] li[data-wave]').count();
  if (rows !== runbooks.length) fail(`the timeline shows ${rows} cut-overs, the plan has ${runbooks.length} core runbooks`);
  const his = runbooks.find((r) => r.unitId === 'APP-HIS') ?? fail('no HIS runbook in Node');
  if (before.wave !== his.wave || before.window !== his.window.start || before.dual !== his.dualTrackEnd) fail(`HIS on the timeline ${JSON.stringify(before)} is not the runbook's W${his.wave} ${his.window.start} → ${his.dualTrackEnd}`);
  if (before.effort !== plan.metrics.effortTotal) fail(`the plan view's effort ${before.effort} is not the planner's ${plan.metrics.effortTotal}`);
  await ctx.screenshot('assessment-plan-timeline');

  // The row opens HIS's runbook in 评估与切换.
  await page.getByTestId('plan-cutover-APP-HIS').getByRole('button', { name: '切换手册' }).click();
  const runbook = page.getByTestId('runbook-APP-HIS');
  await runbook.waitFor({ timeout: 20_000 });
  if ((await page.getByRole('tab', { name: '切换手册' }).getAttribute('aria-selected')) !== 'true') fail('the runbooks tab is not the one shown');
  if ((await runbook.getAttribute('aria-current')) !== 'true') fail('HIS runbook is not marked as the one opened');
  if (!((await runbook.textContent()) ?? '').includes(his.rollbackDeadline)) fail('HIS runbook lacks its rollback deadline');

  // Answer HIS's questionnaire: a Caché database (a rewrite), 24-hour outpatient service.
  await page.getByRole('tab', { name: '系统评估' }).click();
  await page.getByRole('list', { name: '系统列表' }).getByRole('button', { name: /HIS 医院信息系统/ }).click();
  await page.getByRole('group', { name: /^数据库特性 使用的数据库/ }).getByLabel(/^Caché/).check();
  await page.getByRole('group', { name: /^可用性要求 可用性要求/ }).getByLabel(/^门急诊 24 小时/).check();
  await page.getByTestId('assessment-result').filter({ hasText: 'Caché/MUMPS：应用重写' }).waitFor({ timeout: 5_000 });
  // The sample types HIS's effort on the asset (300 person-days), which the plan takes over any
  // assessment; the panel says so, and one click hands the effort to the assessment.
  const own = page.getByTestId('assessment-own-effort');
  if (!((await own.textContent()) ?? '').includes('300 人天')) fail(`the panel does not say the plan uses HIS's own effort: "${await own.textContent()}"`);
  await own.getByRole('button', { name: '改用评估工作量' }).click();
  await page.getByText('已清除资产上填写的工作量').first().waitFor({ timeout: 10_000 });
  await own.waitFor({ state: 'detached', timeout: 10_000 });
  await page.waitForTimeout(500); // the answers' write to the project (usePendingEdit)
  const answered = await exportedProject(ctx);
  const systems = (answered.extensions as { assessment?: { systems?: Record<string, { answers?: Record<string, unknown> }> } } | undefined)?.assessment?.systems;
  if (systems?.['APP-HIS']?.answers?.['availability'] !== 'er-24h') fail(`the exported project lacks HIS's answers: ${JSON.stringify(systems?.['APP-HIS'])}`);

  // The plan moves: the effort and HIS's cut-over are the planner's for the answered project.
  const replanned = planAsTheApp(answered);
  const hisAfter = cutoverInputs(answered, replanned).map(buildRunbook).find((r) => r.unitId === 'APP-HIS') ?? fail('HIS is no longer a core cut-over');
  if (replanned.metrics.effortTotal <= plan.metrics.effortTotal) fail(`the answers did not raise the planner's effort (${plan.metrics.effortTotal} → ${replanned.metrics.effortTotal})`);
  await openPlan(ctx);
  await page.waitForFunction((want) => document.querySelector('[data-testid="plan-effort"]')?.getAttribute('data-value') === String(want), replanned.metrics.effortTotal, { timeout: 30_000 })
    .catch(async () => fail(`the plan view's effort stays ${await page.getByTestId('plan-effort').getAttribute('data-value')}, the planner makes ${replanned.metrics.effortTotal}`));
  const after = await hisCutover(ctx);
  if (after.wave !== hisAfter.wave || after.window !== hisAfter.window.start || after.dual !== hisAfter.dualTrackEnd) fail(`HIS after the answers ${JSON.stringify(after)} is not the runbook's W${hisAfter.wave} ${hisAfter.window.start}`);
  console.log(`    effort ${before.effort} → ${after.effort} person-days; HIS W${before.wave} ${before.window} → W${after.wave} ${after.window}`);
  await ctx.screenshot('assessment-plan-moved');
}
