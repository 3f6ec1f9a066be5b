/**
 * Asset and dependency edits for one project: inline edit, bulk edit, add, delete with undo and
 * dependency add/remove. Each multi-table write is one transaction of Dexie calls only (R-S4).
 */
import Dexie from 'dexie';

import type { Asset, Dependency } from '../../shared/model';
import { db } from './database';
import type { AssetRow, PlannerDB } from './database';
import { appendedChunks, readDependencyChunks, reinsertIntoChunks, removeFromChunks, unpackDependencies } from './dependencyChunks';
import type { PlacedDependency } from './dependencyChunks';

/** Fields the bulk edit bar and inline edit may set; `undefined` clears an optional field. */
export type AssetPatch = Partial<Omit<Asset, 'id'>>;

/** What a delete removed, so the undo toast can put it back exactly (R-S14). */
export type RemovedAssets = { projectId: string; assets: Asset[]; dependencies: PlacedDependency[] };

/**
 * Every asset row of a project, in id order, read as one range of the primary key [projectId+id]
 * (the order the table shows by default). Not through the projectId index: an index read makes
 * IndexedDB look each row up by its key, and a live query over it records all 100,000 keys to
 * watch (hundreds of ms of key comparisons); the key range is one range to watch.
 */
export function readAssetRows(projectId: string, database: PlannerDB = db): Promise<AssetRow[]> {
  return database.assets.where('[projectId+id]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray();
}

/** Reads every asset of a project, in id order. */
export async function listAssets(projectId: string, database: PlannerDB = db): Promise<Asset[]> {
  return (await readAssetRows(projectId, database)).map(toAsset);
}

/**
 * The first assets of a project in key (id) order, read through the primary key: enough to paint
 * the first screen of a 100,000-row table while the full read is still running.
 */
export async function listFirstAssets(projectId: string, limit: number, database: PlannerDB = db): Promise<Asset[]> {
  const rows = await database.assets.where('[projectId+id]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).limit(limit).toArray();
  return rows.map(toAsset);
}

/** Number of assets in a project (an index count, no records read). */
export async function countProjectAssets(projectId: string, database: PlannerDB = db): Promise<number> {
  return database.assets.where('projectId').equals(projectId).count();
}

/** Reads every dependency of a project, in insertion order. */
export async function listDependencies(projectId: string, database: PlannerDB = db): Promise<Dependency[]> {
  return unpackDependencies(await readDependencyChunks(projectId, database));
}

/**
 * Applies one patch to several assets in one transaction and returns the previous versions
 * (for undo). Fields set to `undefined` in the patch are removed from the asset.
 */
export async function updateAssets(projectId: string, ids: readonly string[], patch: AssetPatch, now: string, database: PlannerDB = db): Promise<Asset[]> {
  return database.transaction('rw', database.assets, database.projects, async () => {
    const rows = await database.assets.bulkGet(ids.map((id) => [projectId, id] as [string, string]));
    const before: Asset[] = [];
    const after: AssetRow[] = [];
    for (const row of rows) {
      if (!row) continue;
      before.push(toAsset(row));
      after.push(applyPatch(row, patch));
    }
    await database.assets.bulkPut(after);
    await database.projects.update(projectId, { updatedAt: now });
    return before;
  });
}

/** Puts assets back as they were (undo of an edit). */
export async function restoreAssets(projectId: string, assets: readonly Asset[], now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.assets, database.projects, async () => {
    await database.assets.bulkPut(assets.map((asset): AssetRow => ({ ...asset, projectId })));
    await database.projects.update(projectId, { updatedAt: now });
  });
}

/** Adds a new asset; fails (ConstraintError) when the id exists. */
export async function addAsset(projectId: string, asset: Asset, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.assets, database.projects, async () => {
    await database.assets.add({ ...asset, projectId });
    await database.projects.update(projectId, { updatedAt: now });
  });
}

/** Deletes assets and every dependency touching them, in one transaction; returns what it removed. */
export async function deleteAssets(projectId: string, ids: readonly string[], now: string, database: PlannerDB = db): Promise<RemovedAssets> {
  const idSet = new Set(ids);
  return database.transaction('rw', database.assets, database.dependencyChunks, database.projects, async () => {
    const rows = await database.assets.bulkGet(ids.map((id) => [projectId, id] as [string, string]));
    const { put, emptied, removed } = removeFromChunks(await readDependencyChunks(projectId, database), (from, to) => idSet.has(from) || idSet.has(to));
    await database.assets.bulkDelete(ids.map((id) => [projectId, id] as [string, string]));
    await database.dependencyChunks.bulkPut(put);
    await database.dependencyChunks.bulkDelete(emptied);
    await database.projects.update(projectId, { updatedAt: now });
    return { projectId, assets: rows.filter((r): r is AssetRow => r !== undefined).map(toAsset), dependencies: removed };
  });
}

/** Undo of `deleteAssets`: the assets and their dependencies come back with their original order. */
export async function undeleteAssets(removed: RemovedAssets, now: string, database: PlannerDB = db): Promise<void> {
  const { projectId } = removed;
  await database.transaction('rw', database.assets, database.dependencyChunks, database.projects, async () => {
    await database.assets.bulkPut(removed.assets.map((asset): AssetRow => ({ ...asset, projectId })));
    if (removed.dependencies.length > 0) {
      await database.dependencyChunks.bulkPut(reinsertIntoChunks(projectId, await readDependencyChunks(projectId, database), removed.dependencies));
    }
    await database.projects.update(projectId, { updatedAt: now });
  });
}

export type DependencyProblem = 'self' | 'dangling' | 'duplicate';

/**
 * Adds a dependency after checking it: not to itself, both ends exist, not already there.
 * @returns the problem, or undefined when it was added
 */
export async function addDependency(projectId: string, dep: Dependency, now: string, database: PlannerDB = db): Promise<DependencyProblem | undefined> {
  if (dep.from === dep.to) return 'self';
  return database.transaction('rw', database.assets, database.dependencyChunks, database.projects, async () => {
    const ends = await database.assets.bulkGet([[projectId, dep.from], [projectId, dep.to]]);
    if (ends.some((end) => end === undefined)) return 'dangling';
    const chunks = await readDependencyChunks(projectId, database);
    if (chunks.some((c) => c.from.some((from, i) => from === dep.from && c.to[i] === dep.to && c.kind[i] === dep.kind))) return 'duplicate';
    await database.dependencyChunks.bulkPut(appendedChunks(projectId, [dep], chunks.at(-1)));
    await database.projects.update(projectId, { updatedAt: now });
    return undefined;
  });
}

/** Removes one dependency (every stored copy of it). */
export async function removeDependency(projectId: string, dep: Dependency, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.dependencyChunks, database.projects, async () => {
    const { put, emptied } = removeFromChunks(await readDependencyChunks(projectId, database), (from, to, kind) => from === dep.from && to === dep.to && kind === dep.kind);
    await database.dependencyChunks.bulkPut(put);
    await database.dependencyChunks.bulkDelete(emptied);
    await database.projects.update(projectId, { updatedAt: now });
  });
}

function applyPatch(row: AssetRow, patch: AssetPatch): AssetRow {
  const next: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(patch)) {
    // The scale prices a business system; a bulk edit over mixed rows leaves the others as they are.
    if (key === 'scale' && row.category !== 'application') continue;
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
  }
  return next as AssetRow;
}

function toAsset(row: AssetRow): Asset {
  const { projectId: _projectId, ...asset } = row;
  return asset;
}
