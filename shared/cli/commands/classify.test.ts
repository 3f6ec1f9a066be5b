import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { captureIo } from '../testIo';
import { command as classify } from './classify';

const REAL = join(__dirname, '../../../fixtures/real-shaped');

describe('xcplan classify on asset lists (issue 14)', () => {
  it('--json prints JSON even when the list has errors', async () => {
    const io = captureIo();
    const code = await classify.run([join(REAL, 'ledger-it-dept-bad-row.xlsx'), '--json'], io);
    expect(code).toBe(1);
    const out = JSON.parse(io.out.join('\n')) as { ok: boolean; issues: { code: string; row?: number }[] };
    expect(out.ok).toBe(false);
    expect(out.issues).toContainEqual(expect.objectContaining({ code: 'not-a-number', row: 10 }));
  });

  it('classifies a tool export read through its profile', async () => {
    const io = captureIo();
    expect(await classify.run([join(REAL, 'netbox4-devices.csv'), '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out.join('\n')) as { id: string; category: string }[];
    expect(rows.map((row) => [row.id, row.category])).toContainEqual(['NB-0002', 'security-appliance']);
  });

  it('names the matched product in the language asked for, and gives its catalogue id in --json', async () => {
    const sample = join(__dirname, '../../../fixtures/sample-tertiary.xcplan.json');
    const zh = captureIo();
    expect(await classify.run([sample], zh)).toBe(0);
    expect(zh.out.find((l) => l.startsWith('STO-XC-01'))).toMatch(/华为 OceanStor$/);
    const en = captureIo('en');
    expect(await classify.run([sample], en)).toBe(0);
    expect(en.out.find((l) => l.startsWith('STO-BAK-01'))).toMatch(/ MacroSAN$/);
    expect(en.out.find((l) => l.startsWith('NET-SAN-BB'))).toMatch(/ Brocade Fibre Channel switches$/);
    const json = captureIo();
    expect(await classify.run([sample, '--json'], json)).toBe(0);
    const rows = JSON.parse(json.out.join('\n')) as { id: string; match: { entryId: string } | null }[];
    expect(rows.find((r) => r.id === 'NET-SAN-BB')!.match!.entryId).toBe('network.brocade');
  });
});
