/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { ToastHost } from '../../components/ToastHost';
import { useToasts } from '../../components/toasts';
import { db } from '../../db/database';
import { listProjects, readProject, replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { TEST_PROJECT } from '../../test-setup/projects';
import { ProjectsView } from './ProjectsView';

const picked = vi.hoisted(() => ({ file: undefined as { name: string; bytes: Uint8Array } | undefined }));
/** The desktop group store (undefined: the web build). */
const group = vi.hoisted((): { store: unknown } => ({ store: undefined }));
vi.mock('../../platform', () => ({
  pickFile: () => Promise.resolve(picked.file),
  desktopGroupStore: () => group.store,
  PlatformError: class PlatformError extends Error {},
}));

const fileOf = (name: string, value: unknown) => ({ name, bytes: new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)) });

describe('ProjectsView', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  beforeEach(async () => {
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(async () => {
    group.store = undefined;
    localStorage.clear();
    cleanup();
    act(() => useToasts.setState({ toasts: [] }));
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

  it('renames and, after confirmation, deletes a project; 撤销 brings it back whole', async () => {
    render(
      <>
        <ProjectsView />
        <ToastHost />
      </>,
    );
    const before = await readProject('p1');
    const row = (await screen.findByText('测试医院')).closest('tr')!;
    expect(row.textContent).toContain('安徽');
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
    expect(useAppStore.getState().activeProjectId).toBeUndefined();
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await screen.findByText('测试医院（新）');
    const after = await readProject('p1');
    expect(after).toEqual({ ...before, project: { ...before!.project, name: '测试医院（新）' } });
    expect(useAppStore.getState().activeProjectId).toBe('p1');
  });

  it('duplicates a project as “… (副本)” with the same assets', async () => {
    render(<ProjectsView />);
    const row = (await screen.findByText('测试医院')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '复制' }));
    const copyRow = (await screen.findByText('测试医院 (副本)')).closest('tr')!;
    expect(within(copyRow).getByText('6')).toBeTruthy();
    const copy = (await listProjects()).find((p) => p.name === '测试医院 (副本)')!;
    expect((await readProject(copy.id))!.assets).toEqual((await readProject('p1'))!.assets);
  });

  it('merge: an invalid file names the row and field and writes nothing', async () => {
    picked.file = fileOf('colleague.xcplan.json', { ...TEST_PROJECT, assets: [{ ...TEST_PROJECT.assets[0], quantity: -3 }] });
    const before = await readProject('p1');
    render(<ProjectsView />);
    fireEvent.click(within((await screen.findByText('测试医院')).closest('tr')!).getByRole('button', { name: '合并…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '选择项目文件…' }));
    const issues = await within(dialog).findByTestId('merge-issues');
    expect(issues.textContent).toContain('colleague.xcplan.json');
    expect(issues.textContent).toContain('quantity');
    expect(within(dialog).queryByRole('button', { name: '合并' })).toBeNull();
    expect(await readProject('p1')).toEqual(before);
  });

  it('merge: counts, one conflict side by side, merge only once chosen, then undo', async () => {
    const theirs = structuredClone(TEST_PROJECT);
    theirs.assets[0]!.quantity = 320;
    theirs.assets.push({ id: 'KIOSK-001', name: '自助挂号机', category: 'terminal', quantity: 10, vendorOrigin: 'foreign', disposition: 'replace' });
    theirs.dependencies.push({ from: 'KIOSK-001', to: 'APP-HIS', kind: 'connects-to' });
    theirs.project = { ...theirs.project, name: '同事的医院', horizonYears: 8 };
    theirs.extensions = { priceBook: { baseYear: 2020 } };
    picked.file = fileOf('colleague.xcplan.json', theirs);
    const before = await readProject('p1');
    render(
      <>
        <ProjectsView />
        <ToastHost />
      </>,
    );
    fireEvent.click(within((await screen.findByText('测试医院')).closest('tr')!).getByRole('button', { name: '合并…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '选择项目文件…' }));
    const summary = await within(dialog).findByTestId('merge-summary');
    const count = (key: string) => summary.querySelector(`[data-count="${key}"] dd`)!.textContent;
    expect([count('added'), count('identical'), count('conflicts'), count('depsAdded')]).toEqual(['1', '5', '1', '1']);
    expect(dialog.textContent).toContain('项目设置不同（项目名称、规划年限），保留本项目的设置。');
    expect(dialog.textContent).toContain('对方的价格库与本项目不同，保留本项目的。');
    const conflict = dialog.querySelector('tr[data-conflict="a:PC-001"]')!;
    expect(conflict.textContent).toContain('数量');
    expect(conflict.textContent).toContain('300');
    expect(conflict.textContent).toContain('320');
    const commit = within(dialog).getByRole<HTMLButtonElement>('button', { name: '合并' });
    expect(commit.disabled).toBe(true);
    expect(dialog.textContent).toContain('还有 1 处冲突未选择');
    const group = within(dialog).getByRole('radiogroup', { name: /PC-001/ });
    fireEvent.click(within(group).getByLabelText('采用对方的'));
    expect(commit.disabled).toBe(false);
    fireEvent.click(commit);
    await waitFor(async () => expect((await readProject('p1'))!.assets).toHaveLength(7));
    const merged = (await readProject('p1'))!;
    expect(merged.assets.find((a) => a.id === 'PC-001')!.quantity).toBe(320);
    expect(merged.dependencies).toHaveLength(4);
    expect(merged.project).toEqual(before!.project);
    expect(merged.extensions).toEqual(before!.extensions);
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await readProject('p1')).toEqual(before));
  });

  it('merge: “keep all mine” keeps every asset of the project and still adds the new one', async () => {
    const theirs = structuredClone(TEST_PROJECT);
    theirs.assets[0]!.quantity = 320;
    theirs.assets[2]!.vendor = '华为';
    theirs.assets.push({ id: 'KIOSK-001', name: '自助挂号机', category: 'terminal', quantity: 10, vendorOrigin: 'foreign', disposition: 'replace' });
    picked.file = fileOf('colleague.xcplan.json', theirs);
    render(<ProjectsView />);
    fireEvent.click(within((await screen.findByText('测试医院')).closest('tr')!).getByRole('button', { name: '合并…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '选择项目文件…' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: '全部保留我的' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '合并' }));
    await waitFor(async () => expect((await readProject('p1'))!.assets).toHaveLength(7));
    const merged = (await readProject('p1'))!;
    expect(merged.assets.find((a) => a.id === 'PC-001')!.quantity).toBe(300);
    expect(merged.assets.find((a) => a.id === 'SRV-001')!.vendor).toBe('Dell');
  });

  it('merge: a file with hundreds of conflicts shows them in pages and the bulk choice covers all', async () => {
    const many = Array.from({ length: 260 }, (_, i) => ({ id: `T-${i}`, name: `终端 ${i}`, category: 'terminal' as const, quantity: 1 }));
    await replaceProject('p1', { ...TEST_PROJECT, assets: many, dependencies: [] }, '2026-11-01T00:00:00Z');
    picked.file = fileOf('colleague.xcplan.json', { ...TEST_PROJECT, assets: many.map((a) => ({ ...a, quantity: 2 })), dependencies: [] });
    render(<ProjectsView />);
    fireEvent.click(within((await screen.findByText('测试医院')).closest('tr')!).getByRole('button', { name: '合并…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '选择项目文件…' }));
    await within(dialog).findByTestId('merge-summary');
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(200);
    fireEvent.click(within(dialog).getByRole('button', { name: /再显示 60 处/ }));
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(260);
    fireEvent.click(within(dialog).getByRole('button', { name: '全部采用对方的' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '合并' }));
    await waitFor(async () => expect((await readProject('p1'))!.assets.every((a) => a.quantity === 2)).toBe(true));
  });

  it('group store: the web build says sync is a desktop feature and sends nothing', async () => {
    render(
      <>
        <ProjectsView />
        <ToastHost />
      </>,
    );
    const row = (await screen.findByText('测试医院')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '同步到集团库' }));
    expect(await screen.findByText(/同步到集团库是桌面版功能/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '从集团库获取' }));
    expect((await listProjects()).length).toBe(1);
  });

  it('group store: a push remembers its revision; a stale push offers the merge of the store version', async () => {
    const theirs = { ...TEST_PROJECT, assets: [...TEST_PROJECT.assets, { ...TEST_PROJECT.assets[0]!, id: 'FROM-STORE', name: '集团库新增资产' }] };
    const push = vi.fn((_data: Uint8Array, base: number) => Promise.resolve(base === 0 ? { status: 'pushed', revision: 1 } : { status: 'stale', head: 3, base }));
    const pull = vi.fn(() => Promise.resolve({ revision: 3, bytes: new TextEncoder().encode(JSON.stringify(theirs)), sha256: 'x', author: 'b', pushedAt: '2027-01-01T00:00:00Z' }));
    group.store = { push, pull, config: () => Promise.resolve({ url: 'postgres://u@h/db', hospitalId: 'H1', hasPassword: true }), configure: vi.fn() };
    render(
      <>
        <ProjectsView />
        <ToastHost />
      </>,
    );
    const row = (await screen.findByText('测试医院')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '同步到集团库' }));
    expect(await screen.findByText(/修订 1/)).toBeTruthy();
    const sent = JSON.parse(new TextDecoder().decode(push.mock.calls[0]![0])) as { assets: unknown[] };
    expect(sent.assets).toHaveLength(TEST_PROJECT.assets.length);
    // The next push is based on revision 1; the store has 3, so nothing is written and the merge is offered.
    fireEvent.click(within(row).getByRole('button', { name: '同步到集团库' }));
    const stale = await screen.findByRole('dialog');
    expect(push.mock.calls[1]![1]).toBe(1);
    expect(stale.textContent).toContain('修订 3');
    fireEvent.click(within(stale).getByRole('button', { name: '合并集团库版本…' }));
    const summary = await screen.findByTestId('merge-summary');
    expect(within(summary).getByText('1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '合并' }));
    await waitFor(async () => expect((await readProject('p1'))!.assets.map((a) => a.id)).toContain('FROM-STORE'));
    expect(JSON.parse(localStorage.getItem('xcplan.groupStore.bases')!)).toEqual({ p1: 3 });
  });
});
