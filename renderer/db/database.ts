/**
 * The one Dexie database of the app. Rows are the shared/ contract types plus the project id;
 * mapping between rows and domain types happens only in renderer/db/.
 */
import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';

import type { Asset, Dependency, ProjectMeta, Scenario } from '../../shared/model';
import { schemaV1 } from './schema';

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
export type CatalogueRow = { projectId: string; key: string; entry: unknown };
export type SettingRow = { key: string; value: unknown };
export type MetaRow = { key: string; value: unknown };

export class PlannerDB extends Dexie {
  projects!: EntityTable<ProjectRow, 'id'>;
  assets!: Table<AssetRow, [string, string]>;
  dependencies!: Table<DependencyRow, number>;
  scenarios!: Table<ScenarioRow, [string, string]>;
  catalogue!: Table<CatalogueRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    // 'strict' durability: a committed import survives a power cut (QUALITY.md R-S2).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(schemaV1);
  }
}

export const db = new PlannerDB();
