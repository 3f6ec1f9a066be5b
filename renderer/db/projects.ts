/**
 * Repository functions over the database, speaking shared/ types. Every write that touches
 * several tables is one transaction containing only Dexie calls (QUALITY.md R-I9, R-S4), so an
 * import lands whole or not at all.
 */
import Dexie from 'dexie';

import type { Asset, Dependency, ProjectFile } from '../../shared/model';
import { db } from './database';
import type { AssetRow, DependencyChunkRow, PlannerDB, ProjectRow, ScenarioRow } from './database';
import { deleteDependencyChunks, readDependencyChunks, unpackDependencies } from './dependencyChunks';
import { readAssetRows } from './assets';
import { commitImport } from './importCommit';

const ALL_TABLES = (database: PlannerDB) => [database.projects, database.assets, database.dependencyChunks, database.scenarios] as const;

/**
 * Reads a whole project back as the interchange contract.
 * @param projectId the project
 * @returns the project file, or undefined when there is no such project
 */
export async function readProject(projectId: string, database: PlannerDB = db): Promise<ProjectFile | undefined> {
  return (await readStoredProject(projectId, database))?.file;
}

/** Where one stored dependency chunk's dependencies sit in a project file's `dependencies`. */
export type ChunkSpan = { chunk: number; start: number; count: number };

/** A project as read, with its dependency chunks' places, so a later read can take only what changed. */
export type StoredProject = { file: ProjectFile; chunks: readonly ChunkSpan[] };

/** `readProject`, keeping where each dependency chunk's dependencies went. */
export async function readStoredProject(projectId: string, database: PlannerDB = db): Promise<StoredProject | undefined> {
  return database.transaction('r', ALL_TABLES(database), async () => {
    const row = await database.projects.get(projectId);
    if (!row) return undefined;
    const [assetRows, depChunks, scenarioRows] = await Promise.all([
      readAssetRows(projectId, database),
      readDependencyChunks(projectId, database),
      database.scenarios.where('projectId').equals(projectId).toArray(),
    ]);
    const chunks = spansOf(depChunks.map((chunkRow) => ({ chunk: chunkRow.chunk, count: chunkRow.from.length })));
    return { file: projectFile(row, assetRows.map(stripProjectId), unpackDependencies(depChunks), scenarioRows), chunks };
  });
}

/**
 * The project after writes to the named assets and dependency chunks, from a read made before
 * them: those rows, the project row and its scenarios are read again, the rest is the earlier
 * read's (the same objects). At 100,000 assets a whole read takes seconds; an inline edit's takes
 * milliseconds. The caller knows what changed from Dexie's change events (`changedKeys`).
 * @param base the earlier read of this project
 * @param changed the asset ids and chunk numbers written or deleted since that read
 */
export async function rereadStoredProject(projectId: string, base: StoredProject, changed: { assets: ReadonlySet<string>; chunks: ReadonlySet<number> }, database: PlannerDB = db): Promise<StoredProject | undefined> {
  return database.transaction('r', ALL_TABLES(database), async () => {
    const row = await database.projects.get(projectId);
    if (!row) return undefined;
    const ids = [...changed.assets].sort(byCodeUnits);
    const chunkNumbers = [...changed.chunks];
    const [assetRows, chunkKeys, chunkRows, scenarioRows] = await Promise.all([
      database.assets.bulkGet(ids.map((id): [string, string] => [projectId, id])),
      chunkNumbers.length > 0 ? database.dependencyChunks.where('[projectId+chunk]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).primaryKeys() : undefined,
      database.dependencyChunks.bulkGet(chunkNumbers.map((chunk): [string, number] => [projectId, chunk])),
      database.scenarios.where('projectId').equals(projectId).toArray(),
    ]);
    const assets = mergeAssets(base.file.assets, ids, assetRows.map((r) => (r ? stripProjectId(r) : undefined)));
    let dependencies = base.file.dependencies;
    let chunks = base.chunks;
    if (chunkKeys) {
      const fresh = new Map<number, DependencyChunkRow>();
      chunkRows.forEach((chunkRow, i) => chunkRow && fresh.set(chunkNumbers[i]!, chunkRow));
      const before = new Map(base.chunks.map((span) => [span.chunk, span]));
      // In chunk order: a written chunk as stored now, any other as the earlier read had it.
      const rows: { chunk: number; deps: Dependency[] }[] = [];
      for (const [, chunk] of chunkKeys) {
        const written = fresh.get(chunk);
        const kept = before.get(chunk);
        if (written) rows.push({ chunk, deps: unpackDependencies([written]) });
        else if (kept) rows.push({ chunk, deps: base.file.dependencies.slice(kept.start, kept.start + kept.count) });
        // A chunk neither read before nor named as written: the change events missed something.
        else return readStoredProject(projectId, database);
      }
      dependencies = rows.flatMap((r) => r.deps);
      chunks = spansOf(rows.map((r) => ({ chunk: r.chunk, count: r.deps.length })));
    }
    return { file: projectFile(row, assets, dependencies, scenarioRows), chunks };
  });
}

/** The project file of a project row, its assets (id order), its dependencies and its scenarios. */
function projectFile(row: ProjectRow, assets: Asset[], dependencies: Dependency[], scenarioRows: readonly ScenarioRow[]): ProjectFile {
  const scenarios = scenarioRows.map(stripProjectId);
  const active = scenarios.find((s) => s.name === row.activeScenario) ?? scenarios[0];
  const file: ProjectFile = { format: 'xcplan', version: 2, project: row.meta, assets, dependencies };
  if (active) file.scenario = active;
  const others = scenarios.filter((s) => s !== active);
  if (others.length > 0) file.scenarios = others;
  if (row.extensions) file.extensions = row.extensions;
  return file;
}

/** Each chunk's place in the concatenated dependencies, from the chunks' sizes in order. */
function spansOf(sizes: readonly { chunk: number; count: number }[]): ChunkSpan[] {
  let start = 0;
  return sizes.map(({ chunk, count }) => {
    const span = { chunk, start, count };
    start += count;
    return span;
  });
}

/** IndexedDB's order of string keys: by UTF-16 code units, as `<` compares strings. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The assets in id order with the changed ids replaced, added or (no row) removed.
 * @param assets the earlier read, in id order
 * @param ids the changed ids, in id order
 * @param rows each changed id's asset as stored now (undefined: deleted)
 */
export function mergeAssets(assets: readonly Asset[], ids: readonly string[], rows: readonly (Asset | undefined)[]): Asset[] {
  if (ids.length === 0) return assets as Asset[];
  const out: Asset[] = [];
  let j = 0;
  for (const asset of assets) {
    while (j < ids.length && ids[j]! < asset.id) {
      if (rows[j]) out.push(rows[j]!);
      j++;
    }
    if (j < ids.length && ids[j] === asset.id) {
      if (rows[j]) out.push(rows[j]!);
      j++;
    } else {
      out.push(asset);
    }
  }
  for (; j < ids.length; j++) if (rows[j]) out.push(rows[j]!);
  return out;
}

/**
 * Replaces (or creates) a project with the content of a project file, in one transaction: the
 * import's own commit (importCommit.ts), the one writer that turns a project file into rows.
 * @param projectId the project to write
 * @param file a validated project file
 * @param now ISO timestamp (passed in so callers and tests control time)
 */
export async function replaceProject(projectId: string, file: ProjectFile, now: string, database: PlannerDB = db): Promise<void> {
  await commitImport(projectId, { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now }, database);
}

/** Every project as a project file, sorted by id, each read in its own transaction (for backups). */
export async function readAllProjects(database: PlannerDB = db): Promise<{ id: string; file: ProjectFile }[]> {
  const ids = (await database.projects.toCollection().primaryKeys()).sort();
  const projects: { id: string; file: ProjectFile }[] = [];
  for (const id of ids) {
    const file = await readProject(id, database);
    if (file) projects.push({ id, file });
  }
  return projects;
}

/** Names of every project by id (the restore dialog says which one a restore replaces). */
export async function projectNames(database: PlannerDB = db): Promise<Record<string, string>> {
  return Object.fromEntries((await database.projects.toArray()).map((row) => [row.id, row.name]));
}

/** A project as the projects list shows it. */
export type ProjectSummary = { id: string; name: string; province?: string; updatedAt: string; assetCount: number };

/** Lists projects, most recently changed first, with their asset counts. */
export async function listProjects(database: PlannerDB = db): Promise<ProjectSummary[]> {
  return database.transaction('r', database.projects, database.assets, async () => {
    const rows = await database.projects.orderBy('updatedAt').reverse().toArray();
    const counts = await Promise.all(rows.map((row) => database.assets.where('projectId').equals(row.id).count()));
    return rows.map((row, i): ProjectSummary => {
      const summary: ProjectSummary = { id: row.id, name: row.name, updatedAt: row.updatedAt, assetCount: counts[i] ?? 0 };
      if (row.meta.province) summary.province = row.meta.province;
      return summary;
    });
  });
}

/** Renames a project (its row and the project meta that exports with it). */
export async function renameProject(projectId: string, name: string, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) return;
    await database.projects.put({ ...row, name, meta: { ...row.meta, name }, updatedAt: now });
  });
}

/**
 * Every stored row of one project, exactly as stored (dependency chunks and order included), taken
 * before a change so undo can put it back: the one snapshot of the app (import, restore, merge,
 * delete). `rows` is undefined when the project did not exist; putting that back deletes it.
 */
export type ProjectSnapshot = {
  projectId: string;
  rows?: { project: ProjectRow; assets: AssetRow[]; dependencyChunks: DependencyChunkRow[]; scenarios: ScenarioRow[] };
};

/** Reads every row of a project in one read transaction. */
export async function takeSnapshot(projectId: string, database: PlannerDB = db): Promise<ProjectSnapshot> {
  return database.transaction('r', ALL_TABLES(database), () => readSnapshot(projectId, database));
}

/**
 * Deletes a project and returns what it held, so the delete can be undone with `restoreSnapshot`.
 * Reading and deleting are one transaction: the snapshot is exactly what was deleted.
 * @returns undefined when there is no such project
 */
export async function deleteProjectUndoable(projectId: string, database: PlannerDB = db): Promise<ProjectSnapshot | undefined> {
  return database.transaction('rw', ALL_TABLES(database), async () => {
    const snapshot = await readSnapshot(projectId, database);
    if (!snapshot.rows) return undefined;
    await deleteProjectRows(projectId, database);
    return snapshot;
  });
}

/**
 * Puts a project back exactly as the snapshot holds it (same rows, keys and timestamps), replacing
 * whatever the project id holds now, all or nothing; a snapshot of a project that did not exist
 * deletes it again. Undo for import, restore, merge and delete.
 */
export async function restoreSnapshot(snapshot: ProjectSnapshot, database: PlannerDB = db): Promise<void> {
  const { projectId, rows } = snapshot;
  await database.transaction('rw', ALL_TABLES(database), async () => {
    await deleteProjectRows(projectId, database);
    if (!rows) return;
    await database.projects.put(rows.project);
    await database.assets.bulkAdd(rows.assets);
    await database.dependencyChunks.bulkAdd(rows.dependencyChunks);
    await database.scenarios.bulkPut(rows.scenarios);
  });
}

/**
 * Copies a project (inventory, dependencies, scenarios, active scenario, price book and other
 * extensions) under a new id, for what-if planning. One transaction.
 * @param projectId the project to copy
 * @param name the copy's name (e.g. "… (副本)")
 * @param now ISO timestamp of the copy
 * @returns the new project's id, or undefined when there is no such project
 */
export async function duplicateProject(projectId: string, name: string, now: string, database: PlannerDB = db): Promise<string | undefined> {
  return database.transaction('rw', ALL_TABLES(database), async () => {
    const { rows } = await readSnapshot(projectId, database);
    if (!rows) return undefined;
    const copyId = await freeProjectId(newProjectId(now), database);
    const copy = structuredClone(rows);
    await database.projects.add({ ...copy.project, id: copyId, name, meta: { ...copy.project.meta, name }, createdAt: now, updatedAt: now });
    await database.assets.bulkAdd(copy.assets.map((row) => ({ ...row, projectId: copyId })));
    await database.dependencyChunks.bulkAdd(copy.dependencyChunks.map((row) => ({ ...row, projectId: copyId })));
    await database.scenarios.bulkAdd(copy.scenarios.map((row) => ({ ...row, projectId: copyId })));
    return copyId;
  });
}

async function freeProjectId(base: string, database: PlannerDB): Promise<string> {
  let id = base;
  for (let n = 2; await database.projects.get(id); n += 1) id = `${base}-${n}`;
  return id;
}

async function readSnapshot(projectId: string, database: PlannerDB): Promise<ProjectSnapshot> {
  const project = await database.projects.get(projectId);
  if (!project) return { projectId };
  const [assets, dependencyChunks, scenarios] = await Promise.all([
    readAssetRows(projectId, database),
    readDependencyChunks(projectId, database),
    database.scenarios.where('projectId').equals(projectId).toArray(),
  ]);
  return { projectId, rows: { project, assets, dependencyChunks, scenarios } };
}

async function deleteProjectRows(projectId: string, database: PlannerDB): Promise<void> {
  await database.assets.where('projectId').equals(projectId).delete();
  await deleteDependencyChunks(projectId, database);
  await database.scenarios.where('projectId').equals(projectId).delete();
  await database.projects.delete(projectId);
}

/** A readable, unique-enough project id from the clock (the caller passes `now`). */
export function newProjectId(now: string): string {
  return `p-${now.replace(/[^0-9]/g, '').slice(0, 17)}`;
}

function stripProjectId<T extends { projectId: string }>(row: T): Omit<T, 'projectId'> {
  const { projectId: _projectId, ...rest } = row;
  return rest;
}
