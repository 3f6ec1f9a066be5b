/** @vitest-environment jsdom */
import 'fake-indexeddb/auto';

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { sealProjectFile } from '../../shared/backup';
import { PassphrasePrompt } from '../backup/PassphraseDialog';
import { ToastHost } from '../components/ToastHost';
import { useToasts } from '../components/toasts';
import { db } from '../db/database';
import { readProject, replaceProject } from '../db/projects';
import { initI18n } from '../i18n';
import { useAppStore } from '../state/store';
import { TEST_PROJECT } from '../test-setup/projects';
import { ImportWizard } from './ImportWizard';

const GOOD_CSV = [
  '某三甲医院信息中心 资产台账（2026年）',
  '资产编号,设备名称,品牌,型号,数量,科室,操作系统,购置日期',
  'ZD-0001,门诊医生工作站,联想,ThinkCentre M720,２台,门诊部,Windows 10 专业版,2019/3/5',
  'ZD-0002,住院护士站,长城,世恒TN140,40,住院部,银河麒麟V10,2021年6月1日',
  'FW-0001,边界防火墙,深信服,AF-1000,1,信息中心,,2020.03.05',
].join('\r\n');

const BAD_CSV = ['资产编号,设备名称,资产类别,数量', 'A-1,工作站,终端,3', 'A-2,服务器,服务器,abc', 'A-1,重复,终端,1'].join('\n');

// Copy into a fresh ArrayBuffer: a Node Buffer's .buffer is a shared pool, not just these bytes.
const fileOf = (name: string, bytes: Uint8Array | string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes).buffer], name);
// The first check compiles the classifier's catalogue automaton (about a second under jsdom).
const SLOW = { timeout: 15_000 };
const snapshot = async () => ({ assets: await db.assets.toArray(), deps: await db.dependencyChunks.toArray(), projects: await db.projects.toArray() });

describe('ImportWizard', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  beforeEach(async () => {
    await replaceProject('p1', TEST_PROJECT, '2026-11-01T00:00:00Z');
    act(() => {
      useAppStore.getState().setActiveProject('p1');
      useAppStore.getState().setImportOpen(true);
    });
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
    await db.open();
  });

  it('reads a GB18030 CSV with a title row, auto-maps the Chinese headers and imports it in one commit', async () => {
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('台账.csv', iconv.encode(GOOD_CSV, 'gb18030'))] } });
    const facts = await screen.findByTestId('import-facts');
    expect(facts.textContent).toContain('3 行数据');
    expect(facts.textContent).toContain('GB18030');
    expect(screen.getByLabelText<HTMLSelectElement>('列“资产编号”对应字段').value).toBe('id');
    expect(screen.getByLabelText<HTMLSelectElement>('列“设备名称”对应字段').value).toBe('name');
    expect(screen.getByLabelText<HTMLSelectElement>('列“科室”对应字段').value).toBe('department');
    expect(screen.getByLabelText<HTMLSelectElement>('列“购置日期”对应字段').value).toBe('purchaseDate');
    expect(screen.getByText('门诊医生工作站')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '校验' }));
    const summary = await screen.findByTestId('import-summary', {}, SLOW);
    expect(summary.textContent).toContain('3 条资产可以导入');
    fireEvent.click(screen.getByRole('button', { name: '替换并导入 3 条' }));
    await screen.findByTestId('import-done');
    const file = await readProject('p1');
    expect(file?.assets.map((a) => a.id)).toEqual(['FW-0001', 'ZD-0001', 'ZD-0002']);
    const pc = file?.assets.find((a) => a.id === 'ZD-0001');
    expect(pc?.quantity).toBe(2);
    expect(pc?.purchaseDate).toBe('2019-03-05');
    expect(pc?.category).toBe('terminal');
    expect(file?.dependencies).toEqual([]);
  });

  it("shows each business system's price scale before the import: the file's, else the one its name stands for, marked as such", async () => {
    render(<ImportWizard />);
    const csv = ['资产编号,系统名称,资产类别,系统规模', 'S1,院感监测系统,应用系统,全院级', 'S2,PACS 影像系统,应用系统,', 'S3,HIS 数据库服务器,服务器,'].join('\n');
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('systems.csv', csv)] } });
    await screen.findByTestId('import-facts');
    expect(screen.getByLabelText<HTMLSelectElement>('列“系统规模”对应字段').value).toBe('scale');
    fireEvent.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('import-summary', {}, SLOW);
    const cells = (id: string) => [...screen.getByText(id).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('S1')).toContain('全院级');
    expect(cells('S2')).toContain('全院级按名称推定');
    expect(cells('S3')).not.toContain('全院级按名称推定');
  }, 20_000);

  it('counts the suggested dispositions it asks the user to review', async () => {
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('台账.csv', iconv.encode(GOOD_CSV, 'gb18030'))] } });
    await screen.findByTestId('import-facts');
    fireEvent.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('import-summary', {}, SLOW);
    // The Lenovo PC on Windows is replaced; the 长城 PC on 麒麟 and the 深信服 firewall are already 信创.
    expect(screen.getByTestId('import-review-dispositions').textContent).toContain('请逐项复核：0 项国产开发商的应用按“适配迁移”处理（开发商名称不代表已信创），2 项按“已信创”处理，1 项按“替代”处理');
  }, 20_000);

  it('never runs a header-only replace silently: the commit waits for a confirmation naming the assets it deletes (issue 15 #2)', async () => {
    const inProject = TEST_PROJECT.assets.length;
    const before = await snapshot();
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('空表.csv', '资产编号,设备名称,资产类别,数量\r\n')] } });
    fireEvent.click(await screen.findByRole('button', { name: '校验' }));
    const warning = await screen.findByTestId('empty-replace', {}, SLOW);
    expect(warning.textContent).toContain(`全部 ${inProject} 条资产`);
    const commitButton = screen.getByRole<HTMLButtonElement>('button', { name: '替换并导入 0 条' });
    expect(commitButton.disabled).toBe(true);
    fireEvent.click(commitButton);
    expect(await snapshot()).toEqual(before);
    fireEvent.click(screen.getByTestId('empty-replace-confirm'));
    expect(commitButton.disabled).toBe(false);
    fireEvent.click(commitButton);
    await screen.findByTestId('import-done');
    expect(await db.assets.where('projectId').equals('p1').count()).toBe(0);
  });

  it('lets the user change a mapping before checking', async () => {
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('台账.csv', `\uFEFF${GOOD_CSV}`)] } });
    const select = await screen.findByLabelText<HTMLSelectElement>('列“科室”对应字段');
    fireEvent.change(select, { target: { value: 'site' } });
    expect(screen.getByLabelText<HTMLSelectElement>('列“科室”对应字段').value).toBe('site');
    fireEvent.change(screen.getByLabelText('列“设备名称”对应字段'), { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toContain('名称');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '校验' }).disabled).toBe(true);
  });

  it('reports bad rows by row and column, offers no commit and leaves the database unchanged', async () => {
    const before = await snapshot();
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('bad.csv', BAD_CSV)] } });
    fireEvent.click(await screen.findByRole('button', { name: '校验' }));
        const issues = await screen.findByTestId('import-issues', {}, SLOW);
    const rows = within(issues).getAllByRole('row').slice(1);
    const quantityRow = rows.find((r) => r.textContent?.includes('数量'));
    expect(quantityRow?.textContent).toContain('bad.csv');
    expect(quantityRow?.children[2]?.textContent).toBe('3');
    expect(rows.some((r) => r.children[2]?.textContent === '4')).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /替换并导入/ }).disabled).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('imports only the valid rows when the user sets the bad ones aside, and offers .xls/.ods in the picker', async () => {
    render(<ImportWizard />);
    expect(screen.getByTestId<HTMLInputElement>('import-input').accept).toContain('.xls');
    expect(screen.getByTestId<HTMLInputElement>('import-input').accept).toContain('.ods');
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('bad.csv', BAD_CSV)] } });
    fireEvent.click(await screen.findByRole('button', { name: '校验' }));
    const partial = await screen.findByTestId<HTMLInputElement>('import-partial', {}, SLOW);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /替换并导入/ }).disabled).toBe(true);
    fireEvent.click(partial);
    const commit = screen.getByRole<HTMLButtonElement>('button', { name: /替换并导入 1 条/ });
    expect(commit.disabled).toBe(false);
    fireEvent.click(commit);
    await screen.findByTestId('import-done', {}, SLOW);
    expect((await db.assets.toArray()).map((asset) => asset.id)).toEqual(['A-1']);
  });

  it('refuses an oversized file before reading it', async () => {
    const big = fileOf('huge.csv', 'a,b\n1,2');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(big, 'arrayBuffer');
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [big] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('50.0 MB > 20.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('imports a project file as a new project and switches to it', async () => {
    const project = { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '导入的医院' } };
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('h.xcplan.json', JSON.stringify(project))] } });
    expect((await screen.findByTestId('import-summary')).textContent).toContain('导入的医院');
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    await screen.findByTestId('import-done');
    const active = useAppStore.getState().activeProjectId;
    expect(active).not.toBe('p1');
    expect((await readProject(active!))?.project.name).toBe('导入的医院');
    expect((await readProject('p1'))?.project.name).toBe('测试医院');
  });

  it('imports an encrypted project file only with the right passphrase, over the active project, and undo restores it exactly', async () => {
    const before = await snapshot();
    const project = { ...TEST_PROJECT, project: { ...TEST_PROJECT.project, name: '加密的医院' }, assets: TEST_PROJECT.assets.slice(0, 2), dependencies: [] };
    const sealed = await sealProjectFile(project, '正确的口令 123');
    render(
      <>
        <ImportWizard />
        <PassphrasePrompt />
        <ToastHost />
      </>,
    );
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('h.xcplan.xcpe', sealed)] } });
    fireEvent.change(await screen.findByTestId('passphrase-input'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByTestId('passphrase-ok'));
    expect((await screen.findByTestId('passphrase-error', {}, SLOW)).textContent).toContain('口令错误');
    expect(await snapshot()).toMatchObject({ projects: before.projects, assets: before.assets });
    fireEvent.change(screen.getByTestId('passphrase-input'), { target: { value: '正确的口令 123' } });
    fireEvent.click(screen.getByTestId('passphrase-ok'));
    expect((await screen.findByTestId('import-summary', {}, SLOW)).textContent).toContain('加密的医院');
    fireEvent.click(screen.getByLabelText(/替换当前项目/));
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    await screen.findByTestId('import-done');
    expect((await readProject('p1'))?.project.name).toBe('加密的医院');
    expect(await db.assets.count()).toBe(2);
    const toast = await screen.findByText('已导入 h.xcplan.xcpe。');
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: '撤销' }));
    await screen.findByText('已撤销导入，项目回到导入前的状态。');
    expect(await snapshot()).toEqual(before);
    useToasts.setState({ toasts: [] });
  }, 30_000);

  it('shows the error of a broken project file and writes nothing', async () => {
    const before = await snapshot();
    render(<ImportWizard />);
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('broken.xcplan.json', '{"format":"xcplan","version":1,"project":{}}')] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('broken.xcplan.json');
    expect(await snapshot()).toEqual(before);
  });

  it('adds to the project without overwriting an existing id, and reads a dependency CSV', async () => {
    render(<ImportWizard />);
    fireEvent.click(screen.getByLabelText(/追加到当前项目/));
    const csv = ['资产编号,设备名称,资产类别,数量', 'SRV-001,改名的服务器,服务器,5', 'NEW-1,新终端,终端,2'].join('\n');
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [fileOf('add.csv', csv)] } });
    fireEvent.click(await screen.findByRole('button', { name: '校验' }));
    expect((await screen.findByText(/1 个资产编号在当前项目中已存在/, {}, SLOW)).textContent).toContain('SRV-001');
    fireEvent.change(screen.getByTestId('deps-input'), { target: { files: [fileOf('deps.csv', '依赖方,被依赖方,关系类型\nNEW-1,APP-HIS,连接\n')] } });
    await screen.findByText('deps.csv：1 条依赖关系');
    fireEvent.click(screen.getByRole('button', { name: '追加导入 1 条' }));
    await screen.findByTestId('import-done');
    const file = await readProject('p1');
    expect(file?.assets.find((a) => a.id === 'SRV-001')?.name).toBe('HIS 数据库服务器');
    expect(file?.assets.find((a) => a.id === 'NEW-1')?.quantity).toBe(2);
    expect(file?.dependencies).toContainEqual({ from: 'NEW-1', to: 'APP-HIS', kind: 'connects-to' });
  });
});
