/**
 * Versioned schema migrations: `migrations/NNN_name.sql`, applied in order, each in its own
 * transaction together with its line in `xcplan.schema_migrations`, under an advisory lock so two
 * migrating processes cannot interleave. An applied migration whose text changed is refused.
 */
import type { Db } from './db';

export type Migration = { version: number; name: string; sql: string; sha256: string };

export type MigrateResult = { from: number; to: number; applied: Migration[] };

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Arbitrary constant for pg_advisory_lock: "xcplan migrate". */
const LOCK_KEY = 4_518_207_391;

/** `001_core` */
export const migrationLabel = (m: { version: number; name: string }): string => `${String(m.version).padStart(3, '0')}_${m.name}`;

/** Version and name from a migration's file name, or undefined when it is not one. */
export function parseMigrationFileName(file: string): { version: number; name: string } | undefined {
  const match = MIGRATION_FILE.exec(file);
  return match ? { version: Number(match[1]), name: match[2]! } : undefined;
}

/** Checks the list is 1, 2, 3… without gaps or repeats. */
export function checkMigrationSequence(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${migrationLabel(m)}: expected version ${i + 1} (no gaps, no repeats)`);
  });
}

/** The schema version of the database (0 when nothing is applied). */
export async function schemaVersion(db: Db): Promise<number> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('xcplan.schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM xcplan.schema_migrations');
  return r.rows[0]?.v ?? 0;
}

/**
 * Brings the database to `target` (default: the newest migration).
 * @param db a connection with the rights to create schemas, tables and roles
 * @param migrations all migrations, in order
 */
export async function migrate(db: Db, migrations: readonly Migration[], target = migrations.length): Promise<MigrateResult> {
  checkMigrationSequence(migrations);
  await db.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await db.query('CREATE SCHEMA IF NOT EXISTS xcplan');
    await db.query(
      'CREATE TABLE IF NOT EXISTS xcplan.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = await db.query<{ version: number; name: string; sha256: string }>('SELECT version, name, sha256 FROM xcplan.schema_migrations ORDER BY version');
    for (const row of applied.rows) {
      const known = migrations[row.version - 1];
      if (!known) throw new Error(`the database is at schema version ${row.version} (${row.name}), newer than this xcplan knows (${migrations.length}); update xcplan`);
      if (known.sha256 !== row.sha256) throw new Error(`migration ${migrationLabel(row)} was changed after it was applied; restore it and add a new migration instead`);
    }
    const from = applied.rows.length;
    const done: Migration[] = [];
    for (const m of migrations.slice(from, target)) {
      await db.query('BEGIN');
      try {
        await db.query(m.sql);
        await db.query('INSERT INTO xcplan.schema_migrations (version, name, sha256) VALUES ($1, $2, $3)', [m.version, m.name, m.sha256]);
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK');
        const detail = error instanceof Error ? error.message : String(error);
        throw new Error(`migration ${migrationLabel(m)} failed and was rolled back: ${detail}`, { cause: error });
      }
      done.push(m);
    }
    return { from, to: from + done.length, applied: done };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
