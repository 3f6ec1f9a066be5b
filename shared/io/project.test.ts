import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryProject } from '../model/arbitraries';
import { IMPORT_LIMITS } from './limits';
import { parseProjectFileText, parseProjectFileValue, serializeProjectFile } from './project';

const project = arbitraryProject();

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
    const p = { format: 'xcplan', version: 2, project: { name: 'x', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 }, assets: [], dependencies: [] };
    expect(parseProjectFileText(`\uFEFF${JSON.stringify(p)}`, 'p.json').ok).toBe(true);
  });

  it('checks plainly valid records once and gives what the full path gives, for any file (property)', () => {
    // One record (or the root) spoiled in a way each check of the plain pass looks at: the plain
    // pass must step aside for the whole file, and the answer must be the full path's.
    const spoil = fc.constantFrom<((file: Record<string, unknown>) => void) | undefined>(
      undefined,
      (f) => ((f.assets as Record<string, unknown>[])[0]!.extra = 1),
      (f) => Object.defineProperty((f.assets as object[])[0], '__proto__', { value: { polluted: 1 }, enumerable: true }),
      (f) => ((f.assets as Record<string, unknown>[])[0]!.name = 'bad\u0000name'),
      (f) => ((f.assets as Record<string, unknown>[])[0]!.vendor = 'x\u000b'),
      (f) => ((f.assets as Record<string, unknown>[])[0]!.quantity = 0),
      (f) => ((f.assets as Record<string, unknown>[])[0]!.notes = { nested: ['deep'] }),
      (f) => (f.dependencies as Record<string, unknown>[]).push({ from: (f.assets as { id: string }[])[0]!.id, to: 'missing', kind: 'runs-on', note: 'x' }),
      (f) => (f.dependencies as Record<string, unknown>[]).push({ from: '\ud800', to: (f.assets as { id: string }[])[0]!.id, kind: 'runs-on' }),
      (f) => (f.dependencies as Record<string, unknown>[]).push({ ...((f.dependencies as object[])[0] ?? { from: 'a', to: 'b', kind: 'runs-on' }) }),
      (f) => ((f.assets as Record<string, unknown>[]).push({ ...(f.assets as object[])[0] })),
      (f) => (f.extensions = { a: JSON.parse('{"__proto__":{"polluted":1}}') as unknown }),
      (f) => (f.version = 1),
    );
    fc.assert(
      fc.property(project, spoil, (p, change) => {
        const raw = JSON.parse(serializeProjectFile(p)) as Record<string, unknown>;
        change?.(raw);
        const plain = parseProjectFileValue(raw, 'p.xcplan.json');
        const full = parseProjectFileValue(raw, 'p.xcplan.json', undefined, { plainPath: false });
        expect(plain).toEqual(full);
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
