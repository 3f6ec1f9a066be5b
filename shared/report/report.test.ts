import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyse } from '../analysis';
import { PRICE_ITEMS } from '../forecast';
import { readXlsxRows } from '../io/xlsx';
import { GLOSSARY, isMigrated } from '../model';
import type { ProjectFile } from '../model';
import { systemScale } from '../classify';
import { buildAssetGraph } from '../graph';
import { buildReport, planWarningRows, REPORT_GRAPH_NODES, REPORT_PROCUREMENT_ITEMS, REPORT_SECTIONS, ReportError, reportSheets, reportXlsx } from './index';
import { generateEstate } from '../../fixtures/generate/estate';
import { idleWaves, placementOf } from '../planner';
import { formatMoney } from '../format';

const sample = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;

/** The project's one analysis, computed apart from the report. */
const reference = (project: ProjectFile) => analyse(project, undefined, { lang: 'zh' });

describe('buildReport', () => {
  const model = buildReport(sample, undefined, 'zh', { date: '2026-11-29' });
  const { plan, forecast, procurement } = reference(sample);

  it("lists the tenders already late, the plan panel's warning rows (planWarningRows), then the years short of the security reserve", () => {
    const rows = planWarningRows(plan, buildAssetGraph(sample.assets, sample.dependencies).broken, 'zh');
    expect(rows.length).toBeGreaterThan(plan.warnings.length);
    expect(rows.some((r) => r.kind === 'cycle' && r.text.startsWith('依赖成环'))).toBe(true);
    const late = model.warnings.filter((w) => w.kind === 'purchase-overdue').length;
    expect(model.warnings.slice(late, late + rows.length)).toEqual(rows);
    expect(model.warnings.slice(late + rows.length).map((w) => w.kind)).toEqual(forecast.securityFlags.map(() => 'security-share'));
  });

  it('says which waves should already have been tendered on the date of the report, and makes it the first risk', () => {
    // The plan starts 2027-01-01: wave 1's tenders close three months before, on 2026-10-01,
    // before a report dated 2026-11-29; wave 2's (2027-01-01) are still ahead.
    // Free substitutes (¥0 browsers and PDF readers) are installed, not tendered.
    const wave1 = model.procurement.years.flatMap((y) => y.rows).filter((r) => r.wave === 1 && r.cost > 0);
    expect(model.procurement.years.flatMap((y) => y.rows).some((r) => r.wave === 1 && r.cost === 0)).toBe(true);
    const cost = wave1.reduce((sum, r) => sum + r.cost, 0);
    expect(model.warnings.filter((w) => w.kind === 'purchase-overdue').map((w) => w.text)).toEqual([
      `第 1 批的 ${wave1.length} 项采购（${formatMoney(cost, 'wan', 'zh')}）应于 2026-10-01 前完成招标，早于编制日期 2026-11-29：须加急采购，或推迟规划开始日期`,
    ]);
    expect(model.summary.risks[0]).toEqual({ severity: 'high', text: `第 1 批共 ${wave1.length} 项采购（${formatMoney(cost, 'wan', 'zh')}）的招标完成时限（最早 2026-10-01）已早于编制日期：须立即启动加急采购，或推迟规划开始日期（2027-01-01）。` });
    const early = buildReport(sample, undefined, 'zh', { date: '2026-09-01' });
    expect(early.warnings.some((w) => w.kind === 'purchase-overdue')).toBe(false);
    expect(early.summary.risks.some((r) => r.text.includes('招标完成时限'))).toBe(false);
  });

  it('names the applications whose developer is of unknown origin as a risk, with what their tenders cost', () => {
    const unverified = procurement.items.filter((i) => i.flags.includes('origin-unverified'));
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((i) => i.category === 'application' && i.origin === 'unknown')).toBe(true);
    const cost = formatMoney(unverified.reduce((sum, i) => sum + i.cost, 0), 'wan', 'zh');
    expect(model.summary.risks).toContainEqual({ severity: 'medium', text: `${unverified.length} 个应用系统的原厂产地待核实（${cost}，按国产同类系统招标计入）：原厂为国产的由开发商做信创适配，无需招标更换；招标前请逐一核实。` });
    // Every price an estimate, with a band from -48% to +125% of the base: a high risk, not a low one.
    const { low, high, total } = model.summary;
    expect(model.summary.risks).toContainEqual({
      severity: 'high',
      text: `价格本中全部 ${PRICE_ITEMS.length} 项单价为规划估计值，总投资可能在 ${formatMoney(low, 'wan', 'zh')}–${formatMoney(high, 'wan', 'zh')}之间（基准的 −${Math.round(((total - low) / total) * 100)}% 至 +${Math.round(((high - total) / total) * 100)}%）：询价前只能作为量级参考；招标前应以本地报价替换。`,
    });
  });

  it('carries the planner and forecast figures unchanged', () => {
    expect(model.cover).toMatchObject({ hospital: sample.project.name, province: '安徽', scenario: '基准', date: '2026-11-29', assetRows: sample.assets.length });
    expect(model.summary.waves).toBe(plan.waves.length);
    expect(model.waves.map((w) => [w.index, w.start, w.end, w.cost, w.assets])).toEqual(plan.waves.map((w) => [w.index, w.start, w.end, w.cost, w.assets.length]));
    expect(model.summary.firstWaveStart).toBe(plan.waves[0]!.start);
    expect(model.summary.lastWaveEnd).toBe(plan.waves.at(-1)!.end);
    expect(model.summary.total).toBe(forecast.totals.total);
    // The headline's one-off part is the procurement list's total and the waves' costs, to the yuan.
    expect(model.summary.oneOff).toBe(model.procurement.total.cost);
    expect(model.summary.oneOff).toBe(plan.waves.reduce((sum, w) => sum + w.cost, 0));
    // Coverage: business systems (the forecast's and the plan's headline) and units, each compared with its own kind.
    const last = forecast.years.at(-1)!;
    expect(model.summary.systemsEnd).toBe(last.coverage);
    expect(model.summary.coverageEnd).toBe(last.domesticUnits / last.totalUnits);
    expect(model.summary.coverageEnd).not.toBe(model.summary.systemsEnd);
    expect(model.summary.peakYear).toBe(forecast.peakYear);
    expect(model.summary.peakSpend).toBe(forecast.years.find((y) => y.year === forecast.peakYear)!.total);
    expect(model.summary.fullCoverageYear).toBe(forecast.fullCoverageYear);
    expect(model.summary.yearsToFullCoverage).toBe(forecast.fullCoverageYear! - 2027 + 1);
    expect(model.spend.years.map((y) => y.total)).toEqual(forecast.years.map((y) => y.total));
    // The tier counts of each wave add up to its assets.
    for (const wave of model.waves) expect(Object.values(wave.tiers).reduce((a, b) => a + b, 0)).toBe(wave.assets);
    // Every wave with a core cut-over (core network and storage included: wave 1's core switch) gives its month.
    for (const wave of model.waves) expect(wave.cutoverMonths.length > 0).toBe(wave.coreCutovers > 0);
  });

  it("parts each year's whole cash need once (one-off, support, assessments, dual track, training) and names the years that need more than the cap", () => {
    for (const y of model.spend.years) expect(y.oneOff + y.support + y.assessments + y.dualTrack + y.change).toBeCloseTo(y.total, 2);
    const t = model.spend.totals;
    expect(t.oneOff + t.support + t.assessments + t.dualTrack + t.change).toBeCloseTo(t.total, 2);
    const peak = forecast.years.find((y) => y.year === forecast.peakYear)!;
    expect(model.summary.peakCash).toEqual({ year: peak.year, oneOff: peak.oneOff, support: peak.support, assessments: peak.assessments, dualTrack: peak.dualTrack, change: peak.change, total: peak.total, cap: sample.scenario!.budgetPerYear });
    // The cap limits the one-off replacements: every year keeps them under it, and the years whose
    // whole need is above it are named.
    const cap = sample.scenario!.budgetPerYear!;
    expect(forecast.years.every((y) => y.oneOff <= cap)).toBe(true);
    expect(model.summary.overCap.map((y) => y.year)).toEqual(forecast.years.filter((y) => y.total > cap).map((y) => y.year));
    expect(model.summary.overCap.length).toBeGreaterThan(0);
  });

  it('says how many other assets run out of support before their wave, without counting its own line, and names the retained ones apart', () => {
    const notices = model.warnings.filter((w) => w.kind === 'past-end-of-support' && w.assetIds.length > 0).flatMap((w) => w.assetIds);
    const kept = notices.filter((id) => sample.assets.find((a) => a.id === id)!.disposition === 'retain');
    expect(kept.length).toBeGreaterThan(0);
    const eos = model.summary.risks.find((r) => r.text.includes('在规划开始前已停止厂商支持'))!;
    expect(eos.text).toContain(`另有 ${notices.length - kept.length} 项（操作系统 ${notices.length - kept.length} 项）的支持在其迁移批次前到期`);
    const retained = model.summary.risks.find((r) => r.text.includes('保留的进口资产在规划期内停止厂商支持'))!;
    expect(retained.text.startsWith(`${kept.length} 项`)).toBe(true);
    for (const id of kept) expect(retained.text).toContain(`${sample.assets.find((a) => a.id === id)!.name}（${id}）`);
    // The secondary sample has only the line of all assets out of support: there is no "other" notice.
    const secondary = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-secondary.xcplan.json'), 'utf8')) as ProjectFile;
    const other = buildReport(secondary, undefined, 'zh', { date: '2026-11-29' });
    expect(other.warnings.filter((w) => w.kind === 'past-end-of-support').every((w) => w.assetIds.length === 0)).toBe(true);
    expect(other.summary.risks.find((r) => r.text.includes('在规划开始前已停止厂商支持'))!.text).not.toContain('另有');
  });

  it('speaks of every kind of warning in the main risks, or names the kinds left to the warnings section', () => {
    for (const report of [model, buildReport(sample, undefined, 'zh', { date: '2026-09-01' })]) {
      const kinds = new Set(report.warnings.map((w) => w.kind));
      expect(kinds).toContain('client-not-ready');
      expect(kinds).toContain('retained-on-core-path');
      const names = new Map([...kinds].map((k) => [k, GLOSSARY.zh.warning[k]]));
      const risks = report.summary.risks.map((r) => r.text).join('\n');
      // The terminals whose client has no ready date are named, by name with the id in brackets.
      expect(risks).toContain('收费窗口（TRM-BB-CASH）');
      expect(risks).toContain('连接核心系统（临床数据中心（CDR）（APP-CDR））');
      expect(risks).not.toContain('clientReadyFrom');
      for (const name of report.summary.otherWarnings) expect([...names.values()]).toContain(name);
      // Seven kinds of risk at most fit with the cycle; whatever is left is named, nothing is silent.
      const spoken = ['purchase-overdue', 'past-end-of-support', 'client-not-ready', 'retained-on-core-path'].filter((k) => kinds.has(k as never));
      expect(spoken.every((k) => !report.summary.otherWarnings.includes(names.get(k as never)!))).toBe(true);
      if (!risks.includes('依赖成环')) expect(report.summary.otherWarnings).toContain('依赖成环');
    }
  });

  it('says when the replacement is done as the last cut-over and its dual track, not as full coverage', () => {
    const cutovers = plan.events.filter((e) => e.kind === 'cutover');
    expect(model.summary.lastCutover).toBe(cutovers.map((e) => e.date).sort().at(-1));
    expect(model.summary.lastDualTrackEnd).toBe(cutovers.map((e) => e.dualTrackUntil ?? '').sort().at(-1));
    expect(model.summary.lastDualTrackEnd! > model.summary.lastCutover!).toBe(true);
  });

  it('explains an empty wave in plain words from the plan: the year budget after the security reserve, what waits, the wave it goes in', () => {
    const [idle] = idleWaves(plan);
    const wave = model.waves.find((w) => w.index === idle!.wave)!;
    expect(wave.assets).toBe(0);
    const money = idle!.causes.filter((c) => c.code === 'budget' || c.code === 'security-reserve').reduce((sum, c) => sum + c.units, 0);
    expect(wave.idle).toContain(`${wave.year} 年替代预算（扣除 5% 网络安全预留后）已用完，${money} 项须待下一年度预算`);
    expect(wave.idle).toContain('核心系统临床数据中心（CDR）须等与其相连的终端和设备先完成国产化');
    expect(wave.idle!.endsWith(`顺延至第 ${idle!.nextWave} 批`)).toBe(true);
    expect(wave.idle).not.toMatch(/安全预留 \d+ 项|核心准入/);
  });

  it('lists warnings: the cycle, end of support and the years below the 5% security share', () => {
    const kinds = new Set(model.warnings.map((w) => w.kind));
    expect(kinds).toContain('cycle');
    expect(kinds).toContain('past-end-of-support');
    const security = model.warnings.filter((w) => w.kind === 'security-share');
    expect(security.map((w) => w.text.slice(0, 4))).toEqual(forecast.securityFlags.map(String));
    expect(model.summary.risks.length).toBeGreaterThan(0);
    expect(model.summary.risks[0]!.severity).toBe('high');
  });

  it('gives a security shortfall in yuan for each year below the reserve share', () => {
    const strict: ProjectFile = { ...sample, scenario: { ...sample.scenario!, securityReserveShare: 0.2 } };
    const report = buildReport(strict, undefined, 'zh', { date: '2026-11-29' });
    const { forecast: f } = reference(strict);
    expect(f.securityFlags.length).toBeGreaterThan(0);
    for (const year of f.years.filter((y) => y.securityBelowMinimum)) {
      const warning = report.warnings.find((w) => w.kind === 'security-share' && w.text.startsWith(String(year.year)))!;
      expect(warning.text).toContain(`缺口 ${formatMoney(year.securityShortfall, 'yuan', 'zh')}`);
      expect(report.spend.years.find((y) => y.year === year.year)!.securityShortfall).toBe(year.securityShortfall);
    }
  });

  it('has a procurement list per year whose total matches its rows', () => {
    const rows = model.procurement.years.flatMap((y) => y.rows);
    expect(rows.length).toBe(model.procurement.total.items);
    expect(rows.reduce((s, r) => s + r.cost, 0)).toBe(model.procurement.total.cost);
    expect(model.procurement.rules.some((r) => r.scope === '安徽')).toBe(true);
  });

  it('names what an item replaces as the asset does, the vendor once', () => {
    const rows = model.procurement.years.flatMap((y) => y.rows);
    // The OA system's Tomcat is `Apache` / `Apache Tomcat 8.5`; a Kunpeng server's `浪潮` / `NF5280M5`.
    expect(rows.find((r) => r.assetId === 'MW-OA')!.replaces).toBe('Apache Tomcat 8.5');
    expect(rows.find((r) => r.assetId === 'SRV-BAK-01')!.replaces).toBe('浪潮 NF5280M5');
    for (const r of rows) expect(r.replaces).not.toMatch(/^(\S+) \1\b/);
  });

  it("names each of a hospital's core systems with its wave, in order", () => {
    const cores = (plan.metrics.coreSystems ?? []).filter((c) => c.wave > 0).sort((a, b) => a.wave - b.wave);
    expect(cores.length).toBeGreaterThan(3);
    expect(model.summary.orderText).toContain(`核心系统依次切换：${cores.map((c) => `${c.name}（第 ${c.wave} 批）`).join('、')}`);
  });

  it("names a wave's systems, shared platforms and standalone items, not the OS or database of a system's own stack", () => {
    for (const project of [sample, JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-secondary.xcplan.json'), 'utf8')) as ProjectFile]) {
      const { plan } = analyse(project);
      const report = buildReport(project, undefined, 'zh', { date: '2026-11-29' });
      const stackNames = new Set(project.assets.filter((a) => placementOf(plan, a.id)?.reason.code === 'with-system').map((a) => a.name));
      const otherNames = new Set(project.assets.filter((a) => placementOf(plan, a.id)?.reason.code !== 'with-system').map((a) => a.name));
      const shown = report.waves.flatMap((w) => w.highlights.slice(0, 3));
      expect(shown.length).toBeGreaterThan(20);
      expect(shown.filter((name) => stackNames.has(name) && !otherNames.has(name))).toEqual([]);
    }
  });

  it("lists a hospital's procurement item by item", () => {
    expect(model.procurement.grouped).toBeUndefined();
    expect(model.procurement.years.flatMap((y) => y.rows).every((r) => r.count === undefined)).toBe(true);
  });

  it('states every price-book line as an estimate with its source, and the scenario rules', () => {
    expect(model.assumptions.priceBook.rows).toHaveLength(PRICE_ITEMS.length);
    expect(model.assumptions.priceBook.rows.every((r) => r.estimate && r.source.length > 0)).toBe(true);
    expect(model.assumptions.scenario).toMatchObject({ name: '基准', capacityPerWave: 600, budgetPerYear: 24_000_000, freezeWindows: [{ name: '春节', from: '01-20', to: '02-20', scope: 'all' }, { name: '护网', from: '07-15', to: '08-31', scope: 'core' }, { name: '医保年终结算', from: '12-01', to: '12-31', scope: 'core' }] });
  });

  it('says how the book-priced applications got their scale, and counts a declared one', () => {
    const basis = (project: ProjectFile) => {
      const apps = project.assets.filter((a) => a.category === 'application' && a.unitCost === undefined && isMigrated(a));
      return { priced: apps.length, large: apps.filter((a) => systemScale(a.name, a.product) === 'large').length };
    };
    const { priced, large } = basis(sample);
    expect(priced).toBeGreaterThan(20);
    expect(model.assumptions.priceBook.scales).toMatch(new RegExp(`^应用系统按规模（全院级 / 科室级 / 小型）计价：按价格本计价的 ${priced} 个应用系统全部按名称推定（全院级 ${large} 个、`));
    // A planner who knows the 院感 system runs across every ward says so on the asset: it is counted as declared.
    const declared = { ...sample, assets: sample.assets.map((a) => (a.id === 'APP-INFECT' ? { ...a, scale: 'large' as const } : a)) };
    const again = buildReport(declared, undefined, 'en', { date: '2026-11-29' });
    expect(again.assumptions.priceBook.scales).toContain(`of the ${priced} priced from the book, 1 uses the scale set on the asset and ${priced - 1} the one their name stands for (hospital-wide ${large},`);
    expect(reportSheets(again).find((s) => s.name === 'Assumptions - scenario')!.rows).toContainEqual(['Application scales', again.assumptions.priceBook.scales]);
  });

  it('draws the estate on rings with every edge pointing at a node', () => {
    const n = model.graph.nodes.length;
    expect(n).toBeGreaterThan(20);
    expect(model.graph.edges.every(([a, b]) => a >= 0 && a < n && b >= 0 && b < n)).toBe(true);
    expect(model.graph.years).toEqual([...new Set(model.waves.filter((w) => w.assets > 0).map((w) => w.year))]);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('says what the yearly cap costs in time, and the budget that would end the plan as early as the other limits allow', () => {
    const { budget, waves, lastWaveEnd } = model.summary;
    expect(budget!.cap).toBe(sample.scenario!.budgetPerYear);
    expect(budget!.capped).toMatchObject({ waves, end: lastWaveEnd });
    expect(budget!.unconstrained.waves).toBeLessThan(waves);
    expect(budget!.needed!).toBeGreaterThan(budget!.cap);
    // The 快速 scenario's fund does not hold it back: no budget to name.
    const fast = buildReport(sample, '快速', 'zh', { date: '2026-11-29' });
    expect(fast.summary.budget!.needed).toBeUndefined();
    expect(fast.summary.budget!.capped.waves).toBe(fast.summary.budget!.unconstrained.waves);
  });

  it('reports on another scenario by name, in English', () => {
    const fast = buildReport(sample, '快速', 'en', { date: '2026-11-29' });
    const variant = { ...sample, scenario: sample.scenarios!.find((s) => s.name === '快速')! };
    expect(fast.cover.scenario).toBe('快速');
    expect(fast.summary.waves).toBe(reference(variant).plan.waves.length);
    expect(fast.summary.risks.some((r) => /vendor support|security|cut-overs/.test(r.text))).toBe(true);
    expect(fast.assumptions.rules[0]).toMatch(/^Edge to core/);
  });

  it('counts only the imports to buy (not the products kept by exception), in English with the right number', () => {
    const secondary = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-secondary.xcplan.json'), 'utf8')) as ProjectFile;
    const importRisk = (project: ProjectFile) => buildReport(project, undefined, 'en', { date: '2026-11-29' }).summary.risks.find((r) => r.text.includes('no suitable domestic substitute'));
    const imports = (project: ProjectFile) => analyse(project, undefined, { lang: 'en' }).procurement.items.filter((i) => i.treatment === 'import');
    // The secondary hospital keeps one product by exception and buys no import: no such risk.
    expect(analyse(secondary).procurement.items.some((i) => i.treatment === 'retain')).toBe(true);
    expect(imports(secondary)).toHaveLength(0);
    expect(importRisk(secondary)).toBeUndefined();
    // The tertiary hospital keeps 14 by exception and buys one import (the FC switch).
    const one = imports(sample);
    expect(one.map((i) => i.assetId)).toEqual(['NET-SAN-BB']);
    expect(importRisk(sample)?.text).toBe(`1 procurement item has no suitable domestic substitute and remains an import (${formatMoney(one[0]!.cost, 'wan', 'en')}) needing approval under provincial rules (Anhui).`);
    // A second campus's FC switch makes two.
    const san = sample.assets.find((a) => a.id === 'NET-SAN-BB')!;
    const two = { ...sample, assets: [...sample.assets, { ...san, id: 'NET-SAN-DY', name: 'SAN 光纤交换机（东院）' }] };
    const cost = imports(two).reduce((sum, i) => sum + i.cost, 0);
    expect(importRisk(two)?.text).toBe(`2 procurement items have no suitable domestic substitute and remain imports (${formatMoney(cost, 'wan', 'en')}) needing approval under provincial rules (Anhui).`);
  });

  it('writes the province, the built-in scenario and the built-in freeze windows in English', () => {
    const en = buildReport(sample, undefined, 'en', { date: '2026-11-29' });
    expect(en.cover).toMatchObject({ province: 'Anhui', scenario: 'Baseline' });
    expect(en.assumptions.scenario.name).toBe('Baseline');
    expect(en.assumptions.scenario.freezeWindows.map((w) => w.name)).toEqual(['Spring Festival', 'HW red-team exercise (summer)', 'Medical-insurance year-end settlement']);
    // A scenario the hospital named keeps its name.
    expect(buildReport(sample, '快速', 'en', { date: '2026-11-29' }).cover.scenario).toBe('快速');
  });

  it('names catalogued products and vendor teams in English, and keeps the hospital\'s own names', () => {
    const en = buildReport(sample, undefined, 'en', { date: '2026-11-29' });
    const zh = buildReport(sample, undefined, 'zh', { date: '2026-11-29' });
    // The CDR's cut-over team: its developer and the database's supplier.
    expect(zh.runbooks!.find((r) => r.unitId === 'APP-CDR')!.vendorTeams.join('、')).toMatch(/万达信息.*达梦/);
    expect(en.runbooks!.find((r) => r.unitId === 'APP-CDR')!.vendorTeams.join(', ')).toMatch(/Wonders Information.*Dameng/);
    const rows = en.procurement.years.flatMap((y) => y.rows);
    expect(rows.find((r) => r.assetId === 'SRV-BAK-01')!.alternatives).toMatch(/^Hygon servers \(Sugon, H3C, Inspur and others\)/);
    expect(rows.find((r) => r.assetId === 'SRV-BAK-01')!.replaces).toBe('Inspur NF5280M5');
    expect(rows.find((r) => r.assetId === 'SRV-BAK-01')!.assetName).toBe('备份服务器');
  });

  it('refuses an unknown scenario with the names it knows', () => {
    expect(() => buildReport(sample, '不存在', 'zh')).toThrow(ReportError);
    try {
      buildReport(sample, '不存在', 'zh');
    } catch (error) {
      expect((error as ReportError).zh).toContain('基准');
    }
  });
});

describe('reportSheets', () => {
  const model = buildReport(sample, undefined, 'zh', { date: '2026-11-29' });
  const { forecast } = reference(sample);

  it('shows every amount in yuan or 万元 and every share in its format, in both languages', () => {
    for (const sheets of [reportSheets(model), reportSheets(buildReport(sample, undefined, 'en', { date: '2026-11-29' }))]) {
      let checked = 0;
      for (const sheet of sheets) {
        sheet.headers.forEach((header, col) => {
          const format = sheet.formats?.[col];
          if (/（元）|\(yuan\)/.test(header)) expect([sheet.name, header, format]).toEqual([sheet.name, header, 'yuan']);
          else if (/（万元）|\(×10k yuan\)/.test(header)) expect([sheet.name, header, format]).toEqual([sheet.name, header, 'wan']);
          else if (/覆盖率|占比|coverage|share/i.test(header)) expect([sheet.name, header, format]).toEqual([sheet.name, header, 'share']);
          else return;
          checked++;
        });
        // Label and value sheets format each row by what its label says.
        if (sheet.rowFormats) {
          sheet.rows.forEach((row, r) => {
            const label = String(row[0]);
            if (/（万元|\(×10k yuan/.test(label)) expect([label, sheet.rowFormats![r]]).toEqual([label, 'wan']);
            if (/覆盖率|domestic (today|at the end)/.test(label)) expect([label, sheet.rowFormats![r]]).toEqual([label, 'share']);
          });
        }
      }
      expect(checked).toBeGreaterThan(20);
    }
  });

  it('has one sheet per section with the figures of the model', () => {
    const sheets = reportSheets(model);
    expect(sheets.map((s) => s.name)).toEqual(['摘要', '迁移批次', '年度支出', '采购清单', '采购包', '切换手册', '警告', '假设-价格本', '假设-情景与规则']);
    // The tenders add up to the procurement list, to the yuan.
    const packages = sheets[4]!;
    expect(packages.totals![packages.headers.indexOf('金额（元）')]).toBe(model.procurement.total.cost);
    expect(Math.round(packages.rows.reduce((n, r) => n + (r[packages.headers.indexOf('金额（元）')] as number), 0))).toBe(Math.round(model.procurement.total.cost));
    expect(sheets[1]!.rows).toHaveLength(model.waves.length);
    expect(sheets[2]!.totals![sheets[2]!.headers.indexOf('合计（万元）')]).toBe(Math.round(model.summary.total / 100) / 100);
    // What stopped foreign support saves reads as a saving: positive, the forecast's negative line turned round.
    const saved = sheets[2]!.headers.indexOf('停付境外维保节约（元）');
    expect(forecast.totals.savings).toBeLessThan(0);
    expect(sheets[2]!.rows.map((r) => r[saved])).toEqual(forecast.years.map((y) => -y.savings || 0));
    expect(sheets[2]!.totals![saved]).toBe(-forecast.totals.savings);
  });

  it('writes the section table: sheets in the sections\' order, every row and total as wide as its headers', () => {
    const sheets = reportSheets(buildReport(sample, undefined, 'en', { date: '2026-11-29' }));
    expect(REPORT_SECTIONS.flatMap((s) => s.sheets.map((sheet) => sheet.en))).toEqual(sheets.map((s) => s.name));
    for (const sheet of sheets) {
      expect(sheet.rows.length, sheet.name).toBeGreaterThan(0);
      for (const row of [...sheet.rows, ...(sheet.totals ? [sheet.totals] : [])]) expect(row, sheet.name).toHaveLength(sheet.headers.length);
    }
    const procurement = sheets.find((s) => s.name === 'Procurement')!;
    expect(procurement.totals![procurement.headers.indexOf('Quantity')]).toBe(model.procurement.total.quantity);
    expect(procurement.rows.map((r) => r[procurement.headers.indexOf('Asset id')])).toEqual(model.procurement.years.flatMap((y) => y.rows.map((r) => r.assetId)));
  });

  it('writes an XLSX that reads back, with formula-like text neutralised', async () => {
    const hostile: ProjectFile = { ...sample, assets: sample.assets.map((a, i) => (i === 0 ? { ...a, name: '=HYPERLINK("http://x","y")' } : a)) };
    const bytes = await reportXlsx(buildReport(hostile, undefined, 'zh', { date: '2026-11-29' }));
    const read = await readXlsxRows(bytes, 'roadmap.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.map((s) => s.name)).toHaveLength(9);
    const cells = read.value.flatMap((s) => s.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.startsWith('='))).toBe(false);
    expect(cells).toContain("'=HYPERLINK(\"http://x\",\"y\")");
  });
});

describe('buildReport at hospital-group scale', () => {
  // 6,000 assets: more procurement items than a page list holds, more nodes than a picture shows.
  const estate = generateEstate({ assets: 6000, seed: 11 });
  const analysis = reference(estate);
  const model = buildReport(estate, undefined, 'zh', { date: '2026-12-04', analysis });

  it('prints the procurement list as lines of items bought together, every item counted once', () => {
    const { grouped, years, total } = model.procurement;
    expect(analysis.procurement.items.length).toBeGreaterThan(REPORT_PROCUREMENT_ITEMS);
    expect(grouped).toBeDefined();
    const rows = years.flatMap((y) => y.rows);
    expect(grouped!.items).toBe(analysis.procurement.items.length);
    expect(grouped!.lines).toBe(rows.length);
    expect(rows.length).toBeLessThan(grouped!.items / 4);
    expect(rows.reduce((n, r) => n + (r.count ?? 1), 0)).toBe(total.items);
    for (const year of years) {
      const items = analysis.procurement.items.filter((i) => i.year === year.year);
      expect(year.rows.reduce((n, r) => n + r.quantity, 0)).toBe(items.reduce((n, i) => n + i.quantity, 0));
      expect(year.rows.reduce((n, r) => n + r.cost, 0)).toBe(items.reduce((n, i) => n + i.cost, 0));
      // A line is named by its first item, which is one of the year's items.
      const ids = new Set(items.map((i) => i.assetId));
      expect(year.rows.every((r) => ids.has(r.assetId))).toBe(true);
    }
  });

  it('writes the grouped lines to the workbook with the number of items in each', () => {
    const sheet = reportSheets(model).find((s) => s.name === '采购清单')!;
    expect(sheet.headers).toContain('条目数');
    expect(sheet.headers).not.toContain('资产编号');
    const count = sheet.headers.indexOf('条目数');
    const body = sheet.rows;
    expect(body.reduce((n, row) => n + Number(row[count]), 0)).toBe(model.procurement.total.items);
  });

  it("sums a group's core systems up by name, with their number and waves", () => {
    const cores = (analysis.plan.metrics.coreSystems ?? []).filter((c) => c.wave > 0);
    expect(cores.length).toBeGreaterThan(12);
    const text = model.summary.orderText;
    expect(text).toContain(`核心系统共 ${cores.length} 个，依次切换：`);
    const names = [...new Set(cores.map((c) => c.name))];
    for (const name of names) {
      const waves = cores.filter((c) => c.name === name).map((c) => c.wave);
      const lo = Math.min(...waves);
      const hi = Math.max(...waves);
      expect(text).toContain(`${name} ${waves.length} 个（${lo === hi ? `第 ${lo} 批` : `第 ${lo}–${hi} 批`}）`);
    }
    // A line, not a page: one clause per distinct system name.
    expect(text.split('、').length).toBeLessThan(names.length + 8);
  });

  it('does not draw an estate too large for a page, and says how large it is', () => {
    expect(model.graph.omitted).toBeDefined();
    expect(model.graph.omitted!.nodes).toBeGreaterThan(REPORT_GRAPH_NODES);
    expect(model.graph.omitted!.dependencies).toBe(estate.dependencies.length);
    expect(model.graph.nodes).toHaveLength(0);
    expect(model.graph.edges).toHaveLength(0);
  });
});
