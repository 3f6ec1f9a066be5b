/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { db } from '../../db/database';
import { listProjects, replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { TEST_PROJECT } from '../../test-setup/projects';
import { ProjectsView } from './ProjectsView';

describe('ProjectsView', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  beforeEach(async () => {
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('creates an empty project and switches to it', async () => {
    render(<ProjectsView />);
    fireEvent.click(await screen.findByRole('button', { name: '新建空项目' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('项目名称'), { target: { value: '某二甲医院' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await listProjects()).map((p) => p.name)).toContain('某二甲医院'));
    const created = (await listProjects()).find((p) => p.name === '某二甲医院')!;
    expect(useAppStore.getState().activeProjectId).toBe(created.id);
    expect(created.assetCount).toBe(0);
  });

  it('renames and, after confirmation, deletes a project', async () => {
    render(<ProjectsView />);
    const row = (await screen.findByText('测试医院')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '重命名' }));
    const input = within(screen.getByRole('dialog')).getByLabelText('项目名称');
    fireEvent.change(input, { target: { value: '测试医院（新）' } });
    fireEvent.submit(input.closest('form')!);
    await screen.findByText('测试医院（新）');
    fireEvent.click(within(screen.getByText('测试医院（新）').closest('tr')!).getByRole('button', { name: '删除' }));
    const confirm = screen.getByRole('dialog', { name: '删除项目' });
    expect(confirm.textContent).toContain('6 条资产');
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(await listProjects()).toHaveLength(1);
    fireEvent.click(within(screen.getByText('测试医院（新）').closest('tr')!).getByRole('button', { name: '删除' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: '删除项目' })).getByRole('button', { name: '删除项目' }));
    await waitFor(async () => expect(await listProjects()).toHaveLength(0));
  });
});
