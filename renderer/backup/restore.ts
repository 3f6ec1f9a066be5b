/**
 * Restore from a backup or a project file: snapshot the current project first, then replace it
 * through the import's one atomic commit (renderer/db/importCommit.ts). The returned snapshot is
 * what "Undo" puts back.
 */
import type { ProjectFile } from '../../shared/model';
import { db } from '../db/database';
import type { PlannerDB } from '../db/database';
import { commitImport } from '../db/importCommit';
import type { CommitResult } from '../db/importCommit';
import { restoreSnapshot, takeSnapshot } from './snapshot';
import type { ProjectSnapshot } from './snapshot';

export type RestoreOutcome = { snapshot: ProjectSnapshot; result: CommitResult };

/**
 * Replaces a project with a project file (creating it when it does not exist).
 * @param projectId the project to replace
 * @param file a validated project file
 * @param now ISO timestamp
 */
export async function restoreProject(projectId: string, file: ProjectFile, now: string, database: PlannerDB = db): Promise<RestoreOutcome> {
  const snapshot = await takeSnapshot(projectId, database);
  const result = await commitImport(projectId, { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now }, database);
  return { snapshot, result };
}

/** Undoes a restore (or an import): the project is exactly as it was before. */
export async function undoRestore(outcome: Pick<RestoreOutcome, 'snapshot'>, database: PlannerDB = db): Promise<void> {
  await restoreSnapshot(outcome.snapshot, database);
}
