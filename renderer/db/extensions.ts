/**
 * Writes of the project's own sections beside the inventory: extension sections (price book,
 * adaptation matrix, assessment, dbassess, discovery), so they export with the project, the target
 * platform (`project.targetPlatform`, data model v2) and accepted discovered dependencies. One
 * small transaction each.
 */
import { DISCOVERY_KEY } from '../../shared/discovery';
import { withExtension } from '../../shared/io/extensions';
import { PRICE_BOOK_EXTENSION } from '../../shared/forecast/priceBook';
import type { PriceBook } from '../../shared/forecast/types';
import type { Dependency } from '../../shared/model';
import type { AdaptationCert } from '../../shared/procurement';
import { ADAPTATION_MATRIX_KEY } from '../../shared/procurement';
import { addDependency } from './assets';
import { db } from './database';
import type { PlannerDB, ProjectRow } from './database';

/** Changes one project row in its own transaction; throws when there is no such project. */
async function updateProjectRow(projectId: string, change: (row: ProjectRow) => Partial<ProjectRow>, now: string, database: PlannerDB): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    await database.projects.update(projectId, { ...change(row), updatedAt: now });
  });
}

/**
 * Stores (or, with undefined, removes) one section under the project's extensions.
 * @param projectId the project
 * @param key the extension key (`assessment`, `priceBook`, …)
 * @param value the section, or undefined to remove it
 * @param now ISO timestamp of the change
 */
export async function saveExtension(projectId: string, key: string, value: unknown, now: string, database: PlannerDB = db): Promise<void> {
  await updateProjectRow(projectId, (row) => ({ extensions: withExtension(row, key, value).extensions }), now, database);
}

/** Stores (or, with undefined, removes so the defaults apply) the price book of a project. */
export async function savePriceBook(projectId: string, book: PriceBook | undefined, now: string, database: PlannerDB = db): Promise<void> {
  await saveExtension(projectId, PRICE_BOOK_EXTENSION, book, now, database);
}

/** Stores the project's own adaptation records (none removes the section). */
export async function saveAdaptationMatrix(projectId: string, rows: readonly AdaptationCert[], now: string, database: PlannerDB = db): Promise<void> {
  await saveExtension(projectId, ADAPTATION_MATRIX_KEY, rows.length === 0 ? undefined : rows.map((r) => ({ ...r })), now, database);
}

export type TargetPlatform = { os?: string; cpu?: string };

/** Sets (or, with undefined, clears) the project's target platform. */
export async function saveTargetPlatform(projectId: string, target: TargetPlatform | undefined, now: string, database: PlannerDB = db): Promise<void> {
  await updateProjectRow(
    projectId,
    (row) => {
      const meta: Record<string, unknown> = { ...row.meta };
      if (target && (target.os || target.cpu)) meta.targetPlatform = { ...(target.os ? { os: target.os } : {}), ...(target.cpu ? { cpu: target.cpu } : {}) };
      else delete meta.targetPlatform;
      return { meta: meta as ProjectRow['meta'] };
    },
    now,
    database,
  );
}

/**
 * Accepts discovered dependencies and remembers rejected proposals, in one transaction: each edge
 * is checked like a hand-drawn one (both ends exist, not a duplicate).
 * @returns how many edges were added
 */
export async function saveDiscoveryDecisions(projectId: string, accepted: readonly Dependency[], discovery: unknown, now: string, database: PlannerDB = db): Promise<number> {
  return database.transaction('rw', database.assets, database.dependencyChunks, database.projects, async () => {
    let added = 0;
    for (const dep of accepted) if ((await addDependency(projectId, dep, now, database)) === undefined) added++;
    await saveExtension(projectId, DISCOVERY_KEY, discovery, now, database);
    return added;
  });
}
