import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { parseProjectFileText } from '../io';
import { CATEGORIES } from '../model';
import type { Asset, Dependency, ProjectFile } from '../model';
import { applyMerge, isNoOp, planMerge } from './merge';

const sample = (): ProjectFile => {
  const parsed = parseProjectFileText(readFileSync(new URL('../../fixtures/sample-secondary.xcplan.json', import.meta.url), 'utf8'), 'sample-secondary.xcplan.json');
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.value;
};
const clone = <T>(value: T): T => structuredClone(value);

describe('planMerge', () => {
  test('a project merged with itself changes nothing', () => {
    const base = sample();
    const plan = planMerge(base, clone(base));
    expect(isNoOp(plan)).toBe(true);
    expect(plan.assets.identical).toHaveLength(base.assets.length);
    expect(plan.dependencies.identical).toBe(base.dependencies.length);
    expect(plan.metaDiffers).toEqual([]);
    expect(plan.extensionsDiffer).toEqual([]);
  });

  test('a colleague file with one changed and one new asset: one conflict field by field, one addition', () => {
    const base = sample();
    const theirs = clone(base);
    const changed = theirs.assets[3]!;
    changed.quantity += 5;
    changed.vendor = '华为';
    delete changed.notes;
    const fresh: Asset = { id: 'NEW-001', name: '新增自助机', category: 'terminal', quantity: 12, vendorOrigin: 'foreign', disposition: 'replace' };
    theirs.assets.push(fresh);
    theirs.dependencies.push({ from: 'NEW-001', to: base.assets[0]!.id, kind: 'connects-to' }, { from: 'NEW-001', to: 'GHOST', kind: 'runs-on' });

    const plan = planMerge(base, theirs);
    expect(plan.assets.added.map((a) => a.id)).toEqual(['NEW-001']);
    expect(plan.assets.conflicts).toHaveLength(1);
    const conflict = plan.assets.conflicts[0]!;
    expect(conflict.id).toBe(changed.id);
    const fields = conflict.fields.map((f) => f.field);
    expect(fields).toContain('quantity');
    expect(fields).toContain('vendor');
    expect(conflict.fields.find((f) => f.field === 'quantity')).toEqual({ field: 'quantity', mine: base.assets[3]!.quantity, theirs: base.assets[3]!.quantity + 5 });
    expect(plan.assets.identical).toHaveLength(base.assets.length - 1);
    expect(plan.dependencies.added).toEqual([{ from: 'NEW-001', to: base.assets[0]!.id, kind: 'connects-to' }]);
    expect(plan.dependencies.dangling).toEqual([{ from: 'NEW-001', to: 'GHOST', kind: 'runs-on' }]);
  });

  test('scenarios by name: new ones added, changed ones conflicting; settings and extensions reported, never taken', () => {
    const base = sample();
    const theirs = clone(base);
    theirs.scenario = { ...theirs.scenario!, capacityPerWave: theirs.scenario!.capacityPerWave + 100 };
    theirs.scenarios = [...(theirs.scenarios ?? []), { name: '加速方案', capacityPerWave: 900, maxCoreCutoversPerWave: 2, freezeWindows: [], pins: {} }];
    theirs.project = { ...theirs.project, horizonYears: theirs.project.horizonYears + 1 };
    theirs.extensions = { ...theirs.extensions, priceBook: { baseYear: 1999 } };
    const plan = planMerge(base, theirs);
    expect(plan.scenarios.added.map((s) => s.name)).toEqual(['加速方案']);
    expect(plan.scenarios.conflicts.map((c) => [c.name, c.fields.map((f) => f.field)])).toEqual([[base.scenario!.name, ['capacityPerWave']]]);
    expect(plan.metaDiffers.map((f) => f.field)).toEqual(['horizonYears']);
    expect(plan.extensionsDiffer).toEqual(['priceBook']);
    const merged = applyMerge(base, theirs, { all: 'theirs' });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.project.project).toEqual(base.project);
    expect(merged.project.extensions).toEqual(base.extensions);
    expect(merged.project.scenario!.capacityPerWave).toBe(theirs.scenario.capacityPerWave);
    expect(merged.project.scenarios!.map((s) => s.name)).toContain('加速方案');
  });
});

describe('applyMerge', () => {
  const withConflict = () => {
    const base = sample();
    const theirs = clone(base);
    theirs.assets[0]!.quantity += 1;
    theirs.assets[1]!.name += '（新）';
    return { base, theirs };
  };

  test('refuses while a conflict has no choice, naming it', () => {
    const { base, theirs } = withConflict();
    const result = applyMerge(base, theirs, { assets: { [base.assets[0]!.id]: 'theirs' } });
    expect(result).toEqual({ ok: false, unresolved: { assets: [base.assets[1]!.id], scenarios: [] } });
  });

  test('per-conflict choices win over the bulk choice', () => {
    const { base, theirs } = withConflict();
    const result = applyMerge(base, theirs, { all: 'mine', assets: { [base.assets[1]!.id]: 'theirs' } });
    if (!result.ok) throw new Error('unresolved');
    expect(result.project.assets[0]).toEqual(base.assets[0]);
    expect(result.project.assets[1]).toEqual(theirs.assets[1]);
    expect(result.counts).toMatchObject({ conflicts: 2, takenTheirs: 1, added: 0 });
    expect(result.project.assets).toHaveLength(base.assets.length);
  });

  test('does not change its inputs', () => {
    const { base, theirs } = withConflict();
    const before = clone(base);
    applyMerge(base, theirs, { all: 'theirs' });
    expect(base).toEqual(before);
  });
});

describe('merge properties', () => {
  const KINDS = ['runs-on', 'connects-to'] as const;
  const assetArb = fc.record({
    name: fc.constantFrom('HIS', 'PACS', 'LIS', '工作站', '打印机'),
    category: fc.constantFrom(...CATEGORIES),
    quantity: fc.integer({ min: 1, max: 50 }),
    vendor: fc.option(fc.constantFrom('Dell', '华为', 'Oracle'), { nil: undefined }),
  });
  const projectArb = (prefix: string) =>
    fc.array(assetArb, { minLength: 1, maxLength: 12 }).chain((rows) => {
      const assets: Asset[] = rows.map((row, i) => {
        const asset: Asset = { id: `${prefix}${i}`, name: row.name, category: row.category, quantity: row.quantity };
        if (row.vendor) asset.vendor = row.vendor;
        return asset;
      });
      return fc
        .array(fc.tuple(fc.nat(assets.length - 1), fc.nat(assets.length - 1), fc.constantFrom(...KINDS)), { maxLength: 10 })
        .map((pairs): ProjectFile => {
          const seen = new Set<string>();
          const dependencies: Dependency[] = [];
          for (const [a, b, kind] of pairs) {
            const key = `${a}-${b}-${kind}`;
            if (a === b || seen.has(key)) continue;
            seen.add(key);
            dependencies.push({ from: assets[a]!.id, to: assets[b]!.id, kind });
          }
          return { format: 'xcplan', version: 2, project: { name: 'P', startDate: '2027-01-01', horizonYears: 4, waveMonths: 6 }, assets, dependencies, scenario: { name: '基准', capacityPerWave: 100, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {} } };
        });
    });

  test('merging a project with itself yields no changes, whatever the choice', () => {
    fc.assert(
      fc.property(projectArb('A'), fc.constantFrom('mine' as const, 'theirs' as const), (project, all) => {
        expect(isNoOp(planMerge(project, clone(project)))).toBe(true);
        const result = applyMerge(project, clone(project), { all });
        expect(result.ok && result.project).toEqual(project);
      }),
    );
  });

  test('keeping all mine equals the base plus the new assets (and their dependencies)', () => {
    fc.assert(
      fc.property(projectArb('A'), projectArb('A'), projectArb('B'), (base, overlapping, fresh) => {
        const theirs: ProjectFile = { ...overlapping, assets: [...overlapping.assets, ...fresh.assets], dependencies: [...overlapping.dependencies, ...fresh.dependencies] };
        const plan = planMerge(base, theirs);
        const result = applyMerge(base, theirs, { all: 'mine' });
        if (!result.ok) throw new Error('a bulk choice resolves everything');
        const baseIds = new Set(base.assets.map((a) => a.id));
        expect(result.project.assets).toEqual([...base.assets, ...theirs.assets.filter((a) => !baseIds.has(a.id))]);
        expect(result.project.dependencies.slice(0, base.dependencies.length)).toEqual(base.dependencies);
        expect(plan.assets.added.length + plan.assets.identical.length + plan.assets.conflicts.length).toBe(theirs.assets.length);
        // Every dependency of the result has both ends in the result.
        const ids = new Set(result.project.assets.map((a) => a.id));
        for (const dep of result.project.dependencies) expect(ids.has(dep.from) && ids.has(dep.to)).toBe(true);
      }),
    );
  });

  test('taking all theirs makes every shared asset equal theirs and keeps the rest', () => {
    fc.assert(
      fc.property(projectArb('A'), projectArb('A'), (base, theirs) => {
        const result = applyMerge(base, theirs, { all: 'theirs' });
        if (!result.ok) throw new Error('a bulk choice resolves everything');
        const byId = new Map(result.project.assets.map((a) => [a.id, a]));
        for (const asset of theirs.assets) expect(byId.get(asset.id)).toEqual(asset);
        for (const asset of base.assets) expect(byId.has(asset.id)).toBe(true);
        expect(isNoOp(planMerge(result.project, theirs))).toBe(true);
      }),
    );
  });
});
