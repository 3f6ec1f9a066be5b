import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { decodeText } from '../io';
import type { ProjectFile } from '../model';
import { planProject } from '../planner';
import { buildAddressIndex, decideProposals, DISCOVERY_KEY, importAddressCsv, parseFirewallExport, parseSocketTable, proposeDependencies, readDiscovery } from '.';
import { withExtension } from '../io/extensions';
import type { Flow } from '.';
import { placementOf } from '../planner/placements';

const DIR = join(__dirname, '../../fixtures/discovery');
const sample = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const text = (name: string) => decodeText(bytes(name)).text;
const ok = <T>(parsed: { ok: true; value: T } | { ok: false; issues: unknown[] }): T => {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

const addresses = ok(importAddressCsv(bytes('addresses.csv'), 'addresses.csv', new Set(sample.assets.map((a) => a.id))));
const index = buildAddressIndex(sample.assets, addresses);
const flows: Flow[] = [
  ...ok(parseSocketTable(text('netstat-his-app-01-zh.txt'), 'netstat-his-app-01-zh.txt', '2027-03-03T10:00:00')),
  ...ok(parseSocketTable(text('ss-emr-app-01.txt'), 'ss-emr-app-01.txt', '2027-03-03T10:05:00')),
  ...ok(parseFirewallExport(text('fortigate-dc-traffic.csv'), 'fortigate-dc-traffic.csv')),
  ...ok(parseFirewallExport(text('paloalto-yb-traffic.csv'), 'paloalto-yb-traffic.csv')),
  ...ok(parseFirewallExport(text('sangfor-dy-sessions-gbk.csv'), 'sangfor-dy-sessions-gbk.csv')),
  ...ok(parseFirewallExport(text('huawei-usg-session-table.txt'), 'huawei-usg-session-table.txt', '2027-03-06T09:00:00')),
];

describe('socket tables', () => {
  it('reads Chinese-locale netstat -ano (GB18030): the listening side serves, loopback and UDP are left out', () => {
    const netstat = flows.filter((f) => f.source.startsWith('netstat'));
    expect(netstat.find((f) => f.clientIp === '10.20.8.21')).toMatchObject({ serverIp: '10.10.20.11', port: 80, count: 1 });
    expect(netstat.find((f) => f.serverIp === '10.10.30.11')).toMatchObject({ clientIp: '10.10.20.11', port: 1972, count: 3 });
    expect(netstat.filter((f) => f.clientIp === '10.20.1.88')[0]!.count).toBe(2);
    expect(netstat.some((f) => f.clientIp.startsWith('127.'))).toBe(false);
  });

  it('reads ss with IPv4-mapped addresses and old-style process columns', () => {
    const ss = flows.filter((f) => f.source.startsWith('ss-'));
    expect(ss.find((f) => f.clientIp === '10.20.1.15')).toMatchObject({ serverIp: '10.10.20.51', port: 8001 });
    expect(ss.find((f) => f.serverIp === '10.10.21.21')).toMatchObject({ clientIp: '10.10.20.51', port: 80, count: 2 });
  });

  it('refuses text that is no socket table', () => {
    const bad = parseSocketTable('hello\nworld', 'notes.txt');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ code: 'sockets-empty', file: 'notes.txt' });
  });
});

describe('firewall exports', () => {
  it('reads FortiGate, Palo Alto, 深信服 (GB18030, title row) and Huawei session tables, without denied traffic', () => {
    const forti = flows.filter((f) => f.source.startsWith('fortigate'));
    expect(forti.find((f) => f.clientIp === '10.30.1.21')).toMatchObject({ count: 2, first: '2027-03-01T08:02:11', last: '2027-03-03T14:40:02' });
    expect(forti.some((f) => f.clientIp === '10.30.1.99')).toBe(false);
    const pa = flows.filter((f) => f.source.startsWith('paloalto'));
    expect(pa.find((f) => f.serverIp === '192.168.100.10')).toMatchObject({ port: 7001, count: 45, first: '2027-03-01T08:30:12', last: '2027-03-04T17:10:40' });
    expect(pa).toHaveLength(2);
    const sangfor = flows.filter((f) => f.source.startsWith('sangfor'));
    expect(sangfor.find((f) => f.clientIp === '10.30.1.31')).toMatchObject({ count: 56 });
    expect(sangfor.some((f) => f.serverIp === '10.10.30.11')).toBe(false);
    expect(flows.filter((f) => f.source.startsWith('huawei'))).toHaveLength(3);
  });

  it('names the row of an unreadable port', () => {
    const bad = parseFirewallExport('源IP,目的IP,目的端口\n10.0.0.1,10.0.0.2,abc\n', 'fw.csv');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ file: 'fw.csv', row: 2, field: '目的端口', value: 'abc' });
  });
});

describe('dependency proposals for the tertiary sample', () => {
  const { proposals, unmatched } = proposeDependencies(sample, flows, index);
  const find = (from: string, to: string) => proposals.find((p) => p.from === from && p.to === to);

  it("proposes HIS's dependencies with their evidence, marking the ones already known", () => {
    expect(find('APP-HIS', 'DB-HIS-01')).toMatchObject({ kind: 'runs-on', status: 'exists' });
    expect(find('APP-HIS', 'DB-HIS-01')!.evidence).toMatchObject({ ports: [1972], count: 4, sources: ['huawei-usg-session-table.txt', 'netstat-his-app-01-zh.txt'] });
    expect(find('APP-HIS', 'APP-PLAT')).toMatchObject({ kind: 'integrates-with', status: 'exists' });
    expect(find('APP-EMR', 'APP-HIS')).toMatchObject({ kind: 'integrates-with', status: 'exists' });
    expect(find('TRM-DY-OPD-DOC', 'APP-HIS')).toMatchObject({ kind: 'connects-to', status: 'exists' });
    expect(find('TRM-DY-OPD-DOC', 'APP-HIS')!.evidence.count).toBe(3 + 56);
    expect(find('APP-CPOE', 'DB-HIS-01')).toMatchObject({ kind: 'runs-on', status: 'exists' });
    // New: what the hospital had not written down.
    expect(find('APP-HIS', 'APP-LIS')).toMatchObject({ kind: 'integrates-with', status: 'new' });
    expect(find('APP-HIS', 'APP-LIS')!.evidence.ports).toEqual([8080]);
    expect(find('TRM-BB-LAB', 'APP-HIS')).toMatchObject({ kind: 'connects-to', status: 'new' });
    expect(find('APP-EMR', 'APP-PACS')).toMatchObject({ kind: 'integrates-with', status: 'new' });
    expect(find('APP-HIS', 'APP-INS')).toMatchObject({ status: 'reverse-exists' });
    expect(proposals[0]!.status).toBe('new');
  });

  it('lists addresses that match no asset (the 医保 platform, the ops PC)', () => {
    expect(unmatched.map((u) => u.ip)).toEqual(expect.arrayContaining(['192.168.100.10', '10.99.1.5', '10.20.30.5']));
  });

  it('accepting proposals changes the graph and the plan; rejected ones are not proposed again', () => {
    const fresh = proposals.filter((p) => p.status === 'new').map((p) => p.id);
    const decided = decideProposals(sample.dependencies, proposals, fresh, []);
    expect(decided.added.length).toBe(fresh.length);
    expect(decided.dependencies).toContainEqual({ from: 'TRM-BB-LAB', to: 'APP-HIS', kind: 'connects-to' });
    expect(decideProposals(decided.dependencies, proposals, fresh, []).added).toEqual([]);
    const before = planProject(sample);
    const after = planProject({ ...sample, dependencies: decided.dependencies });
    const moved = sample.assets.filter((a) => placementOf(before, a.id)?.wave !== placementOf(after, a.id)?.wave);
    expect(moved.length).toBeGreaterThan(0);
    // The lab terminals now serve HIS (core): they must be domestic before HIS's cut-over.
    expect(placementOf(after, 'TRM-BB-LAB')!.wave).toBeLessThan(placementOf(after, 'APP-HIS')!.wave);

    const rejectedId = proposals.find((p) => p.from === 'APP-EMR' && p.to === 'APP-PACS')!.id;
    const stored = withExtension(sample, DISCOVERY_KEY, { addresses, rejected: decideProposals(sample.dependencies, proposals, [], [rejectedId]).rejected });
    const section = ok(readDiscovery(stored));
    const again = proposeDependencies(sample, flows, index, section.rejected);
    expect(again.proposals.find((p) => p.id === rejectedId)!.status).toBe('rejected');
  });

  it('address import names unknown assets and bad addresses by row', () => {
    const ids = new Set(['APP-HIS']);
    const bad = importAddressCsv(new TextEncoder().encode('资产编号,IP地址\nAPP-HIS,10.0.0.300\nAPP-X,10.0.0.1\n'), 'a.csv', ids);
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => [i.row, i.code])).toEqual([[2, 'addresses-bad-ip'], [3, 'addresses-unknown-asset']]);
  });
});
