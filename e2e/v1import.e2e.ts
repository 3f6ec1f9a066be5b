/**
 * Version 1 journey (issue 11): import the secondary sample as it was written before the data
 * model's version 2 (a single `origin`, freeze months), see the wizard say what it converted, open
 * the plan of the new project and find the systems in edge → core order: every office, operations
 * and clinical-support system cut over no later than the first core system, and each phase's
 * systems no earlier than the last system of the phase before. Saves screenshots under test-results/.
 */
import { join } from 'node:path';

import type { E2EContext } from './harness';
import { ROOT } from './harness';

const V1 = join(ROOT, 'fixtures/v1/sample-secondary.v1.xcplan.json');
const fail = (message: string): never => {
  throw new Error(`v1import e2e: ${message}`);
};

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', V1);
  await page.getByTestId('import-summary').waitFor({ timeout: 20_000 });
  const dialog = page.getByRole('dialog');
  const converted = (await dialog.textContent()) ?? '';
  if (!converted.includes('已从版本 1 转换')) fail(`the wizard does not say what it converted: "${converted.slice(0, 300)}"`);
  if (!converted.includes('适配迁移')) fail('the conversion does not name the dispositions');
  await ctx.screenshot('v1import-converted');
  await dialog.getByRole('radio', { name: '新建项目' }).check();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();

  await page.getByRole('button', { name: /^(迁移计划|Migration plan)/ }).first().click();
  await page.getByTestId('plan-waves').waitFor({ timeout: 20_000 });
  await page.locator('.plan-card').first().waitFor();
  const lanes = await page.evaluate(() => {
    const out: { tier: string; wave: number; id: string }[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('.plan-cell[data-wave]')) {
      const wave = Number(cell.dataset.wave);
      const tier = ['office', 'operations', 'clinical-support', 'core'].find((t) => cell.classList.contains(`lane-${t}`)) ?? '';
      for (const card of cell.querySelectorAll<HTMLElement>('.plan-card')) out.push({ tier, wave, id: card.dataset.assetId ?? '' });
    }
    return out;
  });
  const systems = lanes.filter((c) => c.id.startsWith('APP-') && c.wave > 0);
  if (systems.length < 10) fail(`only ${systems.length} systems on the plan`);
  const order = ['office', 'operations', 'clinical-support', 'core'];
  for (let t = 1; t < order.length; t++) {
    const first = Math.min(...systems.filter((s) => s.tier === order[t]).map((s) => s.wave));
    const lastBefore = Math.max(0, ...systems.filter((s) => order.indexOf(s.tier) < t).map((s) => s.wave));
    if (Number.isFinite(first) && first < lastBefore) fail(`${order[t]} starts in wave ${first}, before the last earlier-phase system (wave ${lastBefore})`);
  }
  const core = systems.filter((s) => s.tier === 'core');
  if (core.length === 0) fail('no core system on the plan');
  await ctx.screenshot('v1import-plan');
}
