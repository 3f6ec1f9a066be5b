/**
 * Backup journey (web build, Chromium): download a backup of every project, change an asset
 * (delete it), restore the backup from the file and see the asset back, undo the restore and see
 * the change again; export the project file encrypted, import it with a wrong passphrase (refused,
 * database unchanged) and the right one (imported as a new project), then undo that import.
 */
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`backup: ${message}`);
};

const PASSPHRASE = '医院备份口令-2026';

type Row = Record<string, unknown>;

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  /** Project content as the user sees it: projects, assets, scenarios, dependencies (in order). */
  const content = async (withTimes = true) => {
    const projects = (await ctx.readStore('projects')) as Row[];
    return JSON.stringify({
      projects: withTimes ? projects : projects.map(({ updatedAt: _u, ...rest }) => rest),
      assets: await ctx.readStore('assets'),
      scenarios: await ctx.readStore('scenarios'),
      dependencies: await ctx.readDependencies(),
    });
  };
  const assetIds = async () => new Set(((await ctx.readStore('assets')) as Row[]).map((a) => String(a.id)));
  const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

  await page.getByTestId('inventory-counts').waitFor({ timeout: 20_000 });
  const firstRow = page.locator('[role="row"][data-asset-id]').first();
  await firstRow.waitFor();
  const victim = (await firstRow.getAttribute('data-asset-id')) ?? fail('no asset row');
  const original = await content(false);

  // 1. Settings → download a backup (web build: a file download of every project).
  await nav('设置');
  const section = page.getByTestId('backup-section');
  await section.waitFor();
  if (!/从未/.test((await page.getByTestId('backup-last-download').textContent()) ?? '')) fail('a fresh profile should show no previous download');
  const backup = await ctx.catchDownload(() => page.getByTestId('backup-download').click());
  if (!/^xcplan-backup-\d{8}T\d{9}Z\.json$/.test(backup.name)) fail(`unexpected backup file name ${backup.name}`);
  const bundle = JSON.parse(backup.text()) as { format: string; projects: { id: string; file: { assets: { id: string }[] } }[] };
  if (bundle.format !== 'xcplan-backup' || bundle.projects.length !== 1) fail('the backup does not hold the one project');
  if (!bundle.projects[0]!.file.assets.some((a) => a.id === victim)) fail(`the backup lacks ${victim}`);
  await page.waitForFunction(() => !/从未/.test(document.querySelector('[data-testid="backup-last-download"]')?.textContent ?? '从未'));

  // 2. Change an asset: delete it in the inventory.
  await nav('资产清单');
  await page.getByRole('checkbox', { name: `选择 ${victim}` }).check();
  await page.getByRole('button', { name: '删除所选' }).click();
  await page.waitForFunction((id) => !document.querySelector(`[role="row"][data-asset-id="${id}"]`), victim);
  if ((await assetIds()).has(victim)) fail('the asset was not deleted');
  const changed = await content();

  // 3. Restore the downloaded backup from the file: the asset is back.
  await nav('设置');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('backup-restore-file').click();
  await (await chooser).setFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  const dialog = page.getByTestId('restore-dialog');
  await dialog.waitFor({ timeout: 10_000 });
  if (!/替换当前项目/.test((await page.getByTestId('restore-target').textContent()) ?? '')) fail('the restore dialog does not say it replaces the current project');
  await ctx.screenshot('backup-restore-dialog');
  await page.getByTestId('restore-confirm').click();
  const restoredToast = page.locator('.toast', { hasText: '已恢复' });
  await restoredToast.waitFor({ timeout: 10_000 });
  if (!(await assetIds()).has(victim)) fail('the restore did not bring the asset back');
  // Everything as in the backup; only the project's "last changed" time moves on.
  if ((await content(false)) !== original) fail('after the restore the project differs from the backup');
  await ctx.screenshot('backup');

  // 4. Undo the restore: exactly the changed state again.
  await restoredToast.getByRole('button', { name: '撤销' }).click();
  await page.locator('.toast', { hasText: '已撤销恢复' }).waitFor({ timeout: 10_000 });
  if ((await content()) !== changed) fail('undoing the restore did not return the exact previous state');

  // 5. Encrypted export of the project file.
  await nav('资产清单');
  await page.getByRole('button', { name: '加密项目文件' }).click();
  await page.getByTestId('passphrase-input').fill(PASSPHRASE);
  await page.getByTestId('passphrase-again').fill(PASSPHRASE);
  const sealed = await ctx.catchDownload(() => page.getByTestId('passphrase-ok').click());
  if (!sealed.name.endsWith('.xcplan.xcpe')) fail(`encrypted export named ${sealed.name}`);
  if (sealed.bytes.subarray(0, 4).toString('latin1') !== 'XCPE') fail('the encrypted export has no XCPE header');
  if (sealed.bytes.includes(Buffer.from('"assets"')) || sealed.bytes.includes(Buffer.from(victim))) fail('the encrypted export leaks plaintext');

  // 6. Import it with a wrong passphrase: refused, nothing written.
  const beforeImport = await ctx.dbHash();
  await page.getByRole('button', { name: '导入…' }).first().click();
  await ctx.uploadFile('[data-testid="import-input"]', { name: sealed.name, mimeType: 'application/octet-stream', buffer: sealed.bytes });
  await page.getByTestId('passphrase-input').fill('wrong passphrase');
  await page.getByTestId('passphrase-ok').click();
  const wrong = page.getByTestId('passphrase-error');
  await wrong.waitFor({ timeout: 15_000 });
  if (!/口令错误/.test((await wrong.textContent()) ?? '')) fail('a wrong passphrase was not reported');
  await ctx.screenshot('backup-wrong-passphrase');
  if ((await ctx.dbHash()) !== beforeImport) fail('a wrong passphrase changed the database');

  // 7. The right passphrase: the project file reads and imports as a new project.
  await page.getByTestId('passphrase-input').fill(PASSPHRASE);
  await page.getByTestId('passphrase-ok').click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 20_000 });
  const projectsBefore = (await ctx.readStore('projects')).length;
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  if ((await ctx.readStore('projects')).length !== projectsBefore + 1) fail('the decrypted project was not imported as a new project');

  // 8. Undo the import from its toast: the new project is gone again.
  const importToast = page.locator('.toast', { hasText: '已导入' });
  await importToast.getByRole('button', { name: '撤销' }).click();
  await page.locator('.toast', { hasText: '已撤销导入' }).waitFor({ timeout: 10_000 });
  if ((await ctx.readStore('projects')).length !== projectsBefore) fail('undoing the import left the project');
  if ((await content()) !== changed) fail('after undoing the import the data differs');

  await nav('设置');
  await section.waitFor();
  await section.scrollIntoViewIfNeeded();
  await ctx.screenshot('backup-settings');
  ctx.assertNoErrors();
}
