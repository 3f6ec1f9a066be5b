/**
 * The database side of start-up recovery (renderer/backup/recovery.ts asks the user): open the
 * database and say whether it is usable, and write every project of a backup all or nothing.
 * Over a database that cannot be opened, the backup is first written into a staging database and
 * read back; only then is the broken database deleted and the staged rows copied into a new one
 * (issue 15 #6), so a failure while writing never leaves the user with neither.
 */
import Dexie from 'dexie';

import type { ProjectFile } from '../../shared/model';
import { db, NewerDatabaseError, PlannerDB } from './database';
import { commitImport } from './importCommit';
import { readProject } from './projects';

export type OpenState = { kind: 'has-projects' } | { kind: 'empty' } | { kind: 'broken'; error: Error };

/** Opens the database; a newer database's error is thrown as is (nothing may touch it). */
export async function openForRecovery(database: PlannerDB = db): Promise<OpenState> {
  try {
    await database.open();
    return (await database.projects.count()) > 0 ? { kind: 'has-projects' } : { kind: 'empty' };
  } catch (error) {
    if (error instanceof NewerDatabaseError) throw error;
    return { kind: 'broken', error: error instanceof Error ? error : new Error(String(error)) };
  }
}

export type BackupProject = { id: string; file: ProjectFile };

/** Name of the staging database beside `name`. */
export const stagingName = (name: string): string => `${name}-restore-staging`;

/**
 * Writes every project of a backup into the database, all or nothing.
 * @param replaceBroken the database could not be opened: stage, verify, then swap
 */
export async function restoreBackupProjects(projects: readonly BackupProject[], now: string, replaceBroken: boolean, database: PlannerDB = db): Promise<void> {
  if (!replaceBroken) {
    await writeAll(database, projects, now);
    return;
  }
  const staging = new PlannerDB(stagingName(database.name));
  await staging.delete();
  let swapping = false;
  try {
    await staging.open();
    await writeAll(staging, projects, now);
    await verifyProjects(staging, projects);
    swapping = true;
    database.close();
    await Dexie.delete(database.name);
    await database.open();
    await copyRows(staging, database);
    await verifyProjects(database, projects);
    await staging.delete();
  } catch (error) {
    // Before the swap the broken database is untouched and the half-written staging copy goes;
    // after it, the staged copy stays for the next attempt.
    if (!swapping) await staging.delete().catch(() => undefined);
    throw error;
  } finally {
    staging.close();
  }
}

/** Every project in ONE transaction (each commit joins it): a failure in the third rolls back the first two. */
async function writeAll(target: PlannerDB, projects: readonly BackupProject[], now: string): Promise<void> {
  await target.transaction('rw', [target.projects, target.assets, target.dependencies, target.scenarios, target.meta], async () => {
    for (const { id, file } of projects) {
      await commitImport(id, { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now }, target);
    }
  });
}

/** Reads every project back and compares its counts with the backup; throws on the first difference. */
async function verifyProjects(target: PlannerDB, projects: readonly BackupProject[]): Promise<void> {
  for (const { id, file } of projects) {
    const stored = await readProject(id, target);
    if (!stored || stored.assets.length !== file.assets.length || stored.dependencies.length !== file.dependencies.length) {
      throw new Error(`恢复校验失败：项目 ${id} 读回不一致 / Restore verification failed: project ${id} does not read back the same`);
    }
  }
}

/** Copies the project data of `from` into the empty `to`, keys included, in one transaction. */
async function copyRows(from: PlannerDB, to: PlannerDB): Promise<void> {
  const [projects, assets, dependencies, scenarios] = await Promise.all([from.projects.toArray(), from.assets.toArray(), from.dependencies.toArray(), from.scenarios.toArray()]);
  await to.transaction('rw', [to.projects, to.assets, to.dependencies, to.scenarios], async () => {
    await to.projects.bulkAdd(projects);
    await to.assets.bulkAdd(assets);
    await to.dependencies.bulkAdd(dependencies);
    await to.scenarios.bulkAdd(scenarios);
  });
}
