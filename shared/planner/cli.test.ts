import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { command as plan } from '../cli/commands/plan';
import { captureIo } from '../cli/testIo';
import { UsageError } from '../cli/types';
import type { ProjectFile } from '../model';
import { displayWidth } from '../io/export';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json');

let dir: string;
let sample: ProjectFile;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xcplan-plan-'));
  sample = JSON.parse(await readFile(SAMPLE, 'utf8')) as ProjectFile;
  const broken = { ...sample, assets: [...sample.assets, { ...sample.assets[0]!, quantity: -3 }] };
  await writeFile(join(dir, 'broken.xcplan.json'), JSON.stringify(broken));
  await writeFile(join(dir, 'fast.json'), JSON.stringify({ ...sample.scenario!, name: '快速', capacityPerWave: 5000, maxCoreCutoversPerWave: 4, freezeWindows: [] }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('xcplan plan', () => {
  it('lines up its columns however long a name is (CJK counted as two cells)', async () => {
    const { io, out } = captureIo();
    expect(await plan.run([SAMPLE], io)).toBe(0);
    const names = new Map(sample.assets.map((a) => [a.id, a.name]));
    // Unit lines: "  ★ ID  name  kind  reason"; the kind column starts at the same cell on every one.
    const starts = new Set<number>();
    for (const line of out.join('\n').split('\n')) {
      const match = /^ {2}[ ★] (\S+)/.exec(line);
      const name = match ? names.get(match[1]!) : undefined;
      if (!name) continue;
      const after = line.indexOf(name, match![0].length) + name.length;
      const kind = after + (/^ +/.exec(line.slice(after))?.[0].length ?? 0);
      starts.add(displayWidth(line.slice(0, kind)));
    }
    expect(starts.size).toBe(1);
    // The sample's longest unit name (SQL Server 共享库服务器操作系统) fits its column.
    expect([...starts][0]).toBeGreaterThan(4 + displayWidth('DB-MYSQL-SHARE-01') + displayWidth('SQL Server 共享库服务器操作系统'));
  });

  it('--json prints exactly the contract, covering every asset', async () => {
    const { io, out } = captureIo();
    expect(await plan.run([SAMPLE, '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('\n')) as Record<string, unknown> & { waves: Record<string, unknown>[]; placements: Record<string, { wave: number; reason: { code: string } }>; metrics: Record<string, number> };
    for (const key of ['waves', 'placements', 'bundles', 'unscheduled', 'metrics']) expect(result).toHaveProperty(key);
    expect(Object.keys(result.waves[0]!)).toEqual(expect.arrayContaining(['index', 'start', 'end', 'assets', 'effort', 'cost']));
    expect(result.waves[0]).toMatchObject({ index: 1, start: '2027-01-01', end: '2027-03-31' });
    expect(Object.keys(result.metrics)).toEqual(expect.arrayContaining(['waves', 'lowerBound', 'assetsPlanned', 'effortTotal', 'costTotal']));
    expect(Object.keys(result.placements).sort()).toEqual(sample.assets.map((a) => a.id).sort());
    expect(result.metrics.waves).toBeLessThanOrEqual(Math.ceil(result.metrics.lowerBound! * 1.2));
  });

  it('prints a table per wave with a summary against the lower bound', async () => {
    const { io, out } = captureIo();
    expect(await plan.run([SAMPLE], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/第 1 批 {2}2027-01-01 至 2027-03-31 {2}工作量 [\d.]+\/600 人天/);
    expect(text).toMatch(/汇总：\d+ 个批次，下界 \d+（比值 [\d.]+/);
    expect(text).toContain('APP-HIS');
    const en = captureIo('en');
    await plan.run([SAMPLE], en.io);
    expect(en.out.join('\n')).toMatch(/Summary: \d+ waves, lower bound \d+/);
  });

  it('--csv prints one formula-safe row per asset', async () => {
    const { io, out } = captureIo('en');
    expect(await plan.run([SAMPLE, '--csv'], io)).toBe(0);
    const lines = out.join('\n').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,name,category,quantity,tier,wave,start,end,reason_code,reason,blocked_by,cutover_month');
    expect(lines).toHaveLength(sample.assets.length + 1);
  });

  it('applies --scenario', async () => {
    const base = captureIo();
    await plan.run([SAMPLE, '--json'], base.io);
    const fast = captureIo();
    expect(await plan.run([SAMPLE, '--scenario', join(dir, 'fast.json'), '--json'], fast.io)).toBe(0);
    const waves = (o: string[]) => (JSON.parse(o.join('\n')) as { metrics: { waves: number } }).metrics.waves;
    expect(waves(fast.out)).toBeLessThan(waves(base.out));
  });

  it('prints the errors of a bad file and no plan, exit 1', async () => {
    const { io, out, err } = captureIo();
    expect(await plan.run([join(dir, 'broken.xcplan.json'), '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('broken.xcplan.json');
    const missing = captureIo();
    expect(await plan.run([join(dir, 'nope.xcplan.json')], missing.io)).toBe(1);
    await expect(plan.run([SAMPLE, '--json', '--csv'], captureIo().io)).rejects.toBeInstanceOf(UsageError);
    // No project file at all is a usage error (exit code 2), as in the other commands.
    await expect(plan.run([], captureIo().io)).rejects.toBeInstanceOf(UsageError);
  });
});
