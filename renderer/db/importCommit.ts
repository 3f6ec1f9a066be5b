/**
 * The one atomic commit of an import (QUALITY.md R-I9, R-S4). Everything is written inside ONE
 * `db.transaction('rw', …)` in chunks, so the UI can show progress; cancelling or any failure
 * throws inside the transaction, IndexedDB rolls it back, and the database is as it was.
 * A marker in `meta` is set before and cleared after, so a crash mid-import is reported on restart.
 */
import type { Asset, Dependency, ProjectFile, Scenario } from '../../shared/model';
import { DEFAULT_SCENARIO } from '../../shared/model';
import { db } from './database';
import type { AssetRow, DependencyChunkRow, PlannerDB, ProjectRow } from './database';
import { appendedChunks, deleteDependencyChunks, readDependencyChunks, unpackDependencies } from './dependencyChunks';

/** Replace the project's assets and dependencies, or add to them (existing ids are skipped, not overwritten). */
export type ImportMode = 'replace' | 'add';

export type ImportPayload = {
  assets: readonly Asset[];
  dependencies: readonly Dependency[];
  /** A whole project file (meta, scenarios, extensions) when importing `*.xcplan.json`. */
  project?: ProjectFile;
};

export type CommitProgress = { done: number; total: number };

export type CommitOptions = {
  mode: ImportMode;
  now: string;
  signal?: AbortSignal;
  onProgress?: (progress: CommitProgress) => void;
  /** Assets (and, rounded up to whole stored chunks, dependencies) per bulk call; smaller chunks report progress more often. */
  chunkSize?: number;
  /**
   * A replace that writes no assets deletes the whole inventory: it runs only when the user
   * confirmed deleting exactly this many assets (the count shown to them). Otherwise it throws
   * `EmptyReplaceRefused` and nothing changes.
   */
  confirmedDeletion?: number;
};

export type CommitResult = { assetsWritten: number; dependenciesWritten: number; skippedIds: string[] };

export const IMPORT_PENDING_KEY = 'importPending';

/** Thrown inside the transaction when the user cancels; the transaction then rolls back. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** A replace with zero assets over a non-empty project, not confirmed: refused, nothing written. */
export class EmptyReplaceRefused extends Error {
  constructor(readonly assetsInProject: number) {
    super(`refusing to replace ${assetsInProject} assets with an empty list without confirmation`);
    this.name = 'EmptyReplaceRefused';
  }
}

/**
 * Ids in the payload that already exist in the project (reported by the wizard in "add" mode).
 * @param existingIds ids in the project now
 * @param assets incoming assets
 */
export function findExistingIds(existingIds: ReadonlySet<string>, assets: readonly Asset[]): string[] {
  return assets.filter((a) => existingIds.has(a.id)).map((a) => a.id);
}

/**
 * Writes an import atomically.
 * @param projectId target project (created when it does not exist and a project file is given)
 * @param payload what to write
 * @param options mode, clock, cancel signal and progress callback
 */
export async function commitImport(projectId: string, payload: ImportPayload, options: CommitOptions, database: PlannerDB = db): Promise<CommitResult> {
  const { mode, now, signal, onProgress, chunkSize = 2000, confirmedDeletion } = options;
  await database.meta.put({ key: IMPORT_PENDING_KEY, value: { projectId, startedAt: now } });
  try {
    return await database.transaction(
      'rw',
      [database.projects, database.assets, database.dependencyChunks, database.scenarios],
      async () => {
        const existing = await database.projects.get(projectId);
        let skippedIds: string[] = [];
        let assets = payload.assets;
        let dependencies = payload.dependencies;
        let lastChunk: DependencyChunkRow | undefined;
        if (mode === 'replace' || !existing) {
          if (existing && payload.assets.length === 0) {
            const inProject = await database.assets.where('projectId').equals(projectId).count();
            if (inProject > 0 && confirmedDeletion !== inProject) throw new EmptyReplaceRefused(inProject);
          }
          await database.assets.where('projectId').equals(projectId).delete();
          await deleteDependencyChunks(projectId, database);
          if (payload.project || !existing) await writeProjectRow(database, projectId, payload.project, existing, now);
        } else {
          const existingIds = new Set((await database.assets.where('projectId').equals(projectId).primaryKeys()).map((key) => key[1]));
          skippedIds = findExistingIds(existingIds, assets);
          const skipped = new Set(skippedIds);
          assets = assets.filter((a) => !skipped.has(a.id));
          const chunks = await readDependencyChunks(projectId, database);
          lastChunk = chunks.at(-1);
          const seen = new Set(unpackDependencies(chunks).map(depKey));
          dependencies = dependencies.filter((d) => !seen.has(depKey(d)));
        }
        const total = assets.length + dependencies.length;
        let done = 0;
        for (let start = 0; start < assets.length; start += chunkSize) {
          if (signal?.aborted) throw new ImportCancelled();
          await database.assets.bulkAdd(assets.slice(start, start + chunkSize).map((a): AssetRow => ({ ...a, projectId })));
          done += Math.min(chunkSize, assets.length - start);
          onProgress?.({ done, total });
        }
        // Dependencies go in packed (dependencyChunks.ts): the project's last chunk filled up, then
        // new chunks, as many per bulk call as hold about `chunkSize` dependencies.
        const packed = appendedChunks(projectId, dependencies, lastChunk);
        let carried = lastChunk?.from.length ?? 0;
        for (let start = 0; start < packed.length; ) {
          if (signal?.aborted) throw new ImportCancelled();
          const batch: DependencyChunkRow[] = [];
          let count = 0;
          while (start < packed.length && (batch.length === 0 || count < chunkSize)) {
            const row = packed[start++]!;
            batch.push(row);
            count += row.from.length - carried;
            carried = 0;
          }
          await database.dependencyChunks.bulkPut(batch);
          done += count;
          onProgress?.({ done, total });
        }
        if (signal?.aborted) throw new ImportCancelled();
        await database.projects.update(projectId, { updatedAt: now });
        return { assetsWritten: assets.length, dependenciesWritten: dependencies.length, skippedIds };
      },
    );
  } finally {
    await database.meta.delete(IMPORT_PENDING_KEY);
  }
}

/**
 * Reads (and clears) the marker of an import that never finished: the app was closed or crashed
 * during the commit. The transaction guarantees the data is unchanged; the user is told so.
 */
export async function takeUnfinishedImport(database: PlannerDB = db): Promise<{ projectId: string; startedAt: string } | undefined> {
  const row = await database.meta.get(IMPORT_PENDING_KEY);
  if (!row) return undefined;
  await database.meta.delete(IMPORT_PENDING_KEY);
  const value = row.value as { projectId?: unknown; startedAt?: unknown } | null;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { projectId: text(value?.projectId), startedAt: text(value?.startedAt) };
}

async function writeProjectRow(database: PlannerDB, projectId: string, file: ProjectFile | undefined, existing: ProjectRow | undefined, now: string): Promise<void> {
  const meta = file?.project ?? existing?.meta ?? { name: projectId, startDate: now.slice(0, 10), horizonYears: 5, waveMonths: 3 };
  const scenarios: Scenario[] = file ? [file.scenario ?? { ...DEFAULT_SCENARIO, pins: {} }, ...(file.scenarios ?? [])] : [];
  const row: ProjectRow = {
    id: projectId,
    name: meta.name,
    meta,
    activeScenario: scenarios[0]?.name ?? existing?.activeScenario ?? DEFAULT_SCENARIO.name,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const extensions = file ? file.extensions : existing?.extensions;
  if (extensions) row.extensions = extensions;
  await database.projects.put(row);
  if (file) {
    await database.scenarios.where('projectId').equals(projectId).delete();
    await database.scenarios.bulkPut(scenarios.map((s) => ({ ...s, projectId })));
  } else if (!existing) {
    await database.scenarios.put({ ...DEFAULT_SCENARIO, pins: {}, projectId });
  }
}

function depKey(dep: Dependency): string {
  return `${dep.from}\u0000${dep.to}\u0000${dep.kind}`;
}
