/**
 * Reads of the group view: the chosen projects as project files and their group forecast, each
 * member's one analysis computed in the analysis worker. Both are kept for a revisit: until a write
 * to any project's tables (the change count of useActiveProject), coming back to the view reads no
 * project and asks the worker nothing. The members stay in memory after the view closes, as the
 * active project's read does.
 */
import { useEffect, useState } from 'react';

import type { GroupForecast, GroupMember } from '../../../shared/group';
import { readProject } from '../../db/projects';
import { useProjectChanges } from '../../hooks/useActiveProject';
import { getAnalysisClient } from '../../workers/analysisClient';

type MembersRead = { key: string; count: number; members: GroupMember[] };

/** The latest reads by selection (a few: ticking a hospital off and on again reads nothing either). */
const reads = new Map<string, MembersRead>();
const SELECTIONS_KEPT = 4;
/** Each read's forecast (weakly: it goes with its members). */
const forecasts = new WeakMap<GroupMember[], GroupForecast>();
const NO_MEMBERS: GroupMember[] = [];

function keep(read: MembersRead): void {
  const held = reads.get(read.key);
  // Only a read no write has overtaken replaces one.
  if (held && held.count > read.count) return;
  reads.delete(read.key);
  reads.set(read.key, read);
  while (reads.size > SELECTIONS_KEPT) reads.delete(reads.keys().next().value!);
}

/** The chosen projects in the given order (missing ones dropped); undefined while loading. Read again after every write. */
export function useGroupMembers(ids: readonly string[]): GroupMember[] | undefined {
  const key = ids.join('\u0000');
  const count = useProjectChanges();
  const held = reads.get(key);
  // Nothing chosen, or read since the last write: nothing to read.
  const fresh = key === '' || held?.count === count;
  const [read, setRead] = useState<MembersRead | undefined>(undefined);
  useEffect(() => {
    if (fresh) return;
    let alive = true;
    void Promise.all(key.split('\u0000').map((id) => readProject(id).then((project) => ({ id, project })))).then((files) => {
      const done: MembersRead = { key, count, members: files.flatMap(({ id, project }) => (project ? [{ id, project }] : [])) };
      keep(done);
      if (alive) setRead(done);
    });
    return () => {
      alive = false;
    };
  }, [key, count, fresh]);
  if (fresh) return held?.members ?? NO_MEMBERS;
  // The previous read of the same selection stays on screen while a write is read again.
  return read && read.key === key ? read.members : undefined;
}

/** The group's plans and spend; undefined while the members load. */
export function useGroupForecast(ids: readonly string[]): GroupForecast | undefined {
  const members = useGroupMembers(ids);
  const known = members ? forecasts.get(members) : undefined;
  const [answer, setAnswer] = useState<{ for: GroupMember[]; value: GroupForecast } | undefined>(undefined);
  useEffect(() => {
    if (!members || known) return;
    let alive = true;
    void getAnalysisClient()
      .group({ members })
      .then((value) => {
        if (!value) return;
        forecasts.set(members, value);
        if (alive) setAnswer({ for: members, value });
      });
    return () => {
      alive = false;
    };
  }, [members, known]);
  if (known) return known;
  // Only the answer for the members shown: sums of another selection would be wrong, not just late.
  return members && answer?.for === members ? answer.value : undefined;
}
