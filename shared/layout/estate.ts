/**
 * The graph view's model of the estate: filtered nodes (site, department, category, tier, origin),
 * optional collapse of terminal groups (all terminals and peripherals of one system and site become
 * one node), the CSR index over what is shown, system groups and the ring layout. One pure function
 * so the view can run it in a worker or on the main thread and tests can check it in Node.
 */
import { buildAssetGraph, reverseCsr } from '../graph';
import type { AssetGraph, Csr } from '../graph';
import type { Asset, Category, Dependency, Tier, VendorOrigin } from '../model';
import { tierRank } from '../model';
import { buildPrecedence, effectiveTiers } from '../planner/precedence';
import { assignSystemGroups } from './groups';
import { layoutRings } from './rings';
import type { RingLayout, RingLayoutOptions } from './rings';

export type EstateFilter = {
  sites?: readonly string[];
  departments?: readonly string[];
  categories?: readonly Category[];
  tiers?: readonly Tier[];
  origins?: readonly VendorOrigin[];
  /** Merge terminals and peripherals per system and site into one node. */
  collapseTerminals?: boolean;
};

/** A drawn node: one asset, or a collapsed group of terminal rows. */
export type EstateNode = {
  id: string;
  /** The asset drawn (for a collapsed group: a synthetic asset summing its members). */
  asset: Asset;
  tier: Tier;
  group: string;
  /** Ids of the assets this node stands for (one for an ordinary node). */
  members: string[];
};

/** The drawn estate; `graph`, `precedes` and `precededBy` make it an `ImpactIndex` (shared/graph). */
export type EstateModel = {
  nodes: EstateNode[];
  /** The dependencies between drawn nodes (node numbers = positions in `nodes`). */
  graph: AssetGraph;
  /** The planner's precedence between drawn nodes (pred -> succ) and its reverse. */
  precedes: Csr;
  precededBy: Csr;
  layout: RingLayout;
  /** Asset id -> node index (members of a collapsed group map to the group's node). */
  nodeOfAsset: Map<string, number>;
};

/** Categories a collapsed estate draws as one node per system, site and tier. */
export const TERMINAL_LIKE: ReadonlySet<Category> = new Set<Category>(['terminal', 'peripheral']);
const COLLAPSED_PREFIX = '⊕';

/**
 * Builds the drawn estate.
 * @param assets all assets of the project
 * @param dependencies all dependencies
 * @param tiers effective tier per asset id (missing: declared tier, else the edge)
 * @param filter what to show
 * @param options ring spacing
 * @returns nodes, their graph and layout
 */
export function buildEstateModel(
  assets: readonly Asset[],
  dependencies: readonly Dependency[],
  tiers: Readonly<Record<string, Tier>>,
  filter: EstateFilter = {},
  options: RingLayoutOptions = {},
): EstateModel {
  const tierOf = (a: Asset): Tier => tiers[a.id] ?? a.tier ?? 'office';
  const shown = assets.filter((a) => matches(a, tierOf(a), filter));
  // Groups are computed on the whole estate so filtering does not move a node to another system.
  const fullGraph = buildAssetGraph(assets, dependencies);
  const fullGroups = assignSystemGroups(assets, fullGraph);
  const groupOf = new Map<string, string>(assets.map((a, i) => [a.id, fullGroups[i]!]));

  const nodes: EstateNode[] = [];
  const nodeOfAsset = new Map<string, number>();
  const collapsed = new Map<string, number>();
  for (const asset of shown) {
    const tier = tierOf(asset);
    const group = groupOf.get(asset.id) ?? asset.id;
    if (filter.collapseTerminals && TERMINAL_LIKE.has(asset.category)) {
      const key = `${COLLAPSED_PREFIX}${group}|${asset.site ?? ''}|${asset.category}|${tier}`;
      const existing = collapsed.get(key);
      if (existing !== undefined) {
        const node = nodes[existing]!;
        node.members.push(asset.id);
        node.asset = { ...node.asset, quantity: node.asset.quantity + asset.quantity, vendorOrigin: mergeOrigin(node.asset.vendorOrigin, asset.vendorOrigin) };
        nodeOfAsset.set(asset.id, existing);
        continue;
      }
      collapsed.set(key, nodes.length);
      nodeOfAsset.set(asset.id, nodes.length);
      nodes.push({ id: key, asset: { ...asset, id: key }, tier, group, members: [asset.id] });
      continue;
    }
    if (nodeOfAsset.has(asset.id)) continue; // a duplicate id (a validation error upstream): the first is drawn
    nodeOfAsset.set(asset.id, nodes.length);
    nodes.push({ id: asset.id, asset, tier, group, members: [asset.id] });
  }
  // Restore readable names for collapsed groups that hold more than one row.
  for (const node of nodes) {
    if (node.members.length > 1) node.asset = { ...node.asset, name: `${node.asset.name} ×${node.members.length}` };
  }

  // Nothing filtered or merged: the nodes are the assets in order, so the full index serves as is.
  const identity = nodes.length === assets.length && !filter.collapseTerminals;
  const graph = identity ? fullGraph : buildAssetGraph(nodes, remapDependencies(dependencies, nodes, nodeOfAsset, new Set(assets.map((a) => a.id))));
  const precedes = buildPrecedence(
    graph,
    nodes.map((n) => n.asset),
    Uint8Array.from(nodes, (n) => tierRank(n.tier)),
  ).csr;
  const layout = layoutRings(
    nodes.map((n) => ({ id: n.id, tier: n.tier, group: n.group, quantity: n.asset.quantity, ...(n.asset.site ? { site: n.asset.site } : {}) })),
    options,
  );
  return { nodes, graph, precedes, precededBy: reverseCsr(precedes), layout, nodeOfAsset };
}

/**
 * The drawn estate with the effective tiers computed here (DESIGN.md planning rule 4, the same
 * function the planner uses), so the graph can be laid out and drawn before any plan exists: the
 * rings never depend on the plan, only the colours do.
 * @param assets all assets of the project
 * @param dependencies all dependencies
 * @param filter what to show
 */
export function layoutEstate(assets: readonly Asset[], dependencies: readonly Dependency[], filter: EstateFilter = {}): EstateModel {
  return buildEstateModel(assets, dependencies, effectiveTiers(assets, dependencies), filter);
}

/** Whether a node id stands for a collapsed group of terminals. */
export function isCollapsedNode(id: string): boolean {
  return id.startsWith(COLLAPSED_PREFIX);
}

function matches(asset: Asset, tier: Tier, filter: EstateFilter): boolean {
  if (filter.sites?.length && !filter.sites.includes(asset.site ?? '')) return false;
  if (filter.departments?.length && !filter.departments.includes(asset.department ?? '')) return false;
  if (filter.categories?.length && !filter.categories.includes(asset.category)) return false;
  if (filter.tiers?.length && !filter.tiers.includes(tier)) return false;
  if (filter.origins?.length && !filter.origins.includes(asset.vendorOrigin ?? 'unknown')) return false;
  return true;
}

function mergeOrigin(a: VendorOrigin | undefined, b: VendorOrigin | undefined): VendorOrigin {
  if (a === b && a) return a;
  if (a === 'foreign' || b === 'foreign' || a === 'foreign-open-source' || b === 'foreign-open-source') return 'foreign';
  return 'unknown';
}

/**
 * Dependencies between shown nodes, with collapsed members replaced by their group and duplicates
 * and self-loops from collapsing removed. Dependencies naming a missing asset are kept as they are
 * (the index lists them as broken) when their existing end is shown.
 */
function remapDependencies(dependencies: readonly Dependency[], nodes: readonly EstateNode[], nodeOfAsset: Map<string, number>, allIds: Set<string>): Dependency[] {
  const seen = new Set<string>();
  const out: Dependency[] = [];
  for (const dep of dependencies) {
    const a = nodeOfAsset.get(dep.from);
    const b = nodeOfAsset.get(dep.to);
    const fromMissing = !allIds.has(dep.from);
    const toMissing = !allIds.has(dep.to);
    if ((a === undefined && !fromMissing) || (b === undefined && !toMissing)) continue; // filtered out
    if (a === undefined && b === undefined) continue;
    const from = a === undefined ? dep.from : nodes[a]!.id;
    const to = b === undefined ? dep.to : nodes[b]!.id;
    if (from === to) continue;
    const key = `${from}\u0000${to}\u0000${dep.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from, to, kind: dep.kind });
  }
  return out;
}
