/**
 * Read hooks over the active project. Components call these, never `db.*` inline (STYLE.md 8).
 * `undefined` means still loading; `null` means there is no active project (or it was deleted).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { ProjectFile } from '../../shared/model';
import { readProject } from '../db/projects';
import { useAppStore } from '../state/store';

/** The active project as the interchange contract, live: it re-reads after every committed write. */
export function useActiveProjectFile(): ProjectFile | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  return useLiveQuery(async () => (projectId ? ((await readProject(projectId)) ?? null) : null), [projectId]);
}
