/**
 * Writes of the procurement feature: the project's target platform (`project.targetPlatform`,
 * data model v2) and its adaptation matrix (`extensions.adaptationMatrix`). One small Dexie write each.
 */
import type { AdaptationCert } from '../../../shared/procurement';
import { ADAPTATION_MATRIX_KEY } from '../../../shared/procurement';
import { db } from '../../db/database';
import type { PlannerDB } from '../../db/database';

export type TargetPlatform = { os?: string; cpu?: string };

/** Sets (or, with undefined, clears) the project's target platform. */
export async function saveTargetPlatform(projectId: string, target: TargetPlatform | undefined, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    const meta: Record<string, unknown> = { ...row.meta };
    if (target && (target.os || target.cpu)) meta.targetPlatform = { ...(target.os ? { os: target.os } : {}), ...(target.cpu ? { cpu: target.cpu } : {}) };
    else delete meta.targetPlatform;
    await database.projects.update(projectId, { meta: meta as typeof row.meta, updatedAt: now });
  });
}

/** Stores the project's own adaptation records (none removes the section). */
export async function saveAdaptationMatrix(projectId: string, rows: readonly AdaptationCert[], now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    const extensions: Record<string, unknown> = { ...row.extensions };
    if (rows.length === 0) delete extensions[ADAPTATION_MATRIX_KEY];
    else extensions[ADAPTATION_MATRIX_KEY] = rows.map((r) => ({ ...r }));
    await database.projects.update(projectId, { extensions, updatedAt: now });
  });
}
