/**
 * System groups for the ring layout: every asset is drawn next to the application it serves, so
 * the HIS database server sits beside HIS one ring further out. Groups come from a multi-source
 * breadth-first walk from all applications over the dependency graph (both directions), nearest
 * application wins, ties go to the application that sorts first. Iterative and linear.
 */
import type { Asset } from '../model';
import type { AssetGraph } from '../graph';

/**
 * Assigns each asset the id of its nearest application.
 * @param assets assets in graph-index order
 * @param graph the graph built over the same order
 * @returns group key per asset index: an application id, or `~<category>` when no application is connected
 */
export function assignSystemGroups(assets: readonly Asset[], graph: Pick<AssetGraph, 'dependsOn' | 'dependedOnBy'>): string[] {
  const n = assets.length;
  const owner = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  const apps: number[] = [];
  for (let i = 0; i < n; i += 1) if (assets[i]!.category === 'application') apps.push(i);
  apps.sort((a, b) => (assets[a]!.id < assets[b]!.id ? -1 : assets[a]!.id > assets[b]!.id ? 1 : 0));
  for (const a of apps) {
    owner[a] = a;
    queue[tail++] = a;
  }
  let head = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const visit = (w: number) => {
      if (owner[w] === -1) {
        owner[w] = owner[v]!;
        queue[tail++] = w;
      }
    };
    const { dependedOnBy: users, dependsOn: uses } = graph;
    for (let e = users.offsets[v]!; e < users.offsets[v + 1]!; e += 1) visit(users.targets[e]!);
    for (let e = uses.offsets[v]!; e < uses.offsets[v + 1]!; e += 1) visit(uses.targets[e]!);
  }
  const groups: string[] = new Array<string>(n);
  for (let i = 0; i < n; i += 1) {
    const o = owner[i]!;
    groups[i] = o >= 0 ? assets[o]!.id : `~${assets[i]!.category}`;
  }
  return groups;
}
