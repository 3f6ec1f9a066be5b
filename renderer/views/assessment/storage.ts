/**
 * Writes of the assessment view: one extension section of the project (extensions.assessment),
 * one small Dexie write, so it exports with the project.
 */
import { db } from '../../db/database';
import type { PlannerDB } from '../../db/database';

/**
 * Stores one section under the project's extensions.
 * @param projectId the project
 * @param key the extension key (`assessment`)
 * @param value the section
 * @param now ISO timestamp of the change
 */
export async function saveExtension(projectId: string, key: string, value: unknown, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    await database.projects.update(projectId, { extensions: { ...row.extensions, [key]: value }, updatedAt: now });
  });
}
