import { describe, expect, it } from 'vitest';

import { buildAssetGraph, impactOf } from '../graph';
import { DEPENDENCY_KINDS } from '../model';
import type { Asset, Dependency } from '../model';
import { layoutEstate } from './estate';
import { assignSystemGroups } from './groups';

const dep = (from: string, to: string, kind: Dependency['kind'] = 'runs-on'): Dependency => ({ from, to, kind });
const asset = (id: string, category: Asset['category']): Asset => ({ id, name: id, category, quantity: 1 });

describe('system groups', () => {
  it('puts each platform next to the application nearest to it', () => {
    const assets = [asset('HIS', 'application'), asset('DB', 'database'), asset('OS', 'os'), asset('PC', 'terminal'), asset('PRN', 'peripheral'), asset('OA', 'application'), asset('OA-DB', 'database')];
    const deps = [dep('HIS', 'DB'), dep('DB', 'OS'), dep('PC', 'HIS', 'connects-to'), dep('OA', 'OA-DB')];
    const g = buildAssetGraph(assets, deps);
    expect(assignSystemGroups(assets, g)).toEqual(['HIS', 'HIS', 'HIS', 'HIS', '~peripheral', 'OA', 'OA']);
  });

  it('breaks ties towards the application id that sorts first', () => {
    const assets = [asset('Z-APP', 'application'), asset('A-APP', 'application'), asset('DB', 'database')];
    const g = buildAssetGraph(assets, [dep('Z-APP', 'DB'), dep('A-APP', 'DB')]);
    expect(assignSystemGroups(assets, g)[2]).toBe('A-APP');
  });
});

describe('the estate model as an impact index', () => {
  // A workstation connects to HIS (it depends on HIS), yet the core gate puts it before HIS.
  const assets: Asset[] = [{ ...asset('HIS', 'application'), tier: 'core' }, asset('DB', 'database'), asset('PC', 'terminal'), asset('LIS', 'application')];
  const deps = [dep('HIS', 'DB'), dep('PC', 'HIS', 'connects-to'), dep('LIS', 'HIS', 'integrates-with'), dep('X', 'HIS')];
  const model = layoutEstate(assets, deps);
  const node = (id: string) => model.graph.indexOf.get(id)!;
  const names = (list: number[]) => list.map((i) => model.graph.ids[i]).sort();

  it("walks the planner's precedence for what must go before, and raw dependencies for what depends on it", () => {
    const impact = impactOf(model, node('HIS'));
    expect(names(impact.prerequisites)).toEqual(['DB', 'LIS', 'PC']);
    expect(names(impact.dependents)).toEqual(['LIS', 'PC']);
    expect(names(impactOf(model, node('PC')).followers)).toEqual(['HIS']);
  });

  it('lists a dependency on a missing asset as broken and draws protects edges with their own kind', () => {
    expect(model.graph.broken).toEqual([{ index: 3, dependency: dep('X', 'HIS'), missing: 'from' }]);
    const withShield = layoutEstate([...assets, asset('FW', 'security-appliance')], [dep('FW', 'HIS', 'protects')]);
    expect(DEPENDENCY_KINDS[withShield.graph.edgeKind[0]!]).toBe('protects');
  });
});
