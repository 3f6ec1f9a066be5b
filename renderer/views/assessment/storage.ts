/**
 * Writes of the assessment view: extension sections of the project (extensions.assessment,
 * dbassess, discovery), so they export with the project, and accepted discovered dependencies.
 */
import { DISCOVERY_KEY } from '../../../shared/discovery';
import type { Dependency } from '../../../shared/model';
import { addDependency } from '../../db/assets';
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

/**
 * Accepts discovered dependencies and remembers rejected proposals, in one transaction: each edge
 * is checked like a hand-drawn one (both ends exist, not a duplicate).
 * @returns how many edges were added
 */
export async function saveDiscoveryDecisions(projectId: string, accepted: readonly Dependency[], discovery: unknown, now: string, database: PlannerDB = db): Promise<number> {
  return database.transaction('rw', database.assets, database.dependencies, database.projects, async () => {
    let added = 0;
    for (const dep of accepted) if ((await addDependency(projectId, dep, now, database)) === undefined) added++;
    await saveExtension(projectId, DISCOVERY_KEY, discovery, now, database);
    return added;
  });
}
