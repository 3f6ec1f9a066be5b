/** Change notifications of project data, for the backup scheduler (any window, any writer). */
import Dexie from 'dexie';

import { db } from './database';
import type { PlannerDB } from './database';

/** Tables whose changes are project data (not settings, status or markers). */
const DATA_TABLES = ['projects', 'assets', 'dependencies', 'scenarios'];

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
