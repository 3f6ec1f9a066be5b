/**
 * A project posted to the analysis worker as the changes from a version the worker already holds.
 *
 * After a write the shared project read keeps every asset and dependency it did not re-read as the
 * same object (useActiveProject, `rereadStoredProject`), so the new version differs from the one
 * posted before it by the rows the write touched. Posting the whole project again blocked the page
 * for 0.4 s at 100,000 assets, and the worker for 0.5 s to receive it; the changes are a handful
 * of objects.
 *
 * The lists travel as runs: a stretch of the held list's items (by position), or the items
 * themselves. The runs are found by identity, so the worker rebuilds exactly the page's list;
 * when the lists share too little (an import, a bulk write) the project is posted whole.
 */
import type { ProjectFile } from '../../shared/model';

/** Part of a list: `count` items of the held list from `from`, or items carried. */
export type Run<T> = { from: number; count: number } | { items: T[] };

export type ProjectDelta = {
  /** The version the worker holds and the runs refer to. */
  base: number;
  /** The project's other fields (metadata, scenarios, extensions) as they are now; empty lists hold the lists' places in the key order. */
  rest: ProjectFile;
  assets: Run<ProjectFile['assets'][number]>[];
  dependencies: Run<ProjectFile['dependencies'][number]>[];
};

/** Most items carried in one delta: past it, the project goes whole. */
export const MOST_CARRIED = 20_000;
/** How far ahead a run looks for the item it lost (an insertion or deletion of up to this many). */
const LOOK_AHEAD = 64;

/**
 * `next` as runs over `held`, or undefined when more than `most` items would be carried.
 * @param held the list the worker holds
 * @param next the list to send
 */
export function runsOver<T>(held: readonly T[], next: readonly T[], most = MOST_CARRIED): Run<T>[] | undefined {
  const runs: Run<T>[] = [];
  let carried = 0;
  let items: T[] | undefined;
  const carry = (item: T): boolean => {
    if (!items) runs.push({ items: (items = []) });
    items.push(item);
    return ++carried <= most;
  };
  let i = 0;
  let j = 0;
  while (i < next.length) {
    if (j < held.length && next[i] === held[j]) {
      const from = j;
      while (i < next.length && j < held.length && next[i] === held[j]) {
        i++;
        j++;
      }
      runs.push({ from, count: j - from });
      items = undefined;
      continue;
    }
    // A changed item: the next ones line up again one further on.
    if (j + 1 < held.length && i + 1 < next.length && next[i + 1] === held[j + 1]) {
      if (!carry(next[i]!)) return undefined;
      i++;
      j++;
      continue;
    }
    // Deleted items: this one is a little further on in the held list.
    let skip = 0;
    for (let k = 1; k <= LOOK_AHEAD && j + k < held.length; k++) {
      if (held[j + k] === next[i]) {
        skip = k;
        break;
      }
    }
    if (skip > 0) {
      j += skip;
      continue;
    }
    // An inserted item (or one with no match near): carried, the held list waits.
    if (!carry(next[i]!)) return undefined;
    i++;
  }
  return runs;
}

/** The list the runs describe. */
export function fromRuns<T>(held: readonly T[], runs: readonly Run<T>[]): T[] {
  let length = 0;
  for (const run of runs) length += 'items' in run ? run.items.length : run.count;
  const out = new Array<T>(length);
  let at = 0;
  for (const run of runs) {
    if ('items' in run) for (const item of run.items) out[at++] = item;
    else for (let k = run.from; k < run.from + run.count; k++) out[at++] = held[k]!;
  }
  return out;
}

/**
 * The delta from the project the worker holds as version `base` to `next`; undefined when posting
 * it whole is the better way.
 */
export function projectDelta(base: number, held: ProjectFile, next: ProjectFile): ProjectDelta | undefined {
  const assets = runsOver(held.assets, next.assets);
  if (!assets) return undefined;
  const dependencies = runsOver(held.dependencies, next.dependencies, MOST_CARRIED - carriedIn(assets));
  if (!dependencies) return undefined;
  return { base, rest: { ...next, assets: [], dependencies: [] }, assets, dependencies };
}

function carriedIn<T>(runs: readonly Run<T>[]): number {
  let count = 0;
  for (const run of runs) if ('items' in run) count += run.items.length;
  return count;
}

/** The worker's side: the project the delta describes, over the held one. */
export function applyDelta(held: ProjectFile, delta: ProjectDelta): ProjectFile {
  return { ...delta.rest, assets: fromRuns(held.assets, delta.assets), dependencies: fromRuns(held.dependencies, delta.dependencies) };
}
