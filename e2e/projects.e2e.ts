/**
 * Projects journey (issue 7): duplicate the sample hospital; merge a colleague's file (built here
 * from the original's stored rows, with one changed and one new asset) into the original, resolve
 * the one conflict and check IndexedDB; the group view of the two projects shows a total equal to
 * the sum of each project's own forecast (computed here in Node with the real planner); delete the
 * copy and undo, and the database is byte-for-byte as before. Screenshots of both views.
 */
import { analyse } from '../shared/analysis';
import type { Asset, Dependency, ProjectFile, ProjectMeta, Scenario } from '../shared/model';
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`projects: ${message}`);
};

type ProjectRow = { id: string; name: string; meta: ProjectMeta; activeScenario: string; extensions?: Record<string, unknown> };
type WithProject<T> = T & { projectId: string; seq?: number };

/** Rebuilds a project file from the stored rows, as renderer/db/projects.ts readProject does. */
async function projectFromDb(ctx: E2EContext, projectId: string): Promise<ProjectFile> {
  const rows = (await ctx.readStore('projects')) as ProjectRow[];
  const row = rows.find((r) => r.id === projectId) ?? fail(`no project ${projectId} in IndexedDB`);
  const strip = <T extends object>(value: WithProject<T>): T => {
    const { projectId: _p, seq: _s, ...rest } = value;
    return rest as unknown as T;
  };
  const assets = ((await ctx.readStore('assets')) as WithProject<Asset>[]).filter((a) => a.projectId === projectId).map((a) => strip<Asset>(a));
  const dependencies = (await ctx.readDependencies() as WithProject<Dependency>[]).filter((d) => d.projectId === projectId).map(({ from, to, kind }) => ({ from, to, kind }));
  const scenarios = ((await ctx.readStore('scenarios')) as WithProject<Scenario>[]).filter((s) => s.projectId === projectId).map((s) => strip<Scenario>(s));
  const active = scenarios.find((s) => s.name === row.activeScenario) ?? scenarios[0];
  const file: ProjectFile = { format: 'xcplan', version: 2, project: row.meta, assets, dependencies };
  if (active) file.scenario = active;
  const others = scenarios.filter((s) => s !== active);
  if (others.length > 0) file.scenarios = others;
  if (row.extensions) file.extensions = row.extensions;
  return file;
}

const forecastTotal = (project: ProjectFile): number => analyse(project).forecast.totals.total;

/** Runs the journey; throws naming the failed step. */
export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });
  await page.getByRole('navigation').getByRole('button', { name: '项目', exact: true }).click();
  await page.getByRole('heading', { name: '项目', exact: true }).waitFor();

  // 1. Duplicate the sample hospital.
  const firstRow = page.locator('tr[data-project-id]').first();
  const originalId = (await firstRow.getAttribute('data-project-id')) ?? fail('no project row');
  // The list is newest first, so pin the row by id (the copy will come first).
  const originalRow = page.locator(`tr[data-project-id="${originalId}"]`);
  const originalName = ((await originalRow.locator('.link-button').textContent()) ?? '').trim();
  await originalRow.getByRole('button', { name: '复制', exact: true }).click();
  const copyRow = page.locator('tr[data-project-id]', { hasText: `${originalName} (副本)` });
  await copyRow.waitFor({ timeout: 15_000 });
  const copyId = (await copyRow.getAttribute('data-project-id')) ?? fail('no copy id');
  const original = await projectFromDb(ctx, originalId);
  const copy = await projectFromDb(ctx, copyId);
  if (copy.assets.length !== original.assets.length || copy.dependencies.length !== original.dependencies.length) fail(`the copy has ${copy.assets.length} assets / ${copy.dependencies.length} dependencies, the original ${original.assets.length} / ${original.dependencies.length}`);
  if (JSON.stringify(copy.extensions ?? {}) !== JSON.stringify(original.extensions ?? {})) fail('the copy lost the price book or extensions');
  const copyAssetsText = await copyRow.locator('td.num').textContent();
  if (!copyAssetsText?.includes(original.assets.length.toLocaleString('zh-CN'))) fail(`copy row shows "${copyAssetsText}" assets`);

  // 2. A colleague's file: one asset changed (quantity), one new asset with a dependency.
  const changed = original.assets.find((a) => a.quantity > 1) ?? original.assets[0]!;
  const colleague: ProjectFile = structuredClone(original);
  const theirs = colleague.assets.find((a) => a.id === changed.id)!;
  theirs.quantity = changed.quantity + 7;
  theirs.vendor = changed.vendor === '华为' ? '浪潮' : '华为';
  colleague.assets.push({ id: 'E2E-KIOSK-01', name: '自助挂号缴费机', category: 'terminal', quantity: 24, vendor: 'Dell', vendorOrigin: 'foreign', disposition: 'replace', department: '门诊部' });
  colleague.dependencies.push({ from: 'E2E-KIOSK-01', to: changed.id, kind: 'connects-to' });

  await originalRow.getByRole('button', { name: '合并…' }).click();
  const dialog = page.getByRole('dialog');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '选择项目文件…' }).click()]);
  await chooser.setFiles({ name: 'colleague.xcplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) });
  const summary = dialog.getByTestId('merge-summary');
  await summary.waitFor({ timeout: 15_000 });
  const count = async (key: string) => Number(((await summary.locator(`[data-count="${key}"] dd`).textContent()) ?? '').replace(/[^0-9]/g, ''));
  const counts = { added: await count('added'), identical: await count('identical'), conflicts: await count('conflicts') };
  if (counts.added !== 1 || counts.conflicts !== 1 || counts.identical !== original.assets.length - 1) fail(`merge summary ${JSON.stringify(counts)}`);
  const conflict = dialog.locator(`tr[data-conflict="a:${changed.id}"]`).first();
  const conflictText = (await conflict.textContent()) ?? '';
  if (!conflictText.includes('数量') || !conflictText.includes(String(changed.quantity + 7))) fail(`conflict row reads "${conflictText}"`);
  if ((await dialog.locator(`tr[data-conflict="a:${changed.id}"]`).count()) !== 2) fail('the conflict does not list its two changed fields');
  const commit = dialog.getByRole('button', { name: '合并', exact: true });
  if (await commit.isEnabled()) fail('merge was possible before the conflict was resolved');
  await ctx.screenshot('projects-merge-dialog');
  await dialog.getByRole('radiogroup', { name: new RegExp(changed.id) }).getByLabel('采用对方的').check();
  await commit.click();
  await page.getByText(/已合并到/).waitFor({ timeout: 15_000 });
  const merged = await projectFromDb(ctx, originalId);
  if (merged.assets.length !== original.assets.length + 1) fail(`after the merge ${merged.assets.length} assets, expected ${original.assets.length + 1} (new asset ${merged.assets.some((a) => a.id === 'E2E-KIOSK-01') ? 'present' : 'missing'}, copy ${copy.assets.length}, stored ${await ctx.countStore('assets')})`);
  if (merged.assets.find((a) => a.id === changed.id)?.quantity !== changed.quantity + 7) fail('their quantity was not taken');
  if (merged.assets.find((a) => a.id === changed.id)?.vendor !== theirs.vendor) fail('their vendor was not taken');
  if (!merged.dependencies.some((d) => d.from === 'E2E-KIOSK-01')) fail('the new dependency was not added');
  const copyAfter = await projectFromDb(ctx, copyId);
  if (copyAfter.assets.find((a) => a.id === changed.id)?.quantity !== changed.quantity) fail('the merge changed the copy');
  await ctx.screenshot('projects-view');

  // 3. Group view of the two projects: the total equals the sum of their own forecasts.
  await page.getByRole('navigation').getByRole('button', { name: '医联体汇总' }).click();
  const grand = page.getByTestId('group-grand-total');
  await grand.waitFor({ timeout: 30_000 });
  const hospitalRows = page.getByTestId('group-hospitals').locator('tbody tr');
  if ((await hospitalRows.count()) !== 2) fail(`group shows ${await hospitalRows.count()} hospitals`);
  const expected = forecastTotal(merged) + forecastTotal(copyAfter);
  const shown = Number(await grand.getAttribute('data-yuan'));
  if (!(expected > 0) || Math.abs(shown - expected) > 1) fail(`group total ${shown}, sum of the two forecasts ${expected}`);
  const perHospital = await hospitalRows.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-yuan'))));
  if (Math.abs(perHospital.reduce((a, b) => a + b, 0) - shown) > 1) fail(`hospital totals ${perHospital.join('+')} do not add up to ${shown}`);
  const sumRow = await page.getByTestId('group-sum-row').locator('td').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-yuan'))));
  if (Math.abs(sumRow.at(-1)! - shown) > 1) fail('the table sum row disagrees with the total');
  const bars = await page.getByTestId('group-chart').locator('rect[data-hospital]').count();
  if (bars === 0) fail('no bars in the group chart');
  await page.locator('.toast-close').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  await page.getByRole('heading', { name: '医联体汇总' }).scrollIntoViewIfNeeded();
  await ctx.screenshot('group-view');
  // Joint tenders: one row per package and budget year (adaptation: per developer; new business systems: per system), each naming the hospitals that buy it.
  const joint = page.getByTestId('group-joint');
  await joint.scrollIntoViewIfNeeded();
  const jointRows = await joint.locator('tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-budget-year')}:${r.getAttribute('data-package')}:${r.getAttribute('data-supplier') ?? ''}:${r.getAttribute('data-system') ?? ''}`));
  if (jointRows.length === 0 || new Set(jointRows).size !== jointRows.length) fail(`joint tenders: ${jointRows.join(', ')}`);
  await ctx.screenshot('group-joint');
  const csv = await ctx.catchDownload(() => page.getByRole('button', { name: '导出 CSV' }).click());
  const lines = csv.text().replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const csvTotal = Number(lines.at(-1)!.split(',').at(-1));
  if (Math.abs(csvTotal - Math.round(expected)) > 1) fail(`CSV total ${csvTotal}, expected ${Math.round(expected)}`);

  // 4. Delete the copy and undo: the database is exactly as before.
  await page.getByRole('navigation').getByRole('button', { name: '项目', exact: true }).click();
  const before = await ctx.dbHash();
  await page.locator(`tr[data-project-id="${copyId}"]`).getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除项目' }).getByRole('button', { name: '删除项目' }).click();
  await page.locator(`tr[data-project-id="${copyId}"]`).waitFor({ state: 'detached' });
  if ((await ctx.readStore('projects')).length !== 1) fail('the copy was not deleted');
  await page.locator('.toast', { hasText: '已删除项目' }).getByRole('button', { name: '撤销' }).click();
  await page.locator(`tr[data-project-id="${copyId}"]`).waitFor({ timeout: 10_000 });
  const after = await ctx.dbHash();
  if (after !== before) fail('undoing the delete did not restore the database exactly');

  // 5. The web build has no group store: syncing says it is a desktop feature and changes nothing.
  await page.locator(`tr[data-project-id="${originalId}"]`).getByRole('button', { name: '同步到集团库' }).click();
  await page.locator('.toast', { hasText: '同步到集团库是桌面版功能' }).waitFor();
  await page.getByRole('button', { name: '从集团库获取' }).click();
  if ((await ctx.dbHash()) !== after) fail('a group-store button changed the database in the web build');
  ctx.assertNoErrors();
}
