/**
 * The one Dexie database of the app. Rows are the shared/ contract types plus the project id;
 * mapping between rows and domain types happens only in renderer/db/.
 */
import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';

import type { Asset, Dependency, ProjectMeta, Scenario } from '../../shared/model';
import { CURRENT_DB_VERSION, DATA_VERSION_KEY, SCHEMA_CHAIN } from './schema';

export const DB_NAME = 'xinchuang-planner';

export type ProjectRow = {
  id: string;
  name: string;
  meta: ProjectMeta;
  /** Name of the active scenario. */
  activeScenario: string;
  extensions?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
};

export type AssetRow = Asset & { projectId: string };
export type DependencyRow = Dependency & { projectId: string; seq?: number };
export type ScenarioRow = Scenario & { projectId: string };
export type SettingRow = { key: string; value: unknown };
export type MetaRow = { key: string; value: unknown };

export class PlannerDB extends Dexie {
  projects!: EntityTable<ProjectRow, 'id'>;
  assets!: Table<AssetRow, [string, string]>;
  dependencies!: Table<DependencyRow, number>;
  scenarios!: Table<ScenarioRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    // 'strict' durability: a committed import survives a power cut (QUALITY.md R-S2).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const step of SCHEMA_CHAIN) {
      const version = this.version(step.version).stores(step.stores);
      // Every upgrade writes the marker in its own transaction, so data and marker never disagree (R-S5).
      version.upgrade(async (tx) => {
        await step.upgrade?.(tx);
        await tx.table('meta').put({ key: DATA_VERSION_KEY, value: step.version });
      });
    }
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION });
    });
    this.on('ready', (database) => checkDataVersion(database as PlannerDB));
  }
}

/**
 * Opening a database written by a newer app (a downgrade) fails with this error and changes
 * nothing (QUALITY.md R-S11). Dexie 4 would otherwise open it silently at its newer version.
 */
export class NewerDatabaseError extends Error {
  constructor(
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `数据库由更新版本的应用写入（数据版本 ${foundVersion}，本版本最高支持 ${supportedVersion}），为保护数据未做任何改动，请用新版本打开。` +
        ` / The database was written by a newer version of the app (data version ${foundVersion}; this version supports up to ${supportedVersion}). Nothing was changed: open it with the newer version.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Refuses newer databases; stamps the marker on a v1 database written before the marker existed. */
async function checkDataVersion(database: PlannerDB): Promise<void> {
  // Dexie stores version n as IndexedDB version n * 10.
  const installed = Math.floor(database.backendDB().version / 10);
  const marker = await database.meta.get(DATA_VERSION_KEY);
  const written = typeof marker?.value === 'number' ? marker.value : 0;
  const found = Math.max(installed, written);
  if (found > CURRENT_DB_VERSION) throw new NewerDatabaseError(found, CURRENT_DB_VERSION);
  if (!marker) await database.meta.put({ key: DATA_VERSION_KEY, value: CURRENT_DB_VERSION });
}

export const db = new PlannerDB();

