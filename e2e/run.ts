/**
 * Runs every `e2e/*.e2e.ts` journey in sequence against the built web UI (`npm run e2e` builds it
 * first). Each journey gets a fresh Chromium profile; it fails on a thrown error, on a timeout, or
 * on any unexpected console/page error. Last line: `N passed, N failed`; exit code 1 on failure.
 *
 * Usage: `tsx e2e/run.ts [name-filter ...]` (e.g. `tsx e2e/run.ts smoke forecast`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT, openJourney, startPreview } from './harness';
import type { Journey } from './harness';

const JOURNEY_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180_000);

type Outcome = { name: string; ok: boolean; ms: number; message?: string };

function journeyFiles(filters: string[]): { name: string; path: string }[] {
  const dir = join(ROOT, 'e2e');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort((a, b) => (a === 'smoke.e2e.ts' ? -1 : b === 'smoke.e2e.ts' ? 1 : a.localeCompare(b)))
    .map((f) => ({ name: f.replace(/\.e2e\.ts$/, ''), path: join(dir, f) }))
    .filter((j) => filters.length === 0 || filters.some((flt) => j.name.includes(flt)));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(name: string, path: string, baseUrl: string): Promise<Outcome> {
  const started = performance.now();
  const done = (ok: boolean, message?: string): Outcome => ({ name, ok, ms: Math.round(performance.now() - started), message });
  let mod: { run?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as { run?: unknown };
  } catch (err) {
    return done(false, `cannot load module: ${(err as Error).message}`);
  }
  if (typeof mod.run !== 'function') return done(false, 'the module does not export run(ctx)');
  const run = mod.run as Journey;
  let session: Awaited<ReturnType<typeof openJourney>> | undefined;
  try {
    session = await openJourney(name, baseUrl);
    const { ctx } = session;
    await withTimeout(run(ctx), JOURNEY_TIMEOUT_MS, `journey ${name}`);
    // Let late async errors (e.g. a rejected promise after the last click) surface.
    await ctx.page.waitForTimeout(200);
    ctx.assertNoErrors();
    return done(true);
  } catch (err) {
    if (session) await session.ctx.screenshot(`${name}-failure`).catch(() => undefined);
    const errs = session?.ctx.errors() ?? [];
    const extra = errs.length > 0 ? `\n  console/page errors:\n  ${errs.join('\n  ')}` : '';
    return done(false, `${(err as Error).message ?? String(err)}${extra}`);
  } finally {
    await session?.close();
  }
}

async function main(): Promise<number> {
  const journeys = journeyFiles(process.argv.slice(2));
  if (journeys.length === 0) {
    console.log('no e2e journeys matched');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const preview = await startPreview();
  const outcomes: Outcome[] = [];
  try {
    for (const j of journeys) {
      console.log(`▶ ${j.name}`);
      const outcome = await runOne(j.name, j.path, preview.url);
      outcomes.push(outcome);
      console.log(outcome.ok ? `  ✓ ${j.name} (${outcome.ms} ms)` : `  ✗ ${j.name} (${outcome.ms} ms)\n  ${outcome.message ?? ''}`);
    }
  } finally {
    await preview.stop();
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack ?? err.message : String(err));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
