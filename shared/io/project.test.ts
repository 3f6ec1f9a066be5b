import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryProject } from '../model/arbitraries';
import { IMPORT_LIMITS } from './limits';
import { parseProjectFileText, serializeProjectFile } from './project';

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
});
