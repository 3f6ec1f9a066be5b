/** Live list of projects and the active project's row, for the shell and the projects view. */
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../db/database';
import type { ProjectRow } from '../db/database';
import { listProjects, projectNames } from '../db/projects';
import type { ProjectSummary } from '../db/projects';
import { useAppStore } from '../state/store';

/** All projects, newest first; undefined while loading. */
export function useProjectList(): ProjectSummary[] | undefined {
  return useLiveQuery(() => listProjects(), []);
}

/** Every project's name by id; undefined while loading. */
export function useProjectNames(): Record<string, string> | undefined {
  return useLiveQuery(() => projectNames(), []);
}

/** The active project's row (name, meta); null when none. */
export function useActiveProjectRow(): ProjectRow | null | undefined {
  const projectId = useAppStore((s) => s.activeProjectId);
  return useLiveQuery(async () => (projectId ? ((await db.projects.get(projectId)) ?? null) : null), [projectId]);
}
