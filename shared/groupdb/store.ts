/**
 * Push, pull and roll-ups against the group store. Every value travels as a query parameter,
 * never inside SQL text; row-level security in the database decides what a role may touch.
 */
import type { Db } from './db';
import type { PreparedPush } from './prepare';
import { assetColumns, dependencyColumns } from './rows';
import { byYearThenPackage } from '../procurement/packages';
import type { TenderPackage } from '../procurement/packages';

export type PushRequest = PreparedPush & {
  hospitalId: string;
  /** The revision the user started from (0 for the first push). */
  baseRevision: number;
};

export type PushResult =
  | { status: 'pushed'; revision: number }
  /** Somebody pushed after `baseRevision`: nothing was written. */
  | { status: 'stale'; head: number; base: number }
  /** No such hospital, or not one this role may write (row-level security hides both alike). */
  | { status: 'unknown-hospital' };

export type PullResult = { status: 'ok'; revision: number; body: Uint8Array; sha256: string; author: string; pushedAt: string } | { status: 'not-found' };

/** Test seam: called between the steps of a push, inside its transaction. */
export type PushHooks = { afterStep?: (step: 'revision' | 'assets' | 'dependencies' | 'plan') => Promise<void> };

/** Rows per INSERT statement: bounds the size of one message for very large estates. */
const CHUNK = 20_000;

async function inChunks(length: number, insert: (from: number, to: number) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < length; from += CHUNK) await insert(from, Math.min(length, from + CHUNK));
}

/**
 * Appends a revision and replaces the hospital's normalised rows, all in one transaction.
 * Optimistic concurrency: the head row is locked, and when it is not `baseRevision` nothing is
 * written. Two concurrent pushes from the same base: the second waits for the first's lock, then
 * sees the new head and is refused.
 */
export async function pushRevision(db: Db, req: PushRequest, hooks: PushHooks = {}): Promise<PushResult> {
  await db.query('BEGIN');
  try {
    const head = await db.query<{ revision: number }>('SELECT revision FROM xcplan.heads WHERE hospital_id = $1 FOR UPDATE', [req.hospitalId]);
    const current = head.rows[0]?.revision;
    if (current === undefined) {
      await db.query('ROLLBACK');
      return { status: 'unknown-hospital' };
    }
    if (current !== req.baseRevision) {
      await db.query('ROLLBACK');
      return { status: 'stale', head: current, base: req.baseRevision };
    }
    const revision = current + 1;
    const h = req.hospitalId;
    await db.query(`INSERT INTO xcplan.revisions (hospital_id, revision, base_revision, body, sha256) VALUES ($1, $2, $3, $4, encode(sha256($4), 'hex'))`, [h, revision, req.baseRevision, req.body]);
    await hooks.afterStep?.('revision');

    for (const table of ['assets', 'dependencies', 'plan_waves', 'plan_years', 'plan_packages']) await db.query(`DELETE FROM xcplan.${table} WHERE hospital_id = $1`, [h]);
    const a = assetColumns(req.project, req.analysis);
    await inChunks(a.id.length, (from, to) =>
      db.query(
        `INSERT INTO xcplan.assets (hospital_id, revision, id, name, category, quantity, vendor, product, tier, vendor_origin, disposition, family, domestic_year)
         SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[])`,
        [h, revision, a.id.slice(from, to), a.name.slice(from, to), a.category.slice(from, to), a.quantity.slice(from, to), a.vendor.slice(from, to), a.product.slice(from, to), a.tier.slice(from, to), a.vendorOrigin.slice(from, to), a.disposition.slice(from, to), a.family.slice(from, to), a.domesticYear.slice(from, to)],
      ),
    );
    await hooks.afterStep?.('assets');
    const d = dependencyColumns(req.project);
    await inChunks(d.from.length, (from, to) =>
      db.query('INSERT INTO xcplan.dependencies (hospital_id, revision, from_id, to_id, kind) SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[])', [h, revision, d.from.slice(from, to), d.to.slice(from, to), d.kind.slice(from, to)]),
    );
    await hooks.afterStep?.('dependencies');
    const w = req.analysis.waves;
    await db.query(
      `INSERT INTO xcplan.plan_waves (hospital_id, revision, wave, start_date, end_date, assets, effort, cost)
       SELECT $1, $2, * FROM unnest($3::int[], $4::date[], $5::date[], $6::int[], $7::float8[], $8::numeric[])`,
      [h, revision, w.map((x) => x.wave), w.map((x) => x.start), w.map((x) => x.end), w.map((x) => x.assets), w.map((x) => x.effort), w.map((x) => x.cost)],
    );
    const y = req.analysis.years;
    await db.query(
      `INSERT INTO xcplan.plan_years (hospital_id, revision, year, os, cpu, database, middleware, security, application, other, total)
       SELECT $1, $2, * FROM unnest($3::int[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[], $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[])`,
      [h, revision, y.map((x) => x.year), y.map((x) => x.os), y.map((x) => x.cpu), y.map((x) => x.database), y.map((x) => x.middleware), y.map((x) => x.security), y.map((x) => x.application), y.map((x) => x.other), y.map((x) => x.total)],
    );
    const p = req.analysis.packages;
    await db.query(
      `INSERT INTO xcplan.plan_packages (hospital_id, revision, budget_year, package, items, quantity, cost, purchase_by, supplier, system)
       SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::int[], $6::bigint[], $7::numeric[], $8::date[], $9::text[], $10::text[])`,
      [h, revision, p.map((x) => x.budgetYear), p.map((x) => x.package), p.map((x) => x.items), p.map((x) => x.quantity), p.map((x) => x.cost), p.map((x) => x.purchaseBy ?? null), p.map((x) => x.supplier ?? null), p.map((x) => x.system ?? null)],
    );
    await hooks.afterStep?.('plan');
    await db.query('UPDATE xcplan.heads SET revision = $2 WHERE hospital_id = $1', [h, revision]);
    await db.query('COMMIT');
    return { status: 'pushed', revision };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The stored bytes of a hospital's head revision (or of `revision`).
 */
export async function pullRevision(db: Db, hospitalId: string, revision?: number): Promise<PullResult> {
  const r = await db.query<{ revision: number; body: Uint8Array; sha256: string; author: string; pushed_at: Date }>(
    `SELECT r.revision, r.body, r.sha256, r.author, r.pushed_at
       FROM xcplan.revisions r JOIN xcplan.heads h ON h.hospital_id = r.hospital_id
      WHERE r.hospital_id = $1 AND r.revision = coalesce($2::int, h.revision)`,
    [hospitalId, revision ?? null],
  );
  const row = r.rows[0];
  if (!row) return { status: 'not-found' };
  return { status: 'ok', revision: row.revision, body: new Uint8Array(row.body), sha256: row.sha256, author: row.author, pushedAt: row.pushed_at.toISOString() };
}

/**
 * Registers a hospital (admin): its row, its head at revision 0, and optionally the login roles
 * that write it and the overseers that read it.
 */
export async function addHospital(db: Db, hospital: { id: string; name: string; province?: string; members?: string[]; overseers?: string[] }): Promise<void> {
  await db.query('BEGIN');
  try {
    await db.query('INSERT INTO xcplan.hospitals (id, name, province) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province', [hospital.id, hospital.name, hospital.province ?? null]);
    await db.query('INSERT INTO xcplan.heads (hospital_id) VALUES ($1) ON CONFLICT DO NOTHING', [hospital.id]);
    for (const role of hospital.members ?? []) await db.query('INSERT INTO xcplan.members (role_name, hospital_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [role, hospital.id]);
    for (const role of hospital.overseers ?? []) await db.query('INSERT INTO xcplan.oversight (role_name, hospital_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [role, hospital.id]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export type RollupRow = {
  hospitalId: string;
  hospitalName: string;
  province: string | null;
  revision: number;
  year: number;
  spend: { os: number; cpu: number; database: number; middleware: number; security: number; application: number; other: number; total: number };
  coverage: { systems: number | null; terminals: number | null; servers: number | null };
  coreSystemsForeign: number;
  families: FamilyCounts;
};

export type FamilyCounts = { oracleInstances: number; windowsSeats: number; vmwareHosts: number; intelServers: number };

/**
 * A tender the group can run jointly: one package of one budget year over the hospitals the role
 * sees; `supplier` is the developer of an adaptation contract and `system` the system of a new
 * one (each absent on the other packages).
 */
export type RollupPackage = { budgetYear: number; package: TenderPackage; supplier?: string; system?: string; hospitalIds: string[]; items: number; quantity: number; cost: number; purchaseBy: string | null };

export type Rollup = {
  rows: RollupRow[];
  /** The joint tenders (联合采购包), by budget year and package order. */
  packages: RollupPackage[];
  /** Per year over every hospital this role sees: foreign families still in place, and spend. */
  years: { year: number; hospitals: number; total: number; coreSystemsForeign: number; families: FamilyCounts }[];
};

const ratio = (part: string, whole: string): number | null => (Number(whole) > 0 ? Number(part) / Number(whole) : null);

type RollupSqlRow = Record<string, string | number | null> & { hospital_id: string; hospital_name: string; province: string | null; revision: number; year: number };

/** The roll-up per hospital and year, and per year over all, computed by the database. */
export async function rollup(db: Db): Promise<Rollup> {
  const r = await db.query<RollupSqlRow>('SELECT * FROM xcplan.rollup_years ORDER BY hospital_id, year');
  const n = (row: RollupSqlRow, key: string) => Number(row[key] ?? 0);
  const rows = r.rows.map<RollupRow>((row) => ({
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    province: row.province,
    revision: row.revision,
    year: row.year,
    spend: { os: n(row, 'os'), cpu: n(row, 'cpu'), database: n(row, 'database'), middleware: n(row, 'middleware'), security: n(row, 'security'), application: n(row, 'application'), other: n(row, 'other'), total: n(row, 'total') },
    coverage: {
      systems: ratio(String(row.systems_domestic), String(row.systems_total)),
      terminals: ratio(String(row.terminals_domestic), String(row.terminals_total)),
      servers: ratio(String(row.servers_domestic), String(row.servers_total)),
    },
    coreSystemsForeign: n(row, 'core_systems_foreign'),
    families: { oracleInstances: n(row, 'oracle_instances'), windowsSeats: n(row, 'windows_seats'), vmwareHosts: n(row, 'vmware_hosts'), intelServers: n(row, 'intel_servers') },
  }));
  const y = await db.query<Record<string, string | number>>(
    `SELECT year, count(*) AS hospitals, sum(total) AS total, sum(core_systems_foreign) AS core, sum(oracle_instances) AS oracle,
            sum(windows_seats) AS windows, sum(vmware_hosts) AS vmware, sum(intel_servers) AS intel
       FROM xcplan.rollup_years GROUP BY year ORDER BY year`,
  );
  const years = y.rows.map((row) => ({
    year: Number(row.year),
    hospitals: Number(row.hospitals),
    total: Number(row.total),
    coreSystemsForeign: Number(row.core),
    families: { oracleInstances: Number(row.oracle), windowsSeats: Number(row.windows), vmwareHosts: Number(row.vmware), intelServers: Number(row.intel) },
  }));
  const p = await db.query<{ budget_year: number; package: TenderPackage; supplier: string | null; system: string | null; hospital_ids: string[]; items: string; quantity: string; cost: string; purchase_by: string | null }>(
    `SELECT budget_year, package, supplier, system, hospital_ids, items, quantity, cost, to_char(purchase_by, 'YYYY-MM-DD') AS purchase_by FROM xcplan.rollup_packages`,
  );
  const packages = p.rows
    .map<RollupPackage>((row) => ({ budgetYear: row.budget_year, package: row.package, ...(row.supplier === null ? {} : { supplier: row.supplier }), ...(row.system === null ? {} : { system: row.system }), hospitalIds: row.hospital_ids, items: Number(row.items), quantity: Number(row.quantity), cost: Number(row.cost), purchaseBy: row.purchase_by }))
    .sort(byYearThenPackage);
  return { rows, years, packages };
}
