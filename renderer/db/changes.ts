/** Change notifications of project data, for the backup scheduler (any window, any writer). */
import Dexie from 'dexie';

import { db } from './database';
import type { PlannerDB } from './database';

/** Tables whose changes are project data (not settings, status or markers). */
const DATA_TABLES = ['projects', 'assets', 'dependencyChunks', 'scenarios'];

/** Whether a Dexie storage-mutation event touched project data of the named database. */
export function isDataMutation(parts: Record<string, unknown>, dbName: string): boolean {
  return Object.keys(parts).some((key) => DATA_TABLES.some((table) => key.startsWith(`idb://${dbName}/${table}/`)));
}

/**
 * Calls `listener` after every committed write to project data, from this window or another.
 * @returns the unsubscribe function
 */
export function onDataChange(listener: () => void, database: PlannerDB = db): () => void {
  const onMutation = (parts: Record<string, unknown>) => {
    if (isDataMutation(parts, database.name)) listener();
  };
  Dexie.on('storagemutated', onMutation);
  return () => Dexie.on.storagemutated.unsubscribe(onMutation);
}

/**
 * What a set of committed writes changed, key by key, for re-reading only that (useActiveProject):
 * the asset ids and dependency chunk numbers each project had written. `whole` when a change
 * cannot be told key by key: Dexie records a range (a delete by index, a clear) or, for a write of
 * 50 rows or more, the whole table.
 */
export type ChangedKeys = {
  whole: boolean;
  /** Asset ids written or deleted, by project. */
  assets: Map<string, Set<string>>;
  /** Dependency chunk numbers written or deleted, by project. */
  chunks: Map<string, Set<number>>;
};

/** A primary key [projectId, x] of a project table, or undefined for anything else. */
function projectKey(key: unknown): [string, unknown] | undefined {
  return Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' ? (key as [string, unknown]) : undefined;
}

/**
 * The keys a storage mutation event names, from its primary-key parts (`idb://<db>/<table>/`, an
 * interval tree of the written and deleted keys; the index parts only serve live queries).
 * @param parts the event's observability set (also as another window posts it: plain objects)
 */
export function changedKeys(parts: Record<string, unknown>): ChangedKeys {
  const out: ChangedKeys = { whole: false, assets: new Map(), chunks: new Map() };
  for (const [part, tree] of Object.entries(parts)) {
    const table = /^idb:\/\/[^/]*\/(assets|dependencyChunks)\/$/.exec(part)?.[1];
    if (!table) continue;
    const stack: unknown[] = [tree];
    while (stack.length > 0 && !out.whole) {
      const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown; d?: number } | null | undefined;
      if (!node || !node.d) continue;
      const from = projectKey(node.from);
      const to = projectKey(node.to);
      // A key range, not one key: only a full read can tell what it changed.
      if (!from || !to || from[0] !== to[0] || from[1] !== to[1]) {
        out.whole = true;
        break;
      }
      if (table === 'assets' && typeof from[1] === 'string') addTo(out.assets, from[0], from[1]);
      else if (table === 'dependencyChunks' && typeof from[1] === 'number') addTo(out.chunks, from[0], from[1]);
      else out.whole = true;
      stack.push(node.l, node.r);
    }
  }
  return out;
}

function addTo<T>(map: Map<string, Set<T>>, projectId: string, key: T): void {
  let set = map.get(projectId);
  if (!set) map.set(projectId, (set = new Set()));
  set.add(key);
}
