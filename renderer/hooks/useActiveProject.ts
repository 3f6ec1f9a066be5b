/**
 * Read hooks over the active project. Components call these, never `db.*` inline (STYLE.md 8).
 * `undefined` means still loading; `null` means there is no active project (or it was deleted).
 *
 * The whole project is read once per (project, change count) and shared: the plan, graph,
 * forecast, procurement and settings views all show the same object, so switching between them
 * does not re-read 100,000 assets from IndexedDB. The change count moves on every committed write
 * to the project tables (Dexie's `storagemutated` event, which also carries writes from other
 * windows), and only then is the project read again, while a view is showing it. A write that
 * Dexie names key by key (an inline edit, a bulk edit of fewer than 50 rows, a dependency added or
 * removed) re-reads only those rows over the previous read (`rereadStoredProject`): at 100,000
 * assets an edit shows in milliseconds instead of after a whole read of seconds.
 */
import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';

import type { ProjectFile } from '../../shared/model';
import { changedKeys } from '../db/changes';
import type { ChangedKeys } from '../db/changes';
import { readStoredProject, rereadStoredProject } from '../db/projects';
import type { StoredProject } from '../db/projects';
import { useAppStore } from '../state/store';

/** Mutated parts of the tables readProject reads: `idb://<db>/<table>/<index>`. */
const WATCHED = /^idb:\/\/[^/]*\/(projects|assets|dependencyChunks|scenarios)\//;

let changeCount = 0;
const listeners = new Set<() => void>();

/** Most rows an update re-reads one by one; past it, one whole read is as quick. */
const MOST_CHANGED_ROWS = 5000;
/** Change events kept for reads that build on an earlier one (a read settles long before this many). */
const LOG_LENGTH = 200;

/** What each change count's event changed, for counts after the newest read. */
let changeLog: { count: number; keys: ChangedKeys }[] = [];

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!Object.keys(parts).some((key) => WATCHED.test(key))) return;
  changeCount += 1;
  changeLog.push({ count: changeCount, keys: changedKeys(parts) });
  if (changeLog.length > LOG_LENGTH) changeLog = changeLog.slice(-LOG_LENGTH);
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
  /** The read with its chunk places (a later read may build on it). */
  stored?: StoredProject;
  error?: unknown;
};

/** The latest read (only the active project is cached) and the latest one that succeeded. */
let latest: Read | undefined;
let lastGood: Read | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * The rows written to the project between the good read `base` and change `count`, when every
 * event in between named its keys and they are few; undefined when only a whole read will do.
 */
function changesSince(base: Read | undefined, projectId: string, count: number): { assets: Set<string>; chunks: Set<number> } | undefined {
  if (!base?.stored || base.projectId !== projectId || base.count >= count) return undefined;
  const events = changeLog.filter((entry) => entry.count > base.count && entry.count <= count);
  // An event older than the log (or lost): nothing says what it changed.
  if (events.length !== count - base.count) return undefined;
  const assets = new Set<string>();
  const chunks = new Set<number>();
  for (const { keys } of events) {
    if (keys.whole) return undefined;
    for (const id of keys.assets.get(projectId) ?? []) assets.add(id);
    for (const chunk of keys.chunks.get(projectId) ?? []) chunks.add(chunk);
  }
  return assets.size + chunks.size > MOST_CHANGED_ROWS ? undefined : { assets, chunks };
}

/** Starts the read of (project, count) unless it is the latest one already. */
function ensureRead(projectId: string, count: number): void {
  if (latest && latest.projectId === projectId && latest.count === count && latest.error === undefined) return;
  const read: Read = { projectId, count, settled: false };
  latest = read;
  const base = lastGood;
  const changed = changesSince(base, projectId, count);
  const reading = changed ? rereadStoredProject(projectId, base!.stored!, changed) : readStoredProject(projectId);
  reading.then(
    (stored) => {
      read.value = stored?.file ?? null;
      read.stored = stored;
      read.settled = true;
      if (!lastGood || lastGood.projectId !== projectId || lastGood.count <= count) lastGood = read;
      // Later reads build on the newest good one: older events are done with.
      const done = lastGood.count;
      changeLog = changeLog.filter((entry) => entry.count > done);
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
  const count = useProjectChanges();
  const value = useActiveProjectIfRead();
  const error = useSyncExternalStore(subscribe, () => errorFor(projectId));
  useEffect(() => {
    if (projectId && read) ensureRead(projectId, count);
  }, [projectId, count, read]);
  if (error !== undefined) throw error instanceof Error ? error : new Error('the project could not be read');
  return value;
}

/**
 * The active project as a view has read it, for work that follows the views (warming the
 * analysis): starts no read, and a failed read is the reading view's to show, not thrown here.
 */
export function useActiveProjectIfRead(): ProjectFile | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  const [since] = useState(getChangeCount);
  return useSyncExternalStore(subscribe, () => snapshotFor(projectId, since));
}

/**
 * The number of committed writes to any project's tables so far (this window's and others'): a
 * value read from them while it has not moved is still current.
 */
export function useProjectChanges(): number {
  return useSyncExternalStore(subscribe, getChangeCount);
}
