/**
 * A compact, view-side index of the estate graph: ids interned to integers once, adjacency in
 * both directions as CSR over Int32Array (DESIGN.md "Principles"). The graph view uses it to
 * highlight the transitive impact of a selection and to walk neighbours without allocating.
 * All walks are iterative, so a chain of 100,000 assets cannot overflow the stack.
 */
import type { Dependency, DependencyKind } from '../model';

export type GraphIndex = {
  /** Index -> asset id. */
  ids: string[];
  /** Asset id -> index. */
  indexOf: Map<string, number>;
  /** Out-edges (what a node depends on): targets of node i are outTargets[outStart[i] .. outStart[i+1]). */
  outStart: Int32Array;
  outTargets: Int32Array;
  /** In-edges (what depends on a node), same layout. */
  inStart: Int32Array;
  inSources: Int32Array;
  /** Edge list in input order (resolved edges only): from, to, kind index into DEPENDENCY_KIND_ORDER. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeKind: Uint8Array;
  /** Dependencies whose endpoint is not an asset: shown on the graph where they are. */
  broken: { index: number; dependency: Dependency; missing: 'from' | 'to' | 'both' }[];
};

export const DEPENDENCY_KIND_ORDER: readonly DependencyKind[] = ['runs-on', 'connects-to', 'integrates-with'];

/** Transitive impact of one node: what it depends on and what depends on it (both exclude the node). */
export type Impact = {
  /** What the node depends on, directly or transitively (must be ready before it). */
  prerequisites: number[];
  /** What depends on the node, directly or transitively (its blast radius). */
  dependents: number[];
};

/**
 * Builds the index in O(assets + dependencies).
 * @param assetIds the asset ids, in the order the layout will use
 * @param dependencies the project's dependencies (`from` depends on `to`)
 * @returns the CSR index; dependencies naming unknown assets are listed in `broken`
 */
export function buildGraphIndex(assetIds: readonly string[], dependencies: readonly Dependency[]): GraphIndex {
  const n = assetIds.length;
  const indexOf = new Map<string, number>();
  assetIds.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const from: number[] = [];
  const to: number[] = [];
  const kind: number[] = [];
  const broken: GraphIndex['broken'] = [];
  dependencies.forEach((dep, i) => {
    const a = indexOf.get(dep.from);
    const b = indexOf.get(dep.to);
    if (a === undefined || b === undefined) {
      broken.push({ index: i, dependency: dep, missing: a === undefined && b === undefined ? 'both' : a === undefined ? 'from' : 'to' });
      return;
    }
    from.push(a);
    to.push(b);
    kind.push(Math.max(0, DEPENDENCY_KIND_ORDER.indexOf(dep.kind)));
  });
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const [outStart, outTargets] = toCsr(n, edgeFrom, edgeTo);
  const [inStart, inSources] = toCsr(n, edgeTo, edgeFrom);
  return { ids: [...assetIds], indexOf, outStart, outTargets, inStart, inSources, edgeFrom, edgeTo, edgeKind: Uint8Array.from(kind), broken };
}

/**
 * Transitive prerequisites and dependents of a node, by breadth-first walks over the CSR arrays.
 * @param graph the index
 * @param node the node's index
 * @returns both sets, each sorted by index
 */
export function computeImpact(graph: GraphIndex, node: number): Impact {
  return {
    prerequisites: reach(graph.outStart, graph.outTargets, node),
    dependents: reach(graph.inStart, graph.inSources, node),
  };
}

/**
 * Direct neighbours of a node (one step each way), handy for the details panel.
 * @returns indices the node depends on and indices that depend on it
 */
export function directNeighbours(graph: GraphIndex, node: number): { dependsOn: number[]; usedBy: number[] } {
  return {
    dependsOn: Array.from(graph.outTargets.subarray(graph.outStart[node], graph.outStart[node + 1])),
    usedBy: Array.from(graph.inSources.subarray(graph.inStart[node], graph.inStart[node + 1])),
  };
}

function reach(start: Int32Array, targets: Int32Array, source: number): number[] {
  const n = start.length - 1;
  if (source < 0 || source >= n) return [];
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  seen[source] = 1;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++]!;
    for (let e = start[v]!; e < start[v + 1]!; e += 1) {
      const w = targets[e]!;
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) if (seen[i] && i !== source) out.push(i);
  return out;
}

function toCsr(n: number, src: Int32Array, dst: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < src.length; e += 1) start[src[e]! + 1]! += 1;
  for (let i = 0; i < n; i += 1) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const targets = new Int32Array(src.length);
  for (let e = 0; e < src.length; e += 1) targets[fill[src[e]!]!++] = dst[e]!;
  return [start, targets];
}
