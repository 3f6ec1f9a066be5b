import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TEST_PROJECT } from '../test-setup/projects';
import { addDependency, deleteAssets, listAssets, listDependencies, removeDependency, restoreAssets, undeleteAssets, updateAssets } from './assets';
import { PlannerDB } from './database';
import { readProject, replaceProject } from './projects';

const NOW = '2026-11-28T10:00:00.000Z';
let database: PlannerDB;

describe('asset repository', () => {
  beforeEach(async () => {
    database = new PlannerDB(`test-assets-${Math.random()}`);
    await replaceProject('p1', TEST_PROJECT, NOW, database);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('bulk edits several assets and undoes the edit exactly', async () => {
    const before = await readProject('p1', database);
    const previous = await updateAssets('p1', ['PC-001', 'PRN-001'], { disposition: 'retain', retainReason: '厂商认证', tier: undefined }, NOW, database);
    const edited = await listAssets('p1', database);
    const pc = edited.find((a) => a.id === 'PC-001')!;
    expect(pc.disposition).toBe('retain');
    expect(pc.retainReason).toBe('厂商认证');
    expect('tier' in pc).toBe(false);
    await restoreAssets('p1', previous, NOW, database);
    expect(await readProject('p1', database)).toEqual(before);
  });

  it('deletes assets with their dependencies and puts them back on undo', async () => {
    const before = await readProject('p1', database);
    const removed = await deleteAssets('p1', ['DB-001'], NOW, database);
    expect(removed.assets.map((a) => a.id)).toEqual(['DB-001']);
    expect(await listDependencies('p1', database)).toEqual([{ from: 'PC-001', to: 'APP-HIS', kind: 'connects-to' }]);
    await undeleteAssets(removed, NOW, database);
    expect(await readProject('p1', database)).toEqual(before);
  });

  it('refuses a self, dangling or duplicate dependency and adds a valid one', async () => {
    expect(await addDependency('p1', { from: 'PC-001', to: 'PC-001', kind: 'connects-to' }, NOW, database)).toBe('self');
    expect(await addDependency('p1', { from: 'PC-001', to: 'NOPE', kind: 'connects-to' }, NOW, database)).toBe('dangling');
    expect(await addDependency('p1', { from: 'DB-001', to: 'SRV-001', kind: 'runs-on' }, NOW, database)).toBe('duplicate');
    expect(await addDependency('p1', { from: 'PRN-001', to: 'PC-001', kind: 'connects-to' }, NOW, database)).toBeUndefined();
    expect(await listDependencies('p1', database)).toHaveLength(4);
    await removeDependency('p1', { from: 'PRN-001', to: 'PC-001', kind: 'connects-to' }, NOW, database);
    expect(await listDependencies('p1', database)).toHaveLength(3);
  });
});
