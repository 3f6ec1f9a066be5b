/**
 * fast-check generators of valid project files, shared by the round-trip property tests (project
 * file, backups). Test-only: imported by *.test.ts files, never by app code.
 */
import fc from 'fast-check';

import type { Asset, ProjectFile } from './types';
import { CATEGORIES, DEPENDENCY_KINDS, DISPOSITIONS, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS } from './types';

const word = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A valid asset with the given id and any optional fields. */
export const arbitraryAsset = (id: string): fc.Arbitrary<Asset> =>
  fc.record(
    {
      id: fc.constant(id),
      name: word,
      category: fc.constantFrom(...CATEGORIES),
      quantity: fc.integer({ min: 1, max: 1_000_000 }),
      vendor: fc.string({ maxLength: 20 }),
      product: fc.string({ maxLength: 20 }),
      vendorOrigin: fc.constantFrom(...VENDOR_ORIGINS),
      disposition: fc.constantFrom(...DISPOSITIONS),
      tier: fc.constantFrom(...TIERS),
      scale: fc.constantFrom(...SYSTEM_SCALES),
      securityLevel: fc.integer({ min: 1, max: 5 }),
      endOfSupport: isoDate,
      effort: fc.integer({ min: 0, max: 500 }),
      vendorTeam: fc.constantFrom('东华医为', '卫宁健康', 'Vendor "A"'),
      clientReadyFrom: isoDate,
      unitCost: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      purchaseCost: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      notes: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: ['id', 'name', 'category', 'quantity'] },
  );

/** A valid project file of 1..maxAssets assets, dependencies between them and a scenario. */
export const arbitraryProject = (maxAssets = 12, maxDependencies = 20): fc.Arbitrary<ProjectFile> =>
  // Ids unique also up to case and Unicode form, and never a prototype name: the importer refuses
  // look-alike and reserved ids (issue 15 #7, #9).
  fc.uniqueArray(word.filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s)), { minLength: 1, maxLength: maxAssets, selector: (s) => s.normalize('NFKC').toLowerCase() }).chain((ids) =>
    fc.record({
      format: fc.constant('xcplan' as const),
      version: fc.constant(2 as const),
      project: fc.record({ name: word, province: fc.constantFrom('安徽', '湖北'), startDate: isoDate, horizonYears: fc.integer({ min: 1, max: 30 }), waveMonths: fc.integer({ min: 1, max: 24 }) }),
      assets: fc.tuple(...ids.map(arbitraryAsset)),
      dependencies: fc
        .uniqueArray(fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), kind: fc.constantFrom(...DEPENDENCY_KINDS) }), {
          maxLength: maxDependencies,
          selector: (dep) => `${dep.from}|${dep.to}|${dep.kind}`,
        })
        .map((deps) => deps.filter((dep) => dep.from !== dep.to)),
      scenario: fc.record({ name: word, capacityPerWave: fc.integer({ min: 1, max: 1000 }), maxCoreCutoversPerWave: fc.integer({ min: 1, max: 3 }), freezeWindows: fc.array(fc.record({ name: word, from: fc.constantFrom('01-20', '07-15', '12-01'), to: fc.constantFrom('02-20', '08-31', '12-31'), scope: fc.constantFrom('core' as const, 'all' as const) }), { maxLength: 3 }), pins: fc.constant({}) }),
    }),
  );
