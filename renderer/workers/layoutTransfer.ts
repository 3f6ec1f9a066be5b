/**
 * How the project goes to the layout worker and the laid-out estate comes back, without cloning
 * the project either way (a structured clone of 25,000 assets and 100,000 dependencies costs as
 * much as the layout itself, half of it on the main thread):
 * - to the worker: only the asset fields the layout reads (LAYOUT_FIELDS), and the dependencies
 *   as asset indices and kind codes in typed arrays (transferred, not cloned); a dependency naming
 *   a missing asset travels as it is, so the worker rebuilds the exact list in its order;
 * - back: an ordinary node as the index of its asset, the graph and the rings as transferred
 *   typed arrays; the page rebuilds the id maps around its own asset objects. Collapsed terminal
 *   groups come back as the fields that differ from their first member.
 * The dependency packing also carries the import worker's project files to the page and every
 * project posted to the analysis worker (`packPostedProject`, `receivedProject`).
 */
import { TIERS } from '../../shared/model';
import type { Asset, Dependency, ProjectFile } from '../../shared/model';
import type { AssetGraph, Csr } from '../../shared/graph';
import type { EstateModel, EstateNode, RingLayout } from '../../shared/layout';

/** The asset fields the layout reads (filter, effective tiers, groups, collapse, ring size). */
const LAYOUT_FIELDS = ['id', 'name', 'category', 'tier', 'site', 'department', 'vendorOrigin', 'quantity'] as const satisfies readonly (keyof Asset)[];

export type PackedProject = {
  assets: Partial<Asset>[];
  /** Per dependency: index of its `from` / `to` asset, -1 when no asset has that id. */
  from: Int32Array;
  to: Int32Array;
  /** Per dependency: index into kinds. */
  kind: Uint8Array;
  kinds: string[];
  /** Dependencies with a missing end, by position. */
  dangling: { at: number; dependency: Dependency }[];
};

/**
 * Packs the project for the layout worker.
 * @returns the packed project and the buffers to transfer
 */
export function packProject(assets: readonly Asset[], dependencies: readonly Dependency[]): { packed: PackedProject; transfer: ArrayBuffer[] } {
  const slim = assets.map((asset): Partial<Asset> => {
    const out: Record<string, unknown> = {};
    for (const field of LAYOUT_FIELDS) if (asset[field] !== undefined) out[field] = asset[field];
    return out;
  });
  const { links, transfer } = packDependencies(assets, dependencies);
  return { packed: { assets: slim, ...links }, transfer };
}

/**
 * The dependencies alone as asset indices and kind codes (the import worker sends the assets as
 * they are and only needs these).
 * @returns the packed dependencies and the buffers to transfer
 */
export function packDependencies(assets: readonly Asset[], dependencies: readonly Dependency[]): { links: Omit<PackedProject, 'assets'>; transfer: ArrayBuffer[] } {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < assets.length; i += 1) if (!indexOf.has(assets[i]!.id)) indexOf.set(assets[i]!.id, i);
  const m = dependencies.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const kind = new Uint8Array(m);
  const kinds: string[] = [];
  const dangling: PackedProject['dangling'] = [];
  for (let e = 0; e < m; e += 1) {
    const dep = dependencies[e]!;
    const a = indexOf.get(dep.from) ?? -1;
    const b = indexOf.get(dep.to) ?? -1;
    from[e] = a;
    to[e] = b;
    if (a < 0 || b < 0) dangling.push({ at: e, dependency: dep });
    let k = kinds.indexOf(dep.kind);
    if (k < 0) k = kinds.push(dep.kind) - 1;
    kind[e] = k;
  }
  return { links: { from, to, kind, kinds, dangling }, transfer: [from.buffer, to.buffer, kind.buffer] };
}

/** A project's dependencies as asset indices and kind codes (`packDependencies`). */
export type PackedLinks = Omit<PackedProject, 'assets'>;

/**
 * A project as posted to the analysis worker: its dependencies as typed arrays (transferred), the project
 * with `dependencies: []`. A structured clone of 400,000 dependency objects held the page for
 * about half a second.
 * @returns the project to post, its links and the buffers to transfer
 */
export function packPostedProject(project: ProjectFile): { project: ProjectFile; links: PackedLinks; transfer: ArrayBuffer[] } {
  const { links, transfer } = packDependencies(project.assets, project.dependencies);
  return { project: { ...project, dependencies: [] }, links, transfer };
}

/** The worker's side: the project as the page had it, dependencies in their order. */
export function receivedProject(project: ProjectFile, links: PackedLinks | undefined): ProjectFile {
  return links ? { ...project, dependencies: unpackProject({ ...links, assets: project.assets }).dependencies } : project;
}

/** The worker's side: the assets (layout fields only) and the dependency list, in their order. */
export function unpackProject(packed: PackedProject): { assets: Asset[]; dependencies: Dependency[] } {
  const assets = packed.assets as Asset[];
  const dependencies = new Array<Dependency>(packed.from.length);
  for (let e = 0; e < packed.from.length; e += 1) {
    const a = packed.from[e]!;
    const b = packed.to[e]!;
    if (a >= 0 && b >= 0) dependencies[e] = { from: assets[a]!.id, to: assets[b]!.id, kind: packed.kinds[packed.kind[e]!] as Dependency['kind'] };
  }
  for (const { at, dependency } of packed.dangling) dependencies[at] = dependency;
  return { assets, dependencies };
}

export type PackedEstate = {
  /** Per node: index of its asset in the assets array the layout was made from, -1 for a collapsed group. */
  assetIndex: Int32Array;
  /** Collapsed groups (node index, id, members, and the layout fields of the group's asset, which differ from its first member's in id, name, quantity and vendor origin). */
  synthetic: { node: number; id: string; asset: Partial<Asset>; members: string[] }[];
  /** Per node: index into TIERS. */
  tier: Uint8Array;
  /** Per node: index into groupNames. */
  group: Int32Array;
  groupNames: string[];
  graph: Omit<AssetGraph, 'ids' | 'indexOf'>;
  precedes: Csr;
  precededBy: Csr;
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
  const { precedes, precededBy } = model;
  const packed: PackedEstate = { assetIndex, synthetic, tier, group, groupNames: [...groupIds.keys()], graph, precedes, precededBy, layout: model.layout };
  const csrArrays = (c: Csr) => [c.offsets, c.targets, c.data];
  const buffers = [
    assetIndex,
    tier,
    group,
    graph.firstRow,
    graph.edgeFrom,
    graph.edgeTo,
    graph.edgeKind,
    ...[graph.dependsOn, graph.dependedOnBy, precedes, precededBy].flatMap(csrArrays),
    model.layout.x,
    model.layout.y,
    model.layout.r,
  ].map((a) => a.buffer as ArrayBuffer);
  // A buffer can be transferred once: typed arrays sharing one (the kept-edge views of the graph) are sent once.
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
  const rowOf = new Map<string, number>();
  if (packed.synthetic.length > 0) assets.forEach((asset, i) => rowOf.set(asset.id, rowOf.get(asset.id) ?? i));
  for (const s of packed.synthetic) {
    const first = assets[rowOf.get(s.members[0] ?? '') ?? -1];
    const asset = { ...first, ...s.asset } as Asset;
    nodes[s.node] = { id: s.id, asset, tier: TIERS[packed.tier[s.node]!] ?? 'office', group: packed.groupNames[packed.group[s.node]!]!, members: s.members };
  }
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  const nodeOfAsset = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const node = nodes[i]!;
    ids[i] = node.id;
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
    for (const member of node.members) nodeOfAsset.set(member, i);
  }
  return { nodes, graph: { ids, indexOf, ...packed.graph }, precedes: packed.precedes, precededBy: packed.precededBy, layout: packed.layout, nodeOfAsset };
}
