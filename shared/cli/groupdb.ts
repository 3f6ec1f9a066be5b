/**
 * The Node side of the group store: opening a `pg` connection from a URL (TLS as
 * shared/groupdb/connection.ts decides, the CA file read here). Used by the CLI and the desktop
 * shell's main process; the migrations are read by migrations.ts (CLI only).
 */
import { readFile } from 'node:fs/promises';

import pg from 'pg';

import { clientSettings, DbUrlError, parseDbUrl, redactDbUrl } from '../groupdb';
import type { Db } from '../groupdb';
import type { CliIo } from './types';
import { UsageError } from './types';

export type Connection = { db: Db; client: pg.Client; close: () => Promise<void> };

/** Wraps a `pg` client as the store's `Db`. */
export function asDb(client: Pick<pg.ClientBase, 'query'>): Db {
  return { query: async (text, values) => (await client.query(text, values)) as never };
}

/**
 * Opens a connection. The password may be in the URL, in `options.password` (the desktop app's
 * secure storage) or in PGPASSWORD (read by `pg`).
 * @param url `postgres://…` (see parseDbUrl)
 */
export async function connectDb(url: string, options: { password?: string; applicationName?: string } = {}): Promise<Connection> {
  const target = parseDbUrl(url);
  if (options.password !== undefined) target.password = options.password;
  const ca = target.sslrootcert ? await readFile(target.sslrootcert, 'utf8') : undefined;
  const client = new pg.Client({ ...clientSettings(target, ca), application_name: options.applicationName ?? 'xcplan' });
  // An error event (server gone) after connect must not crash the process; the next query fails instead.
  client.on('error', () => undefined);
  await client.connect();
  return { db: asDb(client), client, close: () => client.end() };
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
