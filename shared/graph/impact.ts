/**
 * What one asset's migration touches, by two walks over the one graph index (`assetGraph.ts`),
 * each named for the question it answers:
 * - `whatDependsOn`: everything that depends on it, directly or transitively, by any kind of
 *   dependency (its blast radius when it changes);
 * - `whatMustGoBefore` / `whatMustWaitFor`: the migration order, over the planner's precedence
 *   graph (shared/planner/precedence.ts), not over raw dependencies: a terminal that connects to a
 *   core system depends on it and still goes before it (the core gate).
 * Iterative and linear, so a chain of 100,000 assets cannot overflow the stack.
 */
import { reachableFrom } from './algorithms';
import type { AssetGraph } from './assetGraph';
import type { Csr } from './csr';

/** The graph index with the planner's precedence over the same nodes (`precedes`: pred -> succ). */
export type ImpactIndex = { graph: Pick<AssetGraph, 'ids' | 'dependedOnBy'>; precedes: Csr; precededBy: Csr };

/** The impact of one asset: node numbers, or asset ids where the caller maps them (`impactIds`). */
export type Impact<Node = number> = {
  /** What depends on it, directly or transitively (any dependency kind). */
  dependents: Node[];
  /** What must be migrated no later than it (transitive precedence). */
  prerequisites: Node[];
  /** What must wait for it (transitive precedence). */
  followers: Node[];
};

const without = (nodes: number[], v: number): number[] => nodes.filter((w) => w !== v);

/** Everything that depends on node `v`, directly or transitively (`v` itself left out). */
export function whatDependsOn(graph: Pick<AssetGraph, 'dependedOnBy'>, v: number): number[] {
  return without(reachableFrom(graph.dependedOnBy, v), v);
}

/** Everything the precedence puts no later than node `v` (`v` left out). */
export function whatMustGoBefore(index: Pick<ImpactIndex, 'precededBy'>, v: number): number[] {
  return without(reachableFrom(index.precededBy, v), v);
}

/** Everything the precedence puts no earlier than node `v` (`v` left out). */
export function whatMustWaitFor(index: Pick<ImpactIndex, 'precedes'>, v: number): number[] {
  return without(reachableFrom(index.precedes, v), v);
}

/**
 * All three walks from node `v`, each sorted by node number; empty lists for a node out of range.
 * @param index the graph and its precedence
 * @param v the node
 */
export function impactOf(index: ImpactIndex, v: number): Impact {
  if (v < 0 || v >= index.precedes.n) return { dependents: [], prerequisites: [], followers: [] };
  const sorted = (nodes: number[]): number[] => nodes.sort((a, b) => a - b);
  return { dependents: sorted(whatDependsOn(index.graph, v)), prerequisites: sorted(whatMustGoBefore(index, v)), followers: sorted(whatMustWaitFor(index, v)) };
}

/**
 * The impact of an asset by id, in ids.
 * @returns undefined when the id is not in the index
 */
export function impactIds(index: ImpactIndex & { graph: Pick<AssetGraph, 'indexOf'> }, assetId: string): Impact<string> | undefined {
  const v = index.graph.indexOf.get(assetId);
  if (v === undefined) return undefined;
  const { dependents, prerequisites, followers } = impactOf(index, v);
  const ids = (nodes: number[]): string[] => nodes.map((w) => index.graph.ids[w]!);
  return { dependents: ids(dependents), prerequisites: ids(prerequisites), followers: ids(followers) };
}
