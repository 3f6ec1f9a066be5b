/**
 * The core gate (DESIGN.md planning rule 5, the seed's "replacing HIS means every device connected
 * to HIS must already be domestic"): what reaches a core system, transitively through
 * `connects-to` (its clients, their peripherals), `integrates-with` (interfaced systems, either
 * way) and the network and storage devices on the path (followed upstream only, so an access
 * switch does not pull in every device plugged into it).
 *
 * One multi-source walk labels each asset with the first root that reaches it, roots taken in the
 * order given (the planner passes core systems by priority, the warnings by wave), so the whole
 * gate is linear in assets + dependencies.
 */
import type { Asset } from '../model';
import { KIND_CONNECTS_TO, KIND_INTEGRATES_WITH } from '../graph';
import type { AssetGraph } from '../graph';
import { isPathDevice } from './precedence';

/**
 * @param graph the asset graph
 * @param assets assets in node order
 * @param roots core system nodes in the order they claim what they reach
 * @returns per node the root (node number) that reaches it first, -1 for none; roots label themselves
 */
export function coreReach(graph: AssetGraph, assets: readonly Asset[], roots: readonly number[]): Int32Array {
  const n = graph.ids.length;
  const label = new Int32Array(n).fill(-1);
  const out = graph.dependsOn;
  const inn = graph.dependedOnBy;
  const queue = new Int32Array(n);
  for (const root of roots) {
    let head = 0;
    let tail = 0;
    label[root] = root;
    queue[tail++] = root;
    while (head < tail) {
      const x = queue[head++]!;
      const pathDevice = isPathDevice(assets[x]!.category);
      for (let e = out.offsets[x]!; e < out.offsets[x + 1]!; e++) {
        const kind = graph.edgeKind[out.data[e]!];
        const y = out.targets[e]!;
        if (label[y] !== -1) continue;
        if (kind === KIND_INTEGRATES_WITH || (kind === KIND_CONNECTS_TO && isPathDevice(assets[y]!.category))) {
          label[y] = root;
          queue[tail++] = y;
        }
      }
      for (let e = inn.offsets[x]!; e < inn.offsets[x + 1]!; e++) {
        const kind = graph.edgeKind[inn.data[e]!];
        const y = inn.targets[e]!;
        if (label[y] !== -1) continue;
        if (kind === KIND_INTEGRATES_WITH || (kind === KIND_CONNECTS_TO && !pathDevice)) {
          label[y] = root;
          queue[tail++] = y;
        }
      }
    }
  }
  return label;
}
