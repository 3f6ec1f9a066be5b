/**
 * Planning journey: open the plan view on the sample hospital, check the plan is there and was
 * made within the ≤ 100 ms re-plan budget, pin an edge asset to a later wave from the details menu,
 * see the plan change (the card moves, its reason becomes "pinned"), reload and see the pin
 * persisted (in the view and in IndexedDB). Saves screenshots under test-results/.
 */
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`plan e2e: ${message}`);
};

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const openPlan = async () => {
    await page.getByRole('button', { name: /^(迁移计划|Migration plan)/ }).first().click();
    await page.getByTestId('plan-waves').waitFor({ timeout: 20_000 });
    await page.locator('.plan-card').first().waitFor();
  };
  await openPlan();
  const timing = async () => {
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="plan-timing"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const text = (await page.getByTestId('plan-timing').textContent()) ?? '';
    return Number(/([\d.,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  };
  const firstMs = await timing();
  if (!(firstMs <= 100)) fail(`planning the sample took ${firstMs} ms (budget 100 ms)`);

  // An office-lane asset of wave 1, pinned to the last wave the plan has.
  const card = page.locator('.plan-cell[data-wave="1"].lane-office .plan-card').first();
  const id = (await card.getAttribute('data-asset-id')) ?? fail('no office asset in wave 1');
  const waves = await page.locator('.plan-wave-head').count();
  const target = Math.max(2, waves);
  await card.click();
  const details = page.getByTestId('plan-details');
  await details.waitFor();
  await page.getByTestId('pin-select').selectOption(String(target));
  const moved = page.locator(`.plan-cell[data-wave="${target}"] .plan-card[data-asset-id="${id}"]`);
  await moved.waitFor({ timeout: 10_000 });
  if ((await page.locator(`.plan-cell[data-wave="1"] .plan-card[data-asset-id="${id}"]`).count()) !== 0) fail(`${id} still shows in wave 1 after pinning`);
  await page.waitForFunction(() => /固定|Pinned/.test(document.querySelector('[data-testid="details-reason"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
  const replanMs = await timing();
  if (!(replanMs <= 100)) fail(`re-planning after the pin took ${replanMs} ms (budget 100 ms)`);
  await ctx.screenshot('plan-pinned');

  await ctx.reload();
  await openPlan();
  await page.locator(`.plan-cell[data-wave="${target}"] .plan-card[data-asset-id="${id}"]`).waitFor({ timeout: 10_000 });
  const scenarios = (await ctx.readStore('scenarios')) as { pins?: Record<string, number> }[];
  if (!scenarios.some((s) => s.pins?.[id] === target)) fail(`the pin ${id} → ${target} is not in IndexedDB`);
  await page.locator(`.plan-card[data-asset-id="${id}"]`).click();
  await page.getByText(new RegExp(`已固定在第 ${target} 批|Pinned to wave ${target}`)).waitFor();
  await ctx.screenshot('plan-after-reload');
  ctx.assertNoErrors();
}
