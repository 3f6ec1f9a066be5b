/**
 * Accessibility journey: the app on the sample tertiary hospital checked with axe-core against
 * WCAG 2.1 A and AA (names and labels, roles and their required parents and children, colour
 * contrast, keyboard access to scrolling regions). Every view in Chinese, every tab of the views
 * that have tabs, their folded sections opened, the plan with an asset selected, the dialogs of the
 * inventory and projects views, and every view once more in English. A violation fails the
 * journey with the rule, the element and axe's summary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { E2EContext } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Per view, buttons that open a dialog (closed again with Escape). */
const DIALOGS: Record<string, string[]> = {
  资产清单: ['导入…', '新增资产', '加密项目文件'],
  项目: ['合并…', '删除'],
};

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string; html: string }[] };

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const found: string[] = [];
  let audits = 0;
  const audit = async (where: string): Promise<void> => {
    // Evaluated through the DevTools protocol: the app's CSP rightly refuses inline scripts.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const violations = (await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
    }, WCAG_AA)) as Violation[];
    audits++;
    for (const v of violations) {
      const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 120)} | ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`);
      found.push(`${where}: ${v.id} (${v.impact}) ${v.help}, ${v.nodes.length} element(s)\n    ${nodes.join('\n    ')}`);
    }
  };
  const settle = async (): Promise<void> => {
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 45_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
  };
  const nav = page.locator('nav.app-nav button');
  await nav.first().waitFor();
  // The first Tab stop skips the header and the navigation.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
  if (skip !== '跳到主要内容') throw new Error(`a11y: the first Tab stop is "${skip}", not the skip link`);
  await page.keyboard.press('Enter');
  if (!(await page.evaluate(() => document.activeElement?.id === 'app-main'))) throw new Error('a11y: the skip link did not move the focus to the main content');
  const views = await nav.count();
  for (let i = 0; i < views; i++) {
    const label = ((await nav.nth(i).textContent()) ?? '').trim();
    await nav.nth(i).click();
    await settle();
    await audit(label);
    // Each further tab of the view.
    const tabs = page.locator('main [role="tab"]');
    const tabCount = await tabs.count();
    for (let k = 1; k < tabCount; k++) {
      const tab = tabs.nth(k);
      const name = ((await tab.textContent()) ?? '').trim();
      await tab.click();
      await settle();
      await audit(`${label} › ${name}`);
    }
    if (label === '迁移计划') {
      await page.locator('main .plan-card').first().click();
      await settle();
      await audit(`${label} › 选中资产`);
    }
    // Folded sections (the plan's core cut-over timeline, runbooks, assumptions) opened.
    const folded = page.locator('main details:not([open])');
    if ((await folded.count()) > 0) {
      await folded.evaluateAll((nodes) => nodes.forEach((node) => ((node as HTMLDetailsElement).open = true)));
      await settle();
      await audit(`${label} › 展开`);
    }
    for (const opener of DIALOGS[label] ?? []) {
      await page.getByRole('button', { name: opener, exact: true }).first().click();
      await page.getByRole('dialog').first().waitFor();
      await audit(`${label} › ${opener}`);
      // Tab stays in the dialog, round and round.
      for (let k = 0; k < 25; k++) {
        await page.keyboard.press(k % 5 === 4 ? 'Shift+Tab' : 'Tab');
        if (!(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))))) throw new Error(`a11y: Tab left the "${opener}" dialog after ${k + 1} presses`);
      }
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').first().waitFor({ state: 'detached' });
    }
  }
  await pinByKeyboard(ctx);
  await editByKeyboard(ctx);
  // The English UI: the same views, other words (longer labels, other wrapping).
  await page.locator('.lang-switch select').selectOption('en');
  for (let i = 0; i < views; i++) {
    await nav.nth(i).click();
    await settle();
    await audit(`en: ${((await nav.nth(i).textContent()) ?? '').trim()}`);
  }
  if (found.length > 0) throw new Error(`a11y: ${found.length} WCAG 2.1 AA violation(s) in ${audits} screens:\n${found.join('\n')}`);
  if (audits < 2 * views) throw new Error(`a11y: only ${audits} screens audited`);
  console.log(`  a11y: ${audits} screens, no WCAG 2.1 AA violation`);
}

/**
 * The plan without a mouse: Tab from the navigation into the timeline (one tab stop for all its
 * cards), an arrow key to another wave, Enter to select, Tab to the pin menu, a wave chosen with
 * the arrow keys: the asset is pinned.
 */
async function pinByKeyboard(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const fail = (message: string): never => {
    throw new Error(`a11y keyboard: ${message}`);
  };
  const active = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { card: el?.classList.contains('plan-card') ? (el.dataset.assetId ?? '') : '', testid: el?.dataset.testid ?? '', text: (el?.textContent ?? '').trim().slice(0, 40) };
  });
  const tabUntil = async (found: (a: Awaited<ReturnType<typeof active>>) => boolean, most: number, what: string): Promise<number> => {
    for (let n = 1; n <= most; n++) {
      await page.keyboard.press('Tab');
      if (found(await active())) return n;
    }
    return fail(`${what} not reached in ${most} presses of Tab`);
  };
  const planNav = page.getByRole('navigation').getByRole('button', { name: '迁移计划', exact: true });
  await planNav.focus();
  await page.keyboard.press('Enter');
  await page.locator('main .plan-card').first().waitFor();
  await page.waitForTimeout(500);
  await planNav.focus();
  const toGrid = await tabUntil((a) => a.card !== '', 80, 'a plan card');
  const first = (await active()).card;
  await page.keyboard.press('ArrowRight');
  const moved = (await active()).card;
  if (!moved || moved === first) fail(`the right arrow did not move from ${first}`);
  await page.keyboard.press('Enter');
  const card = page.locator(`main .plan-card[data-asset-id="${moved}"]`);
  if ((await card.getAttribute('aria-pressed')) !== 'true') fail(`Enter did not select ${moved}`);
  const toMenu = await tabUntil((a) => a.testid === 'pin-select', 40, 'the pin menu');
  await page.keyboard.press('ArrowDown');
  await page.locator(`main .plan-card.pinned[data-asset-id="${moved}"]`).waitFor({ timeout: 15_000 }).catch(() => fail(`${moved} was not pinned from the keyboard`));
  console.log(`  a11y keyboard: plan card after ${toGrid} Tab, pin menu ${toMenu} Tab after it, ${moved} pinned`);
}

/**
 * The inventory without a mouse: Tab from the navigation into the table (one tab stop), the arrow
 * keys to a quantity, Enter to edit, a number, Enter to save: the table shows it and the keyboard
 * is back on the cell.
 */
async function editByKeyboard(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const fail = (message: string): never => {
    throw new Error(`a11y keyboard: ${message}`);
  };
  const label = () => page.evaluate(() => ({ role: document.activeElement?.getAttribute('role') ?? '', label: document.activeElement?.getAttribute('aria-label') ?? '' }));
  const nav = page.getByRole('navigation').getByRole('button', { name: '资产清单', exact: true });
  await nav.focus();
  await page.keyboard.press('Enter');
  await page.locator('main [role="row"][data-asset-id]').first().waitFor();
  await nav.focus();
  let tabs = 0;
  while ((await label()).role !== 'gridcell') {
    if (++tabs > 60) fail('the inventory table not reached in 60 presses of Tab');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  for (let k = 0; !(await label()).label.startsWith('数量 '); k++) {
    if (k > 12) fail(`no quantity cell to the right (at "${(await label()).label}")`);
    await page.keyboard.press('ArrowRight');
  }
  const id = (await label()).label.replace(/^数量 (.*): .*$/, '$1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.locator(`main [role="gridcell"][aria-label="数量 ${id}: 7"]`).waitFor({ timeout: 10_000 }).catch(() => fail(`the quantity of ${id} did not become 7`));
  await page.waitForFunction((want) => document.activeElement?.getAttribute('aria-label') === want, `数量 ${id}: 7`, { timeout: 5_000 }).catch(() => fail('the keyboard did not come back to the edited cell'));
  console.log(`  a11y keyboard: inventory table after ${tabs} Tab, quantity of ${id} edited to 7`);
}
