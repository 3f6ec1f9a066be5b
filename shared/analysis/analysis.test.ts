/**
 * One analysis, the same yuan everywhere (issue 12): for both samples and generated estates, each
 * year's one-off spend is the same number in the plan's waves, the forecast, the procurement list,
 * the report's tables and the XLSX export written from them, to the yuan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { generateEstate } from '../../fixtures/generate/estate';
import { readPriceBook, unitPrice } from '../forecast';
import { toXlsx } from '../io/export';
import { readXlsxRows } from '../io/xlsx';
import type { ProjectFile } from '../model';
import { buildReport, reportSheets } from '../report';
import { analyse, AnalysisError, compareScenarioRuns } from './analyse';
import type { Analysis } from './analyse';
import { placementOf, planFromJson, planJson } from '../planner/placements';

const root = join(__dirname, '..', '..');
const sample = (name: string): ProjectFile => JSON.parse(readFileSync(join(root, 'fixtures', `sample-${name}.xcplan.json`), 'utf8')) as ProjectFile;

function byYear<T>(rows: readonly T[], year: (row: T) => number, amount: (row: T) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of rows) out.set(year(row), (out.get(year(row)) ?? 0) + amount(row));
  return out;
}

/** Yearly one-off totals read from the XLSX bytes: waves sheet (yuan column), spend sheet (one-off column), procurement sheet (cost). */
async function xlsxYears(project: ProjectFile, analysis: Analysis) {
  const model = buildReport(project, analysis.scenario.name, 'zh', { date: '2026-12-04', analysis });
  const bytes = await toXlsx(reportSheets(model));
  const read = await readXlsxRows(bytes, 'roadmap.xlsx');
  if (!read.ok) throw new Error('unreadable XLSX');
  const sheet = (name: string) => read.value.find((s) => s.name === name)!.rows.map((r) => r.cells);
  const column = (rows: string[][], header: string) => rows[0]!.indexOf(header);
  const waves = sheet('迁移批次');
  const spend = sheet('年度支出');
  const procurement = sheet('采购清单');
  const num = (text: string | undefined) => Number(text ?? 0);
  const waveYear = column(waves, '预算年度');
  const waveCost = column(waves, '费用（元）');
  const oneOff = column(spend, '一次性替代（元，受预算上限约束）');
  const shortfall = column(spend, '安全投入缺口（元）');
  const procYear = 0;
  const procCost = column(procurement, '金额（元）');
  const body = (rows: string[][]) => rows.slice(1).filter((r) => /^\d{4}$/.test(r[0] ?? '') || /^\d+$/.test(r[0] ?? ''));
  return {
    model,
    waves: byYear(body(waves), (r) => num(r[waveYear]), (r) => num(r[waveCost])),
    spend: new Map(body(spend).map((r) => [num(r[0]), num(r[oneOff])])),
    shortfall: new Map(body(spend).map((r) => [num(r[0]), num(r[shortfall])])),
    procurement: byYear(body(procurement), (r) => num(r[procYear]), (r) => num(r[procCost])),
  };
}

async function expectOneNumberPerYear(project: ProjectFile) {
  const analysis = analyse(project);
  const { plan, forecast, procurement } = analysis;
  const planYears = byYear(plan.waves, (w) => w.budgetYear ?? Number(w.start.slice(0, 4)), (w) => w.cost);
  const procurementYears = new Map(procurement.years.map((y) => [y.year, y.cost]));
  const xlsx = await xlsxYears(project, analysis);
  const reportWaves = byYear(xlsx.model.waves, (w) => w.year, (w) => w.cost);
  const reportProcurement = new Map(xlsx.model.procurement.years.map((y) => [y.year, y.cost]));
  const reportSpend = new Map(xlsx.model.spend.years.map((y) => [y.year, y.oneOff]));
  let spent = 0;
  for (const year of forecast.years) {
    const figure = year.oneOff;
    spent += figure;
    expect(Number.isInteger(figure)).toBe(true);
    const seen = {
      plan: planYears.get(year.year) ?? 0,
      procurement: procurementYears.get(year.year) ?? 0,
      reportWaves: reportWaves.get(year.year) ?? 0,
      reportSpend: reportSpend.get(year.year) ?? 0,
      reportProcurement: reportProcurement.get(year.year) ?? 0,
      xlsxWaves: xlsx.waves.get(year.year) ?? 0,
      xlsxSpend: xlsx.spend.get(year.year) ?? 0,
      xlsxProcurement: xlsx.procurement.get(year.year) ?? 0,
    };
    expect(seen, `${project.project.name} ${year.year}`).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, figure])));
    expect(xlsx.shortfall.get(year.year)).toBe(year.securityShortfall);
    // The year's whole cash need, by kind of money: each amount once, nothing left over.
    expect(year.oneOff + year.support + year.assessments + year.dualTrack + year.change, `${project.project.name} ${year.year} bridge`).toBe(year.total);
  }
  // Not a vacuous comparison: the programme spends money within the horizon.
  expect(spent).toBeGreaterThan(0);
  return analysis;
}

describe('one analysis, the same yuan everywhere', () => {
  test.each(['tertiary', 'secondary'])('sample %s: plan = forecast = procurement = report = XLSX, each year', async (name) => {
    const project = sample(name);
    const analysis = await expectOneNumberPerYear(project);
    // The planner's budget check and the forecast use the same year prices: no year's one-off spend passes the cap.
    const budget = analysis.scenario.budgetPerYear!;
    for (const year of analysis.forecast.years) expect(year.oneOff).toBeLessThanOrEqual(budget);
  });

  test.each([
    { assets: 1500, seed: 7 },
    { assets: 3000, seed: 42, budget: 30_000_000 },
  ])('generated estate of $assets assets (seed $seed)', async ({ assets, seed, budget }) => {
    const estate = generateEstate({ assets, seed });
    const project: ProjectFile = budget ? { ...estate, scenario: { ...estate.scenario!, budgetPerYear: budget } } : estate;
    const analysis = await expectOneNumberPerYear(project);
    if (budget) for (const year of analysis.forecast.years) expect(year.oneOff).toBeLessThanOrEqual(budget);
  });
});

describe('plan quality at year prices (the plan every view shows)', () => {
  for (const name of ['tertiary', 'secondary']) {
    const project = sample(name);
    for (const scenario of [project.scenario!, ...(project.scenarios ?? [])]) {
      test(`${name} / ${scenario.name}: waves within 1.2x of the lower bound`, () => {
        const { metrics } = analyse(project, scenario).plan;
        expect(metrics.waves).toBeGreaterThanOrEqual(metrics.lowerBound);
        expect(metrics.waves / metrics.lowerBound).toBeLessThanOrEqual(1.2);
      });
    }
  }
});

describe('the cost basis is each year\'s prices', () => {
  test('an asset bought in a later year costs that year\'s price, in the plan as in the forecast', () => {
    const project = sample('tertiary');
    const { costs, book } = analyse(project);
    const terminal = project.assets.find((a) => a.category === 'terminal' && a.unitCost === undefined && costs[a.id] && costs[a.id]!.year > book.baseYear)!;
    const cost = costs[terminal.id]!;
    const expected = ['cpu-terminal', 'os-desktop'].reduce((sum, item) => sum + Math.round(unitPrice(book, item as 'cpu-terminal', 'base', cost.year) * terminal.quantity), 0);
    expect(cost.base).toBe(expected);
    // Hardware gets cheaper each year: the base-year price would be higher.
    expect(cost.base).toBeLessThan(Math.round(unitPrice(book, 'cpu-terminal', 'base', book.baseYear) * terminal.quantity) + Math.round(unitPrice(book, 'os-desktop', 'base', book.baseYear) * terminal.quantity));
  });

  test.each(['tertiary', 'secondary'])('sample %s, default scenario: the forecast says what is recurring, what it saves and what security is missing', (name) => {
    const { forecast } = analyse(sample(name));
    for (const y of forecast.years) {
      expect(y.recurring).toBe(y.support + y.dualTrack);
      expect(y.transition).toBe(y.dualTrack + y.change);
      expect(y.total).toBe(y.os + y.cpu + y.database + y.middleware + y.security + y.application + y.other + y.transition);
      expect(y.net).toBe(y.total + y.savings);
      expect(y.savings).toBeLessThanOrEqual(0);
      expect(y.low).toBeLessThanOrEqual(y.total);
      expect(y.high).toBeGreaterThanOrEqual(y.total);
      expect(y.highOverBudget).toBe(y.budget !== undefined && y.high > y.budget);
      // Either the share is met or the shortfall in yuan brings it to the share; a year with no
      // one-off spend (support renewals after the last wave) is no project and has no shortfall.
      if (y.oneOff === 0) expect(y.securityShortfall).toBe(0);
      else if (y.securityShortfall === 0) expect(y.security / y.total).toBeGreaterThanOrEqual(forecast.securityMinimum - 1e-9);
      else expect((y.security + y.securityShortfall) / (y.total + y.securityShortfall)).toBeGreaterThanOrEqual(forecast.securityMinimum - 1e-9);
    }
    // Foreign support contracts (Oracle, VMware, Windows Server) stop once their platform retires.
    expect(forecast.totals.savings).toBeLessThan(0);
    expect(forecast.years.some((y) => y.dualTrack > 0)).toBe(true);
    expect(forecast.years.some((y) => y.change > 0)).toBe(true);
  });

  test('等保测评 and 密评 are priced into the security line of the cut-over year', () => {
    const project = sample('tertiary');
    const { forecast, plan, book } = analyse(project);
    const year = forecast.years.find((y) => y.assessments > 0)!;
    expect(year).toBeDefined();
    const systems = project.assets.filter((a) => a.category === 'application' && (a.securityLevel ?? 0) >= 2 && (placementOf(plan, a.id)?.wave ?? -1) > 0 && plan.waves.find((w) => w.index === placementOf(plan, a.id)!.wave)!.budgetYear === year.year);
    const expected = systems.reduce((sum, a) => sum + Math.round(unitPrice(book, 'security-assessment', 'base', year.year)) + ((a.securityLevel ?? 0) >= 3 ? Math.round(unitPrice(book, 'crypto-assessment', 'base', year.year)) : 0), 0);
    expect(year.assessments).toBe(expected);
    expect(year.security).toBeGreaterThanOrEqual(year.assessments);
  });

  test('free seat licences never move the headline coverage', () => {
    const project = sample('tertiary');
    const before = analyse(project).forecast.years.map((y) => y.coverage);
    const seats: ProjectFile = {
      ...project,
      // No installation effort either, so the plan is the same and only the counting is compared.
      assets: [...project.assets, { id: 'SEAT-PDF', name: 'PDF 阅读器', category: 'office', quantity: 3300, vendorOrigin: 'foreign', disposition: 'replace', unitCost: 0, effort: 0 }],
    };
    expect(analyse(seats).forecast.years.map((y) => y.coverage)).toEqual(before);
  });

  test('a plan read back from a file (its placements in another order) gives the same costs, forecast and procurement list', () => {
    // The analysis reads an asset's placement by its row when the plan lists the rows in order
    // (the planner's plan), and by id otherwise: both must give the same figures.
    const project = sample('tertiary');
    const own = analyse(project);
    const json = planJson(own.plan);
    const reversed = Object.fromEntries(Object.entries(json.placements).reverse());
    const reread = planFromJson({ ...json, placements: reversed });
    expect(reread.assetIds[0]).not.toBe(project.assets[0]!.id);
    const again = analyse(project, undefined, { plan: reread });
    expect(again.costs).toEqual(own.costs);
    expect(again.forecast).toEqual(own.forecast);
    expect(again.procurement.items).toEqual(own.procurement.items);
    expect(again.change).toEqual(own.change);
  });

  test('an invalid price book is an AnalysisError naming the field', () => {
    const project = sample('secondary');
    const bad: ProjectFile = { ...project, extensions: { priceBook: { items: { 'os-desktop': { price: { low: 9, base: 1, high: 2 } } } } } };
    expect(readPriceBook(bad).ok).toBe(false);
    expect(() => analyse(bad, undefined, { file: 'bad.xcplan.json' })).toThrow(AnalysisError);
  });
});

describe('scenario comparison', () => {
  test('reuses an analysis made already of a scenario, and analyses the others', () => {
    const project = sample('tertiary');
    const plain = compareScenarioRuns(project, { lang: 'zh' });
    expect(plain.map((s) => s.name)).toEqual(['基准', '快速', '预算受限']);
    // The active scenario's analysis, as the worker holds it, with its total marked.
    const held = analyse(project, project.scenario, { lang: 'zh' });
    const marked: Analysis = { ...held, forecast: { ...held.forecast, totals: { ...held.forecast.totals, total: held.forecast.totals.total + 1 } } };
    const asked: string[] = [];
    const reused = compareScenarioRuns(project, { lang: 'zh' }, (scenario) => {
      asked.push(scenario.name);
      return scenario === project.scenario ? marked : undefined;
    });
    expect(asked).toEqual(['基准', '快速', '预算受限']);
    expect(reused[0]!.total).toBe(plain[0]!.total + 1);
    expect(reused.slice(1)).toEqual(plain.slice(1));
  });
});
