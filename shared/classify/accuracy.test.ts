import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { LABELLED_PATH, readLabelled } from '../../bench/classify.bench';
import { measureAccuracy } from './accuracy';

describe('accuracy on the labelled set (fixtures/labelled/products.csv)', () => {
  // The set is written independently by the fixtures work; without it there is nothing to measure.
  it.skipIf(!existsSync(LABELLED_PATH))('classifies origin with at least 95% precision and recall', () => {
    const rows = readLabelled();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const accuracy = measureAccuracy(rows);
    expect(accuracy.originPrecision).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.originRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('measures precision and recall as documented', () => {
    const accuracy = measureAccuracy([
      { text: 'Oracle 19c', origin: 'foreign', category: 'database' },
      { text: '达梦 DM8', origin: 'domestic', category: 'database' },
      { text: 'zzqx 7781', origin: 'domestic', category: 'server' },
      { text: 'MySQL 8.0', origin: 'foreign-open-source', cpuArch: '' },
      { text: 'Hygon C86 7285', origin: 'domestic', cpuArch: 'x86_64' },
    ]);
    expect(accuracy.originPrecision).toBe(1);
    expect(accuracy.originRecall).toBe(0.8);
    expect(accuracy.categoryPrecision).toBe(1);
    expect(accuracy.categoryRecall).toBeCloseTo(2 / 3);
    expect(accuracy.cpuArchAccuracy).toBe(1);
    expect(accuracy.originMisses).toEqual([{ text: 'zzqx 7781', expected: 'domestic', got: 'unknown' }]);
  });
});
