/**
 * The report's sections as one table (issue 18 "one report page"): their order, their title (a key
 * of the report locale, `doc.sections.<id>`), the parts of the model each reads, and the workbook
 * sheets each writes with their columns as data. The printable document
 * (renderer/views/report/ReportDocument) draws one component per entry, typed to read only the
 * parts the entry names; `reportSheets` writes the entries' sheets in the same order. Workbook
 * amounts are numbers in yuan (万元 columns where leadership reads them), shares fractions rounded
 * to 0.1%; `toXlsx` of shared/io writes them formula-injection safe.
 */
import { toXlsx } from '../io/export';
import type { CellFormat, ExportCell, ExportSheet } from '../io/export';
import { savedAmount } from '../forecast';
import { wavesText } from '../procurement/packages';
import { GLOSSARY, TIERS } from '../model';
import type { Lang } from '../model';
import type { ReportModel, ReportProcurementRow, ReportPriceRow, ReportRunbook, ReportSpendYear, ReportTenderPackage, ReportWarning, ReportWave } from './types';

/** A workbook column: its header in each language, the cell of a row, if the sheet has a totals row its total, and how XLSX shows its numbers. */
type Column<R> = { zh: string; en: string; cell(row: R, m: ReportModel): ExportCell; total?: (m: ReportModel) => ExportCell; format?: CellFormat };
/** A workbook sheet: name per language, columns (fixed, or from the model: tier and cost-line columns), rows. */
type Sheet<R> = { zh: string; en: string; columns: readonly Column<R>[] | ((m: ReportModel) => readonly Column<R>[]); rows: (m: ReportModel) => readonly R[]; rowFormat?(this: void, row: R): CellFormat | undefined };
/** A label and its value, and how XLSX shows the value: the rows of the summary and scenario sheets. */
type Field = [label: string, value: ExportCell, format?: CellFormat];

const col = <R>(zh: string, en: string, cell: (row: R, m: ReportModel) => ExportCell, total?: Column<R>['total']): Column<R> => ({ zh, en, cell, total });
/** A column whose numbers XLSX shows as `format` (amounts with separators, shares as percentages). */
const shown = <R>(format: CellFormat, column: Column<R>): Column<R> => ({ ...column, format });
const wan = (yuan: number): number => Math.round(yuan / 100) / 100;
const pct = (fraction: number): number => Math.round(fraction * 1000) / 1000;
const round1 = (v: number): number => Math.round(v * 10) / 10;
const say = (m: ReportModel, zh: string, en: string): string => (m.lang === 'zh' ? zh : en);
const list = (m: ReportModel, items: readonly string[], zhSep: string, enSep: string): string => items.join(m.lang === 'zh' ? zhSep : enSep);
const FIELD_COLUMNS: Column<Field>[] = [col('项目', 'Item', (r) => r[0]), col('数值', 'Value', (r) => r[1])];
const fields = (m: ReportModel, rows: readonly (readonly [zh: string, en: string, value: ExportCell, format?: CellFormat])[]): Field[] =>
  rows.map(([zh, en, value, format]) => (format ? [say(m, zh, en), value, format] : [say(m, zh, en), value]));
const fieldFormat = (row: Field): CellFormat | undefined => row[2];
const TOTAL = (m: ReportModel) => say(m, '合计', 'Total');

const SUMMARY: Sheet<Field> = {
  zh: '摘要',
  en: 'Summary',
  columns: FIELD_COLUMNS,
  rowFormat: fieldFormat,
  rows: (m) => {
    const { cover, summary: s } = m;
    return [
      ...fields(m, [
        ['医院', 'Hospital', cover.hospital],
        ['项目', 'Project', cover.project],
        ['省份', 'Province', cover.province ?? ''],
        ['情景', 'Scenario', cover.scenario],
        ['报告日期', 'Report date', cover.date],
        ['规划起始', 'Plan start', cover.startDate],
        ['规划期（年）', 'Horizon (years)', cover.horizonYears],
        ['资产条目 / 台套', 'Asset rows / units', `${cover.assetRows} / ${cover.units}`],
        ['迁移批次数', 'Waves', s.waves],
        ['按实施力量与依赖关系最少批次', 'Fewest waves capacity and dependencies allow', s.lowerBound],
        ['首批开始', 'First wave starts', s.firstWaveStart ?? ''],
        ['末批结束', 'Last wave ends', s.lastWaveEnd ?? ''],
        ['应替资产完成替换年份', 'Year the replacement is done', s.fullCoverageYear ?? say(m, '规划期内未实现', 'not within the horizon')],
        ['末次切换日期', 'Last cut-over', s.lastCutover ?? ''],
        ['末次双轨运行结束', 'Last dual track ends', s.lastDualTrackEnd ?? ''],
        ['完成替换所需年数（按年度计）', 'Years to the replacement (calendar years)', s.yearsToFullCoverage ?? ''],
        ['业务系统信创覆盖率（当前）', 'Business systems domestic today', pct(s.systemsNow), 'share'],
        ['业务系统信创覆盖率（规划期末）', 'Business systems domestic at the end', pct(s.systemsEnd), 'share'],
        ['按台套覆盖率（当前）', 'Units domestic today', pct(s.coverageNow), 'share'],
        ['按台套覆盖率（规划期末）', 'Units domestic at the end', pct(s.coverageEnd), 'share'],
        ['总支出（万元）', 'Total spend (×10k yuan)', wan(s.total), 'wan'],
        ['其中一次性采购（万元，即采购清单合计）', 'Of which one-off purchases (×10k yuan, the procurement list total)', wan(s.oneOff), 'wan'],
        ['总支出低值（万元）', 'Total low (×10k yuan)', wan(s.low), 'wan'],
        ['总支出高值（万元）', 'Total high (×10k yuan)', wan(s.high), 'wan'],
        ['支出峰值年份', 'Peak year', s.peakYear ?? ''],
        ['峰值年全年支出（含经常性支出，万元）', 'Peak-year spend, recurring included (×10k yuan)', wan(s.peakSpend), 'wan'],
        ['其中一次性替代（万元）', 'Of which one-off (×10k yuan)', s.peakCash ? wan(s.peakCash.oneOff) : '', 'wan'],
        ['规划期后支出（万元）', 'Spend after the horizon (×10k yuan)', wan(s.beyondHorizon), 'wan'],
        ['已排资产 / 已国产 / 保留 / 未排入', 'Planned / domestic / retained / unscheduled', `${s.assetsPlanned} / ${s.alreadyDomestic} / ${s.retained} / ${s.unscheduled}`],
        ['总工作量（人天）', 'Effort (person-days)', round1(s.effortTotal), 'decimal1'],
        ['核心切换次数', 'Core cut-overs', s.coreCutovers],
        ...(s.budget
          ? ([
              ['年度预算上限（万元）', 'Yearly budget cap (×10k yuan)', wan(s.budget.cap), 'wan'],
              ['不受预算约束时的批次 / 末批结束', 'Waves without a cap / last wave ends', `${s.budget.unconstrained.waves} / ${s.budget.unconstrained.end}`],
              ['按不受约束进度完成所需年度预算（万元）', 'Yearly budget for that pace (×10k yuan)', s.budget.needed === undefined ? '' : wan(s.budget.needed), 'wan'],
              ['预算测算', 'Budget', s.budget.text],
            ] as const)
          : []),
      ]),
      ...s.risks.map((risk, i): Field => [`${say(m, '风险', 'Risk')} ${i + 1}`, risk.text]),
    ];
  },
};

const WAVES: Sheet<ReportWave> = {
  zh: '迁移批次',
  en: 'Waves',
  columns: (m) => [
    col('批次', 'Wave', (w) => w.index),
    col('开始', 'Start', (w) => w.start),
    col('结束', 'End', (w) => w.end),
    col('预算年度', 'Budget year', (w) => w.year),
    shown('count', col('资产条目', 'Assets', (w) => w.assets)),
    shown('count', col('台套', 'Units', (w) => w.units)),
    ...TIERS.map((t) => shown('count', col<ReportWave>(m.tierLabels[t], m.tierLabels[t], (w) => w.tiers[t]))),
    shown('decimal1', col('工作量（人天）', 'Effort (person-days)', (w) => round1(w.effort))),
    shown('decimal1', col('容量（人天）', 'Capacity', (w) => w.capacity)),
    shown('wan', col('费用（万元）', 'Cost (×10k yuan)', (w) => wan(w.cost))),
    col('核心切换', 'Core cut-overs', (w) => w.coreCutovers),
    col('切换月份', 'Cut-over months', (w) => w.cutoverMonths.join(', ')),
    col('主要系统', 'Main systems', (w) => list(m, w.highlights, '、', ', ')),
    shown('yuan', col('费用（元）', 'Cost (yuan)', (w) => w.cost)),
  ],
  rows: (m) => m.waves,
};

const SPEND: Sheet<ReportSpendYear> = {
  zh: '年度支出',
  en: 'Spend per year',
  columns: ({ spend }) => [
    col('年份', 'Year', (y) => y.year, TOTAL),
    ...spend.lines.map((l) => shown('wan', col<ReportSpendYear>(`${spend.lineLabels[l]}（万元）`, `${spend.lineLabels[l]} (×10k yuan)`, (y) => wan(y[l]), () => wan(spend.totals[l])))),
    shown('wan', col('合计（万元）', 'Total (×10k yuan)', (y) => wan(y.total), () => wan(spend.totals.total))),
    shown('wan', col('价格本低值（万元）', 'Price-book low', (y) => wan(y.low), () => wan(spend.totals.low))),
    shown('wan', col('价格本高值（万元）', 'Price-book high', (y) => wan(y.high), () => wan(spend.totals.high))),
    shown('wan', col('年度预算（万元）', 'Budget', (y) => (y.budget === null ? '' : wan(y.budget)))),
    shown('share', col('业务系统信创覆盖率', 'Business-system coverage', (y) => pct(y.coverage))),
    shown('share', col('安全占比', 'Security share', (y) => pct(y.securityShare))),
    col('安全提示', 'Security note', (y, m) => (y.securityBelowMinimum ? say(m, `低于 ${Math.round(spend.securityMinimum * 100)}%`, `below ${Math.round(spend.securityMinimum * 100)}%`) : '')),
    shown('yuan', col('一次性替代（元，受预算上限约束）', 'One-off (yuan, within the cap)', (y) => y.oneOff, () => spend.totals.oneOff)),
    // With the one-off column, five parts that never overlap and add up to the year's total.
    shown('yuan', col('服务费与订阅（元）', 'Support and subscriptions (yuan)', (y) => y.support, () => spend.totals.support)),
    shown('yuan', col('等保测评与密评（元）', 'Security assessments (yuan)', (y) => y.assessments, () => spend.totals.assessments)),
    shown('yuan', col('双轨运行（元）', 'Dual-track running (yuan)', (y) => y.dualTrack, () => spend.totals.dualTrack)),
    shown('yuan', col('培训与变革管理（元）', 'Training and change (yuan)', (y) => y.change, () => spend.totals.change)),
    shown('yuan', col('停付境外维保节约（元）', 'Foreign support saved (yuan)', (y) => savedAmount(y.savings), () => savedAmount(spend.totals.savings))),
    shown('yuan', col('安全投入缺口（元）', 'Security shortfall (yuan)', (y) => y.securityShortfall, () => spend.totals.securityShortfall)),
    col('区间提示', 'Band note', (y, m) => (y.highOverBudget ? say(m, '高值超出年度预算', 'high end over the budget cap') : '')),
  ],
  rows: (m) => m.spend.years,
};

type ProcurementLine = ReportProcurementRow & { year: number };
const PROCUREMENT_ITEM_COLUMNS: readonly Column<ProcurementLine>[] = [
  col('资产编号', 'Asset id', (r) => r.assetId, (m) => m.procurement.total.items),
  col('资产名称', 'Asset name', (r) => r.assetName),
];
/** A grouped list (a hospital group): each row is a line of items bought together, named by its first. */
const PROCUREMENT_LINE_COLUMNS: readonly Column<ProcurementLine>[] = [
  shown('count', col('条目数', 'Items', (r) => r.count ?? 1, (m) => m.procurement.total.items)),
  col('首项资产', 'First item', (r, m) => say(m, `${r.assetName}（${r.assetId}）`, `${r.assetName} (${r.assetId})`)),
];
const PROCUREMENT: Sheet<ProcurementLine> = {
  zh: '采购清单',
  en: 'Procurement',
  columns: (m) => [
    col('年度', 'Year', (r) => r.year, TOTAL),
    col('批次', 'Wave', (r) => r.wave),
    col('类别', 'Category', (r) => r.categoryLabel),
    ...(m.procurement.grouped ? PROCUREMENT_LINE_COLUMNS : PROCUREMENT_ITEM_COLUMNS),
    shown('count', col('数量', 'Quantity', (r) => r.quantity, (m) => m.procurement.total.quantity)),
    col('被替换产品', 'Replaces', (r) => r.replaces),
    col('推荐国产替代', 'Domestic alternatives', (r) => r.alternatives),
    shown('yuan', col('金额（元）', 'Cost (yuan)', (r) => r.cost, (m) => m.procurement.total.cost)),
    col('标记', 'Flags', (r) => r.flags),
    col('招标完成时限', 'Tender complete by', (r) => r.purchaseBy),
    col('预算编报年度', 'Budget year', (r) => r.budgetYear ?? ''),
    col('适用采购规则', 'Procurement rules', (r) => r.rules.join('\n')),
  ],
  rows: (m) => m.procurement.years.flatMap((year) => year.rows.map((row) => ({ ...row, year: year.year }))),
};

const PACKAGES: Sheet<ReportTenderPackage> = {
  zh: '采购包',
  en: 'Tender packages',
  columns: [
    col('预算编报年度', 'Budget year', (p) => p.budgetYear, TOTAL),
    col('采购包', 'Package', (p) => p.label),
    shown('count', col('条目数', 'Items', (p) => p.items, (m) => m.procurement.total.items)),
    shown('count', col('数量', 'Quantity', (p) => p.quantity, (m) => m.procurement.total.quantity)),
    shown('yuan', col('金额（元）', 'Cost (yuan)', (p) => p.cost, (m) => m.procurement.total.cost)),
    col('招标完成时限', 'Tender complete by', (p) => p.purchaseBy),
    col('批次', 'Waves', (p, m) => wavesText(p.waves, m.lang)),
  ],
  rows: (m) => m.procurement.packages,
};

const RUNBOOKS: Sheet<ReportRunbook> = {
  zh: '切换手册',
  en: 'Runbooks',
  columns: [
    col('批次', 'Wave', (r) => r.wave),
    col('切换单元', 'Unit', (r) => r.unitId),
    col('名称', 'Name', (r) => r.name),
    col('切换窗口', 'Window', (r) => r.window),
    col('回退决策时限', 'Rollback deadline', (r) => r.rollbackDeadline),
    col('双轨期结束', 'Dual track ends', (r) => r.dualTrackEnd),
    col('Go/No-Go 准入', 'Go/no-go', (r, m) => list(m, r.goNoGo, '；', '; ')),
    col('厂商团队', 'Vendor teams', (r, m) => list(m, r.vendorTeams, '、', ', ')),
    col('说明', 'Notes', (r, m) => list(m, r.notes, '；', '; ')),
  ],
  rows: (m) => m.runbooks ?? [],
};

const WARNINGS: Sheet<ReportWarning> = {
  zh: '警告',
  en: 'Warnings',
  columns: [col('类型', 'Kind', (w, m) => GLOSSARY[m.lang].warning[w.kind]), col('资产', 'Assets', (w) => w.assetIds.slice(0, 20).join(', ')), col('说明', 'Detail', (w) => w.text)],
  rows: (m) => m.warnings,
};

const PRICES: Sheet<ReportPriceRow> = {
  zh: '假设-价格本',
  en: 'Assumptions - prices',
  columns: [
    col('价格项', 'Item', (r) => r.label),
    col('费用线', 'Line', (r) => r.lineLabel),
    shown('yuan', col('低值（元）', 'Low (yuan)', (r) => r.low)),
    shown('yuan', col('基准（元）', 'Base (yuan)', (r) => r.base)),
    shown('yuan', col('高值（元）', 'High (yuan)', (r) => r.high)),
    shown('share', col('年变化率', 'Annual change', (r) => r.annualChange)),
    shown('share', col('年度服务费率', 'Recurring rate', (r) => r.recurringRate)),
    col('性质', 'Kind', (r, m) => (r.estimate ? say(m, '估计值', 'estimate') : say(m, '报价', 'quote'))),
    col('来源', 'Source', (r) => r.source),
  ],
  rows: (m) => m.assumptions.priceBook.rows,
};

const SCENARIO: Sheet<Field> = {
  zh: '假设-情景与规则',
  en: 'Assumptions - scenario',
  columns: FIELD_COLUMNS,
  rowFormat: fieldFormat,
  rows: (m) => {
    const { scenario: s, priceBook: p, rules } = m.assumptions;
    const scope = (core: boolean) => (core ? say(m, '仅核心切换', 'core only') : say(m, '全部变更', 'all changes'));
    return [
      ...fields(m, [
        ['情景', 'Scenario', s.name],
        ['每批容量（人天）', 'Capacity per wave (person-days)', s.capacityPerWave, 'decimal1'],
        ['年度预算（元）', 'Budget per year (yuan)', s.budgetPerYear ?? say(m, '不限', 'no cap'), 'yuan'],
        ['每批核心切换上限', 'Core cut-overs per wave', s.maxCoreCutoversPerWave],
        ['封网时段', 'Freeze windows', list(m, s.freezeWindows.map((w) => `${w.name} ${w.from}–${w.to}（${scope(w.scope === 'core')}）`), '；', '; ')],
        ['价格本基准年', 'Price book base year', p.baseYear],
        ['目标 CPU 路线', 'Target CPU family', p.cpuFamily],
        ...(p.scales ? [['应用系统规模', 'Application scales', p.scales] as const] : []),
      ]),
      ...s.pins.map((pin): Field => [say(m, `固定批次 ${pin.assetId}`, `Pin ${pin.assetId}`), pin.wave]),
      ...s.effortPerUnit.map((e): Field => [say(m, `单位工作量·${e.label}（人天）`, `Effort per unit · ${e.label} (person-days)`), e.days]),
      ...rules.map((rule, i): Field => [`${say(m, '规则', 'Rule')} ${i + 1}`, rule]),
    ];
  },
};

/** A section: its id, its title's locale key, the model parts it reads (beside `lang`), and its sheets. */
type Section = { id: string; title: `doc.sections.${string}`; reads: readonly (keyof ReportModel)[]; sheets: readonly Sheet<unknown>[] };

/** The report's sections in document (and workbook) order. */
export const REPORT_SECTIONS = [
  { id: 'summary', title: 'doc.sections.summary', reads: ['cover', 'summary', 'assumptions'], sheets: [SUMMARY] },
  { id: 'path', title: 'doc.sections.path', reads: ['graph', 'waves', 'tierLabels'], sheets: [] },
  { id: 'waves', title: 'doc.sections.waves', reads: ['waves', 'summary'], sheets: [WAVES] },
  { id: 'spend', title: 'doc.sections.spend', reads: ['spend'], sheets: [SPEND] },
  { id: 'procurement', title: 'doc.sections.procurement', reads: ['procurement'], sheets: [PROCUREMENT, PACKAGES] },
  { id: 'runbooks', title: 'doc.sections.runbooks', reads: ['runbooks'], sheets: [RUNBOOKS] },
  { id: 'warnings', title: 'doc.sections.warnings', reads: ['warnings'], sheets: [WARNINGS] },
  { id: 'assumptions', title: 'doc.sections.assumptions', reads: ['assumptions'], sheets: [PRICES, SCENARIO] },
  // The procurement list item by item, an appendix after the sections a director reads; its sheet
  // stays with the procurement section's, in the workbook's order.
  { id: 'purchaseItems', title: 'doc.sections.purchaseItems', reads: ['procurement'], sheets: [] },
] as const satisfies readonly Section[];

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
/** The part of the model a section reads: what its component of the document receives. */
export type ReportSectionData<Id extends ReportSectionId> = Pick<ReportModel, Extract<(typeof REPORT_SECTIONS)[number], { id: Id }>['reads'][number] | 'lang'>;

function writeSheet<R>(sheet: Sheet<R>, m: ReportModel, lang: Lang): ExportSheet {
  const columns = typeof sheet.columns === 'function' ? sheet.columns(m) : sheet.columns;
  const totals = columns.some((c) => c.total) ? columns.map((c) => c.total?.(m) ?? '') : undefined;
  const rows = sheet.rows(m);
  const formats = columns.some((c) => c.format) ? { formats: columns.map((c) => c.format) } : {};
  const rowFormats = sheet.rowFormat ? { rowFormats: rows.map(sheet.rowFormat) } : {};
  return { name: sheet[lang], headers: columns.map((c) => c[lang]), rows: rows.map((row) => columns.map((c) => c.cell(row, m))), ...(totals ? { totals } : {}), ...formats, ...rowFormats };
}

/**
 * @param model the report model
 * @returns the sections' sheets, in the document's order
 */
export function reportSheets(model: ReportModel): ExportSheet[] {
  return REPORT_SECTIONS.flatMap((section) => (section.sheets as readonly Sheet<unknown>[]).map((sheet) => writeSheet(sheet, model, model.lang)));
}

/** The report workbook's bytes. */
export function reportXlsx(model: ReportModel): Promise<Uint8Array> {
  return toXlsx(reportSheets(model));
}
