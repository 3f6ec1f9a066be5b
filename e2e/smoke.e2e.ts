/**
 * Smoke journey: the built app loads with no console error, carries the strict CSP (meta in the
 * web build; the desktop shell sends it as a header too), refuses eval, inline scripts and remote
 * fetches, exposes no Node globals, and every navigation entry opens its view.
 */
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`smoke: ${message}`);
};

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;

  // The shell is there and the page title is the Chinese product name.
  const title = await page.title();
  if (!title.includes('信创')) fail(`unexpected title "${title}"`);
  ctx.assertNoErrors();

  // CSP: present, no unsafe-eval, no remote origins.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  if (!csp) fail('the Content-Security-Policy meta is missing');
  const policy = csp ?? '';
  for (const must of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) {
    if (!policy.includes(must)) fail(`CSP lacks ${must}: ${policy}`);
  }
  if (/unsafe-eval|https?:|\*/.test(policy)) fail(`CSP allows eval or remote origins: ${policy}`);

  // The probes below are meant to be refused, and Chromium logs each refusal as a console error.
  ctx.allowErrors(/unsafe-eval|Refused to (evaluate|execute|connect|load)|Content Security Policy|Failed to fetch|ERR_/i);
  const probes = await page.evaluate(async () => {
    // DevTools' evaluate lifts the eval ban while it runs, so probe from a later task.
    const later = <T,>(fn: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(fn()), 0));
    const evalBlocked = await later(() => {
      try {
        (0, eval)('1 + 1');
        return false;
      } catch {
        return true;
      }
    });
    const functionBlocked = await later(() => {
      try {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the probe: CSP must refuse it
        const made = new Function('return 1') as () => number;
        made();
        return false;
      } catch {
        return true;
      }
    });
    const violation = new Promise<boolean>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 2000);
    });
    const w = window as unknown as { __inlineRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.appendChild(script);
    const inlineViolation = await violation;
    script.remove();
    let fetchBlocked = false;
    try {
      await fetch('https://example.com/');
    } catch {
      fetchBlocked = true;
    }
    const g = globalThis as Record<string, unknown>;
    return {
      evalBlocked,
      functionBlocked,
      inlineRan: w.__inlineRan === true,
      inlineViolation,
      fetchBlocked,
      noNode: typeof g.require === 'undefined' && typeof g.process === 'undefined' && typeof g.Buffer === 'undefined',
    };
  });
  if (!probes.evalBlocked) fail('eval ran: the CSP does not block it');
  if (!probes.functionBlocked) fail('new Function ran: the CSP does not block it');
  if (probes.inlineRan || !probes.inlineViolation) fail('an injected inline <script> ran or raised no securitypolicyviolation');
  if (!probes.fetchBlocked) fail('fetch to a remote origin was not blocked');
  if (!probes.noNode) fail('Node globals (require/process/Buffer) are visible in the page');

  // Every navigation entry opens its view without an error banner.
  const nav = page.locator('nav.app-nav button');
  const count = await nav.count();
  if (count < 8) fail(`expected 8 navigation entries, found ${count}`);
  for (let i = 0; i < count; i++) {
    const button = nav.nth(i);
    const label = (await button.textContent())?.trim() ?? `#${i}`;
    await button.click();
    if ((await button.getAttribute('aria-current')) !== 'page') fail(`"${label}" is not marked as the current page`);
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => fail(`view "${label}" is still loading after 15 s`));
    const rendered = await page.locator('main.app-main').evaluate((main) => main.querySelectorAll('*').length);
    if (rendered === 0) fail(`view "${label}" rendered nothing`);
    if ((await page.locator('main .banner-error').count()) > 0) fail(`view "${label}" shows an error banner`);
    ctx.assertNoErrors();
  }
  await ctx.screenshot('smoke-last-view');

  // English is available and switches the navigation.
  await page.locator('.lang-switch select').selectOption('en');
  await page.getByRole('button', { name: /Inventory/i }).first().waitFor({ timeout: 5000 });
  await page.locator('.lang-switch select').selectOption('zh');
  ctx.assertNoErrors();
}
