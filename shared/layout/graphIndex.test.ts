import { describe, expect, it } from 'vitest';

import type { Asset, Dependency } from '../model';
import { assignSystemGroups } from './groups';
import { buildGraphIndex, computeImpact, directNeighbours } from './graphIndex';

const dep = (from: string, to: string, kind: Dependency['kind'] = 'runs-on'): Dependency => ({ from, to, kind });
const asset = (id: string, category: Asset['category']): Asset => ({ id, name: id, category, quantity: 1 });

describe('graph index and impact', () => {
  // HIS runs on DB, DB on OS, OS on SRV; a workstation connects to HIS; LIS integrates with HIS.
  const ids = ['HIS', 'DB', 'OS', 'SRV', 'PC', 'LIS', 'LONE'];
  const deps = [dep('HIS', 'DB'), dep('DB', 'OS'), dep('OS', 'SRV'), dep('PC', 'HIS', 'connects-to'), dep('LIS', 'HIS', 'integrates-with'), dep('X', 'HIS')];
  const graph = buildGraphIndex(ids, deps);
  const names = (list: number[]) => list.map((i) => graph.ids[i]).sort();

  it('finds what HIS depends on and what depends on it, transitively', () => {
    const impact = computeImpact(graph, graph.indexOf.get('HIS')!);
    expect(names(impact.prerequisites)).toEqual(['DB', 'OS', 'SRV']);
    expect(names(impact.dependents)).toEqual(['LIS', 'PC']);
  });

  it('gives the server the whole stack above it as blast radius', () => {
    const impact = computeImpact(graph, graph.indexOf.get('SRV')!);
    expect(impact.prerequisites).toEqual([]);
    expect(names(impact.dependents)).toEqual(['DB', 'HIS', 'LIS', 'OS', 'PC']);
  });

  it('lists a dependency on a missing asset as broken instead of dropping it silently', () => {
    expect(graph.broken).toHaveLength(1);
    expect(graph.broken[0]).toMatchObject({ index: 5, missing: 'from' });
    expect(graph.edgeFrom.length).toBe(5);
  });

  it('reports direct neighbours both ways', () => {
    const n = directNeighbours(graph, graph.indexOf.get('HIS')!);
    expect(names(n.dependsOn)).toEqual(['DB']);
    expect(names(n.usedBy)).toEqual(['LIS', 'PC']);
  });

  it('terminates on cycles', () => {
    const g = buildGraphIndex(['A', 'B', 'C'], [dep('A', 'B'), dep('B', 'C'), dep('C', 'A')]);
    const impact = computeImpact(g, 0);
    expect(impact.prerequisites).toEqual([1, 2]);
    expect(impact.dependents).toEqual([1, 2]);
  });

  it('walks a chain of 100,000 assets without overflowing the stack', () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i) => `A${i}`);
    const links = chain.slice(1).map((id, i) => dep(id, chain[i]!));
    const g = buildGraphIndex(chain, links);
    const impact = computeImpact(g, 0);
    expect(impact.dependents).toHaveLength(n - 1);
    expect(computeImpact(g, n - 1).prerequisites).toHaveLength(n - 1);
  });
});

describe('system groups', () => {
  it('puts each platform next to the application nearest to it', () => {
    const assets = [asset('HIS', 'application'), asset('DB', 'database'), asset('OS', 'os'), asset('PC', 'terminal'), asset('PRN', 'peripheral'), asset('OA', 'application'), asset('OA-DB', 'database')];
    const deps = [dep('HIS', 'DB'), dep('DB', 'OS'), dep('PC', 'HIS', 'connects-to'), dep('OA', 'OA-DB')];
    const g = buildGraphIndex(assets.map((a) => a.id), deps);
    expect(assignSystemGroups(assets, g)).toEqual(['HIS', 'HIS', 'HIS', 'HIS', '~peripheral', 'OA', 'OA']);
  });

  it('breaks ties towards the application id that sorts first', () => {
    const assets = [asset('Z-APP', 'application'), asset('A-APP', 'application'), asset('DB', 'database')];
    const g = buildGraphIndex(assets.map((a) => a.id), [dep('Z-APP', 'DB'), dep('A-APP', 'DB')]);
    expect(assignSystemGroups(assets, g)[2]).toBe('A-APP');
  });
});
