/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { listAssets, listDependencies } from '../../db/assets';
import { db } from '../../db/database';
import { replaceProject } from '../../db/projects';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../state/store';
import { stubLayout } from '../../test-setup/dom';
import { TEST_PROJECT } from '../../test-setup/projects';
import { ToastHost } from '../../components/ToastHost';
import { useToasts } from '../../components/toasts';
import { InventoryView } from './InventoryView';

let restoreLayout: () => void;
const visibleIds = () => screen.queryAllByRole('row').map((r) => r.getAttribute('data-asset-id')).filter((id): id is string => id !== null);

describe('InventoryView', () => {
  beforeAll(() => {
    initI18n('zh');
    restoreLayout = stubLayout();
  });
  afterAll(() => restoreLayout());
  beforeEach(async () => {
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p1'));
  });
  afterEach(async () => {
    cleanup();
    useToasts.setState({ toasts: [] });
    await db.delete();
    await db.open();
  });

  it('shows every asset with the header counts and the origin chips', async () => {
    render(<InventoryView />);
    await screen.findByText('HIS 数据库服务器');
    expect(visibleIds()).toEqual(['APP-HIS', 'DB-001', 'PC-001', 'PC-002', 'PRN-001', 'SRV-001']);
    // 504 units, 120 + 1 domestic.
    expect(screen.getByTestId('inventory-counts').textContent).toContain('6 条资产 · 504 台/套 · 国产化率 24%');
    expect(within(screen.getByRole('row', { name: /PC-002/ })).getByText('国产')).toBeTruthy();
    // An id cut by the column width can still be read in full from its tooltip.
    expect(within(screen.getByRole('row', { name: /PC-002/ })).getByRole('button', { name: 'PC-002' }).getAttribute('title')).toBe('PC-002');
  });

  it('comes back from another view with the whole table at once, from the project read it keeps', async () => {
    // More assets than the first page, so the whole table comes from the project read.
    const assets = Array.from({ length: 250 }, (_, i) => ({ ...TEST_PROJECT.assets[0]!, id: `BIG-${String(i).padStart(3, '0')}`, quantity: 1 }));
    await replaceProject('p2', { ...TEST_PROJECT, assets, dependencies: [] }, '2026-11-01T00:00:00Z');
    act(() => useAppStore.getState().setActiveProject('p2'));
    const first = render(<InventoryView />);
    // The first read of 250 assets from (fake) IndexedDB can take over a second on a loaded machine.
    await waitFor(() => expect(screen.getByTestId('inventory-counts').textContent).toContain('250 条资产'), { timeout: 5000 });
    first.unmount();
    // Another view in between; the inventory mounts again: no loading state, the counts of every
    // asset in its first render (a big project is not read from IndexedDB again).
    render(<InventoryView />);
    expect(screen.queryByText('加载中…')).toBeNull();
    expect(screen.getByTestId('inventory-counts').textContent).toContain('250 条资产 · 250 台/套');
    expect(visibleIds()[0]).toBe('BIG-000');
  });

  it('filters by origin and department, and searches', async () => {
    render(<InventoryView />);
    await screen.findByText('HIS 数据库服务器');
    fireEvent.change(screen.getByLabelText('产地'), { target: { value: 'foreign' } });
    await waitFor(() => expect(visibleIds()).toEqual(['DB-001', 'PC-001', 'PRN-001', 'SRV-001']));
    fireEvent.change(screen.getByLabelText('科室'), { target: { value: '门诊部' } });
    await waitFor(() => expect(visibleIds()).toEqual(['PC-001', 'PRN-001']));
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: 'laserjet' } });
    await waitFor(() => expect(visibleIds()).toEqual(['PRN-001']));
  });

  it('sorts by a column header, and reverses on a second click', async () => {
    render(<InventoryView />);
    await screen.findByText('HIS 数据库服务器');
    fireEvent.click(screen.getByRole('button', { name: '数量' }));
    await waitFor(() => expect(visibleIds()).toEqual(['APP-HIS', 'DB-001', 'SRV-001', 'PRN-001', 'PC-002', 'PC-001']));
    fireEvent.click(screen.getByRole('button', { name: /数量/ }));
    await waitFor(() => expect(visibleIds()[0]).toBe('PC-001'));
    expect(screen.getByRole('columnheader', { name: /数量/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('edits a cell in place with the keyboard: Enter saves, Escape cancels', async () => {
    render(<InventoryView />);
    const cell = await screen.findByRole('gridcell', { name: '名称 PC-001: 门诊医生工作站' });
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = screen.getByRole('textbox', { name: '名称 PC-001' });
    fireEvent.change(input, { target: { value: '门诊医生站（新）' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await listAssets('p1')).find((a) => a.id === 'PC-001')?.name).toBe('门诊医生站（新）'));
    const quantity = await screen.findByRole('gridcell', { name: '数量 PC-001: 300' });
    fireEvent.keyDown(quantity, { key: 'F2' });
    const box = screen.getByRole('spinbutton', { name: '数量 PC-001' });
    fireEvent.change(box, { target: { value: '5' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('spinbutton', { name: '数量 PC-001' })).toBeNull();
    expect((await listAssets('p1')).find((a) => a.id === 'PC-001')?.quantity).toBe(300);
  });

  it('moves through the table by keyboard like a spreadsheet, one tab stop for all its cells', async () => {
    render(<InventoryView />);
    const name = (id: string, value: string) => screen.findByRole('gridcell', { name: `名称 ${id}: ${value}` });
    const first = await name('APP-HIS', 'HIS 医院信息系统');
    const stops = () => [...document.querySelectorAll<HTMLElement>('.inv-body [data-col]')].filter((c) => c.tabIndex === 0);
    expect(stops()).toHaveLength(1);
    first.focus();
    const press = (key: string, extra: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.activeElement!, { key, ...extra });
    press('ArrowDown');
    expect(document.activeElement).toBe(await name('DB-001', 'HIS 数据库'));
    expect(stops()).toEqual([document.activeElement]);
    press('ArrowRight');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^类别 DB-001: /);
    // Home: the row's tick box; Space ticks the row.
    press('Home');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('选择 DB-001');
    press(' ');
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('checkbox', { name: '选择 DB-001' }).checked).toBe(true));
    // Ctrl+End: the last asset, same column; End: its last column.
    press('End', { ctrlKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('选择 SRV-001');
    press('End');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^维保到期 SRV-001: /);
    // Enter on a read-only cell opens the asset.
    press('ArrowLeft', {});
    for (let i = 0; i < 6; i++) press('ArrowLeft');
    expect(document.activeElement?.textContent).toContain('Dell');
    press('Enter');
    expect(await screen.findByTestId('asset-panel')).toBeTruthy();
    // An edit ends with the keyboard back on its cell.
    const cell = await name('PC-001', '门诊医生工作站');
    cell.focus();
    press('Enter');
    fireEvent.keyDown(screen.getByRole('textbox', { name: '名称 PC-001' }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('名称 PC-001: 门诊医生工作站'));
  });

  it('refuses an invalid inline edit and keeps the stored value', async () => {
    render(<InventoryView />);
    const quantity = await screen.findByRole('gridcell', { name: '数量 SRV-001: 2' });
    fireEvent.keyDown(quantity, { key: 'Enter' });
    const box = screen.getByRole('spinbutton', { name: '数量 SRV-001' });
    fireEvent.change(box, { target: { value: '-3' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect((await listAssets('p1')).find((a) => a.id === 'SRV-001')?.quantity).toBe(2);
  });

  it('bulk edits a shift-click range: retained needs a reason', async () => {
    render(<InventoryView />);
    await screen.findByText('HIS 数据库服务器');
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 DB-001' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 PC-002' }), { shiftKey: true });
    const bar = await screen.findByRole('region', { name: '批量编辑' });
    expect(within(bar).getByText('已选 3 条')).toBeTruthy();
    fireEvent.change(within(bar).getByLabelText('处置'), { target: { value: 'retain' } });
    const apply = within(bar).getByRole('button', { name: '应用到所选' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(bar).getByLabelText('保留原因'), { target: { value: '厂商仅认证该平台' } });
    fireEvent.click(apply);
    await waitFor(async () => {
      const retained = (await listAssets('p1')).filter((a) => a.disposition === 'retain').map((a) => a.id);
      expect(retained).toEqual(['DB-001', 'PC-001', 'PC-002']);
    });
    expect((await listAssets('p1')).find((a) => a.id === 'PC-001')?.retainReason).toBe('厂商仅认证该平台');
  });

  it('bulk sets the price scale on the business systems of a selection, and leaves the other rows alone', async () => {
    render(<InventoryView />);
    await screen.findByText('HIS 数据库服务器');
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 APP-HIS' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 DB-001' }), { shiftKey: true });
    const bar = await screen.findByRole('region', { name: '批量编辑' });
    fireEvent.change(within(bar).getByLabelText('系统规模（仅应用系统）'), { target: { value: 'small' } });
    fireEvent.click(within(bar).getByRole('button', { name: '应用到所选' }));
    await waitFor(async () => expect((await listAssets('p1')).find((a) => a.id === 'APP-HIS')?.scale).toBe('small'));
    expect((await listAssets('p1')).find((a) => a.id === 'DB-001')).not.toHaveProperty('scale');
  });

  it('keeps a purchase price apart from the replacement quote the planner prices with', async () => {
    render(<InventoryView />);
    fireEvent.click(await screen.findByRole('button', { name: 'SRV-001' }));
    const panel = await screen.findByTestId('asset-panel');
    const quote = within(panel).getByLabelText<HTMLInputElement>('替代单价（元，本地报价）');
    expect(document.getElementById(quote.getAttribute('aria-describedby')!)?.textContent).toContain('购置单价只作参考');
    fireEvent.change(within(panel).getByLabelText('购置单价（元，原台账）'), { target: { value: '45000' } });
    fireEvent.click(within(panel).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await listAssets('p1')).find((a) => a.id === 'SRV-001')).toMatchObject({ purchaseCost: 45000 }));
    expect((await listAssets('p1')).find((a) => a.id === 'SRV-001')).not.toHaveProperty('unitCost');
  });

  it('opens an asset with its dependencies as links, and follows a link', async () => {
    render(<InventoryView />);
    fireEvent.click(await screen.findByRole('button', { name: 'DB-001' }));
    const panel = await screen.findByTestId('asset-panel');
    expect(within(within(panel).getByTestId('deps-out')).getByRole('button', { name: 'SRV-001' })).toBeTruthy();
    fireEvent.click(within(within(panel).getByTestId('deps-in')).getByRole('button', { name: 'APP-HIS' }));
    await waitFor(() => expect(useAppStore.getState().selectedAssetId).toBe('APP-HIS'));
  });

  it('shows a business system the scale it is priced at, and saves a scale the planner sets', async () => {
    render(<InventoryView />);
    fireEvent.click(await screen.findByRole('button', { name: 'APP-HIS' }));
    let panel = await screen.findByTestId('asset-panel');
    const scale = within(panel).getByLabelText<HTMLSelectElement>('系统规模');
    // No scale in the file: the empty choice says which one the name gives, and why it matters.
    expect(scale.value).toBe('');
    expect(scale.options[0]!.textContent).toBe('按名称推定（全院级）');
    expect(scale.getAttribute('aria-describedby') && document.getElementById(scale.getAttribute('aria-describedby')!)?.textContent).toContain('采购与适配单价');
    fireEvent.change(within(panel).getByLabelText('名称'), { target: { value: '门户网站' } });
    expect(scale.options[0]!.textContent).toBe('按名称推定（小型）');
    fireEvent.change(scale, { target: { value: 'departmental' } });
    fireEvent.click(within(panel).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await listAssets('p1')).find((a) => a.id === 'APP-HIS')).toMatchObject({ name: '门户网站', scale: 'departmental' }));
    // A server has no scale to set.
    fireEvent.click(within(panel).getByRole('button', { name: '关闭' }));
    fireEvent.click(await screen.findByRole('button', { name: 'SRV-001' }));
    panel = await screen.findByTestId('asset-panel');
    expect(within(panel).queryByLabelText('系统规模')).toBeNull();
  });

  it('adds a dependency from the panel and rejects a dangling one', async () => {
    render(<InventoryView />);
    fireEvent.click(await screen.findByRole('button', { name: 'PRN-001' }));
    const panel = await screen.findByTestId('asset-panel');
    const other = within(panel).getByLabelText('对方资产编号');
    fireEvent.change(other, { target: { value: 'NOPE' } });
    fireEvent.click(within(panel).getByRole('button', { name: '添加依赖' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('找不到资产 NOPE');
    fireEvent.change(other, { target: { value: 'PC-001' } });
    fireEvent.change(within(panel).getByLabelText('关系'), { target: { value: 'connects-to' } });
    fireEvent.click(within(panel).getByRole('button', { name: '添加依赖' }));
    await waitFor(async () => expect(await listDependencies('p1')).toContainEqual({ from: 'PRN-001', to: 'PC-001', kind: 'connects-to' }));
  });

  it('deletes selected rows with their dependencies, and undo puts everything back', async () => {
    render(
      <>
        <InventoryView />
        <ToastHost />
      </>,
    );
    await screen.findByText('HIS 数据库服务器');
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 DB-001' }));
    fireEvent.click(screen.getByRole('button', { name: '删除所选' }));
    await waitFor(() => expect(visibleIds()).not.toContain('DB-001'));
    expect(await listDependencies('p1')).toEqual([{ from: 'PC-001', to: 'APP-HIS', kind: 'connects-to' }]);
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(() => expect(visibleIds()).toContain('DB-001'));
    expect(await listDependencies('p1')).toHaveLength(3);
  });
});
