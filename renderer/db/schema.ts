/**
 * The IndexedDB schema history. Never rewrite a released version: add a new constant and a new
 * step at the end of SCHEMA_CHAIN (STYLE.md guideline 6).
 *
 * How to add version N+1 (QUALITY.md R-S5):
 * 1. Add `schemaVN1` below (only the tables that change, or all of them) and a step
 *    `{ version: N+1, stores: schemaVN1, upgrade }` at the end of SCHEMA_CHAIN. `upgrade` is async,
 *    returns its promise, is idempotent (running it twice gives the same rows) and never changes
 *    a primary key; database.ts writes the `meta.dataVersion` marker in the same transaction.
 * 2. Raise CURRENT_DB_VERSION to N+1.
 * 3. Before releasing, freeze a dump of a small project as written by version N+1:
 *    `npx tsx fixtures/db/make.ts` writes fixtures/db/v<N+1>.json (it refuses to overwrite one).
 * 4. Add one entry to FIXTURES in renderer/db/migration.test.ts with what version N+1 should read
 *    back from every older fixture. The test opens every fixture with the current PlannerDB.
 */
import type { Transaction } from 'dexie';

import { upgradeAsset, upgradeScenarioRecord } from '../../shared/model/convert';

// ── v1, 2026-11-28: first release ────────────────────────────────────────────────────────────
// projects: one row per hospital project.  assets: compound key [projectId+id] so several
// projects live side by side; three indexes (projectId, [projectId+category], [projectId+origin]).
// dependencies: auto key, looked up by either end.  scenarios: named per project.
// catalogue: user additions to the built-in product catalogue.  settings: key/value.
// meta: dataVersion marker written by every upgrade (QUALITY.md R-S5).
export const schemaV1 = {
  projects: 'id, name, updatedAt',
  assets: '[projectId+id], projectId, [projectId+category], [projectId+origin]',
  dependencies: '++seq, projectId, [projectId+from], [projectId+to]',
  scenarios: '[projectId+name], projectId',
  catalogue: '[projectId+key], projectId',
  settings: 'key',
  meta: 'key',
} as const;

/** One released schema version: its stores and the data change from the version before it. */
export type SchemaStep = {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  /** Data migration from version - 1; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
};

// ── v2, 2026-12-03: data model version 2 ─────────────────────────────────────────────────────
// Assets carry `vendorOrigin` and `disposition` instead of `origin` and `status` (DESIGN.md "Data
// model (version 2)"); the origin index follows the field. Scenarios carry named freeze windows
// instead of freeze months. Rows are converted exactly as a version 1 project file is on import
// (shared/model/convert.ts), so the database and the file agree.
export const schemaV2 = {
  ...schemaV1,
  assets: '[projectId+id], projectId, [projectId+category], [projectId+vendorOrigin]',
} as const;

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('assets').toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
    if (!('origin' in row) && !('status' in row)) return;
    ref.value = upgradeAsset(row);
  });
  await tx.table('scenarios').toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
    if (!('freezeMonths' in row)) return;
    ref.value = upgradeScenarioRecord(row);
  });
}

// ── v3, 2026-12-04: the `catalogue` table is dropped ─────────────────────────────────────────
// No released code ever wrote it (user product data lives in the project's extensions, so it
// exports with the project); dropping it removes a table every project write had to carry.
export const schemaV3 = { ...schemaV2, catalogue: null } as const;

/** Every released version in order. Append only. */
export const SCHEMA_CHAIN: readonly SchemaStep[] = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2, upgrade: upgradeToV2 },
  { version: 3, stores: schemaV3 },
];

export const CURRENT_DB_VERSION = 3;

/** Key of the meta row holding the data version the rows were last written or migrated to. */
export const DATA_VERSION_KEY = 'dataVersion';
