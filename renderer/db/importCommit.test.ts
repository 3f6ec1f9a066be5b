import 'fake-indexeddb/auto';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Asset } from '../../shared/model';
import { TEST_PROJECT } from '../test-setup/projects';
import { PlannerDB } from './database';
import { DEPENDENCY_CHUNK_SIZE } from './dependencyChunks';
import { EmptyReplaceRefused, IMPORT_PENDING_KEY, commitImport, takeUnfinishedImport } from './importCommit';
import { readProject, replaceProject } from './projects';

const NOW = '2026-11-28T10:00:00.000Z';
let database: PlannerDB;

/** Everything in the database, to compare before and after. */
async function snapshot(db: PlannerDB) {
  return {
    projects: await db.projects.toArray(),
    assets: await db.assets.toArray(),
    dependencyChunks: await db.dependencyChunks.toArray(),
    scenarios: await db.scenarios.toArray(),
  };
}

/** JSON with object keys sorted, so equal rows give equal text whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** SHA-256 over every row of every table (primary-key order), the database content hash of QUALITY.md R-I9. */
async function contentHash(db: PlannerDB): Promise<string> {
  let text = '';
  for (const table of [...db.tables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    text += `${table.name}\n`;
    for (const row of await table.toArray()) text += `${stableJson(row)}\n`;
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const many = (n: number, prefix = 'NEW'): Asset[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, name: `终端 ${i}`, category: 'terminal', quantity: 1 }));

describe('commitImport', () => {
  beforeEach(async () => {
    database = new PlannerDB(`test-import-${Math.random()}`);
    await replaceProject('p1', TEST_PROJECT, NOW, database);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('opens the database with strict durability (R-S2)', () => {
    // Dexie keeps constructor options on _options; the public test for R-S2.
    expect((database as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
  });

  it('replaces assets and dependencies in one go', async () => {
    const result = await commitImport('p1', { assets: many(5000), dependencies: [{ from: 'NEW-1', to: 'NEW-2', kind: 'connects-to' }] }, { mode: 'replace', now: NOW, chunkSize: 700 }, database);
    expect(result).toEqual({ assetsWritten: 5000, dependenciesWritten: 1, skippedIds: [] });
    const file = await readProject('p1', database);
    expect(file?.assets).toHaveLength(5000);
    expect(file?.dependencies).toEqual([{ from: 'NEW-1', to: 'NEW-2', kind: 'connects-to' }]);
    expect(file?.project.name).toBe('测试医院');
    expect(await database.meta.get(IMPORT_PENDING_KEY)).toBeUndefined();
  });

  it('refuses a zero-row replace over a non-empty inventory unless the deletion was confirmed (issue 15 #2)', async () => {
    const inProject = TEST_PROJECT.assets.length;
    expect(inProject).toBeGreaterThan(0);
    const before = await contentHash(database);
    const refused = commitImport('p1', { assets: [], dependencies: [] }, { mode: 'replace', now: NOW }, database);
    await expect(refused).rejects.toBeInstanceOf(EmptyReplaceRefused);
    await expect(refused).rejects.toMatchObject({ assetsInProject: inProject });
    // A confirmation of another count (stale dialog) is not a confirmation of this deletion.
    await expect(commitImport('p1', { assets: [], dependencies: [] }, { mode: 'replace', now: NOW, confirmedDeletion: inProject - 1 }, database)).rejects.toBeInstanceOf(EmptyReplaceRefused);
    expect(await contentHash(database)).toBe(before);
    const done = await commitImport('p1', { assets: [], dependencies: [] }, { mode: 'replace', now: NOW, confirmedDeletion: inProject }, database);
    expect(done.assetsWritten).toBe(0);
    expect(await database.assets.where('projectId').equals('p1').count()).toBe(0);
  });

  it('leaves the database unchanged when a bulk write fails half way (duplicate id at row 4,001)', async () => {
    const before = await snapshot(database);
    const assets = many(6000);
    assets[4000] = { ...assets[4000]!, id: 'NEW-10' };
    await expect(commitImport('p1', { assets, dependencies: [] }, { mode: 'replace', now: NOW, chunkSize: 1000 }, database)).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
    expect(await database.meta.get(IMPORT_PENDING_KEY)).toBeUndefined();
  });

  it('leaves the database unchanged when cancelled after the first chunks', async () => {
    const before = await snapshot(database);
    const controller = new AbortController();
    const progress: number[] = [];
    const run = commitImport(
      'p1',
      { assets: many(5000), dependencies: [] },
      {
        mode: 'replace',
        now: NOW,
        chunkSize: 500,
        signal: controller.signal,
        onProgress: ({ done }) => {
          progress.push(done);
          if (done >= 1500) controller.abort();
        },
      },
      database,
    );
    await expect(run).rejects.toMatchObject({ name: 'ImportCancelled' });
    expect(progress).toEqual([500, 1000, 1500]);
    expect(await snapshot(database)).toEqual(before);
  });

  describe('injected failure at row N leaves the content hash unchanged (R-I9)', () => {
    /** Makes the Nth row written to `table` in this run throw inside the transaction (dependencies: the Nth stored chunk). */
    function failAtRow(table: 'assets' | 'dependencyChunks', n: number): () => void {
      let seen = 0;
      const hook = () => {
        seen += 1;
        if (seen === n) throw new Error(`injected failure at ${table} row ${n}`);
      };
      // A chunk is put (created, or the project's last chunk filled up): count both.
      database[table].hook('creating', hook);
      database[table].hook('updating', hook);
      return () => {
        database[table].hook('creating').unsubscribe(hook);
        database[table].hook('updating').unsubscribe(hook);
      };
    }

    it('at every chunk boundary and inside chunks, in replace and add mode, for assets and dependencies', async () => {
      const assets = many(40);
      // Enough dependencies for three stored chunks (two in add mode, where the first fills up the project's chunk).
      const dependencies = Array.from({ length: 2 * DEPENDENCY_CHUNK_SIZE + 25 }, (_, i) => ({ from: `NEW-${i % 40}`, to: `NEW-${(i + 1) % 40}`, kind: 'connects-to' as const }));
      await database.settings.put({ key: 'moneyUnit', value: 'yuan' });
      const before = await contentHash(database);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('assets' as const, 'dependencyChunks' as const),
          fc.integer({ min: 1, max: 40 }),
          fc.constantFrom('replace' as const, 'add' as const),
          fc.integer({ min: 1, max: 16 }),
          async (table, n, mode, chunkSize) => {
            const row = table === 'assets' ? n : Math.min(n, 3);
            const release = failAtRow(table, row);
            try {
              await expect(commitImport('p1', { assets, dependencies }, { mode, now: NOW, chunkSize }, database)).rejects.toThrow(`injected failure at ${table} row ${row}`);
            } finally {
              release();
            }
            expect(await contentHash(database)).toBe(before);
          },
        ),
        { numRuns: 40, seed: 8 },
      );
      // The same import without the injected failure does change the database (the hash can tell).
      await commitImport('p1', { assets, dependencies }, { mode: 'replace', now: NOW, chunkSize: 7 }, database);
      expect(await contentHash(database)).not.toBe(before);
    });

    it('into a new project: the failed import leaves no project, scenario or row behind', async () => {
      const before = await contentHash(database);
      const release = failAtRow('assets', 3);
      const project = { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '新医院' } };
      await expect(commitImport('p-new', { assets: project.assets, dependencies: project.dependencies, project }, { mode: 'replace', now: NOW }, database)).rejects.toThrow('injected failure');
      release();
      expect(await contentHash(database)).toBe(before);
      expect(await database.projects.get('p-new')).toBeUndefined();
    });

    it('a cancelled import leaves the content hash unchanged', async () => {
      const before = await contentHash(database);
      const controller = new AbortController();
      const run = commitImport('p1', { assets: many(3000), dependencies: [{ from: 'NEW-1', to: 'NEW-2', kind: 'runs-on' }] }, {
        mode: 'replace', now: NOW, chunkSize: 400, signal: controller.signal,
        onProgress: ({ done }) => { if (done >= 2000) controller.abort(); },
      }, database);
      await expect(run).rejects.toMatchObject({ name: 'ImportCancelled' });
      expect(await contentHash(database)).toBe(before);
    });
  });

  it('adds to a project without overwriting ids that exist, and skips known dependencies', async () => {
    const incoming: Asset[] = [{ id: 'SRV-001', name: '被改名的服务器', category: 'server', quantity: 9 }, ...many(3)];
    const result = await commitImport(
      'p1',
      { assets: incoming, dependencies: [{ from: 'DB-001', to: 'SRV-001', kind: 'runs-on' }, { from: 'NEW-0', to: 'SRV-001', kind: 'connects-to' }] },
      { mode: 'add', now: NOW },
      database,
    );
    expect(result.skippedIds).toEqual(['SRV-001']);
    expect(result.dependenciesWritten).toBe(1);
    const file = await readProject('p1', database);
    expect(file?.assets.find((a) => a.id === 'SRV-001')?.name).toBe('HIS 数据库服务器');
    expect(file?.assets).toHaveLength(TEST_PROJECT.assets.length + 3);
    expect(file?.dependencies).toHaveLength(TEST_PROJECT.dependencies.length + 1);
  });

  it('creates the project from a project file, with its scenarios and meta', async () => {
    const project = { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '新医院' } };
    await commitImport('p2', { assets: project.assets, dependencies: project.dependencies, project }, { mode: 'replace', now: NOW }, database);
    const file = await readProject('p2', database);
    // Assets come back in key (id) order.
    const byId = [...project.assets].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(file).toEqual({ ...project, assets: byId });
  });

  it('reports an import that never finished, once', async () => {
    await database.meta.put({ key: IMPORT_PENDING_KEY, value: { projectId: 'p1', startedAt: NOW } });
    expect(await takeUnfinishedImport(database)).toEqual({ projectId: 'p1', startedAt: NOW });
    expect(await takeUnfinishedImport(database)).toBeUndefined();
  });
});
