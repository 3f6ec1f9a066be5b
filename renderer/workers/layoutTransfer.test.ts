/**
 * The packed round trip to the layout worker and back gives the very model the page would have
 * built itself: same nodes (the page's own asset objects for ordinary nodes, whole assets for
 * collapsed groups), same graph with its broken dependencies, same rings.
 */
import { describe, expect, it } from 'vitest';

import { generateEstate } from '../../fixtures/generate/estate';
import { layoutEstate } from '../../shared/layout';
import type { EstateFilter } from '../../shared/layout';
import type { Asset, Dependency } from '../../shared/model';
import { packEstate, packProject, unpackEstate, unpackProject } from './layoutTransfer';

/** What the worker does, with structuredClone standing in for postMessage. */
function throughWorker(assets: readonly Asset[], dependencies: readonly Dependency[], filter: EstateFilter) {
  const request = structuredClone(packProject(assets, dependencies).packed);
  const inWorker = unpackProject(request);
  const answer = structuredClone(packEstate(layoutEstate(inWorker.assets, inWorker.dependencies, filter), inWorker.assets).packed);
  return unpackEstate(answer, assets);
}

describe('layout transfer', () => {
  const estate = generateEstate({ assets: 400, dependencies: 1600, seed: 3 });
  const dependencies: Dependency[] = [...estate.dependencies.slice(0, 10), { from: estate.assets[0]!.id, to: 'GONE', kind: 'runs-on' }, ...estate.dependencies.slice(10)];

  for (const filter of [{}, { collapseTerminals: true }, { categories: ['server', 'database'] }] as EstateFilter[]) {
    it(`gives the page's own model (${JSON.stringify(filter)})`, () => {
      const direct = layoutEstate(estate.assets, dependencies, filter);
      const viaWorker = throughWorker(estate.assets, dependencies, filter);
      expect(viaWorker.nodes).toEqual(direct.nodes);
      expect([...viaWorker.layout.x]).toEqual([...direct.layout.x]);
      expect([...viaWorker.layout.r]).toEqual([...direct.layout.r]);
      expect(viaWorker.layout.bands).toEqual(direct.layout.bands);
      expect([...viaWorker.graph.edgeFrom]).toEqual([...direct.graph.edgeFrom]);
      expect([...viaWorker.graph.dependedOnBy.targets]).toEqual([...direct.graph.dependedOnBy.targets]);
      expect([...viaWorker.precededBy.targets]).toEqual([...direct.precededBy.targets]);
      expect(viaWorker.graph.ids).toEqual(direct.graph.ids);
      expect([...viaWorker.graph.indexOf]).toEqual([...direct.graph.indexOf]);
      expect(viaWorker.graph.broken).toEqual(direct.graph.broken);
      expect(viaWorker.nodeOfAsset).toEqual(direct.nodeOfAsset);
      // Ordinary nodes hold the page's asset objects, not copies.
      const ordinary = viaWorker.nodes.find((n) => n.members.length === 1 && n.id === n.asset.id)!;
      expect(estate.assets).toContain(ordinary.asset);
    });
  }

  it('keeps a collapsed group whole: every field of its first member, the summed quantity and the count in its name', () => {
    const viaWorker = throughWorker(estate.assets, dependencies, { collapseTerminals: true });
    const group = viaWorker.nodes.find((n) => n.members.length > 1)!;
    const first = estate.assets.find((a) => a.id === group.members[0])!;
    expect(group.asset.vendor).toBe(first.vendor);
    expect(group.asset.name).toBe(`${first.name} ×${group.members.length}`);
    const sum = group.members.reduce((s, id) => s + estate.assets.find((a) => a.id === id)!.quantity, 0);
    expect(group.asset.quantity).toBe(sum);
  });
});
