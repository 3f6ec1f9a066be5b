import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CATEGORIES, DEPENDENCY_KINDS, ORIGINS, STATUSES, TIERS } from '../model';
import type { Asset, ProjectFile } from '../model';
import { IMPORT_LIMITS } from './limits';
import { parseProjectFileText, serializeProjectFile } from './project';

const word = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const asset = (id: string): fc.Arbitrary<Asset> =>
  fc.record(
    {
      id: fc.constant(id),
      name: word,
      category: fc.constantFrom(...CATEGORIES),
      quantity: fc.integer({ min: 1, max: 1_000_000 }),
      vendor: fc.string({ maxLength: 20 }),
      product: fc.string({ maxLength: 20 }),
      origin: fc.constantFrom(...ORIGINS),
      tier: fc.constantFrom(...TIERS),
      securityLevel: fc.integer({ min: 1, max: 5 }),
      endOfSupport: isoDate,
      status: fc.constantFrom(...STATUSES),
      unitCost: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      notes: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: ['id', 'name', 'category', 'quantity'] },
  );

const project: fc.Arbitrary<ProjectFile> = fc.uniqueArray(word, { minLength: 1, maxLength: 12 }).chain((ids) =>
  fc.record({
    format: fc.constant('xcplan' as const),
    version: fc.constant(1 as const),
    project: fc.record({ name: word, province: fc.constantFrom('安徽', '湖北'), startDate: isoDate, horizonYears: fc.integer({ min: 1, max: 30 }), waveMonths: fc.integer({ min: 1, max: 24 }) }),
    assets: fc.tuple(...ids.map(asset)),
    dependencies: fc
      .uniqueArray(fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), kind: fc.constantFrom(...DEPENDENCY_KINDS) }), {
        maxLength: 20,
        selector: (dep) => `${dep.from}|${dep.to}|${dep.kind}`,
      })
      .map((deps) => deps.filter((dep) => dep.from !== dep.to)),
    scenario: fc.record({ name: word, capacityPerWave: fc.integer({ min: 1, max: 1000 }), maxCoreCutoversPerWave: fc.integer({ min: 1, max: 3 }), freezeMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 })), pins: fc.constant({}) }),
  }),
);

describe('project file text', () => {
  it('round-trips: parse(serialize(p)) deep-equals p (property)', () => {
    fc.assert(
      fc.property(project, (p) => {
        const parsed = parseProjectFileText(serializeProjectFile(p), 'p.xcplan.json');
        expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        expect(parsed.ok && parsed.value).toEqual(p);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects __proto__/constructor keys anywhere and never pollutes Object.prototype (R-I7)', () => {
    const text = '{"format":"xcplan","version":1,"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3},"assets":[],"dependencies":[],"extensions":{"a":{"__proto__":{"polluted":1}}}}';
    const parsed = parseProjectFileText(text, 'p.json');
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'forbidden-key', field: 'extensions.a.__proto__' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports invalid JSON and oversized text with the limit', () => {
    expect(parseProjectFileText('{"format":', 'p.json')).toMatchObject({ ok: false, issues: [{ code: 'invalid-json', file: 'p.json' }] });
    const big = `{"x":"${'a'.repeat(21 * 1024 * 1024)}"}`;
    const result = parseProjectFileText(big, 'big.json', 20 * 1024 * 1024);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'file-too-large' }] });
    expect(result.issues[0]!.message.zh).toContain('> 20 MB');
  });

  it('reads a project file larger than the 20 MB list cap (a 100k-asset export is about 54 MB)', () => {
    const base = '{"format":"xcplan","version":1,"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3},"assets":[],"dependencies":[]';
    const padded = `${base},"extensions":{"note":"${'a'.repeat(21 * 1024 * 1024)}"}}`;
    const result = parseProjectFileText(padded, 'big.xcplan.json');
    expect(result.ok).toBe(true);
    expect(IMPORT_LIMITS.projectBytes).toBeGreaterThan(54 * 1024 * 1024);
  });

  it('ignores a BOM', () => {
    const p = { format: 'xcplan', version: 1, project: { name: 'x', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 }, assets: [], dependencies: [] };
    expect(parseProjectFileText(`\uFEFF${JSON.stringify(p)}`, 'p.json').ok).toBe(true);
  });
});
