/**
 * The group store against a real PostgreSQL: a throwaway cluster (initdb into a temporary folder,
 * a unix socket there, stopped at the end). Skipped only off CI when no PostgreSQL binaries are
 * installed; on CI (CI=true) a missing PostgreSQL fails the suite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { asDb, connectDb } from '../cli/groupdb';
import { loadMigrations } from '../cli/migrations';
import type { Connection } from '../cli/groupdb';
import { findPgBinDir, startCluster } from '../cli/pgCluster';
import type { PgCluster } from '../cli/pgCluster';
import { command as dbCommand } from '../cli/commands/db';
import { command as groupCommand } from '../cli/commands/group';
import { command as pullCommand } from '../cli/commands/pull';
import { command as pushCommand } from '../cli/commands/push';
import { UsageError } from '../cli/types';
import { captureIo } from '../cli/testIo';
import { readXlsxRows } from '../io/xlsx';
import { addHospital, migrate, preparePush, pullRevision, pushRevision, rollup, schemaVersion } from './index';
import type { Migration, PreparedPush, PushResult } from './index';

const onCi = process.env.CI === 'true' || process.env.CI === '1';
const haveBinaries = (await findPgBinDir()) !== undefined;

const TERTIARY = new Uint8Array(readFileSync(new URL('../../fixtures/sample-tertiary.xcplan.json', import.meta.url)));
const SECONDARY = new Uint8Array(readFileSync(new URL('../../fixtures/sample-secondary.xcplan.json', import.meta.url)));

function prepared(bytes: Uint8Array, name = 'project.xcplan.json'): PreparedPush {
  const p = preparePush(bytes, name);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
}

/** A variant of a sample: renamed, one asset added (a copy of the first, so it fits either data model). */
function variant(bytes: Uint8Array, edit: (json: { project: { name: string }; assets: Record<string, unknown>[] }) => void): Uint8Array {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { project: { name: string }; assets: Record<string, unknown>[] };
  edit(json);
  return new TextEncoder().encode(JSON.stringify(json, null, 1));
}

describe.skipIf(!haveBinaries && !onCi)('group store on a real PostgreSQL', () => {
  let cluster: PgCluster;
  let admin: Connection;
  let migrations: Migration[];
  const open: Connection[] = [];
  let dbCount = 0;

  beforeAll(async () => {
    cluster = await startCluster();
    admin = await connectDb(cluster.url('postgres'));
    migrations = await loadMigrations();
  }, 60_000);

  afterAll(async () => {
    for (const c of open) await c.close().catch(() => undefined);
    await admin?.close().catch(() => undefined);
    await cluster?.stop();
  });

  /** A fresh database, migrated to `to` (default: newest), with the superuser's connection to it. */
  async function freshDb(to?: number): Promise<{ name: string; su: Connection }> {
    const name = `t${++dbCount}`;
    await admin.db.query(`CREATE DATABASE ${name}`);
    const su = await connectDb(cluster.url(name));
    open.push(su);
    if (to !== 0) await migrate(su.db, migrations, to);
    return { name, su };
  }

  async function as(database: string, role: string): Promise<Connection> {
    const c = await connectDb(cluster.url(database, role));
    open.push(c);
    return c;
  }

  /** A login role in a group role; roles are cluster-wide, so names are unique per test. */
  async function loginRole(name: string, group: 'xcplan_hospital' | 'xcplan_overseer'): Promise<void> {
    await admin.db.query(`SELECT format('CREATE ROLE %I LOGIN IN ROLE ${group}', $1::text) AS sql`, [name]).then(async (r) => admin.db.query((r.rows[0] as { sql: string }).sql));
  }

  async function count(c: Connection, sql: string, values: unknown[] = []): Promise<number> {
    const r = await c.db.query<{ n: string }>(sql, values);
    return Number(r.rows[0]!.n);
  }

  it('migrates an empty database to the newest schema, then does nothing on a second run', async () => {
    const { su } = await freshDb(0);
    const first = await migrate(su.db, migrations);
    expect(first).toMatchObject({ from: 0, to: migrations.length });
    expect(first.applied.map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    const again = await migrate(su.db, migrations);
    expect(again.applied).toEqual([]);
    expect(await schemaVersion(su.db)).toBe(migrations.length);
    const tables = await su.db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'xcplan' ORDER BY 1");
    expect(tables.rows.map((r) => r.t)).toEqual(['assets', 'dependencies', 'heads', 'hospitals', 'members', 'oversight', 'plan_packages', 'plan_waves', 'plan_years', 'revisions', 'schema_migrations']);
  });

  it('refuses a migration whose text changed after it was applied, and a database newer than it knows', async () => {
    const { su } = await freshDb();
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sha256: 'f'.repeat(64) } : m));
    await expect(migrate(su.db, edited)).rejects.toThrow(/001_core was changed after it was applied/);
    await expect(migrate(su.db, migrations.slice(0, 2))).rejects.toThrow(/newer than this xcplan knows/);
  });

  it.each([1, 2, 3, 4, 5])('upgrades a database at schema version %i to the newest, keeping its data', async (from) => {
    const { su } = await freshDb(from);
    expect(await schemaVersion(su.db)).toBe(from);
    // Data as a version-`from` store holds it.
    await su.db.query("INSERT INTO xcplan.hospitals (id, name) VALUES ('OLD', '旧医院')");
    await su.db.query("INSERT INTO xcplan.heads (hospital_id, revision) VALUES ('OLD', 1)");
    await su.db.query("INSERT INTO xcplan.revisions (hospital_id, revision, base_revision, body, sha256) VALUES ('OLD', 1, 0, $1, encode(sha256($1), 'hex'))", [TERTIARY]);
    await su.db.query("INSERT INTO xcplan.assets (hospital_id, revision, id, name, category, quantity, vendor_origin, disposition) VALUES ('OLD', 1, 'A1', 'OA', 'application', 1, 'foreign', 'replace')");
    await su.db.query("INSERT INTO xcplan.plan_years (hospital_id, revision, year, os, cpu, database, middleware, security, application, other, total) VALUES ('OLD', 1, 2027, 0, 0, 0, 0, 0, 5, 0, 5)");
    const result = await migrate(su.db, migrations);
    expect(result).toMatchObject({ from, to: migrations.length });
    const pulled = await pullRevision(su.db, 'OLD');
    expect(pulled.status === 'ok' && Buffer.from(pulled.body).equals(Buffer.from(TERTIARY))).toBe(true);
    const r = await rollup(su.db);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ hospitalId: 'OLD', year: 2027, spend: { application: 5, total: 5 }, coverage: { systems: 0 } });
    // Pushed before tender packages were kept: none until its next push.
    expect(r.packages).toEqual([]);
    // The upgraded store takes a normal push on top of the old revision.
    expect(await pushRevision(su.db, { ...prepared(SECONDARY), hospitalId: 'OLD', baseRevision: 1 })).toEqual({ status: 'pushed', revision: 2 });
  });

  it('pulls back byte for byte what was pushed, BOM, CRLF and Chinese included, with its SHA-256', async () => {
    const { su } = await freshDb();
    await addHospital(su.db, { id: 'H1', name: '一院' });
    const odd = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextDecoder().decode(SECONDARY).replace(/\n/g, '\r\n').split('').flatMap((ch) => [...new TextEncoder().encode(ch)])]);
    expect(await pushRevision(su.db, { ...prepared(TERTIARY), hospitalId: 'H1', baseRevision: 0 })).toEqual({ status: 'pushed', revision: 1 });
    expect(await pushRevision(su.db, { ...prepared(odd), hospitalId: 'H1', baseRevision: 1 })).toEqual({ status: 'pushed', revision: 2 });
    const head = await pullRevision(su.db, 'H1');
    const first = await pullRevision(su.db, 'H1', 1);
    expect(head.status === 'ok' && head.revision).toBe(2);
    expect(head.status === 'ok' && Buffer.from(head.body).equals(Buffer.from(odd))).toBe(true);
    expect(first.status === 'ok' && Buffer.from(first.body).equals(Buffer.from(TERTIARY))).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(head.status === 'ok' && head.sha256).toBe(createHash('sha256').update(odd).digest('hex'));
    // The normalised rows follow the head revision.
    const secondaryAssets = (JSON.parse(new TextDecoder().decode(SECONDARY)) as { assets: unknown[] }).assets.length;
    expect(await count(su, "SELECT count(*) AS n FROM xcplan.assets WHERE hospital_id = 'H1' AND revision = 2")).toBe(secondaryAssets);
    expect(await count(su, "SELECT count(*) AS n FROM xcplan.assets WHERE hospital_id = 'H1' AND revision <> 2")).toBe(0);
  });

  it('refuses a stale push and writes nothing', async () => {
    const { su } = await freshDb();
    await addHospital(su.db, { id: 'H1', name: '一院' });
    await pushRevision(su.db, { ...prepared(TERTIARY), hospitalId: 'H1', baseRevision: 0 });
    const before = await count(su, 'SELECT count(*) AS n FROM xcplan.assets');
    const stale = await pushRevision(su.db, { ...prepared(SECONDARY), hospitalId: 'H1', baseRevision: 0 });
    expect(stale).toEqual({ status: 'stale', head: 1, base: 0 });
    expect(await count(su, 'SELECT count(*) AS n FROM xcplan.revisions')).toBe(1);
    expect(await count(su, 'SELECT count(*) AS n FROM xcplan.assets')).toBe(before);
    const pulled = await pullRevision(su.db, 'H1');
    expect(pulled.status === 'ok' && Buffer.from(pulled.body).equals(Buffer.from(TERTIARY))).toBe(true);
    // A base ahead of the store is refused too.
    expect(await pushRevision(su.db, { ...prepared(SECONDARY), hospitalId: 'H1', baseRevision: 7 })).toEqual({ status: 'stale', head: 1, base: 7 });
  });

  it('lets exactly one of two concurrent pushes from the same base win; the other is refused and can push after pulling', async () => {
    const { name, su } = await freshDb();
    await addHospital(su.db, { id: 'H1', name: '一院', members: ['conc_a', 'conc_b'] });
    await loginRole('conc_a', 'xcplan_hospital');
    await loginRole('conc_b', 'xcplan_hospital');
    const [a, b] = [await as(name, 'conc_a'), await as(name, 'conc_b')];
    const bodyA = variant(TERTIARY, (j) => (j.project.name = 'A 的版本'));
    const bodyB = variant(TERTIARY, (j) => (j.project.name = 'B 的版本'));
    const [pa, pb] = [prepared(bodyA), prepared(bodyB)];
    const results: PushResult[] = await Promise.all([pushRevision(a.db, { ...pa, hospitalId: 'H1', baseRevision: 0 }), pushRevision(b.db, { ...pb, hospitalId: 'H1', baseRevision: 0 })]);
    const won = results.filter((r) => r.status === 'pushed');
    const refused = results.filter((r) => r.status === 'stale');
    expect(won).toEqual([{ status: 'pushed', revision: 1 }]);
    expect(refused).toEqual([{ status: 'stale', head: 1, base: 0 }]);
    const winnerBody = results[0]!.status === 'pushed' ? bodyA : bodyB;
    const loser = results[0]!.status === 'pushed' ? { c: b, p: pb, body: bodyB } : { c: a, p: pa, body: bodyA };
    const head = await pullRevision(su.db, 'H1');
    expect(head.status === 'ok' && Buffer.from(head.body).equals(Buffer.from(winnerBody))).toBe(true);
    // Nothing lost: the refused side pushes again on top of the winner, and both revisions are kept.
    expect(await pushRevision(loser.c.db, { ...loser.p, hospitalId: 'H1', baseRevision: 1 })).toEqual({ status: 'pushed', revision: 2 });
    const r1 = await pullRevision(su.db, 'H1', 1);
    const r2 = await pullRevision(su.db, 'H1', 2);
    expect(r1.status === 'ok' && Buffer.from(r1.body).equals(Buffer.from(winnerBody))).toBe(true);
    expect(r2.status === 'ok' && Buffer.from(r2.body).equals(Buffer.from(loser.body))).toBe(true);
    const authors = await su.db.query<{ author: string }>('SELECT author FROM xcplan.revisions ORDER BY revision');
    expect(authors.rows.map((r) => r.author).sort()).toEqual(['conc_a', 'conc_b']);
  });

  it('keeps each hospital role to its own rows, even with hand-written SQL on its own connection', async () => {
    const { name, su } = await freshDb();
    await loginRole('rls_a', 'xcplan_hospital');
    await loginRole('rls_b', 'xcplan_hospital');
    await loginRole('rls_group', 'xcplan_overseer');
    await addHospital(su.db, { id: 'A', name: '甲院', members: ['rls_a'], overseers: ['rls_group'] });
    await addHospital(su.db, { id: 'B', name: '乙院', members: ['rls_b'], overseers: ['rls_group'] });
    await addHospital(su.db, { id: 'C', name: '丙院（不在本集团）' });
    const [a, b, group] = [await as(name, 'rls_a'), await as(name, 'rls_b'), await as(name, 'rls_group')];
    expect(await pushRevision(a.db, { ...prepared(TERTIARY), hospitalId: 'A', baseRevision: 0 })).toEqual({ status: 'pushed', revision: 1 });
    expect(await pushRevision(b.db, { ...prepared(SECONDARY), hospitalId: 'B', baseRevision: 0 })).toEqual({ status: 'pushed', revision: 1 });
    await pushRevision(su.db, { ...prepared(SECONDARY), hospitalId: 'C', baseRevision: 0 });
    const bAssets = await count(su, "SELECT count(*) AS n FROM xcplan.assets WHERE hospital_id = 'B'");

    // Reads: A sees none of B's rows in any table.
    for (const table of ['heads', 'revisions', 'assets', 'dependencies', 'plan_waves', 'plan_years', 'plan_packages', 'rollup_years']) {
      expect(await count(a, `SELECT count(*) AS n FROM xcplan.${table} WHERE hospital_id <> 'A'`)).toBe(0);
      expect(await count(a, `SELECT count(*) AS n FROM xcplan.${table} WHERE hospital_id = 'A'`)).toBeGreaterThan(0);
    }
    expect(await count(a, "SELECT count(*) AS n FROM xcplan.hospitals WHERE id <> 'A'")).toBe(0);
    expect(await count(a, 'SELECT count(*) AS n FROM xcplan.members')).toBe(1);
    expect(await pullRevision(a.db, 'B')).toEqual({ status: 'not-found' });
    expect((await rollup(a.db)).rows.every((r) => r.hospitalId === 'A')).toBe(true);
    expect((await rollup(a.db)).packages.every((p) => p.hospitalIds.join() === 'A')).toBe(true);

    // Writes: refused, or touching nothing.
    expect(await pushRevision(a.db, { ...prepared(SECONDARY), hospitalId: 'B', baseRevision: 1 })).toEqual({ status: 'unknown-hospital' });
    await expect(a.db.query("INSERT INTO xcplan.assets (hospital_id, revision, id, name, category, quantity, vendor_origin, disposition) VALUES ('B', 1, 'X', 'x', 'os', 1, 'foreign', 'replace')")).rejects.toThrow(/row-level security/);
    await expect(a.db.query("INSERT INTO xcplan.revisions (hospital_id, revision, base_revision, body, sha256) VALUES ('B', 2, 1, '\\x00', encode(sha256('\\x00'::bytea), 'hex'))")).rejects.toThrow(/row-level security/);
    expect((await a.db.query("DELETE FROM xcplan.assets WHERE hospital_id = 'B'")).rowCount).toBe(0);
    expect((await a.db.query("UPDATE xcplan.heads SET revision = 99 WHERE hospital_id = 'B'")).rowCount).toBe(0);
    await expect(a.db.query("UPDATE xcplan.heads SET hospital_id = 'B' WHERE hospital_id = 'A'")).rejects.toThrow(/row-level security|violates/);
    await expect(a.db.query("INSERT INTO xcplan.members (role_name, hospital_id) VALUES ('rls_a', 'B')")).rejects.toThrow(/permission denied/);
    await expect(a.db.query("UPDATE xcplan.revisions SET body = '\\x00' WHERE hospital_id = 'A'")).rejects.toThrow(/permission denied/);
    // A revision's author is the pushing role, not a claim.
    await expect(a.db.query("INSERT INTO xcplan.revisions (hospital_id, revision, base_revision, body, sha256, author) VALUES ('A', 2, 1, '\\x00', encode(sha256('\\x00'::bytea), 'hex'), 'rls_b')")).rejects.toThrow(/row-level security/);
    expect(await count(su, "SELECT count(*) AS n FROM xcplan.assets WHERE hospital_id = 'B'")).toBe(bAssets);
    expect(await count(su, "SELECT revision AS n FROM xcplan.heads WHERE hospital_id = 'B'")).toBe(1);

    // The group reads both of its hospitals (not C), and writes nothing.
    const groupRollup = await rollup(group.db);
    const seen = new Set(groupRollup.rows.map((r) => r.hospitalId));
    expect([...seen].sort()).toEqual(['A', 'B']);
    // Its joint tenders sum A and B (not C), to the yuan of their procurement lists, with the earlier deadline.
    const own = [prepared(TERTIARY).analysis.packages, prepared(SECONDARY).analysis.packages];
    expect(Math.round(groupRollup.packages.reduce((n, p) => n + p.cost, 0) * 100)).toBe(Math.round(own.flat().reduce((n, p) => n + p.cost, 0) * 100));
    expect(groupRollup.packages.every((p) => p.hospitalIds.every((id) => id === 'A' || id === 'B'))).toBe(true);
    const db2027 = groupRollup.packages.find((p) => p.budgetYear === 2027 && p.package === 'database')!;
    expect(db2027.hospitalIds).toEqual(['A', 'B']);
    expect(db2027.purchaseBy).toBe(own.map((list) => list.find((p) => p.budgetYear === 2027 && p.package === 'database')!.purchaseBy!).sort()[0]);
    // Adaptation is one contract per developer (单一来源): each joint row is one developer's, as pushed.
    const adaptation = groupRollup.packages.filter((p) => p.package === 'adaptation');
    const pushed = own.flat().filter((p) => p.package === 'adaptation');
    expect(new Set(adaptation.map((p) => `${p.budgetYear} ${p.supplier}`))).toEqual(new Set(pushed.map((p) => `${p.budgetYear} ${p.supplier}`)));
    expect(groupRollup.packages.filter((p) => p.package !== 'adaptation').every((p) => p.supplier === undefined)).toBe(true);
    // A new business system is one tender per system: each joint row is one system's, as pushed.
    const systems = groupRollup.packages.filter((p) => p.package === 'applications');
    expect(systems.length).toBeGreaterThan(new Set(systems.map((p) => p.budgetYear)).size);
    expect(new Set(systems.map((p) => `${p.budgetYear} ${p.system}`))).toEqual(new Set(own.flat().filter((p) => p.package === 'applications').map((p) => `${p.budgetYear} ${p.system}`)));
    expect(groupRollup.packages.filter((p) => p.package !== 'applications').every((p) => p.system === undefined)).toBe(true);
    expect((await pullRevision(group.db, 'B')).status).toBe('ok');
    expect(await pullRevision(group.db, 'C')).toEqual({ status: 'not-found' });
    await expect(pushRevision(group.db, { ...prepared(SECONDARY), hospitalId: 'B', baseRevision: 1 })).rejects.toThrow(/permission denied/);
    await expect(group.db.query("DELETE FROM xcplan.assets WHERE hospital_id = 'B'")).rejects.toThrow(/permission denied/);
    expect(await count(su, "SELECT count(*) AS n FROM xcplan.assets WHERE hospital_id = 'B'")).toBe(bAssets);
    // Even the owner cannot rewrite history.
    await expect(su.db.query("DELETE FROM xcplan.revisions WHERE hospital_id = 'B'")).rejects.toThrow(/append-only/);
  });

  it('stores hostile hospital ids, names, roles and asset ids as plain text', async () => {
    const { name, su } = await freshDb();
    const hostileId = "H'); DROP TABLE xcplan.revisions; --";
    const hostileRole = 'evil"; DROP ROLE xcplan_admin; --';
    const hostileName = "Robert'); DELETE FROM xcplan.assets; -- \\ 💉 $$";
    await loginRole(hostileRole, 'xcplan_hospital');
    await addHospital(su.db, { id: hostileId, name: hostileName, province: "'; SELECT pg_sleep(10); --", members: [hostileRole] });
    const evil = await as(name, hostileRole);
    const body = variant(SECONDARY, (j) => {
      j.project.name = hostileName;
      j.assets.push({ ...j.assets[0], id: "x' OR '1'='1", name: "'; TRUNCATE xcplan.heads; --" });
      j.assets.push({ ...j.assets[0], id: 'back\\slash "quote" {brace} ,comma NULL', name: 'NULL' });
    });
    expect(await pushRevision(evil.db, { ...prepared(body), hospitalId: hostileId, baseRevision: 0 })).toEqual({ status: 'pushed', revision: 1 });
    const pulled = await pullRevision(evil.db, hostileId);
    expect(pulled.status === 'ok' && Buffer.from(pulled.body).equals(Buffer.from(body))).toBe(true);
    const rows = await su.db.query<{ id: string; name: string }>('SELECT id, name FROM xcplan.assets WHERE hospital_id = $1 AND id = ANY($2)', [hostileId, ["x' OR '1'='1", 'back\\slash "quote" {brace} ,comma NULL']]);
    expect(rows.rows.map((r) => [r.id, r.name]).sort()).toEqual([
      ['back\\slash "quote" {brace} ,comma NULL', 'NULL'],
      ["x' OR '1'='1", "'; TRUNCATE xcplan.heads; --"],
    ]);
    const h = await su.db.query<{ name: string }>('SELECT name FROM xcplan.hospitals WHERE id = $1', [hostileId]);
    expect(h.rows[0]!.name).toBe(hostileName);
    expect(await count(su, "SELECT count(*) AS n FROM pg_roles WHERE rolname = 'xcplan_admin'")).toBe(1);
    expect((await rollup(evil.db)).rows[0]).toMatchObject({ hospitalId: hostileId, hospitalName: hostileName });
  });

  it.each(['revision', 'assets', 'dependencies', 'plan'] as const)('leaves no trace of a push whose connection is killed after the %s step', async (step) => {
    const { su } = await freshDb();
    await addHospital(su.db, { id: 'H1', name: '一院' });
    expect(await pushRevision(su.db, { ...prepared(SECONDARY), hospitalId: 'H1', baseRevision: 0 })).toEqual({ status: 'pushed', revision: 1 });
    const snapshot = async () => (await su.db.query("SELECT (SELECT count(*) FROM xcplan.revisions) r, (SELECT string_agg(id || ':' || revision, ',' ORDER BY id) FROM xcplan.assets) a, (SELECT count(*) FROM xcplan.dependencies) d, (SELECT count(*) FROM xcplan.plan_years) y, (SELECT revision FROM xcplan.heads) h")).rows[0];
    const before = await snapshot();
    const victim = await connectDb(cluster.url(su.client.database!));
    open.push(victim);
    const pid = Number((await victim.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    const push = pushRevision(victim.db, { ...prepared(TERTIARY), hospitalId: 'H1', baseRevision: 1 }, {
      afterStep: async (at) => {
        if (at === step) await admin.db.query('SELECT pg_terminate_backend($1)', [pid]);
      },
    });
    await expect(push).rejects.toThrow();
    // The server rolled the transaction back: the store is exactly as before, and the next push works.
    expect(await snapshot()).toEqual(before);
    expect(await pushRevision(su.db, { ...prepared(TERTIARY), hospitalId: 'H1', baseRevision: 1 })).toEqual({ status: 'pushed', revision: 2 });
  });

  it('runs the README journey through the command line: migrate, register, push two samples, group, pull, a stale push', async () => {
    const { name } = await freshDb(0);
    const url = cluster.url(name);
    const dir = mkdtempSync(join(tmpdir(), 'xcplan-cli-'));
    try {
      const expectRun = (r: { code: number; out: string; err: string }, code: number, text: string, stream: 'out' | 'err') => {
        expect(r.code).toBe(code);
        expect(r[stream]).toContain(text);
      };
      const run = async (...args: string[]) => {
        const io = captureIo('en');
        const [name, ...rest] = args;
        const command = { db: dbCommand, push: pushCommand, pull: pullCommand, group: groupCommand }[name as 'db'];
        const code = await command.run(rest, io).catch((error: unknown) => {
          if (error instanceof UsageError) return 2;
          throw error;
        });
        return { code, out: io.out.join('\n'), err: io.err.join('\n') };
      };
      expectRun(await run('db', 'migrate', '--db', url), 0, 'schema version 0 → 6', 'out');
      expect(await run('db', 'status', '--db', url)).toMatchObject({ code: 0, out: 'schema version 6 (this xcplan: 6)' });
      expect((await run('db', 'add-hospital', '--db', url, '--id', 'T3', '--name', '示例市第一人民医院', '--province', '安徽')).code).toBe(0);
      expect((await run('db', 'add-hospital', '--db', url, '--id', 'S2', '--name', '示例县人民医院')).code).toBe(0);
      expectRun(await run('push', 'fixtures/sample-tertiary.xcplan.json', '--db', url, '--hospital', 'T3'), 0, 'revision 1', 'out');
      expect((await run('push', 'fixtures/sample-secondary.xcplan.json', '--db', url, '--hospital', 'S2')).code).toBe(0);
      expectRun(await run('push', 'fixtures/sample-secondary.xcplan.json', '--db', url, '--hospital', 'S2'), 1, 'nothing written', 'err');
      expect((await run('push', 'fixtures/sample-secondary.xcplan.json', '--db', url, '--hospital', 'NOPE')).err).toContain('has no hospital NOPE');
      const xlsx = join(dir, 'group.xlsx');
      const group = await run('group', '--db', url, '--json', '--xlsx', xlsx);
      expect(group.code).toBe(0);
      const json = JSON.parse(group.out) as { rows: { hospitalId: string; year: number; spend: { total: number } }[]; years: { year: number; hospitals: number }[] };
      expect([...new Set(json.rows.map((r) => r.hospitalId))].sort()).toEqual(['S2', 'T3']);
      expect(json.years.every((y) => y.hospitals === 2)).toBe(true);
      expect(json.rows.some((r) => r.spend.total > 0)).toBe(true);
      // The joint tenders of the two hospitals, in the JSON and as a sheet of the workbook.
      const joint = (JSON.parse(group.out) as { packages: { hospitalIds: string[] }[] }).packages;
      expect(joint.some((p) => p.hospitalIds.join() === 'S2,T3')).toBe(true);
      const book = await readXlsxRows(new Uint8Array(readFileSync(xlsx)), 'group.xlsx');
      expect(book.ok && book.value.map((sheet) => sheet.name)).toContain('Joint tenders');
      expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
      const out = join(dir, 'pulled.xcplan.json');
      expectRun(await run('pull', '--db', url, '--hospital', 'T3', '--out', out), 0, 'push next with --base 1', 'out');
      expect(readFileSync(out).equals(Buffer.from(TERTIARY))).toBe(true);
      expect(await run('pull', '--db', 'mysql://x/y', '--hospital', 'T3', '--out', out)).toMatchObject({ code: 2 });
      // A project file with errors is reported and nothing reaches the store.
      writeFileSync(join(dir, 'bad.xcplan.json'), '{"format":"xcplan"}');
      expect((await run('push', join(dir, 'bad.xcplan.json'), '--db', url, '--hospital', 'T3', '--base', '1')).code).toBe(1);
      expectRun(await run('pull', '--db', url, '--hospital', 'T3', '--out', out), 0, 'revision 1', 'out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exposes asDb over a plain pg client', async () => {
    const { su } = await freshDb();
    expect((await asDb(su.client).query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});
