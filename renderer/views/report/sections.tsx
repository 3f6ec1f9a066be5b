/**
 * One component per section of shared/report's section table, each given only the model parts the
 * table says it reads. ReportDocument draws them in the table's order under the table's titles.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';

import { savedAmount } from '../../../shared/forecast';
import { wavesText } from '../../../shared/procurement/packages';
import type { ReportCashNeed, ReportPriceRow, ReportSectionData, ReportSectionId, ReportSpendYear, ReportWarningKind, ReportWave } from '../../../shared/report';
import { BudgetLine } from '../../components/BudgetLine';
import { DocTable } from './DocTable';
import type { DocColumn, DocFormats } from './DocTable';
import { GraphPicture, SpendChart, TimelinePicture } from './pictures';

type Props<Id extends ReportSectionId> = { data: ReportSectionData<Id>; t: TFunction; f: DocFormats };

// The order of the warning groups, most urgent first; a Record so a new kind cannot be left out (and unprinted).
const WARNING_RANK: Record<ReportWarningKind, number> = { 'purchase-overdue': 0, 'core-gate': 1, 'retained-on-core-path': 2, 'phase-order': 3, 'no-tier': 4, 'client-not-ready': 5, 'security-late': 6, 'over-capacity': 7, unscheduled: 8, truncated: 9, 'pin-broken': 10, 'pin-over-limit': 11, 'pin-ignored': 12, cycle: 13, 'past-end-of-support': 14, 'security-share': 15, 'broken-reference': 16 };
const WARNING_ORDER = (Object.keys(WARNING_RANK) as ReportWarningKind[]).sort((a, b) => WARNING_RANK[a] - WARNING_RANK[b]);
/** At most this many warnings of one kind in the document; the workbook has them all. */
const WARNINGS_PER_KIND = 25;
/**
 * Core cut-overs printed in the runbook table, the first by wave: a hospital group has thousands
 * (2,892 at 100,000 assets: the report had 3,608 table rows, 776 with this); all of them are in
 * the workbook's sheet.
 */
export const RUNBOOKS_PRINTED = 60;

const period = (start: string, end: string) => (start.slice(0, 4) === end.slice(0, 4) ? `${start} – ${end.slice(5)}` : `${start} – ${end}`);

function Summary({ data: { summary, assumptions }, t, f }: Props<'summary'>) {
  const { money, num, share } = f;
  const kpi = (label: string, value: ReactNode, note: string) => (
    <div className="rp-kpi">
      <span className="rp-kpi-label">{t(label)}</span>
      {value}
      <span className="rp-kpi-note">{note}</span>
    </div>
  );
  // When the replacement is done: the last cut-over (or the last wave's end), never "full coverage"
  // while assets stay by exception.
  const done = summary.fullCoverageYear === null ? null : (summary.lastCutover ?? summary.lastWaveEnd);
  // A wave count the plan without the cap beats is no lower bound: it is not printed.
  const boundHolds = summary.lowerBound > 0 && (summary.budget === undefined || summary.budget.unconstrained.waves >= summary.lowerBound);
  return (
    <>
      <div className="rp-kpis" data-testid="report-kpis">
        {kpi('doc.kpi.waves', <strong data-testid="report-kpi-waves">{t('doc.kpi.wavesValue', { count: summary.waves })}</strong>, t(boundHolds ? 'doc.kpi.wavesNote' : 'doc.kpi.wavesNoteOnly', { first: summary.firstWaveStart ?? '–', last: summary.lastWaveEnd ?? '–', bound: summary.lowerBound }))}
        {kpi('doc.kpi.years', <strong data-testid="report-kpi-done">{done === null ? t('doc.kpi.yearsNever') : t('doc.kpi.doneValue', { year: done.slice(0, 4), month: Number(done.slice(5, 7)) })}</strong>, done === null ? '' : t('doc.kpi.doneNote', { cutover: done, dual: summary.lastDualTrackEnd ? t('doc.kpi.doneDual', { date: summary.lastDualTrackEnd }) : '', retained: summary.retained, systems: share(summary.systemsEnd) }))}
        {kpi('doc.kpi.total', <strong data-testid="report-kpi-total">{money(summary.total)}</strong>, t('doc.kpi.totalNote', { oneOff: money(summary.oneOff), low: money(summary.low), high: money(summary.high) }))}
        {kpi('doc.kpi.peak', <strong>{summary.peakYear ?? '–'}</strong>, summary.peakCash ? t('doc.kpi.peakNote', { amount: money(summary.peakSpend), oneOff: money(summary.peakCash.oneOff) }) : '')}
      </div>
      <p className="rp-lead">
        {t('doc.summaryText', {
          planned: num(summary.assetsPlanned),
          waves: summary.waves,
          core: assumptions.scenario.maxCoreCutoversPerWave,
          order: summary.orderText,
          systemsNow: share(summary.systemsNow),
          systemsEnd: share(summary.systemsEnd),
          now: share(summary.coverageNow),
          end: share(summary.coverageEnd),
          retained: summary.retained,
        })}
      </p>
      {summary.budget && <BudgetLine text={summary.budget.text} className="rp-budget" />}
      {summary.peakCash ? <CashNeed peak={summary.peakCash} overCap={summary.overCap} t={t} f={f} /> : null}
      <h3>{t('doc.risks')}</h3>
      <ol className="rp-risks" data-testid="report-risks">
        {summary.risks.map((risk) => (
          <li key={risk.text} className={`rp-risk rp-risk-${risk.severity}`}>
            <span className="rp-severity">{t(`doc.severity.${risk.severity}`)}</span>
            <span>{risk.text}</span>
          </li>
        ))}
      </ol>
      {summary.otherWarnings.length > 0 ? <p className="rp-intro" data-testid="report-other-warnings">{t('doc.otherWarnings', { count: summary.otherWarnings.length, kinds: summary.otherWarnings.join(f.sep) })}</p> : null}
    </>
  );
}

/**
 * The peak year's whole cash need in parts that add up to it, and what the yearly cap limits: the
 * cap binds the one-off replacements only, so a year may need more cash than the cap says.
 */
function CashNeed({ peak, overCap, t, f }: { peak: ReportCashNeed; overCap: readonly ReportCashNeed[]; t: TFunction; f: DocFormats }) {
  const { money, sep } = f;
  const parts = { year: peak.year, total: money(peak.total), oneOff: money(peak.oneOff), support: money(peak.support), assessments: money(peak.assessments), dualTrack: money(peak.dualTrack), change: money(peak.change) };
  return (
    <p className="rp-budget" data-testid="report-cash-need">
      {peak.cap !== null ? t('doc.cashCap', { cap: money(peak.cap) }) : null}
      {t('doc.cashNeed', parts)}
      {overCap.length > 0
        ? t('doc.cashOver', { years: overCap.map((y) => y.year).join(sep), items: overCap.map((y) => t('doc.cashOverYear', { year: y.year, amount: money(y.total - (y.cap ?? 0)) })).join(sep) })
        : null}
    </p>
  );
}

function Path({ data, t, f }: Props<'path'>) {
  return (
    <>
      <p className="rp-intro">{t('doc.pathIntro')}</p>
      <GraphPicture model={data} t={t} />
      <TimelinePicture model={data} t={t} money={f.money} />
    </>
  );
}

function Waves({ data: { waves, summary }, t, f }: Props<'waves'>) {
  const { num, wan, sep } = f;
  const sum = (pick: (w: ReportWave) => number) => waves.reduce((s, w) => s + pick(w), 0);
  const columns: DocColumn<ReportWave>[] = [
    { head: t('doc.waveCols.wave'), width: '8%', rowHead: true, cls: 'nowrap', cell: (w) => t('doc.waveValue', { index: w.index }), foot: t('doc.total') },
    { head: t('doc.waveCols.period'), width: '19%', cls: 'nowrap', cell: (w) => period(w.start, w.end), foot: summary.firstWaveStart && summary.lastWaveEnd ? `${summary.firstWaveStart.slice(0, 7)} – ${summary.lastWaveEnd.slice(0, 7)}` : '' },
    { head: t('doc.waveCols.assets'), width: '8%', num: true, cell: (w) => num(w.assets), foot: num(sum((w) => w.assets)) },
    { head: t('doc.waveCols.units'), width: '8%', num: true, cell: (w) => num(w.units), foot: num(sum((w) => w.units)) },
    { head: t('doc.waveCols.effort'), width: '12%', num: true, cell: (w) => `${num(w.effort, 1)} / ${num(w.capacity)}`, foot: num(summary.effortTotal, 1) },
    { head: t('doc.waveCols.cost'), width: '10%', num: true, cls: 'nowrap', cell: (w) => wan(w.cost), foot: wan(sum((w) => w.cost)) },
    { head: t('doc.waveCols.core'), width: '10%', num: true, cell: (w) => (w.coreCutovers > 0 ? (w.cutoverMonths.length > 0 ? w.cutoverMonths.join(sep) : w.coreCutovers) : '–'), foot: summary.coreCutovers },
    { head: t('doc.waveCols.systems'), width: '25%', cls: 'rp-systems', cell: (w) => (w.assets === 0 ? <span className="muted">{w.idle ? t('doc.idleWave', { why: w.idle }) : t('doc.emptyWave')}</span> : w.highlights.slice(0, 3).join(sep)) },
  ];
  return (
    <>
      <p className="rp-intro">{t('doc.wavesIntro')}</p>
      <DocTable className="rp-table rp-waves" data-testid="report-waves" columns={columns} rows={waves} rowKey={(w) => w.index} rowProps={(w) => ({ 'data-wave': w.index })} />
    </>
  );
}

function Spend({ data, t, f }: Props<'spend'>) {
  const { spend } = data;
  const { money, yuan, num, wan, share, shareCell, sep, lang } = f;
  const range = (low: number, high: number) => `${num(low / 10_000, 0)}–${num(high / 10_000, 0)}`;
  const columns: DocColumn<ReportSpendYear>[] = [
    { head: t('doc.spendCols.year'), rowHead: true, cell: (y) => y.year, foot: t('doc.total') },
    ...spend.lines.map((line): DocColumn<ReportSpendYear> => ({ head: spend.lineLabels[line], num: true, cell: (y) => wan(y[line]), foot: wan(spend.totals[line]) })),
    { head: t('doc.spendCols.total'), num: true, cls: 'strong', cell: (y) => wan(y.total), foot: wan(spend.totals.total) },
    // The band may wrap after its dash: thirteen columns must fit the page in English too.
    { head: t('doc.spendCols.range'), num: true, cell: (y) => range(y.low, y.high), foot: range(spend.totals.low, spend.totals.high) },
    { head: t('doc.spendCols.coverage'), num: true, cell: (y) => shareCell(y.coverage) },
    {
      head: t('doc.spendCols.security'),
      num: true,
      cls: (y) => (y.securityBelowMinimum ? 'rp-flag' : ''),
      cell: (y) => (
        <>
          {shareCell(y.securityShare)}
          {y.securityBelowMinimum ? <span className="rp-flag-note">{t('doc.belowMinimum', { min: share(spend.securityMinimum, 0) })} {t('doc.shortfall', { amount: yuan(y.securityShortfall) })}</span> : null}
        </>
      ),
    },
  ];
  const over = spend.years.filter((y) => y.highOverBudget);
  // The same totals by kind of money: five parts that never overlap and add up to the year's total.
  const hasCap = spend.years.some((y) => y.budget !== null);
  const cash: DocColumn<ReportSpendYear>[] = [
    { head: t('doc.spendCols.year'), rowHead: true, cell: (y) => y.year, foot: t('doc.total') },
    { head: t('doc.cashCols.oneOff'), num: true, cell: (y) => wan(y.oneOff), foot: wan(spend.totals.oneOff) },
    { head: t('doc.cashCols.support'), num: true, cell: (y) => wan(y.support), foot: wan(spend.totals.support) },
    { head: t('doc.cashCols.assessments'), num: true, cell: (y) => wan(y.assessments), foot: wan(spend.totals.assessments) },
    { head: t('doc.cashCols.dualTrack'), num: true, cell: (y) => wan(y.dualTrack), foot: wan(spend.totals.dualTrack) },
    { head: t('doc.cashCols.change'), num: true, cell: (y) => wan(y.change), foot: wan(spend.totals.change) },
    { head: t('doc.cashCols.total'), num: true, cls: 'strong', cell: (y) => wan(y.total), foot: wan(spend.totals.total) },
    ...(hasCap
      ? [
          { head: t('doc.cashCols.cap'), num: true, cell: (y) => (y.budget === null ? '–' : wan(y.budget)) },
          { head: t('doc.cashCols.over'), num: true, cls: (y) => (y.budget !== null && y.total > y.budget ? 'rp-flag' : ''), cell: (y) => (y.budget !== null && y.total > y.budget ? wan(y.total - y.budget) : '–') },
        ] satisfies DocColumn<ReportSpendYear>[]
      : []),
  ];
  return (
    <>
      <p className="rp-intro">{t('doc.spendIntro')}</p>
      <SpendChart model={data} t={t} />
      <DocTable className="rp-table rp-table-compact rp-spend" data-testid="report-spend" columns={columns} rows={spend.years} rowKey={(y) => y.year} rowProps={(y) => ({ 'data-year': y.year, 'data-one-off': y.oneOff, 'data-shortfall': y.securityShortfall })} />
      <p className="rp-unit">{lang === 'zh' ? '单位：万元' : 'Amounts in ×10k yuan'}</p>
      <p className="rp-intro" data-testid="report-one-off">
        {t('doc.oneOff')}
        {spend.years.map((y) => t('doc.oneOffYear', { year: y.year, amount: money(y.oneOff) })).join(sep)}
      </p>
      <div className="rp-keep">
        <h3>{t('doc.cashTitle')}</h3>
        <p className="rp-intro">{t(hasCap ? 'doc.cashIntroCap' : 'doc.cashIntro')}</p>
        <DocTable className="rp-table rp-table-compact" data-testid="report-cash" columns={cash} rows={spend.years} rowKey={(y) => y.year} rowProps={(y) => ({ 'data-year': y.year })} />
      </div>
      <p className="rp-intro">{t('doc.savingsNote', { savings: money(savedAmount(spend.totals.savings)) })}</p>
      {over.length > 0 ? <p className="rp-intro rp-flag">{t('doc.highOverBudget', { years: over.map((y) => y.year).join(sep) })}</p> : null}
    </>
  );
}

type ProcurementRow = ReportSectionData<'procurement'>['procurement']['years'][number]['rows'][number];
type TenderPackageRow = ReportSectionData<'procurement'>['procurement']['packages'][number];
type AttentionRow = ReportSectionData<'procurement'>['procurement']['attention'][number];

/**
 * What a director reads of the list: the rules, the tenders of each budget year, the totals and
 * what needs acting on. The item-by-item list is the appendix (PurchaseItems), all of it in the
 * workbook's sheet: on paper it took 20 of the tertiary sample's 34 pages.
 */
function Procurement({ data: { procurement }, t, f }: Props<'procurement'>) {
  const { money, num, wan, sep, lang } = f;
  const sum = (rows: readonly TenderPackageRow[], pick: (p: TenderPackageRow) => number) => rows.reduce((s, p) => s + pick(p), 0);
  const packageColumns = (rows: readonly TenderPackageRow[]): DocColumn<TenderPackageRow>[] => [
    { head: t('doc.packageCols.package'), width: '40%', rowHead: true, cell: (p) => p.label, foot: t('doc.total') },
    { head: t('doc.packageCols.items'), width: '9%', num: true, cell: (p) => num(p.items), foot: num(sum(rows, (p) => p.items)) },
    { head: t('doc.packageCols.quantity'), width: '11%', num: true, cell: (p) => num(p.quantity), foot: num(sum(rows, (p) => p.quantity)) },
    { head: t('doc.packageCols.cost'), width: '13%', num: true, cls: 'nowrap', cell: (p) => wan(p.cost), foot: wan(sum(rows, (p) => p.cost)) },
    { head: t('doc.packageCols.by'), width: '14%', cls: 'nowrap', cell: (p) => p.purchaseBy || '—' },
    { head: t('doc.packageCols.waves'), width: '13%', cell: (p) => wavesText(p.waves, lang) || '—' },
  ];
  const byYear = new Map<number, TenderPackageRow[]>();
  for (const p of procurement.packages) byYear.set(p.budgetYear, [...(byYear.get(p.budgetYear) ?? []), p]);
  const kept = procurement.attention.find((a) => a.kind === 'kept');
  const named = (a: AttentionRow) => a.assets.map((x) => t('doc.attentionAsset', { name: x.name, id: x.id })).join(sep) + (a.items > a.assets.length ? t('doc.attentionMore', { count: a.items, more: a.items - a.assets.length }) : '');
  const rules = (a: AttentionRow) => (a.ruleRefs.length > 0 ? a.ruleRefs.join(sep) : t('doc.attentionProvince'));
  const attentionColumns: DocColumn<AttentionRow>[] = [
    { head: t('doc.attentionCols.kind'), width: '16%', rowHead: true, cell: (a) => t(`doc.attentionKinds.${a.kind}`) },
    { head: t('doc.attentionCols.items'), width: '7%', num: true, cell: (a) => num(a.items) },
    { head: t('doc.attentionCols.quantity'), width: '9%', num: true, cell: (a) => num(a.quantity) },
    { head: t('doc.attentionCols.cost'), width: '12%', num: true, cls: 'nowrap', cell: (a) => wan(a.cost) },
    { head: t('doc.attentionCols.assets'), width: '28%', cell: (a) => named(a) },
    { head: t('doc.attentionCols.action'), width: '28%', cell: (a) => t(`doc.attentionActions.${a.kind}`, { waves: wavesText(a.waves, lang) || '—', by: a.firstBy ?? '—', rules: rules(a) }) },
  ];
  return (
    <>
      <p className="rp-intro">{t('doc.procurementIntro')}</p>
      {procurement.rules.length > 0 ? (
        <div className="rp-keep" data-testid="report-procurement-rules">
          <h3>{t('doc.rules')}</h3>
          <p className="rp-intro">{t('doc.rulesIntro')}</p>
          <ul className="rp-list">
            {procurement.rules.map((rule) => <li key={rule.id}><strong>{rule.label}{lang === 'zh' ? '：' : ': '}</strong>{rule.text}</li>)}
          </ul>
        </div>
      ) : null}
      {procurement.packages.length > 0 ? (
        <div data-testid="report-packages">
          <h3>{t('doc.packages')}</h3>
          <p className="rp-intro rp-with-next">{t('doc.packagesIntro')}</p>
          {[...byYear].map(([year, rows]) => (
            <div key={year} className="rp-keep">
              <h4 className="rp-year-head">{t('doc.packageYear', { year })}</h4>
              <DocTable className="rp-table rp-table-compact rp-packages" data-year={year} columns={packageColumns(rows)} rows={rows} rowKey={(p) => p.label} rowProps={(p) => ({ 'data-budget-year': p.budgetYear, 'data-yuan': p.cost })} />
            </div>
          ))}
        </div>
      ) : null}
      {procurement.years.length === 0 ? <p>{t('doc.procurementEmpty')}</p> : (
        <p className="rp-total-line" data-testid="report-procurement-total">
          {t('doc.procurementTotal', { items: num(procurement.total.items), quantity: num(procurement.total.quantity), cost: money(procurement.total.cost) })}
          {kept ? t('doc.procurementTotalKept', { items: num(kept.items), quantity: num(kept.quantity) }) : null}
          {t('doc.procurementYears', { years: procurement.years.map((y) => t('doc.procurementYearTotal', { year: y.year, items: num(y.items), cost: money(y.cost) })).join(lang === 'zh' ? '；' : '; ') })}
        </p>
      )}
      <div className="rp-keep">
        <h3>{t('doc.attention')}</h3>
        {procurement.attention.length === 0 ? <p>{t('doc.attentionNone')}</p> : (
          <DocTable className="rp-table rp-table-compact rp-attention" data-testid="report-procurement-attention" columns={attentionColumns} rows={procurement.attention} rowKey={(a) => a.kind} rowProps={(a) => ({ 'data-kind': a.kind })} />
        )}
      </div>
      {procurement.years.length > 0 ? <p className="rp-intro">{t('doc.procurementSeeAppendix')}</p> : null}
    </>
  );
}

/** The appendix: the list item by item (a group's, lines of items bought together), year by year. */
function PurchaseItems({ data: { procurement }, t, f }: Props<'purchaseItems'>) {
  const { money, num, wan, lang } = f;
  const semi = lang === 'zh' ? '；' : '; ';
  const columns: DocColumn<ProcurementRow>[] = [
    { head: t('doc.procurementCols.wave'), width: '6%', cls: 'num', cell: (r) => (r.wave > 0 ? r.wave : t('doc.exceptionWave')) },
    { head: t('doc.procurementCols.category'), width: '12%', cell: (r) => r.categoryLabel },
    {
      head: t('doc.procurementCols.asset'),
      width: '18%',
      cell: (r) => (
        <>
          {(r.count ?? 1) > 1 ? t('doc.procurementLineAsset', { name: r.assetName, count: num(r.count!) }) : r.assetName}
          <span className="rp-id">{r.assetId}</span>
        </>
      ),
    },
    { head: t('doc.procurementCols.quantity'), width: '6%', num: true, cell: (r) => num(r.quantity) },
    { head: t('doc.procurementCols.replaces'), width: '14%', cell: (r) => r.replaces },
    { head: t('doc.procurementCols.alternatives'), width: '23%', cell: (r) => r.alternatives.split(semi).slice(0, 2).join(semi) },
    { head: t('doc.procurementCols.cost'), width: '8%', num: true, cls: 'nowrap', cell: (r) => wan(r.cost) },
    {
      head: t('doc.procurementCols.flags'),
      width: '13%',
      // The rules an item is approved under sit in its own row, so a page break never parts them;
      // their words are printed once, numbered, in the procurement section.
      cell: (r) => (
        <>
          {r.flags}
          {r.ruleRefs.length > 0 ? <span className="rp-rule-ref">{t('doc.procurementRule', { rules: r.ruleRefs.join(f.sep) })}</span> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <p className="rp-intro">{t('doc.purchaseItemsIntro')}</p>
      {procurement.grouped ? <p className="rp-intro" data-testid="report-procurement-grouped">{t('doc.procurementGrouped', { items: num(procurement.grouped.items), lines: num(procurement.grouped.lines) })}</p> : null}
      {procurement.years.length === 0 ? <p>{t('doc.procurementEmpty')}</p> : null}
      {procurement.years.map((year) => (
        <Fragment key={year.year}>
          <h3 className="rp-year-head">{t('doc.procurementYear', { year: year.year, items: num(year.items), quantity: num(year.quantity), cost: money(year.cost) })}</h3>
          <DocTable className="rp-table rp-table-compact rp-procurement" data-year={year.year} columns={columns} rows={year.rows} rowKey={(r) => r.assetId} rowProps={(r) => ({ className: r.needsApproval ? 'rp-row-flag' : undefined })} />
        </Fragment>
      ))}
      {procurement.years.length > 0 ? (
        <p className="rp-total-line">
          {t('doc.procurementTotal', { items: num(procurement.total.items), quantity: num(procurement.total.quantity), cost: money(procurement.total.cost) })}
          <span className="rp-unit">{lang === 'zh' ? '（表内金额单位：万元）' : ' (table amounts in ×10k yuan)'}</span>
        </p>
      ) : null}
    </>
  );
}

type Runbook = NonNullable<ReportSectionData<'runbooks'>['runbooks']>[number];

function Runbooks({ data, t, f }: Props<'runbooks'>) {
  const runbooks = data.runbooks ?? [];
  const [wave, name, window, rollback, dualTrack, goNoGo] = t('doc.runbook.headers', { returnObjects: true }) as string[];
  // The criteria every cut-over shares are printed once above the table, each row lists its own:
  // a group's dozens of cut-overs otherwise repeat the same ten lines in every row.
  const common = runbooks.length < 2 ? [] : runbooks[0]!.goNoGo.filter((g) => runbooks.every((r) => r.goNoGo.includes(g)));
  const own = (r: Runbook) => r.goNoGo.filter((g) => !common.includes(g));
  const columns: DocColumn<Runbook>[] = [
    { head: wave, cls: 'nowrap', cell: (r) => t('doc.waveValue', { index: r.wave }) },
    { head: name, rowHead: true, cell: (r) => <>{r.name}<span className="rp-id">{r.unitId}</span></> },
    { head: window, cell: (r) => <>{r.window}{r.notes.length > 0 ? <small className="muted"> {r.notes.join(f.sep)}</small> : null}</> },
    { head: rollback, cell: (r) => r.rollbackDeadline },
    { head: dualTrack, cell: (r) => r.dualTrackEnd },
  ];
  // The go/no-go column only when some cut-over has criteria beyond the common ones.
  if (runbooks.some((r) => own(r).length > 0)) {
    columns.push({ head: goNoGo, cell: (r) => (own(r).length === 0 ? <span className="muted">{t('doc.runbook.commonOnly')}</span> : <ul className="rp-list">{own(r).map((g) => <li key={g}>{g}</li>)}</ul>) });
  }
  return (
    <>
      <p className="rp-intro">{t('doc.runbook.intro')}</p>
      {common.length > 0 ? (
        <div className="rp-keep" data-testid="report-runbooks-common">
          <p className="rp-intro">{t('doc.runbook.common')}</p>
          <ul className="rp-list">{common.map((g) => <li key={g}>{g}</li>)}</ul>
        </div>
      ) : null}
      {runbooks.length > RUNBOOKS_PRINTED ? (
        <p className="rp-intro" data-testid="report-runbooks-more">
          {t('doc.runbook.more', { count: runbooks.length, shown: RUNBOOKS_PRINTED, formatted: f.num(runbooks.length) })}
        </p>
      ) : null}
      {runbooks.length === 0 ? <p>{t('doc.runbook.none')}</p> : <DocTable className="rp-table" data-testid="report-runbooks" columns={columns} rows={runbooks.slice(0, RUNBOOKS_PRINTED)} rowKey={(r) => r.unitId} />}
    </>
  );
}

function Warnings({ data: { warnings }, t }: Props<'warnings'>) {
  const byKind = WARNING_ORDER.map((kind) => ({ kind, items: warnings.filter((w) => w.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <>
      <p className="rp-intro">{t('doc.warningsIntro')}</p>
      {byKind.length === 0 ? <p>{t('doc.warningsNone')}</p> : null}
      {byKind.map((group) => (
        <div key={group.kind} className="rp-warning-group" data-kind={group.kind}>
          <h3>{t('doc.warningHead', { kind: t(`doc.warningKinds.${group.kind}`), count: group.items.length })}</h3>
          <ul className="rp-list">
            {group.items.slice(0, WARNINGS_PER_KIND).map((w, i) => <li key={`${i}-${w.text}`}>{w.text}</li>)}
          </ul>
          {group.items.length > WARNINGS_PER_KIND ? <p className="muted">{t('doc.moreWarnings', { count: group.items.length - WARNINGS_PER_KIND })}</p> : null}
        </div>
      ))}
    </>
  );
}

function Assumptions({ data: { assumptions }, t, f }: Props<'assumptions'>) {
  const { scenario, priceBook } = assumptions;
  const { money, num, share, sep } = f;
  const none = t('doc.scenarioRows.none');
  const fields: [string, ReactNode][] = [
    ['name', scenario.name],
    ['capacity', t('doc.scenarioRows.capacityValue', { days: num(scenario.capacityPerWave) })],
    ['budget', scenario.budgetPerYear === null ? t('doc.scenarioRows.noCap') : money(scenario.budgetPerYear)],
    ['core', scenario.maxCoreCutoversPerWave],
    ['freeze', scenario.freezeWindows.map((w) => t('doc.scenarioRows.freezeValue', { name: w.name, from: w.from, to: w.to, scope: t(`doc.scenarioRows.scope.${w.scope}`) })).join(sep) || none],
    ['pins', scenario.pins.map((p) => t('doc.scenarioRows.pinValue', { id: p.assetId, wave: p.wave })).join(sep) || none],
    ...(scenario.effortPerUnit.length > 0 ? [['effort', scenario.effortPerUnit.map((e) => t('doc.scenarioRows.effortValue', { label: e.label, days: e.days })).join(sep)] as [string, ReactNode]] : []),
    ['baseYear', priceBook.baseYear],
    ['cpu', t(`doc.cpuFamilies.${priceBook.cpuFamily}`, { defaultValue: priceBook.cpuFamily })],
  ];
  const prices: DocColumn<ReportPriceRow>[] = [
    { head: t('doc.priceCols.item'), rowHead: true, cell: (r) => r.label },
    { head: t('doc.priceCols.line'), cell: (r) => r.lineLabel },
    { head: t('doc.priceCols.low'), num: true, cell: (r) => num(r.low) },
    { head: t('doc.priceCols.base'), num: true, cell: (r) => num(r.base) },
    { head: t('doc.priceCols.high'), num: true, cell: (r) => num(r.high) },
    { head: t('doc.priceCols.change'), num: true, cell: (r) => share(r.annualChange, 0) },
    { head: t('doc.priceCols.kind'), cell: (r) => (r.estimate ? <span className="rp-tag">{t('doc.estimate')}</span> : t('doc.quote')) },
    { head: t('doc.priceCols.source'), cls: 'rp-source', cell: (r) => r.source },
  ];
  return (
    <>
      <p className="rp-intro">{t('doc.assumptionsIntro')}</p>
      <div className="rp-keep">
        <h3>{t('doc.scenarioTitle')}</h3>
        <table className="rp-table rp-kv">
          <tbody>
            {fields.map(([key, value]) => <tr key={key}><th scope="row">{t(`doc.scenarioRows.${key}`)}</th><td>{value}</td></tr>)}
          </tbody>
        </table>
      </div>
      <h3>{t('doc.priceTitle')}</h3>
      <DocTable className="rp-table rp-table-compact rp-prices" data-testid="report-prices" columns={prices} rows={priceBook.rows} rowKey={(r) => r.item} />
      {priceBook.scales ? (
        <p className="rp-intro" data-testid="report-scales">
          {priceBook.scales}
        </p>
      ) : null}
      <div className="rp-keep">
        <h3>{t('doc.rulesTitle')}</h3>
        <ol className="rp-list">
          {assumptions.rules.map((rule) => <li key={rule}>{rule}</li>)}
        </ol>
      </div>
    </>
  );
}

/** The component of each section of the table. */
export const SECTION_VIEWS: { [Id in ReportSectionId]: (props: Props<Id>) => ReactNode } = { summary: Summary, path: Path, waves: Waves, spend: Spend, procurement: Procurement, runbooks: Runbooks, warnings: Warnings, assumptions: Assumptions, purchaseItems: PurchaseItems };
