import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Asset } from '../../shared/model';
import { TEST_PROJECT } from '../test-setup/projects';
import { addAsset, addDependency, deleteAssets, removeDependency, undeleteAssets, updateAssets } from './assets';
import { changedKeys } from './changes';
import type { ChangedKeys } from './changes';
import { PlannerDB } from './database';
import { mergeAssets, readStoredProject, replaceProject, rereadStoredProject } from './projects';
import type { StoredProject } from './projects';

const NOW = '2026-12-04T10:00:00.000Z';
let database: PlannerDB;
let events: ChangedKeys[];
const listen = (parts: ObservabilitySet) => events.push(changedKeys(parts));

/** Many small chunks (the store's own size is 1,000), so a dependency edit touches one of several. */
const MANY_DEPENDENCIES = Array.from({ length: 2500 }, (_, i) => ({ from: 'PC-001', to: i % 2 ? 'APP-HIS' : 'PRN-001', kind: 'connects-to' as const }));

/** The keys the events since the last call named for project p1 (undefined: a whole read is needed). */
function namedSince(): { assets: Set<string>; chunks: Set<number> } | undefined {
  const assets = new Set<string>();
  const chunks = new Set<number>();
  for (const keys of events.splice(0)) {
    if (keys.whole) return undefined;
    for (const id of keys.assets.get('p1') ?? []) assets.add(id);
    for (const chunk of keys.chunks.get('p1') ?? []) chunks.add(chunk);
  }
  return { assets, chunks };
}

/** Re-reads p1 over `base` from the events' keys and checks it against a whole read. */
async function expectSameAsWholeRead(base: StoredProject): Promise<StoredProject> {
  const changed = namedSince();
  expect(changed, 'the writes were named key by key').toBeDefined();
  const patched = await rereadStoredProject('p1', base, changed!, database);
  const whole = await readStoredProject('p1', database);
  expect(patched).toEqual(whole);
  return patched!;
}

describe('re-reading only what a write changed', () => {
  beforeEach(async () => {
    database = new PlannerDB(`test-reread-${Math.random()}`);
    await replaceProject('p1', { ...TEST_PROJECT, dependencies: [...TEST_PROJECT.dependencies, ...MANY_DEPENDENCIES] }, NOW, database);
    await replaceProject('p2', TEST_PROJECT, NOW, database);
    events = [];
    Dexie.on('storagemutated', listen);
  });
  afterEach(async () => {
    Dexie.on.storagemutated.unsubscribe(listen);
    await database.delete();
  });

  it('an inline edit names its one asset, and the re-read equals a whole read', async () => {
    let base = (await readStoredProject('p1', database))!;
    await updateAssets('p1', ['SRV-001'], { quantity: 4 }, NOW, database);
    expect(events.at(-1)!.assets.get('p1')).toEqual(new Set(['SRV-001']));
    base = await expectSameAsWholeRead(base);
    expect(base.file.assets.find((a) => a.id === 'SRV-001')!.quantity).toBe(4);
  });

  it('an added asset lands in id order, a deleted one goes, with its dependencies, and undo puts both back', async () => {
    let base = (await readStoredProject('p1', database))!;
    const added: Asset = { id: 'DB-000', name: '备用库', category: 'database', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace' };
    await addAsset('p1', added, NOW, database);
    base = await expectSameAsWholeRead(base);
    expect(base.file.assets.map((a) => a.id).indexOf('DB-000')).toBe(base.file.assets.map((a) => a.id).indexOf('DB-001') - 1);
    const removed = await deleteAssets('p1', ['PRN-001'], NOW, database);
    base = await expectSameAsWholeRead(base);
    expect(base.file.assets.some((a) => a.id === 'PRN-001')).toBe(false);
    expect(base.file.dependencies).toHaveLength(TEST_PROJECT.dependencies.length + 1250);
    await undeleteAssets(removed, NOW, database);
    base = await expectSameAsWholeRead(base);
    expect(base.file.dependencies).toHaveLength(TEST_PROJECT.dependencies.length + 2500);
  });

  it('a dependency added or removed re-reads its chunk and keeps the others', async () => {
    let base = (await readStoredProject('p1', database))!;
    expect(await addDependency('p1', { from: 'PC-001', to: 'SRV-001', kind: 'connects-to' }, NOW, database)).toBeUndefined();
    const afterAdd = await expectSameAsWholeRead(base);
    // The chunks not written are the earlier read's own objects.
    expect(afterAdd.file.dependencies[0]).toBe(base.file.dependencies[0]);
    base = afterAdd;
    await removeDependency('p1', { from: 'APP-HIS', to: 'DB-001', kind: 'runs-on' }, NOW, database);
    base = await expectSameAsWholeRead(base);
    expect(base.file.dependencies.some((d) => d.from === 'APP-HIS' && d.to === 'DB-001')).toBe(false);
  });

  it('a scenario or project change with no asset named keeps every asset object', async () => {
    const base = (await readStoredProject('p1', database))!;
    await database.projects.update('p1', { meta: { ...TEST_PROJECT.project, name: '改名医院' } });
    const changed = namedSince()!;
    expect(changed.assets.size + changed.chunks.size).toBe(0);
    const patched = (await rereadStoredProject('p1', base, changed, database))!;
    expect(patched.file.project.name).toBe('改名医院');
    expect(patched.file.assets).toBe(base.file.assets);
    expect(patched).toEqual(await readStoredProject('p1', database));
  });

  it('a write to another project names only that project', async () => {
    await updateAssets('p2', ['PC-001'], { quantity: 9 }, NOW, database);
    expect(events.at(-1)!.assets.get('p2')).toEqual(new Set(['PC-001']));
    expect(events.at(-1)!.assets.has('p1')).toBe(false);
  });

  it('a write of 50 rows or more, or a cleared table, cannot be told key by key; a delete by index names its rows', async () => {
    const many = Array.from({ length: 60 }, (_, i): Asset => ({ id: `T-${i}`, name: `终端 ${i}`, category: 'terminal', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace' }));
    await database.assets.bulkPut(many.map((a) => ({ ...a, projectId: 'p1' })));
    expect(events.at(-1)!.whole).toBe(true);
    await database.assets.where('projectId').equals('p2').delete();
    expect(events.at(-1)!.whole).toBe(false);
    expect(events.at(-1)!.assets.get('p2')).toEqual(new Set(TEST_PROJECT.assets.map((a) => a.id)));
    await database.dependencyChunks.clear();
    expect(events.at(-1)!.whole).toBe(true);
  });

  it('a deleted project reads as none', async () => {
    const base = (await readStoredProject('p1', database))!;
    await database.projects.delete('p1');
    expect(await rereadStoredProject('p1', base, { assets: new Set(), chunks: new Set() }, database)).toBeUndefined();
  });
});

describe('mergeAssets', () => {
  const a = (id: string, quantity = 1): Asset => ({ id, name: id, category: 'terminal', quantity, vendorOrigin: 'foreign', disposition: 'replace' });
  it('replaces, inserts and removes by id in IndexedDB order (code units: upper case before lower)', () => {
    const base = [a('A'), a('C'), a('E'), a('b')];
    const merged = mergeAssets(base, ['B', 'C', 'E', 'Z', 'c'], [a('B'), a('C', 5), undefined, a('Z'), a('c')]);
    expect(merged.map((x) => [x.id, x.quantity])).toEqual([['A', 1], ['B', 1], ['C', 5], ['Z', 1], ['b', 1], ['c', 1]]);
    expect(merged[0]).toBe(base[0]);
    expect(mergeAssets(base, [], [])).toBe(base);
  });
});
