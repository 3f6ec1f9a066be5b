/** Live assets and dependencies of the active project, read through the projectId indexes. */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Asset, Dependency } from '../../shared/model';
import { listAssets, listDependencies } from '../db/assets';
import { useAppStore } from '../state/store';

export type InventoryData = { projectId: string; assets: Asset[]; dependencies: Dependency[] };

/** undefined while loading, null without an active project. */
export function useInventory(): InventoryData | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  return useLiveQuery(async () => {
    if (!projectId) return null;
    const [assets, dependencies] = await Promise.all([listAssets(projectId), listDependencies(projectId)]);
    return { projectId, assets, dependencies };
  }, [projectId]);
}
