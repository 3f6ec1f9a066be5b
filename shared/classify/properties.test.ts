import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CATEGORIES, VENDOR_ORIGINS } from '../model';

const ORIGINS = ['domestic', 'foreign', 'unknown'] as const;
import type { Asset } from '../model';
import { classifyAsset } from './classifier';
import { applySuggestions, suggestClassifications } from './suggest';

const messyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('Oracle 11g', '银河麒麟V10', 'ｗｉｎｄｏｗｓ　１０', 'Dell R740', '海光', 'sql  server', '', '\u0000\uFFFF', '𠀀𠀁 Kylin'),
);

const rowArb = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    name: messyText,
    vendor: messyText,
    product: messyText,
    cpu: messyText,
    os: messyText,
    category: fc.constantFrom(...CATEGORIES),
    vendorOrigin: fc.constantFrom(...VENDOR_ORIGINS),
  },
  { requiredKeys: ['id'] },
);

describe('classification properties', () => {
  it('never throws and always returns a valid origin and a confidence in 0..1', () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const result = classifyAsset(row);
        expect(ORIGINS).toContain(result.origin);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        if (result.category !== undefined) expect(CATEGORIES).toContain(result.category);
      }),
      { numRuns: 500 },
    );
  });

  it('survives values of the wrong type from untrusted files', () => {
    const weird = [{ name: 42 }, { name: null }, { vendor: {} }, { cpu: ['x'] }, { category: 'nonsense' }] as unknown as Partial<Asset>[];
    for (const row of weird) expect(() => classifyAsset(row)).not.toThrow();
  });

  it('never proposes or applies a change to a field the user set', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), (rows) => {
        const assets = rows.map((row, i) => ({ ...row, id: `${row.id}-${i}` })) as Partial<Asset>[];
        const suggestions = suggestClassifications(assets);
        const byId = new Map(assets.map((a) => [a.id, a]));
        for (const s of suggestions) {
          const asset = byId.get(s.id)!;
          if (asset.category) expect(s.changes.category).toBeUndefined();
          if (asset.vendorOrigin) expect(s.changes.vendorOrigin).toBeUndefined();
          if (asset.disposition) expect(s.changes.disposition).toBeUndefined();
        }
        // Even a forged suggestion cannot overwrite a set value.
        const forged = assets.map((a) => ({ id: a.id!, changes: { category: 'server' as const, vendorOrigin: 'domestic' as const, disposition: 'compliant' as const }, classification: { origin: 'domestic' as const, disposition: 'compliant' as const, dispositionReason: { zh: '', en: '' }, match: null, confidence: 1 } }));
        const applied = applySuggestions(assets, forged);
        applied.forEach((after, i) => {
          const before = assets[i]!;
          if (before.category) expect(after.category).toBe(before.category);
          if (before.vendorOrigin) expect(after.vendorOrigin).toBe(before.vendorOrigin);
          if (before.disposition) expect(after.disposition).toBe(before.disposition);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('fills empty fields from the classification', () => {
    const rows: Partial<Asset>[] = [{ id: 'a', name: 'Oracle 19c' }, { id: 'b', name: 'Oracle 19c', vendorOrigin: 'domestic', disposition: 'compliant' }];
    const suggestions = suggestClassifications(rows);
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0]!.changes).toEqual({ category: 'database', vendorOrigin: 'foreign', disposition: 'replace' });
    expect(suggestions[1]!.changes).toEqual({ category: 'database' });
    const applied = applySuggestions(rows, suggestions);
    expect(applied[0]).toMatchObject({ category: 'database', vendorOrigin: 'foreign', disposition: 'replace' });
    expect(applied[1]).toMatchObject({ category: 'database', vendorOrigin: 'domestic', disposition: 'compliant' });
  });
});
