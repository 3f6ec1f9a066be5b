import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkReferences, dedupeDependencies, formatIssue, isIsoDate, validateProjectFile } from './index';
import type { Asset, Dependency } from './index';
import { DEPENDENCY_KINDS } from './types';

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

describe('isIsoDate', () => {
  /** The calendar's own answer: the date the runtime makes of the three numbers is the same date. */
  const byCalendar = (text: string): boolean => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('accepts every day the calendar has and no other, leap years included', () => {
    for (const y of [100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isIsoDate(text), text).toBe(byCalendar(text));
        }
      }
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses other shapes: two-digit years, other separators, non-ASCII digits, padding', () => {
    for (const text of ['0050-01-01', '0000-01-01', '2024/01/01', '2024-1-01', '2024-01-1', ' 2024-01-01', '2024-01-01 ', '２０２４-01-01', '2024-01-0a', '', '2024-01-01T00:00']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('agrees with the calendar on any ten characters', () => {
    const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', 'a', '٣');
    fc.assert(fc.property(fc.array(char, { minLength: 10, maxLength: 10 }), (chars) => isIsoDate(chars.join('')) === byCalendar(chars.join(''))), { numRuns: 20_000 });
  });
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

  it('names the row and field of a scale it does not know, and keeps a known one', () => {
    const raw = base();
    (raw.assets[0] as Record<string, unknown>).scale = 'huge';
    const bad = validateProjectFile(raw, 'h.xcplan.json');
    expect(bad.ok).toBe(false);
    expect(bad.issues.find((i) => i.field === 'scale')).toMatchObject({ row: 1, section: 'assets', file: 'h.xcplan.json', value: 'huge' });
    (raw.assets[0] as Record<string, unknown>).scale = 'large';
    const good = validateProjectFile(raw, 'h.xcplan.json');
    expect(good.ok && good.value.assets[0]!.scale).toBe('large');
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

describe('duplicate dependencies', () => {
  const textKey = (dep: Dependency) => `${dep.from}\u0000${dep.to}\u0000${dep.kind}`;
  // Ids of a few assets plus some nobody has, so known and dangling ends mix.
  const ids = ['A', 'B', 'C', 'D', 'E'];
  const edges = fc.array(fc.record({ from: fc.constantFrom(...ids, 'X', 'Y'), to: fc.constantFrom(...ids, 'X', 'Y'), kind: fc.constantFrom(...DEPENDENCY_KINDS, 'other' as Dependency['kind']) }), { maxLength: 60 });

  it('drops exactly the repeats of an edge, keeping the first, and warns about each (property)', () => {
    const assets: Asset[] = ids.map((id) => ({ id, name: id, category: 'server', quantity: 1 }));
    fc.assert(
      fc.property(edges, (deps) => {
        const seen = new Set<string>();
        const repeats: number[] = [];
        const kept = deps.filter((dep, index) => {
          if (seen.has(textKey(dep))) return (repeats.push(index + 1), false);
          seen.add(textKey(dep));
          return true;
        });
        expect(dedupeDependencies(deps)).toEqual(kept);
        const warned = checkReferences(assets, deps, 'f.xcplan.json').filter((issue) => issue.code === 'duplicate-dependency');
        expect(warned.map((issue) => issue.row)).toEqual(repeats);
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart assets of two sheets that share row numbers', () => {
    const assets: Asset[] = ['S1-A', 'S1-B', 'S2-A', 'S2-B'].map((id) => ({ id, name: id, category: 'server', quantity: 1 }));
    const deps: Dependency[] = [
      { from: 'S1-A', to: 'S1-B', kind: 'runs-on' },
      { from: 'S2-A', to: 'S2-B', kind: 'runs-on' },
    ];
    const issues = checkReferences(assets, deps, 'f.xlsx', { assetRows: [2, 3, 2, 3] });
    expect(issues).toEqual([]);
  });

  it('keeps a file with no repeated edge as it is, and merges the repeats of one that has them', () => {
    const raw = base();
    expect(validateProjectFile(raw, 'h.xcplan.json')).toMatchObject({ ok: true, value: { dependencies: raw.dependencies } });
    raw.dependencies.push({ ...raw.dependencies[0]! });
    const result = validateProjectFile(raw, 'h.xcplan.json');
    expect(result).toMatchObject({ ok: true, value: { dependencies: [raw.dependencies[0]] } });
    expect(result.issues).toMatchObject([{ code: 'duplicate-dependency', row: 2, severity: 'warning' }]);
  });
});
