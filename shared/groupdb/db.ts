/**
 * The one thing the group store needs from a PostgreSQL client: a parameterised query. The `pg`
 * client is wrapped into this by the Node side (shared/cli/groupdb.ts, electron/), so shared/
 * stays free of Node.
 */
export type DbResult<R> = { rows: R[]; rowCount: number | null };

export type Db = {
  query: <R = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<DbResult<R>>;
};
