/**
 * Reads of the group view: the chosen projects as project files (live, so edits elsewhere show up)
 * and their group forecast, each member's one analysis computed in the analysis worker.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import type { GroupForecast, GroupMember } from '../../../shared/group';
import { readProject } from '../../db/projects';
import { getAnalysisClient } from '../../workers/analysisClient';

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
  const [answer, setAnswer] = useState<{ for: GroupMember[]; value: GroupForecast } | undefined>(undefined);
  useEffect(() => {
    if (!members) return;
    let alive = true;
    void getAnalysisClient()
      .group({ members })
      .then((value) => {
        if (alive && value) setAnswer({ for: members, value });
      });
    return () => {
      alive = false;
    };
  }, [members]);
  // Only the answer for the members shown: sums of another selection would be wrong, not just late.
  return members && answer?.for === members ? answer.value : undefined;
}
