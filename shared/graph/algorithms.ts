/**
 * Graph algorithms over CSR, all iterative with explicit typed-array stacks: a single dependency
 * chain of 100,000 assets must not overflow the call stack (graphology's and graphlib's recursive
 * cycle detection does at 5,000–10,000). All are linear in nodes + edges.
 */
import type { Csr } from './csr';

export type TopologicalOrder = {
  /** Nodes in an order where every edge goes forward; only `count` entries are valid. */
  order: Int32Array;
  /** Nodes ordered; less than n when the graph has a cycle. */
  count: number;
};

/**
 * Kahn's algorithm. Ties are broken by node number (a FIFO over nodes in increasing order), so the
 * order is deterministic.
 * @param csr the graph
 */
export function topologicalOrder(csr: Csr): TopologicalOrder {
  const { n, offsets, targets } = csr;
  const indegree = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) indegree[targets[e]!]!++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (--indegree[w]! === 0) order[tail++] = w;
    }
  }
  return { order, count: tail };
}

export type Components = {
  /** Component of each node. Components are numbered in reverse topological order: for every edge
   * v -> w between different components, component[v] > component[w]. */
  component: Int32Array;
  count: number;
  /** Nodes of component c: `members[memberOffsets[c] .. memberOffsets[c + 1])`. */
  memberOffsets: Int32Array;
  members: Int32Array;
};

/**
 * Strongly connected components by Tarjan's algorithm with an explicit call stack.
 * @param csr the graph
 */
export function stronglyConnectedComponents(csr: Csr): Components {
  const { n, offsets, targets } = csr;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let cp = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[cp] = root;
    callEdge[cp++] = offsets[root]!;
    while (cp > 0) {
      const v = callNode[cp - 1]!;
      const e = callEdge[cp - 1]!;
      if (e < offsets[v + 1]!) {
        callEdge[cp - 1] = e + 1;
        const w = targets[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[cp] = w;
          callEdge[cp++] = offsets[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      cp--;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      if (cp > 0) {
        const parent = callNode[cp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  const memberOffsets = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) memberOffsets[component[v]! + 1]!++;
  for (let c = 0; c < count; c++) memberOffsets[c + 1]! += memberOffsets[c]!;
  const cursor = memberOffsets.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[cursor[component[v]!]!++] = v;
  return { component, count, memberOffsets, members };
}

/**
 * A shortest cycle through `start` that stays inside its component (breadth-first search back to
 * `start`). Returns the nodes of the cycle starting at `start` (without repeating it), or an empty
 * array when `start` is on no cycle.
 * @param csr the graph
 * @param component component of each node (from `stronglyConnectedComponents`)
 * @param start a node of a non-trivial component
 */
export function cycleThrough(csr: Csr, component: Int32Array, start: number): number[] {
  const { offsets, targets } = csr;
  const comp = component[start]!;
  const parent = new Map<number, number>();
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (component[w] !== comp) continue;
      if (w === start) {
        const cycle: number[] = [];
        for (let x: number | undefined = v; x !== undefined && x !== start; x = parent.get(x)) cycle.push(x);
        cycle.push(start);
        return cycle.reverse();
      }
      if (parent.has(w)) continue;
      parent.set(w, v);
      queue.push(w);
    }
  }
  return [];
}

/**
 * Every node reachable from `start` (not including `start` unless on a cycle through it), in
 * breadth-first order.
 * @param csr the graph
 * @param start the node to start from
 */
export function reachableFrom(csr: Csr, start: number): number[] {
  const { n, offsets, targets } = csr;
  const seen = new Uint8Array(n);
  const out: number[] = [];
  const queue = new Int32Array(n);
  let tail = 0;
  queue[tail++] = start;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (seen[w] === 1) continue;
      seen[w] = 1;
      out.push(w);
      if (w !== start) queue[tail++] = w;
    }
  }
  return out;
}

/**
 * Longest-path level of each node in a DAG given in topological order (sources are level 0).
 * @param csr the graph
 * @param topo a complete topological order of `csr`
 */
export function levels(csr: Csr, topo: TopologicalOrder): Int32Array {
  const { offsets, targets } = csr;
  const level = new Int32Array(csr.n);
  for (let i = 0; i < topo.count; i++) {
    const v = topo.order[i]!;
    const next = level[v]! + 1;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (level[w]! < next) level[w] = next;
    }
  }
  return level;
}
