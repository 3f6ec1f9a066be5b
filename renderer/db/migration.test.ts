/**
 * Schema migrations (QUALITY.md R-S5, R-S11): every released database version, frozen as a dump
 * in fixtures/db/v<N>.json, is loaded into fake-indexeddb exactly as that version created it, then
 * opened with the current PlannerDB; every row of every table must read back (migrated where a
 * later version changed it), and the meta.dataVersion marker must equal the current version.
 * Adding version N+1: one dump (fixtures/db/make.ts) and one entry in FIXTURES (see schema.ts).
 */
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { PlannerDB, NewerDatabaseError } from './database';
import { listDependencies } from './assets';
import { listProjects, readProject } from './projects';
import { CURRENT_DB_VERSION, DATA_VERSION_KEY, SCHEMA_CHAIN } from './schema';
import { readSettings } from './settings';
import type { Dependency } from '../../shared/model';
import { upgradeAsset, upgradeScenarioRecord } from '../../shared/model/convert';
import { DEPENDENCY_CHUNK_SIZE, packDependencyRows } from './dependencyChunks';
import { loadDump } from './dump';

type DbDump = { version: number; tables: Record<string, Record<string, unknown>[]> };

/** Every dump in fixtures/db, by file name (read as JSON, so structuredClone keeps tests independent). */
const DUMPS = import.meta.glob<DbDump>('../../fixtures/db/v*.json', { import: 'default', eager: true });
const readDump = (file: string): DbDump => {
  const dump = DUMPS[`../../fixtures/db/${file}`];
  if (!dump) throw new Error(`no fixture fixtures/db/${file}`);
  return structuredClone(dump);
};

type Tables = Record<string, Record<string, unknown>[]>;

/** Version 4's data change: one-row-per-dependency rows packed into chunks, in key (insertion) order. */
function packedV4(tables: Tables): Tables {
  const { dependencies = [], ...rest } = tables;
  const rows = [...dependencies].sort((a, b) => (a.seq as number) - (b.seq as number)) as unknown as (Dependency & { projectId: string })[];
  return { ...rest, dependencyChunks: packDependencyRows(rows) };
}

/**
 * One entry per released version: its dump, and what the CURRENT schema should hold after opening
 * it (the dump's tables run through every later chain step's data change).
 */
const FIXTURES: { file: string; migrated: (dump: DbDump) => Tables }[] = [
  {
    file: 'v1.json',
    migrated: (dump) => ({
      ...packedV4(dump.tables),
      assets: (dump.tables.assets ?? []).map((row) => upgradeAsset(row) as Record<string, unknown>),
      scenarios: (dump.tables.scenarios ?? []).map((row) => upgradeScenarioRecord(row) as Record<string, unknown>),
      meta: [...(dump.tables.meta ?? []), { key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION }],
    }),
  },
  { file: 'v2.json', migrated: (dump) => ({ ...packedV4(dump.tables), meta: [{ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION }] }) },
  { file: 'v3.json', migrated: (dump) => ({ ...packedV4(dump.tables), meta: [{ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION }] }) },
  { file: 'v4.json', migrated: (dump) => dump.tables },
];

const opened: Dexie[] = [];
let counter = 0;
const freshName = () => `migration-${++counter}-${Math.random()}`;

/** Every row of every table, in primary-key order. */
async function allTables(database: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) out[table.name] = await table.toArray();
  return out;
}

/** The rows of the dump sorted as IndexedDB returns them (by primary key). */
function sortedLike(expected: Record<string, Record<string, unknown>[]>, database: Dexie): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    const keyPath = table.schema.primKey.keyPath;
    const paths = Array.isArray(keyPath) ? keyPath : [keyPath ?? ''];
    const key = (row: Record<string, unknown>) => paths.map((p) => row[p] as string | number);
    out[table.name] = [...(expected[table.name] ?? [])].sort((a, b) => indexedDB.cmp(key(a), key(b)));
  }
  return out;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

describe('schema migrations from every released version', () => {
  it('has one fixture for every released version up to the current one', () => {
    expect(Object.keys(DUMPS).sort()).toEqual(FIXTURES.map((f) => `../../fixtures/db/${f.file}`).sort());
    expect(SCHEMA_CHAIN.map((s) => s.version)).toEqual(Array.from({ length: CURRENT_DB_VERSION }, (_, i) => i + 1));
    expect(FIXTURES.map((f) => readDump(f.file).version)).toEqual(SCHEMA_CHAIN.map((s) => s.version));
  });

  for (const fixture of FIXTURES) {
    describe(fixture.file, () => {
      it('opens with the current code; every row of every table reads back and the marker is stamped', async () => {
        const dump = readDump(fixture.file);
        const name = freshName();
        await loadDump(name, dump.version, dump.tables);
        const database = new PlannerDB(name);
        opened.push(database);
        await database.open();
        expect(database.verno).toBe(CURRENT_DB_VERSION);
        expect(await allTables(database)).toEqual(sortedLike(fixture.migrated(dump), database));
        expect(await database.meta.get(DATA_VERSION_KEY)).toEqual({ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION });
      });

      it('reads back as projects, assets, dependencies, scenarios and settings through the app functions', async () => {
        const dump = readDump(fixture.file);
        const name = freshName();
        await loadDump(name, dump.version, dump.tables);
        const database = new PlannerDB(name);
        opened.push(database);
        const projects = await listProjects(database);
        expect(projects.map((p) => [p.id, p.name, p.assetCount]).sort()).toEqual([
          ['fixture-county', '夹具县人民医院', 10],
          ['fixture-import', 'fixture-import', 3],
        ]);
        const county = await readProject('fixture-county', database);
        expect(county?.project).toEqual({ name: '夹具县人民医院', province: '湖北', startDate: '2027-01-01', horizonYears: 4, waveMonths: 6 });
        expect(county?.assets.map((a) => a.id)).toEqual(['APP-HIS', 'APP-LIS', 'APP-OA', 'DB-HIS', 'FW-01', 'OS-HIS', 'PC-NUR', 'PC-OPD', 'PRN-01', 'SRV-HIS']);
        expect(county?.assets.find((a) => a.id === 'APP-OA')?.notes).toBe('含公文交换 "红头" 模块, 备注带逗号');
        expect(county?.assets.find((a) => a.id === 'SRV-HIS')).toMatchObject({ securityLevel: 3, endOfSupport: '2027-06-30', unitCost: 120000, quantity: 2 });
        expect(county?.dependencies).toEqual([
          { from: 'APP-HIS', to: 'DB-HIS', kind: 'runs-on' },
          { from: 'DB-HIS', to: 'OS-HIS', kind: 'runs-on' },
          { from: 'OS-HIS', to: 'SRV-HIS', kind: 'runs-on' },
          { from: 'PC-OPD', to: 'APP-HIS', kind: 'connects-to' },
          { from: 'APP-LIS', to: 'APP-HIS', kind: 'integrates-with' },
        ]);
        expect(county?.scenario).toMatchObject({ name: '基准', capacityPerWave: 300, pins: { 'APP-OA': 1 } });
        expect(county?.scenarios?.map((s) => s.name)).toEqual(['预算受限']);
        expect(Object.keys(county?.extensions ?? {})).toEqual(['priceBook']);
        const imported = await readProject('fixture-import', database);
        expect(imported?.dependencies).toEqual([{ from: 'PC-OPD', to: 'SRV-HIS', kind: 'connects-to' }]);
        expect(await readSettings(database)).toEqual({ activeProjectId: 'fixture-county', moneyUnit: 'yuan', backupEncrypt: false });
        expect((await database.settings.get('marketAssumptions'))?.value).toBeTruthy();
      });

      it('is idempotent: opening the migrated database again changes nothing', async () => {
        const dump = readDump(fixture.file);
        const name = freshName();
        await loadDump(name, dump.version, dump.tables);
        const first = new PlannerDB(name);
        await first.open();
        const once = await allTables(first);
        first.close();
        const second = new PlannerDB(name);
        opened.push(second);
        await second.open();
        expect(await allTables(second)).toEqual(once);
      });
    });
  }

  it('version 3 drops the unused catalogue table, rows and store alike', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    for (const step of SCHEMA_CHAIN.filter((s) => s.version <= 2)) v2.version(step.version).stores(step.stores);
    await v2.open();
    await v2.table('catalogue').put({ projectId: 'p1', key: 'vendor:东软', entry: { name: '东软' } });
    v2.close();
    const database = new PlannerDB(name);
    opened.push(database);
    await database.open();
    expect(database.tables.map((t) => t.name)).not.toContain('catalogue');
    expect([...database.backendDB().objectStoreNames]).not.toContain('catalogue');
  });

  it('version 4 packs every project\'s dependency rows into chunks, in their order, and drops the row table', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    for (const step of SCHEMA_CHAIN.filter((s) => s.version <= 3)) v3.version(step.version).stores(step.stores);
    await v3.open();
    // Two projects' rows interleaved, more than two chunks' worth for one of them.
    const count = 2 * DEPENDENCY_CHUNK_SIZE + 7;
    const expected: Record<string, Dependency[]> = { a: [], b: [] };
    const rows: (Dependency & { projectId: string })[] = [];
    for (let i = 0; i < count; i += 1) {
      const projectId = i % 5 === 0 ? 'b' : 'a';
      const dep: Dependency = { from: `资产-${i}`, to: `SRV-${i % 13}`, kind: i % 3 === 0 ? 'runs-on' : 'connects-to' };
      expected[projectId]!.push(dep);
      rows.push({ ...dep, projectId });
    }
    await v3.table('dependencies').bulkAdd(rows);
    v3.close();
    const database = new PlannerDB(name);
    opened.push(database);
    await database.open();
    expect([...database.backendDB().objectStoreNames]).not.toContain('dependencies');
    expect(await listDependencies('a', database)).toEqual(expected.a);
    expect(await listDependencies('b', database)).toEqual(expected.b);
    const chunks = await database.dependencyChunks.toArray();
    expect(chunks.map((c) => [c.projectId, c.chunk, c.from.length])).toEqual([
      ['a', 0, DEPENDENCY_CHUNK_SIZE],
      ['a', 1, expected.a!.length - DEPENDENCY_CHUNK_SIZE],
      ['b', 0, expected.b!.length],
    ]);
  });

  it('stamps the current data version on a new database', async () => {
    const database = new PlannerDB(freshName());
    opened.push(database);
    await database.open();
    expect(await database.meta.get(DATA_VERSION_KEY)).toEqual({ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION });
  });
});

describe('a database written by a newer version (downgrade, R-S11)', () => {
  /** A database as version CURRENT+1 might leave it: one more table, the marker at CURRENT+1. */
  async function writeNewer(name: string, opts: { bumpSchema: boolean }): Promise<Record<string, unknown[]>> {
    const newer = new Dexie(name);
    for (const step of SCHEMA_CHAIN) newer.version(step.version).stores(step.stores);
    if (opts.bumpSchema) newer.version(CURRENT_DB_VERSION + 1).stores({ ...SCHEMA_CHAIN.at(-1)!.stores, audit: '++id' });
    await newer.open();
    await newer.table('projects').put({ id: 'p-new', name: '新版本项目', meta: { name: '新版本项目' }, activeScenario: '基准', createdAt: 'x', updatedAt: 'x', newField: { shape: 'v2' } });
    await newer.table('assets').put({ projectId: 'p-new', id: 'A1', name: '服务器', category: 'server', quantity: 1, v2only: true });
    await newer.table('meta').put({ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION + 1 });
    if (opts.bumpSchema) await newer.table('audit').add({ what: 'v2 audit row' });
    const before = await allTables(newer);
    newer.close();
    return before;
  }

  for (const bumpSchema of [true, false]) {
    it(`refuses to open it with a clear error and leaves every row as it was (${bumpSchema ? 'newer schema' : 'newer data marker only'})`, async () => {
      const name = freshName();
      const before = await writeNewer(name, { bumpSchema });
      const database = new PlannerDB(name);
      const error = await database.open().then(() => undefined, (e: unknown) => e);
      // Dexie wraps errors thrown in on('ready'); the cause is ours.
      const cause = error instanceof NewerDatabaseError ? error : (error as { inner?: unknown } | undefined)?.inner;
      expect(cause).toBeInstanceOf(NewerDatabaseError);
      expect((cause as NewerDatabaseError).foundVersion).toBe(CURRENT_DB_VERSION + 1);
      expect((cause as Error).message).toMatch(/更新版本.*未做任何改动/);
      expect((cause as Error).message).toMatch(/newer version/);
      database.close();

      const reopened = new Dexie(name);
      opened.push(reopened);
      await reopened.open();
      expect(reopened.verno).toBe(bumpSchema ? CURRENT_DB_VERSION + 1 : CURRENT_DB_VERSION);
      expect(await allTables(reopened)).toEqual(before);
    });
  }
});
