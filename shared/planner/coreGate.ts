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
  // The rows as locals: the walk below is the whole cost of this function.
  const { offsets: outOffsets, targets: outTargets, data: outEdge } = graph.dependsOn;
  const { offsets: inOffsets, targets: inTargets, data: inEdge } = graph.dependedOnBy;
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
      // The label first: most of a walk's neighbours are labelled already, and their kind would be
      // a second scattered read (edgeKind by dependency number).
      for (let e = outOffsets[x]!, end = outOffsets[x + 1]!; e < end; e++) {
        const y = outTargets[e]!;
        if (label[y] !== -1) continue;
        const kind = edgeKind[outEdge[e]!];
        if (kind === KIND_INTEGRATES_WITH || (kind === KIND_CONNECTS_TO && PATH_DEVICE[cat[y]!] === 1)) {
          label[y] = root;
          queue[tail++] = y;
        }
      }
      for (let e = inOffsets[x]!, end = inOffsets[x + 1]!; e < end; e++) {
        const y = inTargets[e]!;
        if (label[y] !== -1) continue;
        const kind = edgeKind[inEdge[e]!];
        if (kind === KIND_INTEGRATES_WITH || (kind === KIND_CONNECTS_TO && !pathDevice)) {
          label[y] = root;
          queue[tail++] = y;
        }
      }
    }
  }
  return label;
}
