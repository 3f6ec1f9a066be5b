import { describe, expect, it } from 'vitest';

import type { Asset, Dependency } from '../model';
import { buildAssetGraph, buildCsr, cycleThrough, levels, reachableFrom, reverseCsr, stronglyConnectedComponents, topologicalOrder } from './index';

const csrOf = (n: number, edges: [number, number][]) =>
  buildCsr(n, Int32Array.from(edges.map((e) => e[0])), Int32Array.from(edges.map((e) => e[1])), edges.length);

const chain = (n: number) => {
  const from = new Int32Array(n - 1);
  const to = new Int32Array(n - 1);
  for (let i = 0; i < n - 1; i++) [from[i], to[i]] = [i, i + 1];
  return buildCsr(n, from, to, n - 1);
};

describe('CSR', () => {
  it('keeps each row in input order with the edge number as payload', () => {
    const g = csrOf(3, [[1, 2], [0, 2], [1, 0]]);
    expect(Array.from(g.offsets)).toEqual([0, 1, 3, 3]);
    expect(Array.from(g.targets)).toEqual([2, 2, 0]);
    expect(Array.from(g.data)).toEqual([1, 0, 2]);
    const r = reverseCsr(g);
    expect(Array.from(r.targets.subarray(r.offsets[2], r.offsets[3]))).toEqual([0, 1]);
  });
});

describe('topological order, levels, components', () => {
  it('orders a DAG and reports an incomplete order on a cycle', () => {
    const dag = csrOf(4, [[0, 1], [1, 2], [0, 3], [3, 2]]);
    const topo = topologicalOrder(dag);
    expect(topo.count).toBe(4);
    const pos = new Map(Array.from(topo.order).map((v, i) => [v, i]));
    for (const [a, b] of [[0, 1], [1, 2], [0, 3], [3, 2]] as const) expect(pos.get(a)!).toBeLessThan(pos.get(b)!);
    expect(Array.from(levels(dag, topo))).toEqual([0, 1, 2, 1]);
    expect(topologicalOrder(csrOf(3, [[0, 1], [1, 2], [2, 1]])).count).toBe(1);
  });

  it('finds strongly connected components numbered in reverse topological order', () => {
    const g = csrOf(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3], [5, 5]]);
    const { component, count } = stronglyConnectedComponents(g);
    expect(count).toBe(3);
    expect(component[0]).toBe(component[1]);
    expect(component[1]).toBe(component[2]);
    expect(component[3]).toBe(component[4]);
    expect(component[0]).not.toBe(component[3]);
    expect(component[0]!).toBeGreaterThan(component[3]!);
    expect(cycleThrough(g, component, 0)).toEqual([0, 1, 2]);
    expect(cycleThrough(g, component, 3)).toEqual([3, 4]);
  });

  it('handles a single chain of 100,000 nodes without overflowing the stack', () => {
    const n = 100_000;
    const g = chain(n);
    expect(topologicalOrder(g).count).toBe(n);
    const comps = stronglyConnectedComponents(g);
    expect(comps.count).toBe(n);
    expect(reachableFrom(g, 0)).toHaveLength(n - 1);
    expect(levels(g, topologicalOrder(g))[n - 1]).toBe(n - 1);
    // Close the chain into one cycle of 100,000: one component, and the cycle is the whole ring.
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) [from[i], to[i]] = [i, (i + 1) % n];
    const ring = buildCsr(n, from, to, n);
    const ringComps = stronglyConnectedComponents(ring);
    expect(ringComps.count).toBe(1);
    expect(cycleThrough(ring, ringComps.component, 0)).toHaveLength(n);
  });
});

describe('asset graph', () => {
  it('interns ids once and skips dependencies on unknown ids and self-loops', () => {
    const asset = (id: string): Asset => ({ id, name: id, category: 'server', quantity: 1 });
    const deps: Dependency[] = [
      { from: 'A', to: 'B', kind: 'runs-on' },
      { from: 'A', to: 'NOPE', kind: 'runs-on' },
      { from: 'B', to: 'B', kind: 'connects-to' },
      { from: 'C', to: 'A', kind: 'integrates-with' },
    ];
    const g = buildAssetGraph([asset('A'), asset('B'), asset('C'), asset('A')], deps);
    expect(g.ids).toEqual(['A', 'B', 'C']);
    expect(Array.from(g.firstRow)).toEqual([0, 1, 2]);
    expect(g.m).toBe(2);
    expect(reachableFrom(g.dependsOn, 2).map((v) => g.ids[v])).toEqual(['A', 'B']);
    expect(reachableFrom(g.dependedOnBy, 1).map((v) => g.ids[v])).toEqual(['A', 'C']);
  });
});
