/**
 * How a laid-out estate crosses from the layout worker to the page without copying the project
 * back: the page already holds every asset, so an ordinary node travels as the index of its asset,
 * the graph and the rings as typed arrays whose buffers are transferred (moved, not cloned), and
 * the page rebuilds the id maps. Only collapsed terminal groups (synthetic assets) travel whole.
 * At 25,000 assets this is what keeps the worker's answer from costing more than the layout.
 */
import { TIERS } from '../../shared/model';
import type { Asset } from '../../shared/model';
import type { EstateModel, EstateNode, GraphIndex, RingLayout } from '../../shared/layout';

export type PackedEstate = {
  /** Per node: index of its asset in the assets array the layout was made from, -1 for a collapsed group. */
  assetIndex: Int32Array;
  /** Collapsed groups, whole (node index, id, synthetic asset, members). */
  synthetic: { node: number; id: string; asset: Asset; members: string[] }[];
  /** Per node: index into TIERS. */
  tier: Uint8Array;
  /** Per node: index into groupNames. */
  group: Int32Array;
  groupNames: string[];
  graph: Omit<GraphIndex, 'ids' | 'indexOf'>;
  layout: RingLayout;
};

/**
 * Packs a model for postMessage.
 * @param model the laid-out estate
 * @param assets the assets it was made from (ordinary nodes hold these very objects)
 * @returns the packed model and the buffers to transfer
 */
export function packEstate(model: EstateModel, assets: readonly Asset[]): { packed: PackedEstate; transfer: ArrayBuffer[] } {
  const rowOf = new Map<Asset, number>();
  assets.forEach((asset, i) => rowOf.set(asset, i));
  const n = model.nodes.length;
  const assetIndex = new Int32Array(n);
  const tier = new Uint8Array(n);
  const group = new Int32Array(n);
  const groupIds = new Map<string, number>();
  const synthetic: PackedEstate['synthetic'] = [];
  model.nodes.forEach((node, i) => {
    const row = rowOf.get(node.asset);
    const ordinary = row !== undefined && node.members.length === 1 && node.id === node.asset.id;
    assetIndex[i] = ordinary ? row : -1;
    if (!ordinary) synthetic.push({ node: i, id: node.id, asset: node.asset, members: node.members });
    tier[i] = Math.max(0, TIERS.indexOf(node.tier));
    let g = groupIds.get(node.group);
    if (g === undefined) {
      g = groupIds.size;
      groupIds.set(node.group, g);
    }
    group[i] = g;
  });
  const { ids: _ids, indexOf: _indexOf, ...graph } = model.graph;
  const packed: PackedEstate = { assetIndex, synthetic, tier, group, groupNames: [...groupIds.keys()], graph, layout: model.layout };
  const buffers = [assetIndex, tier, group, graph.outStart, graph.outTargets, graph.inStart, graph.inSources, graph.edgeFrom, graph.edgeTo, graph.edgeKind, model.layout.x, model.layout.y, model.layout.r].map((a) => a.buffer as ArrayBuffer);
  // A buffer can be transferred once: typed arrays sharing one (none today) are sent once.
  return { packed, transfer: [...new Set(buffers)] };
}

/**
 * Rebuilds the model in the page around the page's own asset objects.
 * @param packed what the worker sent
 * @param assets the same assets array the layout was requested for
 */
export function unpackEstate(packed: PackedEstate, assets: readonly Asset[]): EstateModel {
  const n = packed.assetIndex.length;
  const nodes = new Array<EstateNode>(n);
  for (let i = 0; i < n; i += 1) {
    const row = packed.assetIndex[i]!;
    if (row < 0) continue;
    const asset = assets[row]!;
    nodes[i] = { id: asset.id, asset, tier: TIERS[packed.tier[i]!] ?? 'office', group: packed.groupNames[packed.group[i]!]!, members: [asset.id] };
  }
  for (const s of packed.synthetic) nodes[s.node] = { id: s.id, asset: s.asset, tier: TIERS[packed.tier[s.node]!] ?? 'office', group: packed.groupNames[packed.group[s.node]!]!, members: s.members };
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  const nodeOfAsset = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const node = nodes[i]!;
    ids[i] = node.id;
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
    for (const member of node.members) nodeOfAsset.set(member, i);
  }
  return { nodes, graph: { ids, indexOf, ...packed.graph }, layout: packed.layout, nodeOfAsset };
}
