/** R-I11: arbitrary input never throws, never hangs, never pollutes (QUALITY.md §5). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { importAssetTable } from './assets';
import { parseDependencyFile } from './dependencies';
import { parseProjectFileText } from './project';
import { decodeText, sniffKind } from './sniff';
import { readImportFile } from './table';
import { preflightXlsx } from './zip';
import { minimalXlsx } from '../../fixtures/bad/make';

const clean = (): void => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
};

async function importAll(bytes: Uint8Array, name: string): Promise<void> {
  const table = await readImportFile(bytes, name);
  expect(typeof table.ok).toBe('boolean');
  if (table.ok) importAssetTable(table.value, name, { inferCategory: () => 'terminal' });
  await parseDependencyFile(bytes, name, new Set(['A']));
  if (sniffKind(bytes, name).ok) parseProjectFileText(decodeText(bytes).text, name);
}

describe('fuzzing the importers', () => {
  it('arbitrary bytes give a typed result', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => importAll(bytes, 'f.csv')), { numRuns: 200 });
    clean();
  });

  it('arbitrary text (CSV-ish and JSON-ish) gives a typed result', async () => {
    const csvish = fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('资产编号', '设备名称', '资产类别', '"', ',', '\n', '__proto__', '=1+1')), { maxLength: 6 }), { maxLength: 10 }).map((rows) => rows.map((row) => row.join(',')).join('\n'));
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), csvish, fc.json());
    await fc.assert(fc.asyncProperty(text, async (value) => importAll(new TextEncoder().encode(value), 'f.csv')), { numRuns: 300 });
    clean();
  });

  it('mutated XLSX bytes are refused or read, never thrown', async () => {
    const base = minimalXlsx('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>资产编号</t></is></c><c r="B1" t="inlineStr"><is><t>设备名称</t></is></c></row></sheetData></worksheet>');
    const mutation = fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        const bytes = base.slice();
        for (const [at, value] of changes) bytes[at] = value;
        const started = performance.now();
        expect(typeof preflightXlsx(bytes, 'm.xlsx').ok).toBe('boolean');
        await importAll(bytes, 'm.xlsx');
        expect(performance.now() - started).toBeLessThan(5000);
      }),
      { numRuns: 100 },
    );
    clean();
  });
});
