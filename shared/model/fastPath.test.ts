/**
 * The fast record checks of the project-file validation (schema.ts fastAsset, fastDependency)
 * must accept only what the zod schemas accept and return exactly what they return; everything
 * else goes to zod, which names the field. Random records, valid and invalid, check it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assetSchema, dependencySchema, FAST_ASSET_KEYS, fastAsset, fastDependency } from './schema';
import { CATEGORIES, DEPENDENCY_KINDS, DISPOSITIONS, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS } from './types';

const str = (max: number) => fc.oneof(fc.string({ maxLength: max }), fc.string({ minLength: max - 2, maxLength: max + 2 }), fc.constantFrom('', ' ', '  x  ', '\t', '\u3000医院\u3000'));
const num = fc.oneof(fc.integer({ min: -10, max: 2_000_000 }), fc.double({ noNaN: false }), fc.constantFrom(0, 1, 5, 6, 1e6, 1e6 + 1, 1e7, 1e10, 1e10 + 1, 0.5, -0, 2 ** 53, Number.MAX_SAFE_INTEGER));
const date = fc.oneof(fc.constantFrom('2027-02-29', '2028-02-29', '2027-13-01', '2027-1-1', '2027-06-30', '', '2027-06-30T00:00:00Z'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const oneOf = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ maxLength: 5 }), num);

const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  id: str(128), name: str(512), category: oneOf(CATEGORIES), quantity: num,
  vendor: str(256), product: str(256), version: str(128), cpu: str(256), os: str(256),
  vendorOrigin: oneOf(VENDOR_ORIGINS), disposition: oneOf(DISPOSITIONS), tier: oneOf(TIERS), scale: oneOf(SYSTEM_SCALES),
  site: str(256), department: str(256), securityLevel: num,
  endOfSupport: date, readyFrom: date, purchaseDate: date, retainReason: str(1024), effort: num,
  vendorTeam: str(256), clientReadyFrom: date, unitCost: num, purchaseCost: num, notes: str(4096),
};

const validAsset = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
    category: fc.constantFrom(...CATEGORIES),
    quantity: fc.integer({ min: 1, max: 1_000_000 }),
    vendor: fc.string({ maxLength: 40 }),
    vendorOrigin: fc.constantFrom(...VENDOR_ORIGINS),
    tier: fc.constantFrom(...TIERS),
    scale: fc.constantFrom(...SYSTEM_SCALES),
    securityLevel: fc.integer({ min: 1, max: 5 }),
    endOfSupport: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    unitCost: fc.double({ min: 0, max: 1e10, noNaN: true }),
    purchaseCost: fc.double({ min: 0, max: 1e10, noNaN: true }),
  },
  { requiredKeys: ['id', 'name', 'category', 'quantity'] },
);

const DELETE = Symbol('delete');
/** A plainly valid asset with every field, then up to three fields changed to any value of their kind or any JSON value, or removed, and maybe an extra key. */
const record = fc
  .tuple(
    validAsset,
    fc.array(fc.constantFrom(...Object.keys(FIELD_VALUES)).chain((key) => fc.tuple(fc.constant(key), fc.oneof(FIELD_VALUES[key]!, anyValue, fc.constant(DELETE)))), { maxLength: 3 }),
    fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  )
  .map(([base, changes, extra]) => {
    const out: Record<string, unknown> = { version: 'v1', product: 'p', cpu: 'c', os: 'o', disposition: 'replace', site: 's', department: 'd', readyFrom: '2027-01-01', purchaseDate: '2020-02-29', retainReason: 'r', effort: 3.5, vendorTeam: 't', clientReadyFrom: '2027-03-01', notes: 'n', ...base };
    for (const [key, value] of changes) {
      if (value === DELETE) delete out[key];
      else out[key] = value;
    }
    if (extra !== undefined) out[`x-${extra}`] = 1;
    return out;
  });

describe('fast record checks agree with the schemas', () => {
  it('know exactly the asset schema\'s fields, in its order', () => {
    expect(FAST_ASSET_KEYS).toEqual(Object.keys(assetSchema.shape));
  });

  it('assets: accept only what zod accepts, and return the same value with the same key order', () => {
    let taken = 0;
    fc.assert(
      fc.property(record, (raw) => {
        const fast = fastAsset(raw);
        const zod = assetSchema.safeParse(raw);
        taken += fast === undefined ? 0 : 1;
        if (fast === undefined) return;
        expect(zod.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        expect(fast).toEqual(zod.data);
      }),
      { numRuns: 3000, seed: 12 },
    );
    // The random records reach the fast path often enough for the comparison to mean something.
    expect(taken).toBeGreaterThan(30);
  });

  it('assets: a plainly valid record takes the fast path', () => {
    fc.assert(
      fc.property(validAsset, (raw) => {
        expect(fastAsset(raw)).toEqual(assetSchema.parse(raw));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('dependencies: accept only what zod accepts, the same value, and every plainly valid one', () => {
    const dep = fc.record({ from: fc.oneof(fc.string({ maxLength: 6 }), anyValue), to: fc.oneof(fc.string({ maxLength: 6 }), anyValue), kind: fc.oneof(oneOf(DEPENDENCY_KINDS), anyValue), extra: anyValue }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(dep, anyValue), (raw) => {
        const fast = fastDependency(raw);
        const zod = dependencySchema.safeParse(raw);
        if (fast === undefined) expect(zod.success && typeof raw === 'object' && raw !== null && !Array.isArray(raw)).toBe(false);
        else expect(fast).toEqual(zod.data);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});
