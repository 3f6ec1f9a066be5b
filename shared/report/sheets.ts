/**
 * The report as workbook sheets, one per section, for people who rework the figures. Amounts are
 * numbers in yuan (万元 columns where leadership reads them), shares as fractions rounded to
 * 0.1%; `toXlsx` of shared/io writes them formula-injection safe.
 */
import { toXlsx } from '../io/export';
import type { ExportCell, ExportSheet } from '../io/export';
import { GLOSSARY, TIERS } from '../model';
import type { ReportModel } from './types';

const WORDS = {
  zh: {
    summary: '摘要',
    waves: '迁移批次',
    spend: '年度支出',
    procurement: '采购清单',
    warnings: '警告',
    prices: '假设-价格本',
    scenario: '假设-情景与规则',
    item: '项目',
    value: '数值',
    total: '合计',
  },
  en: {
    summary: 'Summary',
    waves: 'Waves',
    spend: 'Spend per year',
    procurement: 'Procurement',
    warnings: 'Warnings',
    prices: 'Assumptions - prices',
    scenario: 'Assumptions - scenario',
    item: 'Item',
    value: 'Value',
    total: 'Total',
  },
} as const;

const wan = (yuan: number): number => Math.round(yuan / 100) / 100;
const pct = (fraction: number): number => Math.round(fraction * 1000) / 1000;

/**
 * @param model the report model
 * @returns the sections as tables (summary, waves, spend, procurement, warnings, price book, scenario)
 */
export function reportSheets(model: ReportModel): ExportSheet[] {
  const zh = model.lang === 'zh';
  const w = WORDS[model.lang];
  const { cover, summary, spend, assumptions } = model;
  const summaryRows: ExportCell[][] = [
    [zh ? '医院' : 'Hospital', cover.hospital],
    [zh ? '项目' : 'Project', cover.project],
    [zh ? '省份' : 'Province', cover.province ?? ''],
    [zh ? '情景' : 'Scenario', cover.scenario],
    [zh ? '报告日期' : 'Report date', cover.date],
    [zh ? '规划起始' : 'Plan start', cover.startDate],
    [zh ? '规划期（年）' : 'Horizon (years)', cover.horizonYears],
    [zh ? '资产条目 / 台套' : 'Asset rows / units', `${cover.assetRows} / ${cover.units}`],
    [zh ? '迁移批次数' : 'Waves', summary.waves],
    [zh ? '批次下界' : 'Lower bound of waves', summary.lowerBound],
    [zh ? '首批开始' : 'First wave starts', summary.firstWaveStart ?? ''],
    [zh ? '末批结束' : 'Last wave ends', summary.lastWaveEnd ?? ''],
    [zh ? '实现全面替代年份' : 'Full coverage year', summary.fullCoverageYear ?? (zh ? '规划期内未实现' : 'not within the horizon')],
    [zh ? '全面替代所需年数' : 'Years to full coverage', summary.yearsToFullCoverage ?? ''],
    [zh ? '当前信创覆盖率' : 'Coverage today', pct(summary.coverageNow)],
    [zh ? '规划期末覆盖率' : 'Coverage at the end', pct(summary.coverageEnd)],
    [zh ? '总支出（万元）' : 'Total spend (10k yuan)', wan(summary.total)],
    [zh ? '总支出低值（万元）' : 'Total low (10k yuan)', wan(summary.low)],
    [zh ? '总支出高值（万元）' : 'Total high (10k yuan)', wan(summary.high)],
    [zh ? '支出峰值年份' : 'Peak year', summary.peakYear ?? ''],
    [zh ? '峰值年支出（万元）' : 'Peak-year spend (10k yuan)', wan(summary.peakSpend)],
    [zh ? '规划期后支出（万元）' : 'Spend after the horizon (10k yuan)', wan(summary.beyondHorizon)],
    [zh ? '已排资产 / 已国产 / 保留 / 未排入' : 'Planned / domestic / retained / unscheduled', `${summary.assetsPlanned} / ${summary.alreadyDomestic} / ${summary.retained} / ${summary.unscheduled}`],
    [zh ? '总工作量（人天）' : 'Effort (person-days)', Math.round(summary.effortTotal * 10) / 10],
    [zh ? '核心切换次数' : 'Core cut-overs', summary.coreCutovers],
    ...summary.risks.map((risk, i): ExportCell[] => [`${zh ? '风险' : 'Risk'} ${i + 1}`, risk.text]),
  ];
  const tierHeads = TIERS.map((t) => model.tierLabels[t]);
  const waveRows = model.waves.map((wave): ExportCell[] => [
    wave.index,
    wave.start,
    wave.end,
    wave.year,
    wave.assets,
    wave.units,
    ...TIERS.map((t) => wave.tiers[t]),
    Math.round(wave.effort * 10) / 10,
    wave.capacity,
    wan(wave.cost),
    wave.coreCutovers,
    wave.cutoverMonths.join(', '),
    wave.highlights.join(zh ? '、' : ', '),
    wave.cost,
  ]);
  const lines = spend.lines.map((l) => spend.lineLabels[l]);
  const spendRows = spend.years.map((y): ExportCell[] => [
    y.year,
    ...spend.lines.map((l) => wan(y[l])),
    wan(y.total),
    wan(y.low),
    wan(y.high),
    y.budget === null ? '' : wan(y.budget),
    pct(y.coverage),
    pct(y.securityShare),
    y.securityBelowMinimum ? (zh ? `低于 ${Math.round(spend.securityMinimum * 100)}%` : `below ${Math.round(spend.securityMinimum * 100)}%`) : '',
    y.oneOff,
    y.recurring,
    y.dualTrack,
    y.change,
    y.savings,
    y.securityShortfall,
    y.highOverBudget ? (zh ? '高值超出年度预算' : 'high end over the budget cap') : '',
  ]);
  const t = spend.totals;
  const spendTotals: ExportCell[] = [w.total, ...spend.lines.map((l) => wan(t[l])), wan(t.total), wan(t.low), wan(t.high), '', '', '', '', t.oneOff, t.recurring, '', t.change, t.savings, t.securityShortfall, ''];
  const procurementRows = model.procurement.years.flatMap((year) =>
    year.rows.map((row): ExportCell[] => [year.year, row.wave, row.categoryLabel, row.assetId, row.assetName, row.quantity, row.replaces, row.alternatives, row.cost, row.flags, row.purchaseBy, row.budgetYear ?? '', row.rules.join('\n')]),
  );
  const p = assumptions.priceBook;
  const priceRows = p.rows.map((row): ExportCell[] => [row.label, row.lineLabel, row.low, row.base, row.high, row.annualChange, row.recurringRate, row.estimate ? (zh ? '估计值' : 'estimate') : (zh ? '报价' : 'quote'), row.source]);
  const s = assumptions.scenario;
  const scenarioRows: ExportCell[][] = [
    [zh ? '情景' : 'Scenario', s.name],
    [zh ? '每批容量（人天）' : 'Capacity per wave (person-days)', s.capacityPerWave],
    [zh ? '年度预算（元）' : 'Budget per year (yuan)', s.budgetPerYear ?? (zh ? '不限' : 'no cap')],
    [zh ? '每批核心切换上限' : 'Core cut-overs per wave', s.maxCoreCutoversPerWave],
    [zh ? '封网时段' : 'Freeze windows', s.freezeWindows.map((w) => `${w.name} ${w.from}–${w.to}（${w.scope === 'core' ? (zh ? '仅核心切换' : 'core only') : zh ? '全部变更' : 'all changes'}）`).join(zh ? '；' : '; ')],
    [zh ? '价格本基准年' : 'Price book base year', p.baseYear],
    [zh ? '目标 CPU 路线' : 'Target CPU family', p.cpuFamily],
    ...s.pins.map((pin): ExportCell[] => [zh ? `固定批次 ${pin.assetId}` : `Pin ${pin.assetId}`, pin.wave]),
    ...s.effortPerUnit.map((e): ExportCell[] => [zh ? `单位工作量·${e.label}（人天）` : `Effort per unit · ${e.label} (person-days)`, e.days]),
    ...assumptions.rules.map((rule, i): ExportCell[] => [`${zh ? '规则' : 'Rule'} ${i + 1}`, rule]),
  ];
  return [
    { name: w.summary, headers: [w.item, w.value], rows: summaryRows },
    {
      name: w.waves,
      headers: zh
        ? ['批次', '开始', '结束', '预算年度', '资产条目', '台套', ...tierHeads, '工作量（人天）', '容量（人天）', '费用（万元）', '核心切换', '切换月份', '主要系统', '费用（元）']
        : ['Wave', 'Start', 'End', 'Budget year', 'Assets', 'Units', ...tierHeads, 'Effort (person-days)', 'Capacity', 'Cost (10k yuan)', 'Core cut-overs', 'Cut-over months', 'Main systems', 'Cost (yuan)'],
      rows: waveRows,
    },
    {
      name: w.spend,
      headers: zh
        ? ['年份', ...lines.map((l) => `${l}（万元）`), '合计（万元）', '价格本低值（万元）', '价格本高值（万元）', '年度预算（万元）', '业务系统信创覆盖率', '安全占比', '安全提示', '一次性支出（元）', '经常性支出（元）', '其中双轨运行（元）', '培训与变革管理（元）', '停付境外维保节约（元）', '安全投入缺口（元）', '区间提示']
        : ['Year', ...lines.map((l) => `${l} (10k yuan)`), 'Total (10k yuan)', 'Price-book low', 'Price-book high', 'Budget', 'Business-system coverage', 'Security share', 'Security note', 'One-off (yuan)', 'Recurring (yuan)', 'Of which dual track (yuan)', 'Training and change (yuan)', 'Foreign support saved (yuan)', 'Security shortfall (yuan)', 'Band note'],
      rows: spendRows,
      totals: spendTotals,
    },
    {
      name: w.procurement,
      headers: zh
        ? ['年度', '批次', '类别', '资产编号', '资产名称', '数量', '被替换产品', '推荐国产替代', '金额（元）', '标记', '采购完成时限', '预算编报年度', '适用采购规则']
        : ['Year', 'Wave', 'Category', 'Asset id', 'Asset name', 'Quantity', 'Replaces', 'Domestic alternatives', 'Cost (yuan)', 'Flags', 'Purchase by', 'Budget year', 'Procurement rules'],
      rows: procurementRows,
      totals: [w.total, '', '', model.procurement.total.items, '', model.procurement.total.quantity, '', '', model.procurement.total.cost, '', '', '', ''],
    },
    {
      name: w.warnings,
      headers: zh ? ['类型', '资产', '说明'] : ['Kind', 'Assets', 'Detail'],
      rows: model.warnings.map((warning): ExportCell[] => [GLOSSARY[model.lang].warning[warning.kind], warning.assetIds.slice(0, 20).join(', '), warning.text]),
    },
    {
      name: w.prices,
      headers: zh
        ? ['价格项', '费用线', '低值（元）', '基准（元）', '高值（元）', '年变化率', '年度服务费率', '性质', '来源']
        : ['Item', 'Line', 'Low (yuan)', 'Base (yuan)', 'High (yuan)', 'Annual change', 'Recurring rate', 'Kind', 'Source'],
      rows: priceRows,
    },
    { name: w.scenario, headers: [w.item, w.value], rows: scenarioRows },
    {
      name: zh ? '切换手册' : 'Runbooks',
      headers: zh ? ['批次', '切换单元', '名称', '切换窗口', '回退决策时限', '双轨期结束', 'Go/No-Go 准入', '厂商团队', '说明'] : ['Wave', 'Unit', 'Name', 'Window', 'Rollback deadline', 'Dual track ends', 'Go/no-go', 'Vendor teams', 'Notes'],
      rows: (model.runbooks ?? []).map((r): ExportCell[] => [r.wave, r.unitId, r.name, r.window, r.rollbackDeadline, r.dualTrackEnd, r.goNoGo.join(zh ? '；' : '; '), r.vendorTeams.join(zh ? '、' : ', '), r.notes.join(zh ? '；' : '; ')]),
    },
  ];
}

/** The report workbook's bytes. */
export function reportXlsx(model: ReportModel): Promise<Uint8Array> {
  return toXlsx(reportSheets(model));
}
