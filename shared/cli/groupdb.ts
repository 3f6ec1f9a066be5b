/**
 * The Node side of the group store: opening a `pg` connection from a URL (TLS as
 * shared/groupdb/connection.ts decides, the CA file read here) and reading the SQL migrations
 * from shared/groupdb/migrations/.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import { clientSettings, DbUrlError, parseDbUrl, parseMigrationFileName, redactDbUrl } from '../groupdb';
import type { Db, Migration } from '../groupdb';
import type { CliIo } from './types';
import { UsageError } from './types';

export type Connection = { db: Db; client: pg.Client; close: () => Promise<void> };

/** Wraps a `pg` client as the store's `Db`. */
export function asDb(client: Pick<pg.ClientBase, 'query'>): Db {
  return { query: async (text, values) => (await client.query(text, values)) as never };
}

/**
 * Opens a connection. The password may be in the URL or in PGPASSWORD (read by `pg`).
 * @param url `postgres://…` (see parseDbUrl)
 * @param applicationName shown in pg_stat_activity
 */
export async function connectDb(url: string, applicationName = 'xcplan'): Promise<Connection> {
  const target = parseDbUrl(url);
  const ca = target.sslrootcert ? await readFile(target.sslrootcert, 'utf8') : undefined;
  const client = new pg.Client({ ...clientSettings(target, ca), application_name: applicationName });
  // An error event (server gone) after connect must not crash the process; the next query fails instead.
  client.on('error', () => undefined);
  await client.connect();
  return { db: asDb(client), client, close: () => client.end() };
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('../groupdb/migrations/', import.meta.url));

/** All migrations in version order, with the SHA-256 of their text. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
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

/**
 * Runs `act` on a connection to `--db`, closing it afterwards. A bad URL is a usage error (exit 2);
 * a connection or database error is printed (without the password) and gives exit code 1.
 */
export async function withDb(url: string | undefined, io: CliIo, act: (db: Db) => Promise<number>): Promise<number> {
  const zh = io.lang === 'zh';
  if (!url) throw new UsageError(zh ? '缺少 --db <postgres://…>' : 'missing --db <postgres://…>');
  let connection: Connection;
  try {
    connection = await connectDb(url);
  } catch (error) {
    if (error instanceof DbUrlError) throw new UsageError(zh ? error.zh : error.en);
    io.stderr(zh ? `错误: 无法连接集团库 ${redactDbUrl(url)}：${message(error)}` : `error: cannot connect to the group store ${redactDbUrl(url)}: ${message(error)}`);
    return 1;
  }
  try {
    return await act(connection.db);
  } catch (error) {
    io.stderr(zh ? `错误: 集团库操作失败：${message(error)}` : `error: the group store refused or failed: ${message(error)}`);
    return 1;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
