/**
 * One palette (issue 18): the forecast chart of the app and the report's spend chart and legend
 * paint each cost line in shared/format's COST_LINE_COLOURS. The journey screenshots both charts
 * as Chromium renders them and counts the pixels of each line's colour: every line with a visible
 * bar in the app's chart must show its palette colour in both pictures, and every line's swatch in
 * both legends.
 */
import type { Locator, Page } from 'playwright-core';

import { COST_LINE_COLOURS } from '../shared/format';
import type { E2EContext } from './harness';

const fail = (message: string): never => {
  throw new Error(`colours e2e: ${message}`);
};

/** Pixel count per colour (`#rrggbb`) of an element's screenshot, decoded by the page's own canvas. */
async function pixels(page: Page, element: Locator): Promise<Map<string, number>> {
  const png = await element.screenshot();
  const counts = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    const out: Record<string, number> = {};
    for (let i = 0; i < data.length; i += 4) {
      const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      out[hex] = (out[hex] ?? 0) + 1;
    }
    return out;
  }, png.toString('base64'));
  return new Map(Object.entries(counts));
}

/** Lines whose bars the chart draws at least `least` px tall somewhere. */
const visibleLines = (chart: Locator, least: number) =>
  chart.locator('rect[data-line]').evaluateAll((els, min) => [...new Set(els.filter((el) => el.getBoundingClientRect().height >= min).map((el) => el.getAttribute('data-line')!))], least);

export async function run(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  const palette = Object.entries(COST_LINE_COLOURS) as [keyof typeof COST_LINE_COLOURS, string][];
  const check = (where: string, seen: Map<string, number>, lines: readonly string[], least: number) => {
    for (const [line, colour] of palette) {
      if (lines.includes(line) && (seen.get(colour) ?? 0) < least) fail(`${where}: the ${line} line's colour ${colour} covers ${seen.get(colour) ?? 0} px (at least ${least} expected)`);
    }
  };

  await page.getByRole('button', { name: /费用预测|Spend forecast/ }).first().click();
  const appChart = page.getByTestId('forecast-chart');
  await appChart.locator('rect[data-line]').first().waitFor({ timeout: 20_000 });
  const lines = await visibleLines(appChart, 3);
  if (lines.length < 3) fail(`the app's chart shows only ${lines.join(', ')}`);
  check("the app's forecast chart", await pixels(page, appChart), lines, 8);
  check("the app's chart legend", await pixels(page, page.locator('.fc-legend')), palette.map(([line]) => line), 8);

  await page.getByRole('button', { name: /^(路线图报告|Roadmap report)/ }).first().click();
  const reportChart = page.getByTestId('report-spend-chart');
  await reportChart.waitFor({ timeout: 20_000 });
  await reportChart.scrollIntoViewIfNeeded();
  // The report's chart is smaller than the app's: a line the app draws 3 px tall may be under 3 px
  // there. It must still be drawn, in its colour (the pixel count below).
  const reportLines = await visibleLines(reportChart, 1);
  const missing = lines.filter((line) => !reportLines.includes(line));
  if (missing.length > 0) fail(`the report's chart does not draw ${missing.join(', ')}`);
  check("the report's spend chart", await pixels(page, reportChart), lines, 8);
  check("the report's chart legend", await pixels(page, page.locator('figure:has([data-testid="report-spend-chart"]) .rp-legend')), palette.map(([line]) => line), 8);
  await ctx.screenshot('colours-report-chart');
  ctx.assertNoErrors();
}
