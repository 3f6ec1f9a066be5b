/**
 * The roadmap as a printable A4 document, drawn from the report model only. The app's report view
 * shows it on screen and prints it; the command line renders the same component headless
 * (renderer/report.html) and prints it to PDF, so both produce the same document.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import { pageCss } from '../../../shared/report/page';
import type { ReportModel, ReportWarningKind } from '../../../shared/report';
import { GraphPicture, SpendChart, TimelinePicture } from './pictures';
import './report.css';
import { formatMoney, formatShare } from '../../../shared/format';

const WARNING_ORDER: ReportWarningKind[] = ['core-gate', 'retained-on-core-path', 'phase-order', 'client-not-ready', 'security-late', 'over-capacity', 'unscheduled', 'truncated', 'pin-broken', 'pin-over-limit', 'pin-ignored', 'cycle', 'past-end-of-support', 'security-share', 'broken-reference'];
/** At most this many warnings of one kind in the document; the workbook has them all. */
const WARNINGS_PER_KIND = 25;

export function ReportDocument({ model }: { model: ReportModel }) {
  const { t } = useTranslation('report', { lng: model.lang });
  const lang = model.lang;
  const money = (yuan: number) => formatMoney(yuan, 'wan', lang);
  const num = (v: number, digits = 0) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits }).format(v);
  /** Money in 万元 with one fixed decimal, for tables. */
  const wan = (yuan: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(yuan / 10_000);
  const period = (start: string, end: string) => (start.slice(0, 4) === end.slice(0, 4) ? `${start} – ${end.slice(5)}` : `${start} – ${end}`);
  const { cover, summary, spend, procurement, assumptions } = model;
  const longDate = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    return lang === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  };
  const sections = t('doc.sections', { returnObjects: true }) as Record<string, string>;
  const byKind = WARNING_ORDER.map((kind) => ({ kind, items: model.warnings.filter((w) => w.kind === kind) })).filter((g) => g.items.length > 0);
  const sep = lang === 'zh' ? '、' : ', ';

  return (
    <article className="report-doc" lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-label={t('doc.label')} data-testid="report-document" data-waves={summary.waves} data-total={summary.total}>
      <style>{pageCss()}</style>

      <section className="rp-cover" data-testid="report-cover">
        <p className="rp-cover-tag">{t('doc.confidential')}</p>
        <h1 className="rp-cover-title">{cover.title}</h1>
        <p className="rp-cover-hospital">{cover.hospital}</p>
        <dl className="rp-cover-meta">
          {cover.project !== cover.hospital ? (<><dt>{t('doc.preparedFor')}</dt><dd>{cover.project}</dd></>) : null}
          {cover.province ? (<><dt>{t('doc.province')}</dt><dd>{cover.province}</dd></>) : null}
          <dt>{t('doc.scenario')}</dt>
          <dd data-testid="report-scenario">{cover.scenario}</dd>
          <dt>{t('doc.period')}</dt>
          <dd>{t('doc.periodValue', { start: cover.startDate, years: cover.horizonYears, months: cover.waveMonths })}</dd>
          <dt>{t('doc.inventory')}</dt>
          <dd>{t('doc.inventoryValue', { rows: num(cover.assetRows), units: num(cover.units) })}</dd>
          <dt>{t('doc.date')}</dt>
          <dd>{longDate(cover.date)}</dd>
        </dl>
        <nav className="rp-contents" aria-label={t('doc.contents')}>
          <h2>{t('doc.contents')}</h2>
          <ol>
            {Object.values(sections).map((name) => <li key={name}>{name}</li>)}
          </ol>
        </nav>
        <p className="rp-cover-note">{t('doc.generatedBy')}</p>
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-summary">
        <h2 id="rp-summary">{sections.summary}</h2>
        <div className="rp-kpis" data-testid="report-kpis">
          <div className="rp-kpi">
            <span className="rp-kpi-label">{t('doc.kpi.waves')}</span>
            <strong data-testid="report-kpi-waves">{t('doc.kpi.wavesValue', { count: summary.waves })}</strong>
            <span className="rp-kpi-note">{t('doc.kpi.wavesNote', { first: summary.firstWaveStart ?? '–', last: summary.lastWaveEnd ?? '–', bound: summary.lowerBound })}</span>
          </div>
          <div className="rp-kpi">
            <span className="rp-kpi-label">{t('doc.kpi.years')}</span>
            <strong>{summary.yearsToFullCoverage === null ? t('doc.kpi.yearsNever') : t('doc.kpi.yearsValue', { count: summary.yearsToFullCoverage })}</strong>
            <span className="rp-kpi-note">{summary.fullCoverageYear === null ? '' : t('doc.kpi.yearsNote', { year: summary.fullCoverageYear })}</span>
          </div>
          <div className="rp-kpi">
            <span className="rp-kpi-label">{t('doc.kpi.total')}</span>
            <strong data-testid="report-kpi-total">{money(summary.total)}</strong>
            <span className="rp-kpi-note">{t('doc.kpi.totalNote', { low: money(summary.low), high: money(summary.high) })}</span>
          </div>
          <div className="rp-kpi">
            <span className="rp-kpi-label">{t('doc.kpi.peak')}</span>
            <strong>{summary.peakYear ?? '–'}</strong>
            <span className="rp-kpi-note">{t('doc.kpi.peakNote', { amount: money(summary.peakSpend) })}</span>
          </div>
        </div>
        <p className="rp-lead">
          {t('doc.summaryText', {
            planned: num(summary.assetsPlanned),
            waves: summary.waves,
            core: assumptions.scenario.maxCoreCutoversPerWave,
            order: summary.orderText,
            systemsNow: formatShare(summary.systemsNow),
            systemsEnd: formatShare(summary.systemsEnd),
            now: formatShare(summary.coverageNow),
            end: formatShare(summary.coverageEnd),
            retained: summary.retained,
          })}
        </p>
        <h3>{t('doc.risks')}</h3>
        <ol className="rp-risks" data-testid="report-risks">
          {summary.risks.map((risk) => (
            <li key={risk.text} className={`rp-risk rp-risk-${risk.severity}`}>
              <span className="rp-severity">{t(`doc.severity.${risk.severity}`)}</span>
              <span>{risk.text}</span>
            </li>
          ))}
        </ol>
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-path">
        <h2 id="rp-path">{sections.path}</h2>
        <p className="rp-intro">{t('doc.pathIntro')}</p>
        <GraphPicture model={model} t={t} />
        <TimelinePicture model={model} t={t} money={money} />
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-waves">
        <h2 id="rp-waves">{sections.waves}</h2>
        <p className="rp-intro">{t('doc.wavesIntro')}</p>
        <table className="rp-table rp-waves" data-testid="report-waves">
          <colgroup>
            <col style={{ width: '8%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '6%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '27%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('doc.waveCols.wave')}</th>
              <th scope="col">{t('doc.waveCols.period')}</th>
              <th scope="col" className="num">{t('doc.waveCols.assets')}</th>
              <th scope="col" className="num">{t('doc.waveCols.units')}</th>
              <th scope="col" className="num">{t('doc.waveCols.effort')}</th>
              <th scope="col" className="num">{t('doc.waveCols.cost')}</th>
              <th scope="col" className="num">{t('doc.waveCols.core')}</th>
              <th scope="col">{t('doc.waveCols.systems')}</th>
            </tr>
          </thead>
          <tbody>
            {model.waves.map((w) => (
              <tr key={w.index} data-wave={w.index}>
                <th scope="row" className="nowrap">{t('doc.waveValue', { index: w.index })}</th>
                <td className="nowrap">{period(w.start, w.end)}</td>
                <td className="num">{num(w.assets)}</td>
                <td className="num">{num(w.units)}</td>
                <td className="num">{num(w.effort, 1)} / {num(w.capacity)}</td>
                <td className="num nowrap">{wan(w.cost)}</td>
                <td className="num nowrap">{w.coreCutovers > 0 ? (w.cutoverMonths.length > 0 ? w.cutoverMonths.join(sep) : w.coreCutovers) : '–'}</td>
                <td className="rp-systems">{w.assets === 0 ? <span className="muted">{w.idle ? t('doc.idleWave', { why: w.idle }) : t('doc.emptyWave')}</span> : w.highlights.slice(0, 3).join(sep)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('doc.total')}</th>
              <td className="nowrap">{summary.firstWaveStart && summary.lastWaveEnd ? `${summary.firstWaveStart.slice(0, 7)} – ${summary.lastWaveEnd.slice(0, 7)}` : ''}</td>
              <td className="num">{num(model.waves.reduce((s, w) => s + w.assets, 0))}</td>
              <td className="num nowrap">{num(model.waves.reduce((s, w) => s + w.units, 0))}</td>
              <td className="num">{num(summary.effortTotal, 1)}</td>
              <td className="num nowrap">{wan(model.waves.reduce((s, w) => s + w.cost, 0))}</td>
              <td className="num">{summary.coreCutovers}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-spend">
        <h2 id="rp-spend">{sections.spend}</h2>
        <p className="rp-intro">{t('doc.spendIntro')}</p>
        <SpendChart model={model} t={t} />
        <table className="rp-table rp-table-compact" data-testid="report-spend">
          <thead>
            <tr>
              <th scope="col">{t('doc.spendCols.year')}</th>
              {spend.lines.map((line) => <th key={line} scope="col" className="num">{spend.lineLabels[line]}</th>)}
              <th scope="col" className="num">{t('doc.spendCols.total')}</th>
              <th scope="col" className="num">{t('doc.spendCols.range')}</th>
              <th scope="col" className="num">{t('doc.spendCols.coverage')}</th>
              <th scope="col" className="num">{t('doc.spendCols.security')}</th>
            </tr>
          </thead>
          <tbody>
            {spend.years.map((y) => (
              <tr key={y.year} data-year={y.year} data-one-off={y.oneOff} data-shortfall={y.securityShortfall}>
                <th scope="row">{y.year}</th>
                {spend.lines.map((line) => <td key={line} className="num">{wan(y[line])}</td>)}
                <td className="num strong">{wan(y.total)}</td>
                <td className="num nowrap">{num(y.low / 10_000, 0)}–{num(y.high / 10_000, 0)}</td>
                <td className="num">{formatShare(y.coverage)}</td>
                <td className={`num${y.securityBelowMinimum ? ' rp-flag' : ''}`}>
                  {formatShare(y.securityShare)}
                  {y.securityBelowMinimum ? (
                    <span className="rp-flag-note">
                      {t('doc.belowMinimum', { min: formatShare(spend.securityMinimum, 0) })} {t('doc.shortfall', { amount: formatMoney(y.securityShortfall, 'yuan', lang) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('doc.total')}</th>
              {spend.lines.map((line) => <td key={line} className="num">{wan(spend.totals[line])}</td>)}
              <td className="num strong" data-testid="report-spend-total">{wan(spend.totals.total)}</td>
              <td className="num nowrap">{num(spend.totals.low / 10_000, 0)}–{num(spend.totals.high / 10_000, 0)}</td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
        <p className="rp-unit">{lang === 'zh' ? '单位：万元' : 'Amounts in 10k yuan (万元)'}</p>
        <p className="rp-intro" data-testid="report-one-off">
          {t('doc.oneOff')}
          {spend.years.map((y) => t('doc.oneOffYear', { year: y.year, amount: money(y.oneOff) })).join(sep)}
        </p>
        <p className="rp-intro">{t('doc.recurringNote', { recurring: money(spend.totals.recurring), savings: money(spend.totals.savings) })}</p>
        {spend.years.some((y) => y.highOverBudget) ? <p className="rp-intro rp-flag">{t('doc.highOverBudget', { years: spend.years.filter((y) => y.highOverBudget).map((y) => y.year).join(sep) })}</p> : null}
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-procurement">
        <h2 id="rp-procurement">{sections.procurement}</h2>
        <p className="rp-intro">{t('doc.procurementIntro')}</p>
        {procurement.years.length === 0 ? <p>{t('doc.procurementEmpty')}</p> : null}
        {procurement.years.map((year) => (
          <Fragment key={year.year}>
            <h3 className="rp-year-head">{t('doc.procurementYear', { year: year.year, items: num(year.items), quantity: num(year.quantity), cost: money(year.cost) })}</h3>
            <table className="rp-table rp-table-compact rp-procurement" data-year={year.year}>
              <colgroup>
                <col style={{ width: '6%' }} />
                <col style={{ width: '9%' }} />
                <col style={{ width: '19%' }} />
                <col style={{ width: '6%' }} />
                <col style={{ width: '16%' }} />
                <col style={{ width: '26%' }} />
                <col style={{ width: '8%' }} />
                <col style={{ width: '10%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('doc.procurementCols.wave')}</th>
                  <th scope="col">{t('doc.procurementCols.category')}</th>
                  <th scope="col">{t('doc.procurementCols.asset')}</th>
                  <th scope="col" className="num">{t('doc.procurementCols.quantity')}</th>
                  <th scope="col">{t('doc.procurementCols.replaces')}</th>
                  <th scope="col">{t('doc.procurementCols.alternatives')}</th>
                  <th scope="col" className="num">{t('doc.procurementCols.cost')}</th>
                  <th scope="col">{t('doc.procurementCols.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {year.rows.map((row) => (
                  <Fragment key={row.assetId}>
                    <tr className={row.needsApproval ? 'rp-row-flag' : undefined}>
                      <td className="num">{row.wave}</td>
                      <td className="nowrap">{row.categoryLabel}</td>
                      <td>{row.assetName}<span className="rp-id">{row.assetId}</span></td>
                      <td className="num">{num(row.quantity)}</td>
                      <td>{row.replaces}</td>
                      <td>{row.alternatives.split(lang === 'zh' ? '；' : '; ').slice(0, 2).join(lang === 'zh' ? '；' : '; ')}</td>
                      <td className="num nowrap">{wan(row.cost)}</td>
                      <td>{row.flags}</td>
                    </tr>
                    {row.rules.map((rule) => (
                      <tr key={`${row.assetId}:${rule}`} className="rp-row-rule">
                        <td />
                        <td colSpan={7}>{t('doc.procurementRule', { rule })}</td>
                      </tr>
                    ))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </Fragment>
        ))}
        {procurement.years.length > 0 ? (
          <p className="rp-total-line">
            {t('doc.procurementTotal', { items: num(procurement.total.items), quantity: num(procurement.total.quantity), cost: money(procurement.total.cost) })}
            <span className="rp-unit">{lang === 'zh' ? '（表内金额单位：万元）' : ' (table amounts in 10k yuan)'}</span>
          </p>
        ) : null}
        {procurement.rules.length > 0 ? (
          <div className="rp-keep">
            <h3>{t('doc.rules')}</h3>
            <ul className="rp-list">
              {procurement.rules.map((rule) => <li key={rule.id}><strong>{rule.scope}：</strong>{rule.text}</li>)}
            </ul>
          </div>
        ) : null}
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-runbooks">
        <h2 id="rp-runbooks">{sections.runbooks}</h2>
        <p className="rp-intro">{t('doc.runbook.intro')}</p>
        {(model.runbooks ?? []).length === 0 ? <p>{t('doc.runbook.none')}</p> : (
          <table className="rp-table" data-testid="report-runbooks">
            <thead>
              <tr>{(t('doc.runbook.headers', { returnObjects: true }) as string[]).map((h) => <th key={h} scope="col">{h}</th>)}</tr>
            </thead>
            <tbody>
              {(model.runbooks ?? []).map((r) => (
                <tr key={r.unitId}>
                  <td>W{r.wave}</td>
                  <th scope="row">{r.name}</th>
                  <td>{r.window}{r.notes.length > 0 ? <small className="muted"> {r.notes.join(sep)}</small> : null}</td>
                  <td>{r.rollbackDeadline}</td>
                  <td>{r.dualTrackEnd}</td>
                  <td><ul className="rp-list">{r.goNoGo.map((g) => <li key={g}>{g}</li>)}</ul></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-warnings">
        <h2 id="rp-warnings">{sections.warnings}</h2>
        <p className="rp-intro">{t('doc.warningsIntro')}</p>
        {byKind.length === 0 ? <p>{t('doc.warningsNone')}</p> : null}
        {byKind.map((group) => (
          <div key={group.kind} className="rp-warning-group" data-kind={group.kind}>
            <h3>{t(`doc.warningKinds.${group.kind}`)}（{group.items.length}）</h3>
            <ul className="rp-list">
              {group.items.slice(0, WARNINGS_PER_KIND).map((w, i) => <li key={`${i}-${w.text}`}>{w.text}</li>)}
            </ul>
            {group.items.length > WARNINGS_PER_KIND ? <p className="muted">{t('doc.moreWarnings', { count: group.items.length - WARNINGS_PER_KIND })}</p> : null}
          </div>
        ))}
      </section>

      <section className="rp-section rp-page" aria-labelledby="rp-assumptions">
        <h2 id="rp-assumptions">{sections.assumptions}</h2>
        <p className="rp-intro">{t('doc.assumptionsIntro')}</p>
        <div className="rp-keep">
          <h3>{t('doc.scenarioTitle')}</h3>
          <table className="rp-table rp-kv">
            <tbody>
              <tr><th scope="row">{t('doc.scenarioRows.name')}</th><td>{assumptions.scenario.name}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.capacity')}</th><td>{t('doc.scenarioRows.capacityValue', { days: num(assumptions.scenario.capacityPerWave) })}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.budget')}</th><td>{assumptions.scenario.budgetPerYear === null ? t('doc.scenarioRows.noCap') : money(assumptions.scenario.budgetPerYear)}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.core')}</th><td>{assumptions.scenario.maxCoreCutoversPerWave}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.freeze')}</th><td>{assumptions.scenario.freezeWindows.length > 0 ? assumptions.scenario.freezeWindows.map((w) => t('doc.scenarioRows.freezeValue', { name: w.name, from: w.from, to: w.to, scope: t(`doc.scenarioRows.scope.${w.scope}`) })).join(sep) : t('doc.scenarioRows.none')}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.pins')}</th><td>{assumptions.scenario.pins.length > 0 ? assumptions.scenario.pins.map((p) => t('doc.scenarioRows.pinValue', { id: p.assetId, wave: p.wave })).join(sep) : t('doc.scenarioRows.none')}</td></tr>
              {assumptions.scenario.effortPerUnit.length > 0 ? (
                <tr><th scope="row">{t('doc.scenarioRows.effort')}</th><td>{assumptions.scenario.effortPerUnit.map((e) => t('doc.scenarioRows.effortValue', { label: e.label, days: e.days })).join(sep)}</td></tr>
              ) : null}
              <tr><th scope="row">{t('doc.scenarioRows.baseYear')}</th><td>{assumptions.priceBook.baseYear}</td></tr>
              <tr><th scope="row">{t('doc.scenarioRows.cpu')}</th><td>{t(`doc.cpuFamilies.${assumptions.priceBook.cpuFamily}`, { defaultValue: assumptions.priceBook.cpuFamily })}</td></tr>
            </tbody>
          </table>
        </div>
        <h3>{t('doc.priceTitle')}</h3>
        <table className="rp-table rp-table-compact rp-prices" data-testid="report-prices">
          <thead>
            <tr>
              <th scope="col">{t('doc.priceCols.item')}</th>
              <th scope="col">{t('doc.priceCols.line')}</th>
              <th scope="col" className="num">{t('doc.priceCols.low')}</th>
              <th scope="col" className="num">{t('doc.priceCols.base')}</th>
              <th scope="col" className="num">{t('doc.priceCols.high')}</th>
              <th scope="col" className="num">{t('doc.priceCols.change')}</th>
              <th scope="col">{t('doc.priceCols.kind')}</th>
              <th scope="col">{t('doc.priceCols.source')}</th>
            </tr>
          </thead>
          <tbody>
            {assumptions.priceBook.rows.map((row) => (
              <tr key={row.item}>
                <th scope="row" className="nowrap">{row.label}</th>
                <td className="nowrap">{row.lineLabel}</td>
                <td className="num">{num(row.low)}</td>
                <td className="num">{num(row.base)}</td>
                <td className="num">{num(row.high)}</td>
                <td className="num">{formatShare(row.annualChange, 0)}</td>
                <td>{row.estimate ? <span className="rp-tag">{t('doc.estimate')}</span> : t('doc.quote')}</td>
                <td className="rp-source">{row.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="rp-keep">
          <h3>{t('doc.rulesTitle')}</h3>
          <ol className="rp-list">
            {assumptions.rules.map((rule) => <li key={rule}>{rule}</li>)}
          </ol>
        </div>
      </section>
    </article>
  );
}
