/**
 * Compressed sparse rows over typed arrays: the planner's graph representation (DESIGN.md
 * "Principles": ~110x faster than an object graph at 100k nodes). Nodes are 0..n-1; ids are
 * interned once by the caller (see `assetGraph.ts`).
 */

/** Adjacency of node `v`: `targets[offsets[v] .. offsets[v + 1])`, with a payload per edge in `data`. */
export type Csr = {
  /** Number of nodes. */
  n: number;
  /** Length n + 1. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Per-edge payload, parallel to `targets` (an edge index, a kind code...). */
  data: Int32Array;
};

/**
 * Builds a CSR from edge lists in two counting passes (linear, no sorting). Edges keep their input
 * order within a row, so results that depend on adjacency order are deterministic.
 * @param n number of nodes
 * @param sources edge sources (0..n-1)
 * @param destinations edge targets (0..n-1)
 * @param m number of edges to take from the arrays
 * @param payload per-edge payload; defaults to the edge's position in the input
 */
export function buildCsr(n: number, sources: Int32Array, destinations: Int32Array, m: number, payload?: Int32Array): Csr {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[sources[e]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const data = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const slot = cursor[sources[e]!]!++;
    targets[slot] = destinations[e]!;
    data[slot] = payload ? payload[e]! : e;
  }
  return { n, offsets, targets, data };
}

/**
 * The reverse graph: every edge v -> w becomes w -> v, with the same payload.
 * @param csr the graph to reverse
 */
export function reverseCsr(csr: Csr): Csr {
  const { n, offsets, targets, data } = csr;
  const m = targets.length;
  // Counting pass over the targets, then each row's edges in source order (what buildCsr over
  // the edge list in row order gives, without materialising that list).
  const reversed = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) reversed[targets[e]! + 1]!++;
  for (let v = 0; v < n; v++) reversed[v + 1]! += reversed[v]!;
  const cursor = reversed.slice(0, n);
  const sources = new Int32Array(m);
  const payload = new Int32Array(m);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const slot = cursor[targets[e]!]!++;
      sources[slot] = v;
      payload[slot] = data[e]!;
    }
  }
  return { n, offsets: reversed, targets: sources, data: payload };
}

/** Out-degree of `v`. */
export const degree = (csr: Csr, v: number): number => csr.offsets[v + 1]! - csr.offsets[v]!;
