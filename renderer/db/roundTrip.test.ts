/**
 * Export–import round trip of random projects through the database (issue 8, QUALITY.md R-S12):
 * a project file is imported (commitImport, as the wizard does), exported the way the app does it
 * (readProject + serializeProjectFile), imported again as a second project and exported again;
 * every asset, dependency, scenario, meta field and extension survives, unicode and all.
 */
import 'fake-indexeddb/auto';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseProjectFileText, serializeProjectFile } from '../../shared/io';
import { CATEGORIES, DEPENDENCY_KINDS, DISPOSITIONS, TIERS, VENDOR_ORIGINS } from '../../shared/model';
import type { Asset, ProjectFile } from '../../shared/model';
import { PlannerDB } from './database';
import { commitImport } from './importCommit';
import { readProject } from './projects';

const NOW = '2026-11-29T08:00:00.000Z';
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }).map((s) => s.trim()).filter((s) => s.length > 0);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const ipv6 = fc.ipV6();

const asset = (id: string): fc.Arbitrary<Asset> =>
  fc.record(
    {
      id: fc.constant(id),
      name: word,
      category: fc.constantFrom(...CATEGORIES),
      quantity: fc.integer({ min: 1, max: 1_000_000 }),
      vendor: text(30),
      product: text(30),
      os: text(20),
      cpu: text(20),
      vendorOrigin: fc.constantFrom(...VENDOR_ORIGINS),
      tier: fc.constantFrom(...TIERS),
      site: text(10),
      department: text(10),
      securityLevel: fc.integer({ min: 1, max: 5 }),
      endOfSupport: isoDate,
      readyFrom: isoDate,
      disposition: fc.constantFrom(...DISPOSITIONS),
      unitCost: fc.integer({ min: 0, max: 1e9 }),
      notes: fc.oneof(text(300), ipv6.map((ip) => `管理地址 ${ip}`), fc.constant('=HYPERLINK("http://x","点我")')),
    },
    { requiredKeys: ['id', 'name', 'category', 'quantity'] },
  );

// Ids the importer accepts: no prototype names, no invisible or bidi characters, and distinct
// beyond case and Unicode form (issue 15: look-alike ids are refused).
const id = word.filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s) && !/\p{Cf}/u.test(s));
const project: fc.Arbitrary<ProjectFile> = fc.uniqueArray(id, { minLength: 1, maxLength: 25, selector: (s) => s.normalize('NFKC').toLowerCase() }).chain((ids) =>
  fc.record(
    {
      format: fc.constant('xcplan' as const),
      version: fc.constant(2 as const),
      project: fc.record({ name: word, province: fc.constantFrom('安徽', '湖北', '广东'), startDate: isoDate, horizonYears: fc.integer({ min: 1, max: 30 }), waveMonths: fc.integer({ min: 1, max: 24 }) }),
      assets: fc.tuple(...ids.map(asset)),
      dependencies: fc
        .uniqueArray(fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), kind: fc.constantFrom(...DEPENDENCY_KINDS) }), {
          maxLength: 40,
          selector: (dep) => `${dep.from}|${dep.to}|${dep.kind}`,
        })
        .map((deps) => deps.filter((dep) => dep.from !== dep.to)),
      scenario: fc.record({
        name: word,
        capacityPerWave: fc.integer({ min: 1, max: 1000 }),
        budgetPerYear: fc.integer({ min: 1, max: 1e9 }),
        maxCoreCutoversPerWave: fc.integer({ min: 1, max: 3 }),
        freezeWindows: fc.constant([]),
        pins: fc.constant({}),
      }),
      extensions: fc.constant({ note: { text: '扩展数据', list: [1, 2, 3] } }),
    },
    { requiredKeys: ['format', 'version', 'project', 'assets', 'dependencies', 'scenario'] },
  ),
);

/** What the app's project-file export writes for a project. */
async function exportText(database: PlannerDB, projectId: string): Promise<string> {
  const file = await readProject(projectId, database);
  if (!file) throw new Error(`no project ${projectId}`);
  return serializeProjectFile(file);
}

/** What the wizard does with a project file: parse, then commit it as a new project. */
async function importText(database: PlannerDB, projectId: string, textOfFile: string): Promise<void> {
  const parsed = parseProjectFileText(textOfFile, 'p.xcplan.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const file = parsed.value;
  await commitImport(projectId, { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now: NOW }, database);
}

describe('export–import round trip of random projects (R-S12)', () => {
  let database: PlannerDB;
  beforeAll(async () => {
    database = new PlannerDB(`round-trip-${Math.random()}`);
    await database.open();
  });
  afterAll(async () => {
    await database.delete();
  });

  it('imports, exports, re-imports and re-exports to the same project, field for field', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(project, async (original) => {
        run += 1;
        const a = `rt-a-${run}`;
        const b = `rt-b-${run}`;
        await importText(database, a, serializeProjectFile(original));
        const first = await exportText(database, a);
        const back = JSON.parse(first) as ProjectFile;
        // The database hands assets back in id order and dependencies in file order.
        const byId = [...original.assets].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        expect(back).toEqual({ ...original, assets: byId });
        await importText(database, b, first);
        expect(await exportText(database, b)).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
