/**
 * Graph journey: open the dependency graph on the sample hospital, find and select HIS, check the
 * highlighted counts against the planner's impact analysis (computed here in Node on the same
 * sample), play the plan and see the coverage grow to the end, filter by category (laid out in the
 * worker), export SVG and PNG, and save screenshots under test-results/ for review.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { ProjectFile } from '../shared/model';
import { layoutEstate } from '../shared/layout';
import { analyseImpact } from '../shared/planner';
import type { E2EContext } from './harness';
import { ROOT } from './harness';

const HIS = 'APP-HIS';

const fail = (message: string): never => {
  throw new Error(`graph e2e: ${message}`);
};

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const sample = JSON.parse(await readFile(join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
  const expected = analyseImpact(sample, HIS) ?? fail(`${HIS} is not in the sample`);
  const expectedDependents = expected.dependents.length;
  const expectedPrerequisites = expected.prerequisites.length;

  await page.getByRole('button', { name: /^(依赖图|Dependencies|Dependency graph)/ }).first().click();
  const canvas = page.getByTestId('graph-canvas');
  await canvas.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-draw-count') ?? 0) > 0, undefined, { timeout: 20_000 });
  const nodes = Number(await canvas.getAttribute('data-nodes'));
  if (nodes !== sample.assets.length) fail(`graph shows ${nodes} nodes, the sample has ${sample.assets.length} assets`);
  await ctx.screenshot('graph-estate');

  // Find HIS and check its blast radius against the planner.
  await page.getByTestId('graph-search').fill(HIS);
  await page.getByTestId('graph-search').press('Enter');
  const panel = page.getByTestId('graph-impact');
  await panel.waitFor();
  const dependents = Number(await page.getByTestId('impact-dependents-count').textContent());
  const prerequisites = Number(await page.getByTestId('impact-prerequisites-count').textContent());
  if (dependents !== expectedDependents) fail(`HIS dependents shown ${dependents}, planner's analyseImpact says ${expectedDependents}`);
  if (prerequisites !== expectedPrerequisites) fail(`HIS prerequisites shown ${prerequisites}, planner's precedence says ${expectedPrerequisites}`);
  if (dependents === 0) fail('HIS has no dependents in the sample: the check would prove nothing');
  await ctx.screenshot('graph-his-selected');

  // Play the plan: two steps, then jump to the end. The graph is drawn before the plan arrives; wait for it.
  await page.waitForFunction(() => !/正在规划|Planning/.test(document.querySelector('[data-testid="graph-stats"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
  const coverage = async () => Number(/([\d.]+)%/.exec((await page.getByTestId('play-coverage').textContent()) ?? '')?.[1] ?? NaN);
  const start = await coverage();
  await page.getByTestId('play-button').click();
  await page.waitForFunction(() => /第 2 批|wave 2/.test(document.querySelector('[data-testid="play-label"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
  await page.getByTestId('play-button').click();
  const middle = await coverage();
  if (!(middle > start)) fail(`coverage did not grow while playing (${start}% → ${middle}%)`);
  await page.getByTestId('play-slider').focus();
  await page.keyboard.press('End');
  const end = await coverage();
  if (!(end > middle)) fail(`coverage did not grow to the end of the plan (${middle}% → ${end}%)`);
  await page.getByTestId('graph-impact').getByRole('button', { name: /关闭|Close/ }).click();
  await ctx.screenshot('graph-plan-end');

  // Connect mode: draw a dependency between two assets that have none, by clicking them.
  const has = new Set(sample.dependencies.map((d) => `${d.from}>${d.to}`));
  const terminal = sample.assets.find((a) => a.category === 'terminal' && !has.has(`${a.id}>${HIS}`)) ?? fail('no terminal without a HIS link');
  const depsBefore = (await ctx.readDependencies()).length;
  await page.getByTestId('connect-toggle').check();
  const clickCentre = async (id: string) => {
    await page.getByTestId('graph-search').fill(id);
    await page.getByTestId('graph-search').press('Enter');
    await page.waitForTimeout(100);
    const box = (await canvas.boundingBox()) ?? fail('canvas has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await clickCentre(terminal.id);
  await page.getByText(/从 .+ 连到…|From .+ to…/).waitFor();
  await clickCentre(HIS);
  await page.getByText(new RegExp(`已添加依赖 ${terminal.id} → ${HIS}|Added dependency ${terminal.id} → ${HIS}`)).waitFor();
  if (((await ctx.readDependencies()).length) !== depsBefore + 1) fail('the drawn dependency is not in IndexedDB');
  await page.getByTestId('connect-toggle').uncheck();

  // A filter is laid out in the layout worker (started by this first request): the graph shows
  // what the shared layout gives for the same filter, then the whole estate again.
  const applications = layoutEstate(sample.assets, sample.dependencies, { categories: ['application'] }).nodes.length;
  if (applications === 0 || applications === sample.assets.length) fail(`the category filter would prove nothing (${applications} nodes)`);
  const nodesShown = (n: number) => page.waitForFunction((n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) === n, n, { timeout: 20_000 });
  await page.getByTestId('filter-category').selectOption('application');
  await nodesShown(applications);
  await page.getByTestId('filter-category').selectOption('');
  await nodesShown(sample.assets.length);

  // Exports.
  const svg = await ctx.catchDownload(() => page.getByTestId('export-svg').click());
  if (!svg.text().includes('<svg') || !svg.name.endsWith('.svg')) fail(`SVG export is not an SVG (${svg.name})`);
  const png = await ctx.catchDownload(() => page.getByTestId('export-png').click());
  if (png.bytes.readUInt32BE(0) !== 0x89504e47) fail(`PNG export is not a PNG (${png.name})`);
  ctx.assertNoErrors();
}
