/**
 * What users read carries no internal citation tags (`[EST]`, `[S]`, `[S2]`, `[K]`, `[U]`, `§`,
 * `DOMAIN §4.2`): the locale files, the catalogue's names and notes, the price book's sources,
 * the province rules, the market model's sources, and the report and procurement exports built
 * from both samples. Sourcing notes stay in code comments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { BUILT_IN_CATALOGUE } from '../catalogue';
import { DEFAULT_PRICE_BOOK } from '../forecast';
import { DEFAULT_MARKET_ASSUMPTIONS, SEED_SOURCE } from '../market/assumptions';
import type { ProjectFile } from '../model';
import { PROVINCE_RULES, procurementTable } from '../procurement';
import { command as procure } from '../cli/commands/procure';
import { captureIo } from '../cli/testIo';
import type { ProcurementList } from '../procurement';
import { buildReport, reportSheets } from './index';

const TAG = /\[(EST|S2?|K|U)\]|§|DOMAIN\s*§?\d|S-[A-Z]{1,4}\d/;
const root = join(__dirname, '../..');

function offending(text: string): string[] {
  return text.split('\n').filter((line) => TAG.test(line));
}

describe('user-facing text has no internal citation tags', () => {
  it('in the locale files', () => {
    const dir = join(root, 'renderer/i18n/locales');
    for (const lang of readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())) {
      for (const file of readdirSync(join(dir, lang))) {
        const lines = offending(readFileSync(join(dir, lang, file), 'utf8')).filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
        expect(lines, `${lang}/${file}`).toEqual([]);
      }
    }
  });

  it('in the catalogue, price book, province rules and market sources', () => {
    const shown = [
      ...BUILT_IN_CATALOGUE.entries.map((e) => [e.family, e.note?.zh, e.note?.en].join(' ')),
      ...BUILT_IN_CATALOGUE.vendors.map((v) => [v.zh, v.en, v.note?.zh, v.note?.en].join(' ')),
      ...Object.values(DEFAULT_PRICE_BOOK.items).map((item) => `${item.source.zh} ${item.source.en}`),
      ...PROVINCE_RULES.map((rule) => `${rule.text.zh} ${rule.text.en} ${rule.source}`),
      ...DEFAULT_MARKET_ASSUMPTIONS.hospitals.map((h) => h.source),
      SEED_SOURCE.zh,
      SEED_SOURCE.en,
    ];
    expect(shown.filter((text) => TAG.test(text))).toEqual([]);
  });

  it.each(['sample-tertiary.xcplan.json', 'sample-secondary.xcplan.json'])('in the report and the procurement export of %s', async (name) => {
    const project = JSON.parse(readFileSync(join(root, 'fixtures', name), 'utf8')) as ProjectFile;
    for (const lang of ['zh', 'en'] as const) {
      const model = buildReport(project, undefined, lang, { date: '2026-12-01' });
      expect(offending(JSON.stringify(model)), lang).toEqual([]);
      expect(offending(JSON.stringify(reportSheets(model))), lang).toEqual([]);
      const io = captureIo(lang);
      expect(await procure.run([join(root, 'fixtures', name), '--json'], io)).toBe(0);
      const list = JSON.parse(io.out.join('\n')) as ProcurementList;
      expect(offending(JSON.stringify(procurementTable(list, lang))), lang).toEqual([]);
    }
  });
});
