/** Reading the group store's SQL migrations (shared/groupdb/migrations/NNN_name.sql) from disk. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { parseMigrationFileName } from '../groupdb';
import type { Migration } from '../groupdb';

const migrationsDir = () => fileURLToPath(new URL('../groupdb/migrations/', import.meta.url));

/** All migrations in version order, with the SHA-256 of their text. */
export async function loadMigrations(dir = migrationsDir()): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const parsed = parseMigrationFileName(file);
    if (!parsed) throw new Error(`${file}: a migration is named NNN_name.sql`);
    const sql = await readFile(`${dir}/${file}`, 'utf8');
    migrations.push({ ...parsed, sql, sha256: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

