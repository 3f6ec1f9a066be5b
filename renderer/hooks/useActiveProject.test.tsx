/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TEST_PROJECT } from '../test-setup/projects';
import { db } from '../db/database';
import { updateAssets } from '../db/assets';
import * as projects from '../db/projects';
import { useAppStore } from '../state/store';
import { useActiveProjectFile } from './useActiveProject';

const NOW = '2026-11-29T08:00:00.000Z';

/** Stands for a view: shows the project's name and asset count, or the loading state. */
function View({ label }: { label: string }) {
  const project = useActiveProjectFile();
  if (project === undefined) return <p>{label}: loading</p>;
  if (project === null) return <p>{label}: none</p>;
  return <p>{`${label}: ${project.project.name} ${project.assets.length}`}</p>;
}

describe('useActiveProjectFile', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await projects.replaceProject('p1', TEST_PROJECT, NOW);
    await projects.replaceProject('p2', { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '第二医院' }, assets: TEST_PROJECT.assets.slice(0, 2) }, NOW);
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('switching between views shows the project at once, without reading it again', async () => {
    const read = vi.spyOn(projects, 'readStoredProject');
    const first = render(<View label="plan" />);
    await screen.findByText('plan: 测试医院 6');
    const reads = read.mock.calls.length;
    expect(reads).toBeGreaterThanOrEqual(1);
    first.unmount();
    render(<View label="graph" />);
    // Already there on the first render of the next view: no loading state, no new read.
    expect(screen.getByText('graph: 测试医院 6')).toBeTruthy();
    expect(read.mock.calls.length).toBe(reads);
  });

  it('reads again after a committed write, keeping the old project on screen meanwhile', async () => {
    render(<View label="plan" />);
    await screen.findByText('plan: 测试医院 6');
    await act(async () => {
      await db.assets.delete(['p1', 'PC-001']);
    });
    await screen.findByText('plan: 测试医院 5');
    expect(screen.queryByText(/loading/)).toBeNull();
  });

  it('after an edit it reads only the edited row, and after a bulk write of 50 rows or more the whole project', async () => {
    render(<View label="plan" />);
    await screen.findByText('plan: 测试医院 6');
    const whole = vi.spyOn(projects, 'readStoredProject');
    const patch = vi.spyOn(projects, 'rereadStoredProject');
    await act(async () => {
      await updateAssets('p1', ['PC-001'], { name: '门诊医生工作站（新）' }, NOW);
    });
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(whole).not.toHaveBeenCalled();
    expect([...patch.mock.calls[0]![2].assets]).toEqual(['PC-001']);
    const many = Array.from({ length: 50 }, (_, i) => ({ ...TEST_PROJECT.assets[0]!, id: `PC-9${String(i).padStart(2, '0')}`, projectId: 'p1' }));
    await act(async () => {
      await db.assets.bulkPut(many);
    });
    await screen.findByText('plan: 测试医院 56');
    expect(whole).toHaveBeenCalledTimes(1);
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('a view opened after a write it has not seen waits for the new read instead of showing the old project', async () => {
    const first = render(<View label="plan" />);
    await screen.findByText('plan: 测试医院 6');
    first.unmount();
    await db.assets.delete(['p1', 'PC-001']);
    render(<View label="graph" />);
    expect(screen.queryByText('graph: 测试医院 6')).toBeNull();
    await screen.findByText('graph: 测试医院 5');
  });

  it('follows the active project, and shows none when it is deleted', async () => {
    render(<View label="forecast" />);
    await screen.findByText('forecast: 测试医院 6');
    act(() => useAppStore.getState().setActiveProject('p2'));
    await screen.findByText('forecast: 第二医院 2');
    await act(async () => {
      await projects.deleteProjectUndoable('p2');
    });
    await waitFor(() => expect(screen.getByText('forecast: none')).toBeTruthy());
  });
});
