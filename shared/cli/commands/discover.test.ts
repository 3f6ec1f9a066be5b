import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProjectFile } from '../../model';
import { captureIo } from '../testIo';
import { command as discover } from './discover';

const FIX = join(__dirname, '../../../fixtures');
const SAMPLE = join(FIX, 'sample-tertiary.xcplan.json');
const D = (name: string) => join(FIX, 'discovery', name);

describe('xcplan discover', () => {
  it('proposes from a socket table and a firewall export, and --accept-new writes the edges and addresses', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xcplan-discover-')), 'p.xcplan.json');
    const io = captureIo();
    const code = await discover.run([SAMPLE, '--addresses', D('addresses.csv'), D('netstat-his-app-01-zh.txt'), D('sangfor-dy-sessions-gbk.csv'), '--accept-new', '--out', out], io);
    expect(code).toBe(0);
    expect(io.out[0]).toMatch(/^\[新\] TRM-BB-LAB → APP-HIS \(connects-to\) {2}端口 80 {2}次数 2/);
    expect(io.out).toContainEqual(expect.stringMatching(/^\[新\] APP-HIS → APP-LIS \(integrates-with\) {2}端口 8080/));
    expect(io.out).toContainEqual('未识别地址 10.99.1.5 (server) 端口 9000 ×1');
    expect(io.err).toEqual([`已写入 ${out}：新增 2 条依赖`]);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ProjectFile;
    expect(written.dependencies).toContainEqual({ from: 'APP-HIS', to: 'APP-LIS', kind: 'integrates-with' });
    expect((written.extensions?.['discovery'] as { addresses: Record<string, unknown> }).addresses['DB-HIS-01']).toEqual({ ips: ['10.10.30.11'], hosts: ['his-db-01'], ports: [1972] });
  });

  it('usage errors: no capture, --out without --accept-new, no addresses', async () => {
    await expect(discover.run([SAMPLE], captureIo())).rejects.toThrow(/capture|抓取/);
    await expect(discover.run([SAMPLE, D('ss-emr-app-01.txt'), '--out', 'x.json'], captureIo())).rejects.toThrow(/--accept-new/);
    await expect(discover.run([SAMPLE, D('ss-emr-app-01.txt')], captureIo('en'))).rejects.toThrow(/no addresses/);
  });
});
