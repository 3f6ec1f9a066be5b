import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PRICE_BOOK_EXTENSION } from '../../shared/forecast/priceBook';
import { withExtension } from '../../shared/io/extensions';
import { DEFAULT_PRICE_BOOK } from '../../shared/forecast/priceBook';
import { TEST_PROJECT } from '../test-setup/projects';
import { PlannerDB } from './database';
import { deleteProjectUndoable, duplicateProject, listProjects, readProject, replaceProject, restoreSnapshot, takeSnapshot } from './projects';

const NOW = '2026-11-28T10:00:00.000Z';
const LATER = '2026-11-29T08:30:00.000Z';
let database: PlannerDB;

const WITH_EXTRAS = {
  ...withExtension(TEST_PROJECT, PRICE_BOOK_EXTENSION, { ...DEFAULT_PRICE_BOOK, cpuFamily: 'kunpeng' }),
  scenarios: [{ name: '加速', capacityPerWave: 900, maxCoreCutoversPerWave: 2, freezeWindows: [], pins: { 'PC-001': 1 } }],
};

describe('project repository: duplicate, undoable delete', () => {
  beforeEach(async () => {
    database = new PlannerDB(`test-projects-${Math.random()}`);
    await replaceProject('p1', WITH_EXTRAS, NOW, database);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('duplicates inventory, dependencies, scenarios, and price book under a new id and name', async () => {
    const copyId = await duplicateProject('p1', '测试医院 (副本)', LATER, database);
    expect(copyId).toBeDefined();
    expect(copyId).not.toBe('p1');
    const original = await readProject('p1', database);
    const copy = await readProject(copyId!, database);
    expect(copy).toEqual({ ...original, project: { ...original!.project, name: '测试医院 (副本)' } });
    expect(copy!.extensions?.['priceBook']).toMatchObject({ cpuFamily: 'kunpeng' });
    expect(copy!.scenarios?.[0]?.pins).toEqual({ 'PC-001': 1 });
    const list = await listProjects(database);
    expect(list.map((p) => [p.name, p.assetCount])).toEqual([
      ['测试医院 (副本)', 6],
      ['测试医院', 6],
    ]);
  });

  it('the copy is independent: editing it leaves the original as it was', async () => {
    const copyId = (await duplicateProject('p1', '副本', LATER, database))!;
    await database.assets.update([copyId, 'PC-001'], { quantity: 1 });
    await database.dependencyChunks.where('projectId').equals(copyId).delete();
    const original = await readProject('p1', database);
    expect(original!.assets.find((a) => a.id === 'PC-001')!.quantity).toBe(300);
    expect(original!.dependencies).toHaveLength(3);
  });

  it('two copies made in the same millisecond get different ids', async () => {
    const a = await duplicateProject('p1', 'A', LATER, database);
    const b = await duplicateProject('p1', 'B', LATER, database);
    expect(a).not.toBe(b);
    expect(await listProjects(database)).toHaveLength(3);
  });

  it('deleting returns a snapshot that restores the project exactly, rows and keys included', async () => {
    const before = await takeSnapshot('p1', database);
    const file = await readProject('p1', database);
    const snapshot = await deleteProjectUndoable('p1', database);
    expect(snapshot).toEqual(before);
    expect(await listProjects(database)).toEqual([]);
    expect(await database.assets.count()).toBe(0);
    expect(await database.dependencyChunks.count()).toBe(0);
    await restoreSnapshot(snapshot!, database);
    expect(await takeSnapshot('p1', database)).toEqual(before);
    expect(await readProject('p1', database)).toEqual(file);
    expect((await readProject('p1', database))?.extensions?.['priceBook']).toMatchObject({ cpuFamily: 'kunpeng' });
  });

  it('duplicating or deleting a missing project does nothing', async () => {
    expect(await duplicateProject('nope', 'x', LATER, database)).toBeUndefined();
    expect(await deleteProjectUndoable('nope', database)).toBeUndefined();
    expect(await listProjects(database)).toHaveLength(1);
  });
});
