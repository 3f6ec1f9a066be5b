/**
 * Repository functions over the database, speaking shared/ types. Every write that touches
 * several tables is one transaction containing only Dexie calls (QUALITY.md R-I9, R-S4), so an
 * import lands whole or not at all.
 */
import type { ProjectFile, Scenario } from '../../shared/model';
import { DEFAULT_SCENARIO } from '../../shared/model';
import { db } from './database';
import type { AssetRow, DependencyRow, PlannerDB, ProjectRow } from './database';

const ALL_TABLES = (database: PlannerDB) => [database.projects, database.assets, database.dependencies, database.scenarios] as const;

/**
 * Reads a whole project back as the interchange contract.
 * @param projectId the project
 * @returns the project file, or undefined when there is no such project
 */
export async function readProject(projectId: string, database: PlannerDB = db): Promise<ProjectFile | undefined> {
  return database.transaction('r', ALL_TABLES(database), async () => {
    const row = await database.projects.get(projectId);
    if (!row) return undefined;
    const [assetRows, depRows, scenarioRows] = await Promise.all([
      database.assets.where('projectId').equals(projectId).toArray(),
      database.dependencies.where('projectId').equals(projectId).sortBy('seq'),
      database.scenarios.where('projectId').equals(projectId).toArray(),
    ]);
    const scenarios = scenarioRows.map(stripProjectId);
    const active = scenarios.find((s) => s.name === row.activeScenario) ?? scenarios[0];
    const file: ProjectFile = {
      format: 'xcplan',
      version: 1,
      project: row.meta,
      assets: assetRows.map(stripProjectId),
      dependencies: depRows.map(({ from, to, kind }) => ({ from, to, kind })),
    };
    if (active) file.scenario = active;
    const others = scenarios.filter((s) => s !== active);
    if (others.length > 0) file.scenarios = others;
    if (row.extensions) file.extensions = row.extensions;
    return file;
  });
}

/**
 * Replaces (or creates) a project with the content of a project file, in one transaction.
 * @param projectId the project to write
 * @param file a validated project file
 * @param now ISO timestamp (passed in so callers and tests control time)
 */
export async function replaceProject(projectId: string, file: ProjectFile, now: string, database: PlannerDB = db): Promise<void> {
  const scenarios: Scenario[] = [file.scenario ?? { ...DEFAULT_SCENARIO, pins: {} }, ...(file.scenarios ?? [])];
  await database.transaction('rw', ALL_TABLES(database), async () => {
    const existing = await database.projects.get(projectId);
    await deleteProjectRows(projectId, database);
    const row: ProjectRow = {
      id: projectId,
      name: file.project.name,
      meta: file.project,
      activeScenario: scenarios[0]!.name,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (file.extensions) row.extensions = file.extensions;
    await database.projects.put(row);
    await database.assets.bulkAdd(file.assets.map((asset): AssetRow => ({ ...asset, projectId })));
    await database.dependencies.bulkAdd(file.dependencies.map((dep): DependencyRow => ({ ...dep, projectId })));
    await database.scenarios.bulkPut(scenarios.map((s) => ({ ...s, projectId })));
  });
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

/** Deletes a project and everything in it, in one transaction. */
export async function deleteProject(projectId: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', ALL_TABLES(database), () => deleteProjectRows(projectId, database));
}

async function deleteProjectRows(projectId: string, database: PlannerDB): Promise<void> {
  await database.assets.where('projectId').equals(projectId).delete();
  await database.dependencies.where('projectId').equals(projectId).delete();
  await database.scenarios.where('projectId').equals(projectId).delete();
  await database.projects.delete(projectId);
}

function stripProjectId<T extends { projectId: string }>(row: T): Omit<T, 'projectId'> {
  const { projectId: _projectId, ...rest } = row;
  return rest;
}
