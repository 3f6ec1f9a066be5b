import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { captureIo } from '../testIo';
import { command as plan } from './plan';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SECONDARY = join(ROOT, 'fixtures', 'sample-secondary.xcplan.json');

describe('xcplan plan: retirements', () => {
  it('names a system whose dual track ends apart from an old shared platform, and lists what goes after the last wave', async () => {
    const { io, out } = captureIo();
    expect(await plan.run([SECONDARY], io)).toBe(0);
    const text = out.join('\n');
    // A core system's old version goes when its dual track ends; it is not a platform.
    expect(text).toMatch(/双轨结束，下线原系统 APP-INS 医保结算系统（\d{4}-\d{2}-\d{2}）/);
    expect(text).not.toMatch(/下线原平台 APP-/);
    expect(text).toMatch(/下线原平台 DB-OA-01 OA 数据库/);
    // HIS is the last cut-over: its dual track and the shared VMware cluster end after the plan.
    const after = text.slice(text.indexOf('规划期后'));
    expect(text).toContain('规划期后（最后的双轨运行结束）');
    expect(after).toMatch(/下线原系统 APP-HIS/);
    expect(after).toMatch(/下线原平台 VIRT-01 VMware 虚拟化集群/);
    const en = captureIo('en');
    await plan.run([SECONDARY], en.io);
    expect(en.out.join('\n')).toMatch(/After the plan \(the last dual tracks end\)\n\s+\d{4}-\d{2}-\d{2} {2}old system retired APP-HIS/);
  });
});
