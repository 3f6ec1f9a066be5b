/**
 * Read hooks over the active project. Components call these, never `db.*` inline (STYLE.md 8).
 * `undefined` means still loading; `null` means there is no active project (or it was deleted).
 *
 * The whole project is read once per (project, change count) and shared: the plan, graph,
 * forecast, procurement and settings views all show the same object, so switching between them
 * does not re-read 100,000 assets from IndexedDB. The change count moves on every committed write
 * to the project tables (Dexie's `storagemutated` event, which also carries writes from other
 * windows), and only then is the project read again, while a view is showing it.
 */
import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';

import type { ProjectFile } from '../../shared/model';
import { readProject } from '../db/projects';
import { useAppStore } from '../state/store';

/** Mutated parts of the tables readProject reads: `idb://<db>/<table>/<index>`. */
const WATCHED = /^idb:\/\/[^/]*\/(projects|assets|dependencyChunks|scenarios)\//;

let changeCount = 0;
const listeners = new Set<() => void>();

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!Object.keys(parts).some((key) => WATCHED.test(key))) return;
  changeCount += 1;
  for (const listener of listeners) listener();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getChangeCount = () => changeCount;

type Read = {
  projectId: string;
  count: number;
  settled: boolean;
  value?: ProjectFile | null;
  error?: unknown;
};

/** The latest read (only the active project is cached) and the latest one that succeeded. */
let latest: Read | undefined;
let lastGood: Read | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Starts the read of (project, count) unless it is the latest one already. */
function ensureRead(projectId: string, count: number): void {
  if (latest && latest.projectId === projectId && latest.count === count && latest.error === undefined) return;
  const read: Read = { projectId, count, settled: false };
  latest = read;
  readProject(projectId).then(
    (file) => {
      read.value = file ?? null;
      read.settled = true;
      if (!lastGood || lastGood.projectId !== projectId || lastGood.count <= count) lastGood = read;
      notify();
    },
    (error: unknown) => {
      read.error = error;
      read.settled = true;
      notify();
    },
  );
}

/**
 * What a view shows for the project: the newest successful read, which stays on screen while a
 * re-read after a write is in flight (as useLiveQuery did). A view that mounts after a write it
 * has not seen gets undefined (loading) instead of the older project.
 * @param since the change count when the view mounted
 */
function snapshotFor(projectId: string | undefined, since: number): ProjectFile | null | undefined {
  if (!projectId) return null;
  return lastGood && lastGood.projectId === projectId && lastGood.count >= since ? lastGood.value : undefined;
}

function errorFor(projectId: string | undefined): unknown {
  return latest && latest.projectId === projectId && latest.settled ? latest.error : undefined;
}

/**
 * The active project as the interchange contract, live: it re-reads after every committed write.
 * @param read false: only show a read already made (or in flight), start none (the inventory
 *   paints its first page before it asks for the whole project)
 */
export function useActiveProjectFile(read = true): ProjectFile | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  const count = useSyncExternalStore(subscribe, getChangeCount);
  const [since] = useState(getChangeCount);
  const value = useSyncExternalStore(subscribe, () => snapshotFor(projectId, since));
  const error = useSyncExternalStore(subscribe, () => errorFor(projectId));
  useEffect(() => {
    if (projectId && read) ensureRead(projectId, count);
  }, [projectId, count, read]);
  if (error !== undefined) throw error instanceof Error ? error : new Error('the project could not be read');
  return value;
}
