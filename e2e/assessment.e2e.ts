/**
 * Assessment journey (issue 16): on the sample hospital, open 评估与切换, answer HIS's
 * questionnaire (its database is Caché: a rewrite), see the grade and effort move, find the answers
 * stored in the project (extensions.assessment, so they export with it), see the database table mark
 * the Caché instance as a rewrite and the runbook of each core cut-over with its rollback deadline.
 */
import { join } from 'node:path';

import type { E2EContext } from './harness';
import { ROOT } from './harness';

const fail = (message: string): never => {
  throw new Error(`assessment: ${message}`);
};

type StoredProject = { extensions?: { assessment?: { systems?: Record<string, { answers?: Record<string, unknown> }> } } };

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('active-project').filter({ hasText: /医院/ }).waitFor({ timeout: 20_000 });
  await page.locator('nav.app-nav').getByRole('button', { name: '评估与切换' }).click();
  await page.locator('section.asm-view').waitFor({ timeout: 20_000 });

  await page.getByRole('list', { name: '系统列表' }).getByRole('button', { name: /HIS 医院信息系统/ }).click();
  const effort = page.getByTestId('assessment-effort');
  const before = (await effort.textContent()) ?? '';
  if (!before.includes('工作量 30 人天')) fail(`an unanswered HIS should start at the category default: "${before}"`);
  await page.getByRole('group', { name: /^数据库特性 使用的数据库/ }).getByLabel(/^Caché/).check();
  await page.getByRole('group', { name: /^可用性要求 可用性要求/ }).getByLabel(/^门急诊 24 小时/).check();
  await page.getByRole('group', { name: /^厂商信创版本 厂商的信创版本/ }).getByLabel(/^承诺适配/).check();
  await page.getByTestId('assessment-result').filter({ hasText: 'Caché/MUMPS：应用重写' }).waitFor({ timeout: 5_000 });
  const after = (await effort.textContent()) ?? '';
  // (30 + 200 + 20 + 40) × 1.3 = 377 person-days.
  if (!after.includes('工作量 377 人天')) fail(`the effort did not follow the answers: "${after}"`);
  const result = (await page.getByTestId('assessment-result').textContent()) ?? '';
  if (!/难度 [45]/.test(result)) fail(`a blocker answer should grade HIS at least 4: "${result}"`);
  await ctx.screenshot('assessment-his');

  // The answers are in the project, so they export with it.
  let stored: StoredProject | undefined;
  for (let i = 0; i < 20 && !stored?.extensions?.assessment?.systems?.['APP-HIS']?.answers?.['availability']; i++) {
    await page.waitForTimeout(100);
    stored = ((await ctx.readStore('projects')) as StoredProject[]).find((p) => p.extensions?.assessment);
  }
  const answers = stored?.extensions?.assessment?.systems?.['APP-HIS']?.answers;
  if (answers?.['db-engine'] !== 'cache' || answers['availability'] !== 'er-24h') fail(`answers not stored: ${JSON.stringify(answers)}`);

  await page.getByRole('tab', { name: '数据库迁移' }).click();
  const hisDb = page.getByRole('row', { name: /HIS 数据库/ });
  await hisDb.waitFor({ timeout: 5_000 });
  if (!((await hisDb.textContent()) ?? '').includes('应用重写')) fail('the Caché instance is not marked as a rewrite');

  // Network discovery: the address list and a Chinese-locale netstat of the HIS application server
  // propose HIS's dependencies; accepting the new ones adds them to the project.
  await page.getByRole('tab', { name: '网络发现依赖' }).click();
  const depsBefore = (await ctx.readDependencies()).length;
  await ctx.uploadFile('[data-testid="addresses-input"]', join(ROOT, 'fixtures/discovery/addresses.csv'));
  await page.getByText(/地址清单 CSV（已有 2\d 个资产）/).waitFor({ timeout: 10_000 });
  await ctx.uploadFile('[data-testid="captures-input"]', join(ROOT, 'fixtures/discovery/netstat-his-app-01-zh.txt'));
  const proposals = page.getByTestId('proposals');
  await proposals.getByRole('row', { name: /TRM-BB-LAB APP-HIS/ }).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: '选择全部新建议' }).click();
  await page.getByRole('button', { name: /^接受所选（2）$/ }).click();
  await page.getByText('已新增 2 条依赖').waitFor({ timeout: 10_000 });
  const depsAfter = (await ctx.readDependencies()).length;
  if (depsAfter !== depsBefore + 2) fail(`accepting 2 proposals changed the dependencies from ${depsBefore} to ${depsAfter}`);
  await ctx.screenshot('assessment-discovery');

  await page.getByRole('tab', { name: '切换手册' }).click();
  const his = page.getByRole('article', { name: 'HIS 医院信息系统' });
  await his.waitFor({ timeout: 20_000 });
  const text = (await his.textContent()) ?? '';
  if (!/回退决策时限\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text) || !text.includes('双轨期结束')) fail(`the HIS runbook lacks its deadlines: "${text.slice(0, 200)}"`);
  const count = await page.locator('article.asm-runbook').count();
  if (count < 4) fail(`only ${count} core cut-over runbooks`);
  // The CDR's vendor teams: its developer and the suppliers of its substitutes (from the same
  // analysis's procurement list), never the vendors it leaves (Oracle, Dell).
  const cdr = page.getByRole('article', { name: '临床数据中心（CDR）' });
  await cdr.getByText(/厂商团队万达信息、.*达梦/).waitFor({ timeout: 20_000 }).catch(async () => fail(`the CDR runbook's vendor teams name no supplier: "${((await cdr.textContent()) ?? '').slice(0, 300)}"`));
  const teams = (await cdr.textContent()) ?? '';
  if (/Oracle|Dell/.test(teams)) fail(`the CDR runbook names a vendor being replaced: "${teams.slice(0, 300)}"`);
  await ctx.screenshot('assessment-runbooks');
}
