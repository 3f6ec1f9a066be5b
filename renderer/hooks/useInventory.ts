/**
 * Live assets and dependencies of the active project for the inventory table.
 *
 * The whole project comes from the one shared project read (useActiveProject: read once per
 * project and change count, kept while the app runs), so coming back to the inventory from any
 * view, or going from it to the plan, graph or report, reads no asset again: 100,000 assets from
 * IndexedDB cost seconds in Chromium (most of it in the browser's storage process). When that read
 * is not in memory yet (app start, another project, a write not read back), a first page in id
 * order paints the first screen and only then the whole project is read, so the big read cannot
 * delay the first paint.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Asset, Dependency } from '../../shared/model';
import { listDependencies, listFirstAssets } from '../db/assets';
import { useAppStore } from '../state/store';
import { useActiveProjectFile } from './useActiveProject';

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
  // Only look at the shared read until the first page is in (or known not to be needed).
  const shown = useActiveProjectFile(false);
  const first = useLiveQuery(async () => {
    if (!projectId || shown !== undefined) return null;
    const assets = await listFirstAssets(projectId, FIRST_PAGE_ROWS);
    // A page that holds every asset is the whole inventory: its dependencies are few, read them too.
    const complete = assets.length < FIRST_PAGE_ROWS;
    return { projectId, assets, complete, dependencies: complete ? await listDependencies(projectId) : [] };
  }, [projectId, shown !== undefined]);
  const firstReady = shown !== undefined || (first !== undefined && (first === null || first.projectId === projectId));
  const file = useActiveProjectFile(firstReady);
  if (!projectId || file === null) return null;
  if (file) return { projectId, assets: file.assets, dependencies: file.dependencies, complete: true, total: file.assets.length };
  if (first && first.projectId === projectId) {
    return { projectId, assets: first.assets, dependencies: first.dependencies, complete: first.complete, total: first.complete ? first.assets.length : undefined };
  }
  return undefined;
}
