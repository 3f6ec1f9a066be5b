import { describe, expect, it } from 'vitest';

import { formatIssue, validateProjectFile } from './index';

const base = () => ({
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', province: '安徽', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 },
  assets: [
    { id: 'APP-HIS', name: 'HIS', category: 'application', quantity: 1, tier: 'core' },
    { id: 'SRV-001', name: 'HIS 数据库服务器', category: 'server', quantity: 1 },
  ],
  dependencies: [{ from: 'APP-HIS', to: 'SRV-001', kind: 'runs-on' }],
});

describe('validateProjectFile', () => {
  it('accepts a well-formed project', () => {
    const result = validateProjectFile(base(), 'h.xcplan.json');
    expect(result.ok).toBe(true);
  });

  it('names the row and field of a bad quantity', () => {
    const raw = base();
    (raw.assets[1] as Record<string, unknown>).quantity = 'abc';
    const result = validateProjectFile(raw, 'h.xcplan.json');
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.field === 'quantity');
    expect(issue).toMatchObject({ row: 2, section: 'assets', file: 'h.xcplan.json', value: 'abc' });
    expect(formatIssue(issue!, 'zh')).toContain('第 2 行');
  });

  it('reports duplicate ids and dangling references', () => {
    const raw = base();
    raw.assets.push({ id: 'SRV-001', name: 'dup', category: 'server', quantity: 1 });
    raw.dependencies.push({ from: 'APP-HIS', to: 'NOPE', kind: 'runs-on' });
    const result = validateProjectFile(raw, 'h.xcplan.json');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code).sort()).toEqual(['dangling-reference', 'duplicate-id']);
  });

  it('rejects __proto__ keys without polluting Object.prototype', () => {
    const raw = JSON.parse('{"format":"xcplan","version":1,"__proto__":{"polluted":1},"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3},"assets":[],"dependencies":[]}') as unknown;
    const result = validateProjectFile(raw, 'evil.json');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects impossible dates', () => {
    const raw = base();
    (raw.assets[0] as Record<string, unknown>).endOfSupport = '2027-02-30';
    const result = validateProjectFile(raw, 'h.xcplan.json');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.field).toBe('endOfSupport');
  });
});
