/**
 * Reads of the group view: the chosen projects as project files (live, so edits elsewhere show up)
 * and their group forecast with the real planner.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';

import { groupForecast } from '../../../shared/group';
import type { GroupForecast, GroupMember } from '../../../shared/group';
import { readProject } from '../../db/projects';

/** The chosen projects in the given order (missing ones dropped); undefined while loading. */
export function useGroupMembers(ids: readonly string[]): GroupMember[] | undefined {
  const key = ids.join('\u0000');
  return useLiveQuery(async () => {
    const files = await Promise.all(ids.map((id) => readProject(id)));
    return ids.flatMap((id, i) => (files[i] ? [{ id, project: files[i] }] : []));
  }, [key]);
}

/** The group's plans and spend; undefined while the members load. */
export function useGroupForecast(ids: readonly string[]): GroupForecast | undefined {
  const members = useGroupMembers(ids);
  return useMemo(() => (members ? groupForecast(members) : undefined), [members]);
}
