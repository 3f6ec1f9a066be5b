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
import { categoryCodes, PATH_DEVICE } from './codes';

/**
 * @param graph the asset graph
 * @param assets assets in node order
 * @param roots core system nodes in the order they claim what they reach
 * @param cat category codes of the assets (codes.ts), computed when not given
 * @returns per node the root (node number) that reaches it first, -1 for none; roots label themselves
 */
export function coreReach(graph: AssetGraph, assets: readonly Asset[], roots: ArrayLike<number>, cat: Uint8Array = categoryCodes(assets)): Int32Array {
  const n = graph.ids.length;
  const label = new Int32Array(n).fill(-1);
  const out = graph.dependsOn;
  const inn = graph.dependedOnBy;
  const queue = new Int32Array(n);
  const edgeKind = graph.edgeKind;
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    let head = 0;
    let tail = 0;
    label[root] = root;
    queue[tail++] = root;
    while (head < tail) {
      const x = queue[head++]!;
      const pathDevice = PATH_DEVICE[cat[x]!] === 1;
      for (let e = out.offsets[x]!; e < out.offsets[x + 1]!; e++) {
        const kind = edgeKind[out.data[e]!];
        const y = out.targets[e]!;
        if (label[y] !== -1) continue;
        if (kind === KIND_INTEGRATES_WITH || (kind === KIND_CONNECTS_TO && PATH_DEVICE[cat[y]!] === 1)) {
          label[y] = root;
          queue[tail++] = y;
        }
      }
      for (let e = inn.offsets[x]!; e < inn.offsets[x + 1]!; e++) {
        const kind = edgeKind[inn.data[e]!];
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
