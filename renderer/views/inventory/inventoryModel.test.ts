import { describe, expect, it } from 'vitest';

import type { Asset } from '../../../shared/model';
import { countAssets, distinctValues, filterAssets, rangeBetween, sortAssets } from './inventoryModel';

const assets: Asset[] = [
  { id: 'PC-2', name: '门诊医生站', category: 'terminal', quantity: 300, vendor: 'Lenovo', vendorOrigin: 'foreign', disposition: 'replace', department: '门诊部', site: '本部' },
  { id: 'PC-10', name: '住院护士站', category: 'terminal', quantity: 120, vendor: '长城', vendorOrigin: 'domestic', disposition: 'compliant', department: '住院部', site: '东院' },
  { id: 'SRV-1', name: 'HIS 数据库服务器', category: 'server', quantity: 2, vendor: 'Dell', product: 'PowerEdge R740', vendorOrigin: 'foreign', disposition: 'replace', tier: 'core' },
  { id: 'APP-HIS', name: 'HIS', category: 'application', quantity: 1, tier: 'core', disposition: 'retain', retainReason: '核心业务' },
];

describe('inventory model', () => {
  it('searches id, name, vendor and product case-insensitively', () => {
    expect(filterAssets(assets, { search: 'poweredge' }).map((a) => a.id)).toEqual(['SRV-1']);
    expect(filterAssets(assets, { search: '护士' }).map((a) => a.id)).toEqual(['PC-10']);
  });

  it('searches the rows after an edit in their new words', () => {
    expect(filterAssets(assets, { search: '护士' }).map((a) => a.id)).toEqual(['PC-10']);
    // A write gives a new rows array: the renamed row is found by its new name, not its old one.
    const edited = assets.map((a) => (a.id === 'PC-10' ? { ...a, name: '住院医生站' } : a));
    expect(filterAssets(edited, { search: '护士' })).toEqual([]);
    expect(filterAssets(edited, { search: '医生站' }).map((a) => a.id)).toEqual(['PC-2', 'PC-10']);
  });

  it('combines filters and treats a missing origin as unknown', () => {
    expect(filterAssets(assets, { search: '', category: 'terminal', vendorOrigin: 'foreign', disposition: 'replace' }).map((a) => a.id)).toEqual(['PC-2']);
    expect(filterAssets(assets, { search: '', vendorOrigin: 'unknown' }).map((a) => a.id)).toEqual(['APP-HIS']);
    expect(filterAssets(assets, { search: '', disposition: 'retain' }).map((a) => a.id)).toEqual(['APP-HIS']);
    expect(filterAssets(assets, { search: '', tier: 'none' }).map((a) => a.id)).toEqual(['PC-2', 'PC-10']);
  });

  it('sorts numbers numerically, ids naturally and puts empty cells last', () => {
    expect(sortAssets(assets, { key: 'quantity', dir: 'desc' }).map((a) => a.id)).toEqual(['PC-2', 'PC-10', 'SRV-1', 'APP-HIS']);
    expect(sortAssets(assets, { key: 'id', dir: 'asc' }).map((a) => a.id)).toEqual(['APP-HIS', 'PC-2', 'PC-10', 'SRV-1']);
    expect(sortAssets(assets, { key: 'tier', dir: 'desc' }).map((a) => a.id).slice(2)).toEqual(['PC-2', 'PC-10']);
  });

  it('counts rows, units and the domestic share of units', () => {
    const counts = countAssets(assets);
    expect(counts).toEqual({ assets: 4, units: 423, domesticUnits: 120, domesticShare: 120 / 423 });
  });

  it('lists distinct departments and selects a range in visible order', () => {
    expect(distinctValues(assets, 'department')).toHaveLength(2);
    expect(rangeBetween(assets, 'SRV-1', 'PC-2')).toEqual(['PC-2', 'PC-10', 'SRV-1']);
  });
});
