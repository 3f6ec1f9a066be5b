import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TEST_PROJECT } from '../test-setup/projects';
import { addDependency, deleteAssets, listAssets, listDependencies, removeDependency, restoreAssets, undeleteAssets, updateAssets } from './assets';
import type { Dependency } from '../../shared/model';
import { PlannerDB } from './database';
import { DEPENDENCY_CHUNK_SIZE } from './dependencyChunks';
import { commitImport } from './importCommit';
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

  describe('over several stored chunks of dependencies', () => {
    // Three chunks' worth of edges among 60 assets; every asset touches edges in every chunk.
    const assets = Array.from({ length: 60 }, (_, i) => ({ id: `N-${i}`, name: `节点 ${i}`, category: 'server' as const, quantity: 1 }));
    const unique: Dependency[] = Array.from({ length: 2 * DEPENDENCY_CHUNK_SIZE + 300 }, (_, i) => ({ from: `N-${i % 60}`, to: `N-${Math.floor(i / 60)}`, kind: i % 2 === 0 ? ('runs-on' as const) : ('connects-to' as const) })).filter((e) => e.from !== e.to);

    beforeEach(async () => {
      await replaceProject('big', { ...TEST_PROJECT, assets, dependencies: unique }, NOW, database);
    });

    it('spans several chunks', async () => {
      expect(unique.length).toBeGreaterThan(2 * DEPENDENCY_CHUNK_SIZE);
      expect(await database.dependencyChunks.where('projectId').equals('big').count()).toBe(3);
    });

    it('deletes assets with their edges from every chunk and undo puts each back in its place', async () => {
      const before = await readProject('big', database);
      const removed = await deleteAssets('big', ['N-3', 'N-17'], NOW, database);
      const left = await listDependencies('big', database);
      expect(left).toEqual(unique.filter((d) => !['N-3', 'N-17'].includes(d.from) && !['N-3', 'N-17'].includes(d.to)));
      expect(removed.dependencies.length).toBe(unique.length - left.length);
      await undeleteAssets(removed, NOW, database);
      expect(await readProject('big', database)).toEqual(before);
    });

    it('finds a duplicate in any chunk, appends a new edge at the end, and removes it again', async () => {
      const first = unique[1]!;
      expect(await addDependency('big', first, NOW, database)).toBe('duplicate');
      expect(await addDependency('big', unique.at(-1)!, NOW, database)).toBe('duplicate');
      const fresh = assets.flatMap((a) => assets.map((b) => ({ from: a.id, to: b.id, kind: 'protects' as const }))).find((d) => d.from !== d.to)!;
      expect(await addDependency('big', fresh, NOW, database)).toBeUndefined();
      expect(await listDependencies('big', database)).toEqual([...unique, fresh]);
      await removeDependency('big', first, NOW, database);
      expect(await listDependencies('big', database)).toEqual([...unique.filter((d) => d !== first), fresh]);
    });

    it('an add-mode import fills the last chunk up before starting new ones', async () => {
      const chunksBefore = await database.dependencyChunks.where('projectId').equals('big').toArray();
      const more: Dependency[] = Array.from({ length: DEPENDENCY_CHUNK_SIZE }, (_, i) => ({ from: `N-${i % 60}`, to: `N-${(i + 1) % 60}`, kind: 'protects' }));
      const distinct = more.filter((d, i) => more.findIndex((o) => o.from === d.from && o.to === d.to) === i);
      await commitImport('big', { assets: [], dependencies: distinct }, { mode: 'add', now: NOW }, database);
      expect(await listDependencies('big', database)).toEqual([...unique, ...distinct]);
      const chunks = await database.dependencyChunks.where('projectId').equals('big').toArray();
      expect(chunks.slice(0, -1).every((c) => c.from.length === DEPENDENCY_CHUNK_SIZE)).toBe(true);
      expect(chunks.length).toBe(Math.ceil((unique.length + distinct.length) / DEPENDENCY_CHUNK_SIZE));
      expect(chunksBefore.length).toBe(Math.ceil(unique.length / DEPENDENCY_CHUNK_SIZE));
    });
  });
});
