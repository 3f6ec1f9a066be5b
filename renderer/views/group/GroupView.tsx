/**
 * The hospital-group view (医联体, issue 7): choose several projects and see their plans and spend
 * per year side by side and summed. Each project is planned with the real planner on its own
 * active scenario and priced with its own price book (shared/group); the table exports to XLSX/CSV.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { groupTable } from '../../../shared/group';
import type { GroupForecast, HospitalPlan } from '../../../shared/group';
import { toCsv, toXlsx } from '../../../shared/io';
import type { CellFormat } from '../../../shared/io';
import { formatIssue } from '../../../shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { MoneyUnitPicker } from '../../components/MoneyUnitPicker';
import { pushToast } from '../../components/toasts';
import { useProjectList } from '../../hooks/useProjects';
import { saveFile } from '../../platform';
import { GroupChart, HOSPITAL_COLOURS } from './GroupChart';
import { useGroupForecast } from './useGroup';
import './group.css';
import { formatMoney, formatMoneyAmount, formatNumber, joinClauses, moneyUnitLabel, toLang } from '../../../shared/format';
import { tenderPackageLabel, tenderPackageTable } from '../../../shared/procurement';
import type { MoneyUnit } from '../../../shared/format';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function GroupView() {
  const { t, i18n } = useTranslation('group');
  const lang = toLang(i18n.language);
  const projects = useProjectList();
  // Projects are in the group unless unticked, so a new project shows up ticked.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [unit, setUnit] = useState<MoneyUnit>('wan');
  const ids = (projects ?? []).filter((p) => !excluded.has(p.id)).map((p) => p.id);
  const group = useGroupForecast(ids);

  if (projects === undefined) return <p className="loading">{t('common:loading')}</p>;
  const toggle = (id: string) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="grp-view" aria-labelledby="grp-title">
      <header className="grp-header">
        <div>
          <h2 id="grp-title" className="view-title">
            {t('title')}
          </h2>
          <p>{t('subtitle')}</p>
        </div>
        <MoneyUnitPicker value={unit} onChange={setUnit} />
      </header>
      {projects.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <fieldset className="grp-picker">
          <legend>{t('choose')}</legend>
          <p className="grp-hint">{t('chooseHint')}</p>
          <div className="grp-picker-list">
            {projects.map((p) => (
              <label key={p.id} className={excluded.has(p.id) ? undefined : 'is-on'}>
                <input type="checkbox" checked={!excluded.has(p.id)} onChange={() => toggle(p.id)} data-project-id={p.id} />
                <span className="grp-picker-name">{p.name}</span>
                <span className="grp-picker-meta">
                  {[p.province, t('assets', { count: p.assetCount, formatted: formatNumber(p.assetCount, lang) })].filter(Boolean).join(' · ')}
                </span>
              </label>
            ))}
          </div>
          <div className="grp-picker-actions">
            <Button variant="quiet" onClick={() => setExcluded(new Set())}>
              {t('selectAll')}
            </Button>
            <Button variant="quiet" onClick={() => setExcluded(new Set(projects.map((p) => p.id)))}>
              {t('selectNone')}
            </Button>
          </div>
        </fieldset>
      )}
      {projects.length === 0 ? null : ids.length === 0 ? (
        <p className="grp-note">{t('noneSelected')}</p>
      ) : group === undefined || group.hospitals.length !== ids.length ? (
        <p className="loading" role="status">
          {t('computing')}
        </p>
      ) : (
        <GroupResult group={group} unit={unit} />
      )}
    </section>
  );
}

function GroupResult({ group, unit }: { group: GroupForecast; unit: MoneyUnit }) {
  const { t, i18n } = useTranslation('group');
  const lang = toLang(i18n.language);
  const [busy, setBusy] = useState(false);
  const ok = group.hospitals.map((h, i) => ({ h, i })).filter((x): x is { h: Extract<HospitalPlan, { status: 'ok' }>; i: number } => x.h.status === 'ok');
  const failed = group.hospitals.filter((h): h is Extract<HospitalPlan, { status: 'error' }> => h.status === 'error');
  const money = (yuan: number) => formatMoney(yuan, unit, lang);
  const peakIndex = group.yearTotals.reduce((best, v, i) => (v > (group.yearTotals[best] ?? 0) ? i : best), 0);
  const latest = ok.reduce<Extract<HospitalPlan, { status: 'ok' }> | undefined>((last, { h }) => (h.lastWaveEnd && (!last?.lastWaveEnd || h.lastWaveEnd > last.lastWaveEnd) ? h : last), undefined);
  const lastEnd = latest?.lastWaveEnd ?? null;

  const hospitalNames = (positions: readonly number[]) => joinClauses(positions.map((i) => group.hospitals[i]?.name ?? ''), lang);

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const withUnit = (c: string) => (lang === 'zh' ? `${c}（${t('yuanUnit')}）` : `${c} (${t('yuanUnit')})`);
      const table = groupTable(group, { year: t('col.year'), total: t('col.sum'), withUnit });
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `${t('fileName')}-${stamp}.${format}`;
      let saved: boolean;
      if (format === 'csv') saved = await saveFile(name, toCsv(table.headers, [...table.rows, table.totals]), 'text/csv;charset=utf-8');
      else {
        const hospitals = {
          name: t('hospitalsSheet'),
          headers: [t('col.hospital'), t('col.province'), t('col.scenario'), t('col.waves'), t('col.lastWaveEnd'), withUnit(t('col.total')), withUnit(t('col.beyond')), t('col.coverage'), t('col.unscheduled')],
          rows: ok.map(({ h }) => [h.name, h.province ?? '', h.scenario, h.waves, h.lastWaveEnd ?? '', Math.round(h.total), Math.round(h.beyondHorizon), h.fullCoverageYear ?? t('notWithin'), h.unscheduled]),
          formats: [undefined, undefined, undefined, 'count', undefined, 'yuan', 'yuan', undefined, 'count'] satisfies (CellFormat | undefined)[],
        };
        // Every column after the year is an amount in yuan.
        const amounts = table.headers.map((_, i): CellFormat | undefined => (i === 0 ? undefined : 'yuan'));
        const joint = tenderPackageTable(group.packages.map((p) => ({ ...p, hospitals: p.hospitals.map((i) => group.hospitals[i]?.name ?? '') })), lang);
        const bytes = await toXlsx([{ name: t('sheetName'), headers: table.headers, rows: table.rows, totals: table.totals, formats: amounts }, hospitals, joint]);
        saved = await saveFile(name, bytes, XLSX_MIME);
      }
      pushToast({ tone: 'info', text: saved ? t('exported', { file: name }) : t('cancelled') }, 4000);
    } catch (error) {
      pushToast({ tone: 'error', text: t('failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {failed.map((h) => (
        <p key={h.id} className="banner banner-error" role="alert">
          {t('memberError', { name: h.name, message: h.message ?? joinClauses(h.issues.map((issue) => formatIssue(issue, lang)), lang) })}
        </p>
      ))}
      <dl className="grp-cards" data-testid="group-cards">
        <div>
          <dt>{t('cards.hospitals')}</dt>
          <dd>{formatNumber(ok.length, lang)}</dd>
        </div>
        <div>
          <dt>{t('cards.total')}</dt>
          <dd data-testid="group-grand-total" data-yuan={group.grandTotal.toFixed(2)}>
            {money(group.grandTotal)}
          </dd>
        </div>
        <div>
          <dt>{t('cards.peak')}</dt>
          <dd>{group.grandTotal > 0 ? `${group.years[peakIndex]} · ${money(group.yearTotals[peakIndex] ?? 0)}` : '—'}</dd>
        </div>
        <div>
          <dt>{t('cards.lastEnd')}</dt>
          <dd>
            {lastEnd || '—'}
            {latest && ok.length > 1 ? <span className="grp-card-note">{latest.name}</span> : null}
          </dd>
        </div>
      </dl>

      <h3 className="grp-h3">{t('hospitalsTitle')}</h3>
      <table className="data-table grp-hospitals" data-testid="group-hospitals">
        <thead>
          <tr>
            <th scope="col">{t('col.hospital')}</th>
            <th scope="col">{t('col.province')}</th>
            <th scope="col">{t('col.scenario')}</th>
            <th scope="col" className="num">
              {t('col.waves')}
            </th>
            <th scope="col">{t('col.lastWaveEnd')}</th>
            <th scope="col" className="num">
              {t('col.total')}
            </th>
            <th scope="col" className="num">
              {t('col.beyond')}
            </th>
            <th scope="col">{t('col.coverage')}</th>
            <th scope="col" className="num">
              {t('col.unscheduled')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ok.map(({ h }, c) => (
            <tr key={h.id} data-project-id={h.id} data-yuan={h.total.toFixed(2)}>
              <th scope="row">
                <i className="grp-swatch" style={{ background: HOSPITAL_COLOURS[c % HOSPITAL_COLOURS.length] }} aria-hidden="true" />
                {h.name}
              </th>
              <td>{h.province ?? ''}</td>
              <td>{h.scenario}</td>
              <td className="num">{formatNumber(h.waves, lang)}</td>
              <td>{h.lastWaveEnd || '—'}</td>
              <td className="num">{money(h.total)}</td>
              <td className="num">{h.beyondHorizon > 0 ? money(h.beyondHorizon) : '—'}</td>
              <td>{h.fullCoverageYear ?? t('notWithin')}</td>
              <td className="num">{formatNumber(h.unscheduled, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="grp-note">{t('coverageNote')}</p>

      <h3 className="grp-h3">{t('chartTitle')}</h3>
      <GroupChart group={group} unit={unit} />

      <div className="grp-table-head">
        <h3 className="grp-h3">{t('tableTitle')}</h3>
        <Button disabled={busy} onClick={() => void exportAs('xlsx')}>
          {t('exportXlsx')}
        </Button>
        <Button disabled={busy} onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </Button>
      </div>
      <div className="grp-table-wrap">
        <table className="data-table grp-years" data-testid="group-years">
          <caption>{t('tableCaption', { unit: moneyUnitLabel(unit, lang) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.year')}</th>
              {ok.map(({ h }) => (
                <th key={h.id} scope="col" className="num">
                  {h.name}
                </th>
              ))}
              <th scope="col" className="num grp-sum">
                {t('col.sum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.years.map((year, y) => (
              <tr key={year} data-year={year}>
                <th scope="row">{year}</th>
                {ok.map(({ h, i }) => (
                  <td key={h.id} className="num">
                    {money(group.spend[y]![i]!)}
                  </td>
                ))}
                <td className="num grp-sum" data-yuan={(group.yearTotals[y] ?? 0).toFixed(2)}>
                  {money(group.yearTotals[y] ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="group-sum-row">
              <th scope="row">{t('col.sum')}</th>
              {ok.map(({ h, i }) => (
                <td key={h.id} className="num" data-yuan={(group.hospitalTotals[i] ?? 0).toFixed(2)}>
                  {money(group.hospitalTotals[i] ?? 0)}
                </td>
              ))}
              <td className="num grp-sum" data-yuan={group.grandTotal.toFixed(2)}>
                {money(group.grandTotal)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      {group.packages.length > 0 ? (
        <>
          <h3 className="grp-h3">{t('jointTitle')}</h3>
          <div className="grp-table-wrap">
            <table className="data-table grp-joint" data-testid="group-joint">
              <caption>{t('jointNote')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('jointCol.year')}</th>
                  <th scope="col">{t('jointCol.package')}</th>
                  <th scope="col">{t('jointCol.hospitals')}</th>
                  <th scope="col" className="num">{t('jointCol.items')}</th>
                  <th scope="col" className="num">{t('jointCol.quantity')}</th>
                  <th scope="col" className="num">{t('jointCostIn', { unit: moneyUnitLabel(unit, lang) })}</th>
                  <th scope="col">{t('jointCol.by')}</th>
                </tr>
              </thead>
              <tbody>
                {group.packages.map((p) => (
                  <tr key={`${p.budgetYear}:${p.package}:${p.supplier ?? ''}:${p.system ?? ''}`} data-budget-year={p.budgetYear} data-package={p.package} {...(p.supplier !== undefined ? { 'data-supplier': p.supplier } : {})} {...(p.system !== undefined ? { 'data-system': p.system } : {})} data-yuan={p.cost.toFixed(2)}>
                    <td>{p.budgetYear}</td>
                    <th scope="row">{tenderPackageLabel(p, lang)}</th>
                    <td title={hospitalNames(p.hospitals)}>{p.hospitals.length > 3 ? t('jointMany', { count: p.hospitals.length, names: hospitalNames(p.hospitals.slice(0, 3)) }) : hospitalNames(p.hospitals)}</td>
                    <td className="num">{formatNumber(p.items, lang)}</td>
                    <td className="num">{formatNumber(p.quantity, lang)}</td>
                    <td className="num">{formatMoneyAmount(p.cost, unit, lang)}</td>
                    <td>{p.purchaseBy ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
