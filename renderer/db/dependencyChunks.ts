/**
 * How a project's dependencies are stored (schema v4): packed, in order, as rows of
 * `dependencyChunks` keyed [projectId+chunk], each holding parallel arrays from[], to[] and kind[]
 * of up to DEPENDENCY_CHUNK_SIZE dependencies. Chunk numbers rise in insertion order (they may
 * have gaps after deletes); reading the chunks in key order and concatenating them gives the
 * project's dependencies in the order they were added. Only renderer/db uses this module.
 */
import Dexie from 'dexie';

import type { Dependency, DependencyKind } from '../../shared/model';
import type { DependencyChunkRow, PlannerDB } from './database';

/**
 * Dependencies per stored chunk, chosen by a size estimate (not by comparing chunk sizes in the
 * bench): a chunk of 1,000 is about 30 KB serialised, under the size at which Chromium moves a
 * value out of the row into a blob file, and 400,000 dependencies are 400 rows; an edit rewrites
 * one such chunk.
 */
export const DEPENDENCY_CHUNK_SIZE = 1000;

/** A dependency and where it stood (chunk number, index in the chunk) when it was removed. */
export type PlacedDependency = Dependency & { chunk: number; index: number };

/**
 * Packs dependencies into chunk rows numbered from `firstChunk`.
 * @param projectId the project the rows belong to
 * @param dependencies in order
 */
export function packDependencies(projectId: string, dependencies: readonly Dependency[], firstChunk = 0, size = DEPENDENCY_CHUNK_SIZE): DependencyChunkRow[] {
  const rows: DependencyChunkRow[] = [];
  for (let start = 0, chunk = firstChunk; start < dependencies.length; start += size, chunk += 1) {
    const end = Math.min(start + size, dependencies.length);
    const from = new Array<string>(end - start);
    const to = new Array<string>(end - start);
    const kind = new Array<DependencyKind>(end - start);
    for (let i = start; i < end; i += 1) {
      const dep = dependencies[i]!;
      from[i - start] = dep.from;
      to[i - start] = dep.to;
      kind[i - start] = dep.kind;
    }
    rows.push({ projectId, chunk, from, to, kind });
  }
  return rows;
}

/** Packs one-row-per-dependency rows of any projects (schema v3 and before), keeping each project's order. */
export function packDependencyRows(rows: readonly (Dependency & { projectId: string })[]): DependencyChunkRow[] {
  const byProject = new Map<string, Dependency[]>();
  for (const { projectId, from, to, kind } of rows) {
    let list = byProject.get(projectId);
    if (!list) byProject.set(projectId, (list = []));
    list.push({ from, to, kind });
  }
  return [...byProject].flatMap(([projectId, deps]) => packDependencies(projectId, deps));
}

/** The dependencies of chunk rows, in order. */
export function unpackDependencies(chunks: readonly DependencyChunkRow[]): Dependency[] {
  const out: Dependency[] = [];
  for (const { from, to, kind } of chunks) for (let i = 0; i < from.length; i += 1) out.push({ from: from[i]!, to: to[i]!, kind: kind[i]! });
  return out;
}

/** Every chunk row of a project, in chunk (insertion) order. */
export function readDependencyChunks(projectId: string, database: PlannerDB): Promise<DependencyChunkRow[]> {
  return database.dependencyChunks.where('[projectId+chunk]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
}

/** Deletes every dependency of a project. */
export async function deleteDependencyChunks(projectId: string, database: PlannerDB): Promise<void> {
  await database.dependencyChunks.where('projectId').equals(projectId).delete();
}

/**
 * The rows that append dependencies after `last` (the project's last chunk, if any): `last` filled
 * up to the chunk size (its key kept, so it is put over the stored one), then new chunks.
 */
export function appendedChunks(projectId: string, dependencies: readonly Dependency[], last: DependencyChunkRow | undefined, size = DEPENDENCY_CHUNK_SIZE): DependencyChunkRow[] {
  if (dependencies.length === 0) return [];
  const room = last ? Math.max(0, size - last.from.length) : 0;
  const rows: DependencyChunkRow[] = [];
  if (last && room > 0) {
    const head = packDependencies(projectId, dependencies.slice(0, room), last.chunk, room)[0]!;
    rows.push({ projectId, chunk: last.chunk, from: [...last.from, ...head.from], to: [...last.to, ...head.to], kind: [...last.kind, ...head.kind] });
  }
  return rows.concat(packDependencies(projectId, dependencies.slice(room), last ? last.chunk + 1 : 0, size));
}

/**
 * Removes the dependencies `drop` picks from the chunks; returns the changed chunks (to put), the
 * emptied chunks' keys (to delete) and what was removed with its place (for undo).
 */
export function removeFromChunks(chunks: readonly DependencyChunkRow[], drop: (from: string, to: string, kind: DependencyKind) => boolean): { put: DependencyChunkRow[]; emptied: [string, number][]; removed: PlacedDependency[] } {
  const put: DependencyChunkRow[] = [];
  const emptied: [string, number][] = [];
  const removed: PlacedDependency[] = [];
  for (const row of chunks) {
    const keep: number[] = [];
    for (let i = 0; i < row.from.length; i += 1) {
      if (drop(row.from[i]!, row.to[i]!, row.kind[i]!)) removed.push({ from: row.from[i]!, to: row.to[i]!, kind: row.kind[i]!, chunk: row.chunk, index: i });
      else keep.push(i);
    }
    if (keep.length === row.from.length) continue;
    if (keep.length === 0) emptied.push([row.projectId, row.chunk]);
    else put.push({ projectId: row.projectId, chunk: row.chunk, from: keep.map((i) => row.from[i]!), to: keep.map((i) => row.to[i]!), kind: keep.map((i) => row.kind[i]!) });
  }
  return { put, emptied, removed };
}

/**
 * Puts removed dependencies back at their places: each into its chunk at its old index (the chunk
 * is made again when it was emptied), so an undo restores the order exactly.
 */
export function reinsertIntoChunks(projectId: string, current: readonly DependencyChunkRow[], removed: readonly PlacedDependency[]): DependencyChunkRow[] {
  const byChunk = new Map<number, PlacedDependency[]>();
  for (const dep of removed) {
    let list = byChunk.get(dep.chunk);
    if (!list) byChunk.set(dep.chunk, (list = []));
    list.push(dep);
  }
  const stored = new Map(current.map((row) => [row.chunk, row]));
  const rows: DependencyChunkRow[] = [];
  for (const [chunk, deps] of byChunk) {
    const row = stored.get(chunk);
    const from = row ? [...row.from] : [];
    const to = row ? [...row.to] : [];
    const kind = row ? [...row.kind] : [];
    for (const dep of [...deps].sort((a, b) => a.index - b.index)) {
      const at = Math.min(dep.index, from.length);
      from.splice(at, 0, dep.from);
      to.splice(at, 0, dep.to);
      kind.splice(at, 0, dep.kind);
    }
    rows.push({ projectId, chunk, from, to, kind });
  }
  return rows;
}
