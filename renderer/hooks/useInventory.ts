/**
 * Live assets and dependencies of the active project, read through the projectId indexes.
 * A first page (in id order) and the total count arrive quickly, so a 100,000-row table paints
 * its first screen while the full read (seconds in Chromium) is still running.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Asset, Dependency } from '../../shared/model';
import { listAssets, listDependencies, listFirstAssets } from '../db/assets';
import { useAppStore } from '../state/store';

export type InventoryData = {
  projectId: string;
  assets: Asset[];
  dependencies: Dependency[];
  /** False while only the first page is loaded. */
  complete: boolean;
  /** Assets in the project; undefined until the full read completes (an index count of 100k rows costs seconds). */
  total: number | undefined;
};

/** Rows read before the full list: comfortably more than one screen. */
export const FIRST_PAGE_ROWS = 200;

/** undefined while loading, null without an active project. */
export function useInventory(): InventoryData | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  const first = useLiveQuery(async () => {
    if (!projectId) return null;
    const assets = await listFirstAssets(projectId, FIRST_PAGE_ROWS);
    return { projectId, assets };
  }, [projectId]);
  // The full read starts once the first page is in, so it cannot delay the first paint.
  const firstReady = first !== undefined && first?.projectId === projectId;
  const full = useLiveQuery(async () => {
    if (!projectId) return null;
    if (!firstReady) return undefined;
    const [assets, dependencies] = await Promise.all([listAssets(projectId), listDependencies(projectId)]);
    return { projectId, assets, dependencies };
  }, [projectId, firstReady]);
  if (full === null || first === null) return null;
  if (full && full.projectId === projectId) return { ...full, complete: true, total: full.assets.length };
  if (first && first.projectId === projectId) {
    const complete = first.assets.length < FIRST_PAGE_ROWS;
    return { projectId, assets: first.assets, dependencies: [], complete, total: complete ? first.assets.length : undefined };
  }
  return undefined;
}
