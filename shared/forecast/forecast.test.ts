import { describe, expect, test } from 'vitest';

import type { Asset } from '../model';

import { costOf, replacementCost } from './cost';
import { forecastSpend } from './forecast';
import { withExtension } from '../io/extensions';
import { DEFAULT_PRICE_BOOK, PRICE_BOOK_EXTENSION, readPriceBook, setItemPrice } from './priceBook';
import { asset, buildPlan, buildProject } from './testBuild';

const book = DEFAULT_PRICE_BOOK;

describe('replacementCost', () => {
  test('a terminal group pays a domestic-CPU PC and a desktop OS licence per unit', () => {
    const parts = replacementCost(asset('PC', 'terminal', 100), book);
    expect(parts).toEqual([
      { line: 'cpu', item: 'cpu-terminal', amount: 600_000, recurringRate: 0 },
      { line: 'os', item: 'os-desktop', amount: 60_000, recurringRate: 0 },
    ]);
    expect(replacementCost(asset('PC', 'terminal', 100), book, 'low').map((p) => p.amount)).toEqual([400_000, 30_000]);
    expect(replacementCost(asset('PC', 'terminal', 100), book, 'high').map((p) => p.amount)).toEqual([850_000, 100_000]);
  });

  test('an application its developer adapts is adaptation work; one replaced is a new domestic system, with its support', () => {
    const adapted = asset('FOLLOWUP', 'application', 1, { vendorOrigin: 'domestic', disposition: 'adapt', name: '随访管理系统' });
    expect(replacementCost(adapted, book)).toEqual([{ line: 'application', item: 'application', amount: 300_000, recurringRate: 0 }]);
    for (const replaced of [asset('CALL', 'application', 1, { vendorOrigin: 'foreign', name: '呼叫中心系统' }), asset('US', 'application', 1, { vendorOrigin: 'unknown', disposition: 'replace', name: '超声信息系统' })]) {
      expect(replacementCost(replaced, book), replaced.id).toEqual([{ line: 'application', item: 'application-new', amount: 500_000, recurringRate: 0.1 }]);
      expect(replacementCost(replaced, book, 'high').map((p) => p.amount), replaced.id).toEqual([1_200_000]);
    }
  });

  test('a replaced application is priced by its scale: a PACS is not a 院感 system, a website is neither', () => {
    const price = (name: string): [string, number] => {
      const [part] = replacementCost(asset('X', 'application', 1, { vendorOrigin: 'foreign', name }), book);
      return [part!.item, part!.amount];
    };
    expect(price('PACS/RIS 影像系统')).toEqual(['application-new-large', 1_500_000]);
    expect(price('运营决策支持系统（BI）')).toEqual(['application-new-large', 1_500_000]);
    expect(price('院感管理系统')).toEqual(['application-new', 500_000]);
    expect(price('医院网站')).toEqual(['application-new-small', 150_000]);
    expect(price('邮件系统')).toEqual(['application-new-small', 150_000]);
  });

  test('an application its developer adapts is priced by its scale too: HIS is more work than a website', () => {
    const adapt = (name: string): [string, number] => {
      const [part] = replacementCost(asset('X', 'application', 1, { vendorOrigin: 'domestic', disposition: 'adapt', name }), book);
      return [part!.item, part!.amount];
    };
    expect(adapt('HIS 医院信息系统')).toEqual(['application-large', 600_000]);
    expect(adapt('PACS 影像系统')).toEqual(['application-large', 600_000]);
    expect(adapt('院感监测系统')).toEqual(['application', 300_000]);
    expect(adapt('医院门户网站')).toEqual(['application-small', 80_000]);
    // Adapting a website costs less than buying a new one, and so on up the scales.
    for (const scale of [['application-small', 'application-new-small'], ['application', 'application-new'], ['application-large', 'application-new-large']] as const) {
      expect(book.items[scale[0]].price.base, scale[0]).toBeLessThan(book.items[scale[1]].price.base);
    }
  });

  test('a scale declared on the application beats the one its name stands for', () => {
    const item = (fields: Partial<Asset>): string => replacementCost(asset('X', 'application', 1, fields), book)[0]!.item;
    // A 院感 system the hospital runs across every ward, and a "portal" that is a whole patient-service platform.
    expect(item({ vendorOrigin: 'foreign', name: '院感监测系统', scale: 'large' })).toBe('application-new-large');
    expect(item({ vendorOrigin: 'domestic', disposition: 'adapt', name: '患者服务门户', scale: 'departmental' })).toBe('application');
    expect(item({ vendorOrigin: 'domestic', disposition: 'adapt', name: 'HIS 医院信息系统', scale: 'small' })).toBe('application-small');
    // The scale only prices applications: a server stays a server.
    expect(replacementCost(asset('S', 'server', 1, { scale: 'large' }), book)[0]!.item).not.toMatch(/^application/);
  });

  test('unitCost overrides the book on the primary line, for every variant', () => {
    const pc = asset('PC', 'terminal', 10, { unitCost: 5000 });
    for (const variant of ['low', 'base', 'high'] as const) {
      expect(replacementCost(pc, book, variant, { year: 2030 })).toEqual([{ line: 'cpu', item: 'unit-cost', amount: 50_000, recurringRate: 0 }]);
    }
  });

  test('prices change by the annual rate from the base year', () => {
    const [server] = replacementCost(asset('S', 'server', 1), book, 'base', { year: 2027 });
    expect(server!.amount).toBeCloseTo(120_000 * 0.93 * 0.93, 6);
  });

  test('a standalone OS asset is priced as desktop or server by its name', () => {
    expect(replacementCost(asset('W', 'os', 5, { product: 'Windows 10 专业版' }), book)[0]!.item).toBe('os-desktop');
    expect(replacementCost(asset('W', 'os', 5, { product: 'Windows Server 2016' }), book)[0]!.item).toBe('os-server');
    expect(replacementCost(asset('C', 'os', 5, { product: 'CentOS 7' }), book)[0]!.item).toBe('os-server');
  });

  test('the chosen CPU family scales the CPU platform price', () => {
    const hygon = { ...book, cpuFamily: 'hygon' as const };
    expect(replacementCost(asset('S', 'server', 1), hygon)[0]!.amount).toBeCloseTo(120_000 * 1.05, 6);
  });

  test('costOf leaves the server OS out when a separate OS asset runs on the server', () => {
    const project = buildProject([asset('S', 'server', 1), asset('O', 'os', 1)], { dependencies: [{ from: 'O', to: 'S', kind: 'runs-on' }] });
    expect(costOf(book, project)(project.assets[0]!)).toBe(120_000);
    expect(costOf(book)(project.assets[0]!)).toBe(128_000);
  });
});

describe('forecastSpend', () => {
  test('one terminal group replaced in the first year', () => {
    const project = buildProject([asset('PC', 'terminal', 100)], { budgetPerYear: 1_000_000 });
    const result = forecastSpend(project, buildPlan({ PC: 2025 }, [2025]), book);
    expect(result.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const [first, second] = result.years;
    expect(first).toMatchObject({ cpu: 600_000, os: 60_000, total: 660_000, low: 430_000, high: 950_000, coverage: 1, securityShare: 0, securityBelowMinimum: true, budget: 1_000_000 });
    expect(second).toMatchObject({ total: 0, coverage: 1, securityBelowMinimum: false });
    expect(result.securityFlags).toEqual([2025]);
    expect(result.fullCoverageYear).toBe(2025);
    expect(result.peakYear).toBe(2025);
  });

  test('one server stack: hardware, OS, database and application with recurring support', () => {
    const project = buildProject(
      [asset('SRV', 'server', 2), asset('OS', 'os', 2, { product: 'Windows Server 2012' }), asset('DB', 'database', 1), asset('APP', 'application', 1, { tier: 'core', vendorOrigin: 'domestic', disposition: 'adapt' })],
      { startYear: 2026, dependencies: [{ from: 'OS', to: 'SRV', kind: 'runs-on' }, { from: 'DB', to: 'OS', kind: 'runs-on' }, { from: 'APP', to: 'DB', kind: 'runs-on' }] },
    );
    const result = forecastSpend(project, buildPlan({ SRV: 2026, OS: 2026, DB: 2026, APP: 2026 }, [2026]), book);
    const [y2026, y2027, y2028] = result.years;
    // 2026 is one year after the base year: hardware -7%, software -3%, application flat.
    expect(y2026).toMatchObject({ cpu: 223_200, os: 15_520, database: 145_500, application: 300_000, total: 684_220, recurring: 0 });
    // Recurring: server OS 25% and database 15% of the purchase amount.
    expect(y2027).toMatchObject({ os: 3_880, database: 21_825, total: 25_705, recurring: 25_705 });
    expect(y2028!.total).toBe(25_705);
    expect(result.totals.total).toBe(684_220 + 2 * 25_705);
  });

  test('coverage counts domestic units from the end of their wave', () => {
    const project = buildProject([asset('A', 'terminal', 30, { vendorOrigin: 'domestic', disposition: 'compliant' }), asset('B', 'terminal', 50), asset('C', 'terminal', 20)]);
    const result = forecastSpend(project, buildPlan({ A: 0, B: 2026, C: -1 }, [2026]), book);
    // Terminals are counted by units beside the headline (rule 13); no business system here, so the headline is 100%.
    expect(result.years.map((y) => y.coverageBy.terminals)).toEqual([0.3, 0.8, 0.8]);
    expect(result.years.map((y) => y.coverage)).toEqual([1, 1, 1]);
    expect(result.fullCoverageYear).toBeNull();
  });

  test('retained assets do not block full coverage, unscheduled ones do', () => {
    const project = buildProject([asset('B', 'terminal', 50), asset('MD', 'medical-device', 5, { disposition: 'retain' })]);
    const plan = buildPlan({ B: 2026, MD: -1 }, [2026]);
    const result = forecastSpend(project, plan, book);
    expect(result.years.map((y) => y.domesticUnits / y.totalUnits)).toEqual([0, 50 / 55, 50 / 55]);
    expect(result.fullCoverageYear).toBe(2026);
    // The view says the retained asset is left out of that year.
    expect(result.retainedAssets).toBe(1);
    const unscheduled = forecastSpend({ ...project, assets: [project.assets[0]!, asset('MD', 'medical-device', 5)] }, plan, book);
    expect(unscheduled.fullCoverageYear).toBeNull();
  });

  test('waves after the horizon are reported apart and spend nothing in the years', () => {
    const project = buildProject([asset('PC', 'terminal', 1)], { horizonYears: 2 });
    const result = forecastSpend(project, buildPlan({ PC: 2030 }, [2030]), book);
    expect(result.years.every((y) => y.total === 0)).toBe(true);
    expect(result.beyondHorizon).toBe(Math.round(6000 * 0.93 ** 5 + 600 * 0.97 ** 5));
  });

  test('the security share is measured against the 5% minimum', () => {
    const project = buildProject([asset('PC', 'terminal', 100), asset('FW', 'security-appliance', 1)]);
    const result = forecastSpend(project, buildPlan({ PC: 2025, FW: 2025 }, [2025]), book);
    expect(result.years[0]!.securityShare).toBeCloseTo(100_000 / 760_000, 9);
    expect(result.years[0]!.securityBelowMinimum).toBe(false);
  });
});

describe('price book in the project file', () => {
  test('a stored book round-trips through extensions.priceBook and an edit changes the forecast', () => {
    const project = buildProject([asset('PC', 'terminal', 10)]);
    const edited = setItemPrice(DEFAULT_PRICE_BOOK, 'os-desktop', 'base', 900);
    const stored = JSON.parse(JSON.stringify(withExtension(project, PRICE_BOOK_EXTENSION, edited))) as typeof project;
    const read = readPriceBook(stored);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.items['os-desktop'].price.base).toBe(900);
    expect(read.value.items['os-desktop'].estimate).toBe(false);
    expect(forecastSpend(stored, buildPlan({ PC: 2025 }, [2025]), read.value).years[0]!.os).toBe(9000);
  });

  test('an invalid stored book names the section and field', () => {
    const project = buildProject([]);
    project.extensions = { priceBook: { items: { database: { price: { low: 10, base: 5, high: 20 } } } } };
    const read = readPriceBook(project, 'h.xcplan.json');
    expect(read.ok).toBe(false);
    expect(read.issues[0]).toMatchObject({ file: 'h.xcplan.json', section: 'extensions.priceBook', field: 'items.database.price' });
  });

  test('setItemPrice keeps low ≤ base ≤ high', () => {
    const book = setItemPrice(DEFAULT_PRICE_BOOK, 'database', 'base', 500_000);
    expect(book.items.database.price).toEqual({ low: 50_000, base: 500_000, high: 500_000 });
  });

  test('every default entry is marked as an estimate with a source note', () => {
    for (const entry of Object.values(DEFAULT_PRICE_BOOK.items)) {
      expect(entry.estimate).toBe(true);
      expect(entry.source.zh.length).toBeGreaterThan(5);
      expect(entry.source.en.length).toBeGreaterThan(5);
    }
  });
});

describe('coverage by what matters (rule 13)', () => {
  test('the headline counts business systems; a seat licence swap does not move it', () => {
    const project = buildProject([asset('HIS', 'application', 1), asset('OA', 'application', 1), asset('PDF', 'office', 3300, { unitCost: 0 })]);
    const result = forecastSpend(project, buildPlan({ OA: 2025, PDF: 2025, HIS: 2026 }, [2025, 2026]), book);
    expect(result.years.map((y) => y.coverage)).toEqual([0.5, 1, 1]);
  });
});
