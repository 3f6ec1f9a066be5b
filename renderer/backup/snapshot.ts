/**
 * Snapshots for undo: the exact rows of one project (project row, assets, dependencies in order,
 * scenarios) taken before a restore or an import, and put back in one transaction. Putting a
 * snapshot back after a restore returns the project to exactly what it was, including its
 * timestamps; a snapshot of a project that did not exist deletes it again.
 */
import { db } from '../db/database';
import type { AssetRow, DependencyRow, PlannerDB, ProjectRow, ScenarioRow } from '../db/database';

export type ProjectSnapshot = {
  projectId: string;
  /** The rows, or undefined when the project did not exist when the snapshot was taken. */
  rows?: { project: ProjectRow; assets: AssetRow[]; dependencies: DependencyRow[]; scenarios: ScenarioRow[] };
};

const tables = (database: PlannerDB) => [database.projects, database.assets, database.dependencies, database.scenarios];

/** Reads one project's rows in one read transaction. */
export async function takeSnapshot(projectId: string, database: PlannerDB = db): Promise<ProjectSnapshot> {
  return database.transaction('r', tables(database), async () => {
    const project = await database.projects.get(projectId);
    if (!project) return { projectId };
    const [assets, dependencies, scenarios] = await Promise.all([
      database.assets.where('projectId').equals(projectId).toArray(),
      database.dependencies.where('projectId').equals(projectId).sortBy('seq'),
      database.scenarios.where('projectId').equals(projectId).toArray(),
    ]);
    return { projectId, rows: { project, assets, dependencies, scenarios } };
  });
}

/** Puts a snapshot back: the project's current rows are replaced by the snapshot's, all or nothing. */
export async function restoreSnapshot(snapshot: ProjectSnapshot, database: PlannerDB = db): Promise<void> {
  const { projectId, rows } = snapshot;
  await database.transaction('rw', tables(database), async () => {
    await database.assets.where('projectId').equals(projectId).delete();
    await database.dependencies.where('projectId').equals(projectId).delete();
    await database.scenarios.where('projectId').equals(projectId).delete();
    await database.projects.delete(projectId);
    if (!rows) return;
    await database.projects.put(rows.project);
    await database.assets.bulkAdd(rows.assets);
    // New sequence numbers, same order: the dependency list reads back identically.
    await database.dependencies.bulkAdd(rows.dependencies.map(({ seq: _seq, ...dep }) => dep));
    await database.scenarios.bulkAdd(rows.scenarios);
  });
}
