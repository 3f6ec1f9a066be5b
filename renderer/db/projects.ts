/**
 * Repository functions over the database, speaking shared/ types. Every write that touches
 * several tables is one transaction containing only Dexie calls (QUALITY.md R-I9, R-S4), so an
 * import lands whole or not at all.
 */
import type { ProjectFile } from '../../shared/model';
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
  return database.transaction('r', ALL_TABLES(database), async () => {
    const row = await database.projects.get(projectId);
    if (!row) return undefined;
    const [assetRows, depChunks, scenarioRows] = await Promise.all([
      readAssetRows(projectId, database),
      readDependencyChunks(projectId, database),
      database.scenarios.where('projectId').equals(projectId).toArray(),
    ]);
    const scenarios = scenarioRows.map(stripProjectId);
    const active = scenarios.find((s) => s.name === row.activeScenario) ?? scenarios[0];
    const file: ProjectFile = {
      format: 'xcplan',
      version: 2,
      project: row.meta,
      assets: assetRows.map(stripProjectId),
      dependencies: unpackDependencies(depChunks),
    };
    if (active) file.scenario = active;
    const others = scenarios.filter((s) => s !== active);
    if (others.length > 0) file.scenarios = others;
    if (row.extensions) file.extensions = row.extensions;
    return file;
  });
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
