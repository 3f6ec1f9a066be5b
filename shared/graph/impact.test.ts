import { describe, expect, it } from 'vitest';

import type { Dependency } from '../model';
import { buildAssetGraph } from './assetGraph';
import { buildCsr, reverseCsr } from './csr';
import { impactIds, impactOf, whatDependsOn } from './impact';
import type { ImpactIndex } from './impact';

const dep = (from: string, to: string, kind: Dependency['kind'] = 'runs-on'): Dependency => ({ from, to, kind });
const items = (ids: string[]) => ids.map((id) => ({ id }));

/** An index whose precedence is the reverse of the dependencies (a platform before what runs on it). */
function platformFirst(ids: string[], deps: Dependency[]): ImpactIndex & { graph: ReturnType<typeof buildAssetGraph> } {
  const graph = buildAssetGraph(items(ids), deps);
  const precedes = buildCsr(graph.ids.length, graph.edgeTo, graph.edgeFrom, graph.m);
  return { graph, precedes, precededBy: reverseCsr(precedes) };
}

describe('the graph index and its walks', () => {
  // HIS runs on DB, DB on OS, OS on SRV; a workstation connects to HIS; LIS integrates with HIS.
  const ids = ['HIS', 'DB', 'OS', 'SRV', 'PC', 'LIS', 'LONE'];
  const deps = [dep('HIS', 'DB'), dep('DB', 'OS'), dep('OS', 'SRV'), dep('PC', 'HIS', 'connects-to'), dep('LIS', 'HIS', 'integrates-with'), dep('X', 'HIS')];
  const index = platformFirst(ids, deps);

  it('answers what depends on an asset and what goes before and after it', () => {
    expect(impactIds(index, 'HIS')).toEqual({ dependents: ['PC', 'LIS'], prerequisites: ['DB', 'OS', 'SRV'], followers: ['PC', 'LIS'] });
    expect(impactIds(index, 'SRV')!.dependents.sort()).toEqual(['DB', 'HIS', 'LIS', 'OS', 'PC']);
    expect(impactIds(index, 'LONE')).toEqual({ dependents: [], prerequisites: [], followers: [] });
    expect(impactIds(index, 'NOPE')).toBeUndefined();
  });

  it('keeps only known dependencies in the CSR and lists the others as broken', () => {
    expect(index.graph.broken).toEqual([{ index: 5, dependency: dep('X', 'HIS'), missing: 'from' }]);
    expect(index.graph.edgeFrom.length).toBe(5);
  });

  it('terminates on cycles', () => {
    const cycle = platformFirst(['A', 'B', 'C'], [dep('A', 'B'), dep('B', 'C'), dep('C', 'A')]);
    expect(impactOf(cycle, 0)).toEqual({ dependents: [1, 2], prerequisites: [1, 2], followers: [1, 2] });
  });

  it('walks a chain of 100,000 assets without overflowing the stack', () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i) => `A${i}`);
    const g = buildAssetGraph(items(chain), chain.slice(1).map((id, i) => dep(id, chain[i]!)));
    expect(whatDependsOn(g, 0)).toHaveLength(n - 1);
  });
});
