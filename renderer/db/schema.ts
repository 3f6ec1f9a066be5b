/**
 * The IndexedDB schema history. Never rewrite a released version: add a new constant and chain it
 * in database.ts (STYLE.md guideline 6).
 */

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

export const CURRENT_DB_VERSION = 1;
