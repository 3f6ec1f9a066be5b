import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TEST_PROJECT } from '../test-setup/projects';
import { PlannerDB } from './database';
import { listProjects, readProject, renameProject, replaceProject } from './projects';
import { availableSamples, ensureStartupProject, loadSample } from './samples';

const NOW = '2026-11-28T10:00:00.000Z';
let database: PlannerDB;

describe('first run and samples', () => {
  beforeEach(() => {
    database = new PlannerDB(`test-samples-${Math.random()}`);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('ships both sample hospitals, each a valid project file', async () => {
    expect(availableSamples()).toEqual(['tertiary', 'secondary']);
    for (const id of availableSamples()) {
      const sample = await loadSample(id);
      expect(sample.ok, JSON.stringify(sample.issues.slice(0, 3))).toBe(true);
    }
  });

  it('seeds the tertiary sample on a fresh database and opens it', async () => {
    const projectId = await ensureStartupProject(undefined, NOW, '我的医院', database);
    expect(projectId).toBe('sample-tertiary');
    const file = await readProject(projectId, database);
    const sample = await loadSample('tertiary');
    expect(sample.ok && file?.assets.length).toBe(sample.ok ? sample.value.assets.length : -1);
    expect(file!.assets.length).toBeGreaterThan(50);
  });

  it('reopens the remembered project, or the newest one when it is gone', async () => {
    await replaceProject('a', TEST_PROJECT, '2026-01-01T00:00:00Z', database);
    await replaceProject('b', TEST_PROJECT, '2026-02-01T00:00:00Z', database);
    expect(await ensureStartupProject('a', NOW, '我的医院', database)).toBe('a');
    expect(await ensureStartupProject('deleted', NOW, '我的医院', database)).toBe('b');
  });

  it('renames a project in its row and in the exported meta, and lists asset counts', async () => {
    await replaceProject('a', TEST_PROJECT, NOW, database);
    await renameProject('a', '新名称', '2026-12-01T00:00:00Z', database);
    expect((await readProject('a', database))?.project.name).toBe('新名称');
    expect(await listProjects(database)).toEqual([{ id: 'a', name: '新名称', province: '安徽', updatedAt: '2026-12-01T00:00:00Z', assetCount: TEST_PROJECT.assets.length }]);
  });
});
