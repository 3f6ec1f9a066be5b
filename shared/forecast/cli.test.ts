import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { command as forecast } from '../cli/commands/forecast';
import { command as market } from '../cli/commands/market';
import { asset, buildPlan, buildProject } from './testBuild';
import { captureIo } from '../cli/testIo';
import { planJson } from '../planner/placements';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xcplan-forecast-'));
  const project = buildProject([asset('PC', 'terminal', 100), asset('FW', 'security-appliance', 1)], { budgetPerYear: 2_000_000 });
  await writeFile(join(dir, 'h.xcplan.json'), JSON.stringify(project));
  await writeFile(join(dir, 'plan.json'), JSON.stringify(planJson(buildPlan({ PC: 2025, FW: 2026 }, [2025, 2026]))));
  await writeFile(join(dir, 'bad-book.xcplan.json'), JSON.stringify({ ...project, extensions: { priceBook: { items: { 'os-desktop': { price: { low: 9, base: 1, high: 2 } } } } } }));
  await writeFile(join(dir, 'assumptions.json'), JSON.stringify({ cpu: { terminal: { price: 3000, annualChange: -0.05, supportRate: 0 }, server: { price: 60000, annualChange: -0.05, supportRate: 0 } } }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('xcplan forecast', () => {
  test('--json prints the contract shape with amounts in yuan', async () => {
    const { io, out } = captureIo();
    expect(await forecast.run([join(dir, 'h.xcplan.json'), '--plan', join(dir, 'plan.json'), '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { currency: string; years: Record<string, number>[] };
    expect(json.currency).toBe('CNY');
    expect(Object.keys(json.years[0]!)).toEqual(['year', 'os', 'cpu', 'database', 'middleware', 'security', 'application', 'other', 'total', 'low', 'high', 'coverage', 'securityShare', 'oneOff', 'recurring', 'support', 'dualTrack', 'assessments', 'change', 'savings', 'net', 'securityShortfall', 'coverageBy', 'highOverBudget']);
    // One-off purchases at the year's prices, plus training for the 100 terminals moved (shared/change: 150 yuan each).
    expect(json.years[0]).toMatchObject({ year: 2025, os: 60_000, cpu: 600_000, security: 0, oneOff: 660_000, change: 15_000, total: 675_000, recurring: 0, savings: 0 });
    expect(json.years[0]!.securityShortfall).toBe(Math.ceil((0.05 * 675_000) / 0.95));
    expect(json.years[1]).toMatchObject({ year: 2026, security: 95_000, oneOff: 95_000, total: 95_000, securityShare: 1, securityShortfall: 0 });
  });

  test('--budget says what the cap costs in time, in the table and in --json; without --budget the JSON has no such key', async () => {
    const sample = join(import.meta.dirname, '../../fixtures/sample-secondary.xcplan.json');
    let { io, out } = captureIo();
    expect(await forecast.run([sample, '--budget'], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^预算测算：按每年 400\.0 万元的预算上限，规划于 \d{4}-\d{2}-\d{2} 完成（\d+ 批）；.*每年约需 [\d,]+\.\d 万元/);
    ({ io, out } = captureIo());
    expect(await forecast.run([sample, '--budget', '--json'], io)).toBe(0);
    const need = (JSON.parse(out.join('\n')) as { budgetNeed: { cap: number; capped: { waves: number }; unconstrained: { waves: number }; needed: number } }).budgetNeed;
    expect(need.cap).toBe(4_000_000);
    expect(need.unconstrained.waves).toBeLessThan(need.capped.waves);
    expect(need.needed).toBeGreaterThan(need.cap);
    ({ io, out } = captureIo());
    expect(await forecast.run([sample, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).not.toHaveProperty('budgetNeed');
  });

  test('the table is in 万元 and flags years below the 5% security minimum', async () => {
    const { io, out } = captureIo();
    expect(await forecast.run([join(dir, 'h.xcplan.json'), '--plan', join(dir, 'plan.json')], io)).toBe(0);
    expect(out[0]).toBe('单位：万元');
    expect(out.some((l) => l.startsWith('2025\t6.0\t60.0\t'))).toBe(true);
    expect(out.some((l) => l.includes('2025') && l.includes('国卫规划发'))).toBe(true);
  });

  test('an invalid price book is reported with its section and field, and nothing is printed', async () => {
    const { io, out, err } = captureIo('en');
    expect(await forecast.run([join(dir, 'bad-book.xcplan.json'), '--plan', join(dir, 'plan.json'), '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/bad-book\.xcplan\.json extensions\.priceBook field items\.os-desktop\.price/);
  });

  test('a missing plan file is a clear error', async () => {
    const { io, err } = captureIo('en');
    expect(await forecast.run([join(dir, 'h.xcplan.json'), '--plan', join(dir, 'nope.json')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/nope\.json: cannot read the plan/);
  });
});

describe('xcplan market', () => {
  test('--json prints 2022–2027 at least, in yuan, with the seed points', async () => {
    const { io, out } = captureIo();
    expect(await market.run(['--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { unit: string; years: { year: number; os: number; cpu: number }[]; seed: { points: { within: boolean }[] } };
    expect(json.unit).toBe('CNY');
    expect(json.years.map((y) => y.year)).toEqual(expect.arrayContaining([2022, 2023, 2024, 2025, 2026, 2027]));
    expect(json.seed.points).toHaveLength(5);
    expect(json.seed.points.every((p) => p.within)).toBe(true);
  });

  test('edited assumptions change the figures and the comparison shows the miss', async () => {
    const { io, out } = captureIo('en');
    expect(await market.run(['--assumptions', join(dir, 'assumptions.json')], io)).toBe(0);
    expect(out.some((l) => l.startsWith('✗') && l.includes('52.19 billion'))).toBe(true);
  });
});
