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
});
