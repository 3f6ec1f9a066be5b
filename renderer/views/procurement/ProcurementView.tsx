/**
 * The procurement view: the domestic-priority list of the active plan, grouped by year, wave or
 * category, with filters, sort, flags, totals, province rules and CSV/XLSX export.
 */
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { BUILT_IN_CATALOGUE, entryFamilyName } from '../../../shared/catalogue';
import { formatIssue } from '../../../shared/model';
import type { Category } from '../../../shared/model';
import { excludedSpend, excludedSpendText, isRetained, placeName, PROCUREMENT_FLAGS } from '../../../shared/procurement';
import type { ForecastYear } from '../../../shared/forecast';
import type { ProcurementList } from '../../../shared/procurement';
import { CATEGORY_LABELS, FLAG_LABELS, overdueCount, overduePurchases } from '../../../shared/procurement/table';
import { FilterSelect } from '../../components/FilterSelect';
import { exportProcurement } from './exportProcurement';
import type { ExportFormat } from './exportProcurement';
import { useAppStore } from '../../state/store';
import { EMPTY_FILTER, filterItems, groupRows, sortItems, totalsOf } from './listModel';
import type { FlagFilter, GroupBy, ListFilter, SortBy } from './listModel';
import { ProcurementTable } from './ProcurementTable';
import { useProcurementList } from './useProcurementList';
import './procurement.css';
import { formatMoney, formatNumber, localIsoDate, toLang } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

export function ProcurementView() {
  const { t, i18n } = useTranslation('procurement');
  const lang = toLang(i18n.language);
  const state = useProcurementList(lang);
  let body: ReactNode;
  if (state.status === 'loading') body = <p className="proc-note">{t('loading')}</p>;
  else if (state.status === 'no-project') body = <p className="proc-note">{t('noProject')}</p>;
  else if (state.status === 'error')
    body = (
      <div role="alert" className="proc-error">
        <strong>{t('error')}</strong>
        <ul>{state.issues.map((issue, i) => <li key={i}>{formatIssue(issue, lang)}</li>)}</ul>
      </div>
    );
  else body = <ProcurementPanel list={state.list} province={state.project.project.province} cpuFamily={state.cpuFamily} pending={state.pending} lang={lang} forecast={state.forecast} />;
  return (
    <section className="proc-view" aria-labelledby="proc-title">
      <header className="proc-header">
        <h2 id="proc-title">{t('title')}</h2>
        <p>{t('subtitle')}</p>
      </header>
      {body}
    </section>
  );
}

function targetText(list: ProcurementList, cpuFamily: string, lang: Lang): string {
  const family = (id: string | undefined) => entryFamilyName(BUILT_IN_CATALOGUE, id, lang);
  const cpu = family(list.target.cpu) ?? (list.target.cpuArch ? `${list.target.cpuArch}${cpuFamily !== 'mixed' ? ` (${cpuFamily})` : ''}` : undefined);
  return [family(list.target.os) ?? list.target.os, cpu].filter(Boolean).join(' + ');
}

type PanelProps = { list: ProcurementList; province: string | undefined; cpuFamily: string; pending: boolean; lang: Lang; forecast?: readonly ForecastYear[] | undefined };

function ProcurementPanel({ list, province, cpuFamily, pending, lang, forecast }: PanelProps) {
  const { t } = useTranslation('procurement');
  const [filter, setFilter] = useState<ListFilter>(EMPTY_FILTER);
  const [groupBy, setGroupBy] = useState<GroupBy>('year');
  const [sortBy, setSortBy] = useState<SortBy>('order');
  // Kept as a key and detail, not as text, so a language switch rewords it too.
  const [message, setMessage] = useState<{ key: 'done' | 'failed'; detail?: string } | undefined>();
  const moneyUnit = useAppStore((s) => s.moneyUnit);
  const years = useMemo(() => list.years.map((y) => y.year), [list]);
  const categories = useMemo(() => [...new Set(list.items.map((item) => item.category))].sort(), [list]);
  const visible = useMemo(() => sortItems(filterItems(list.items, filter), sortBy), [list, filter, sortBy]);
  const rows = useMemo(() => groupRows(visible, groupBy), [visible, groupBy]);
  const totals = totalsOf(visible);
  // Tenders that should already be complete (the wave's start minus the lead time is past): the
  // first waves of a plan that starts soon. Said once here and on each row.
  const today = localIsoDate();
  const overdue = useMemo(() => {
    const late = overduePurchases(list, today);
    return { count: overdueCount(late), first: late[0]?.by ?? '' };
  }, [list, today]);
  const update = (patch: Partial<ListFilter>) => setFilter((prev) => ({ ...prev, ...patch }));
  // What the budget of the years shown holds besides these purchases, from the analysis's forecast.
  const excluded = useMemo(() => {
    if (!forecast) return '';
    const shown = filter.year !== undefined ? [filter.year] : [...new Set(list.items.filter((item) => !isRetained(item)).map((item) => item.year))];
    return excludedSpendText(excludedSpend(forecast, shown), lang, (yuan) => formatMoney(yuan, moneyUnit, lang));
  }, [forecast, filter.year, list, lang, moneyUnit]);

  const onExport = async (format: ExportFormat) => {
    setMessage(undefined);
    try {
      const outcome = await exportProcurement(list, visible, format, lang, { fileName: t('export.fileName'), sheet: t('export.sheet') });
      setMessage(outcome === 'saved' ? { key: 'done' } : undefined);
    } catch (error) {
      setMessage({ key: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  if (list.items.length === 0) return <p className="proc-note">{t('empty')}</p>;
  return (
    <>
      <div className="proc-toolbar" role="toolbar" aria-label={t('filters.search')}>
        <FilterSelect label={t('filters.year')} value={filter.year === undefined ? '' : String(filter.year)} options={years.map((year) => [String(year), String(year)] as const)} allLabel={t('filters.allYears')} onChange={(v) => update({ year: v ? Number(v) : undefined })} />
        <FilterSelect label={t('filters.category')} value={filter.category} options={categories.map((c) => [c, CATEGORY_LABELS[c][lang]] as const)} allLabel={t('filters.allCategories')} onChange={(v) => update({ category: (v || undefined) as Category | undefined })} />
        <label>
          {t('filters.flag')}
          <select value={filter.flag} onChange={(e) => update({ flag: e.target.value as FlagFilter })}>
            <option value="all">{t('filters.allFlags')}</option>
            <option value="flagged">{t('filters.flagged')}</option>
            {PROCUREMENT_FLAGS.map((flag) => <option key={flag} value={flag}>{FLAG_LABELS[flag][lang]}</option>)}
          </select>
        </label>
        <label>
          {t('filters.search')}
          <input type="search" value={filter.search} placeholder={t('filters.searchPlaceholder')} onChange={(e) => update({ search: e.target.value })} />
        </label>
        <label>
          {t('filters.groupBy')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {(['year', 'wave', 'category', 'package'] as const).map((g) => <option key={g} value={g}>{t(`groupBy.${g}`)}</option>)}
          </select>
        </label>
        <label>
          {t('filters.sortBy')}
          <select value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)}>
            {(['order', 'cost', 'quantity', 'name'] as const).map((s) => <option key={s} value={s}>{t(`sortBy.${s}`)}</option>)}
          </select>
        </label>
        <span className="proc-actions">
          <button type="button" onClick={() => void onExport('csv')}>{t('export.csv')}</button>
          <button type="button" onClick={() => void onExport('xlsx')}>{t('export.xlsx')}</button>
        </span>
      </div>
      <p className="proc-summary">
        <span>{t('totals', { items: totals.items, quantity: formatNumber(totals.quantity, lang), cost: formatMoney(totals.cost, moneyUnit, lang) })}</span>
        {totals.retained > 0 ? <span data-testid="proc-retained">{t('retainedCount', { count: totals.retained })}</span> : null}
        <span>{t('shown', { shown: visible.length, total: list.items.length })}</span>
        <span>
          {t('target')}: {targetText(list, cpuFamily, lang) || t('targetMixed')}
          {list.target.source === 'inferred' ? ` (${t('targetInferred')})` : ''}
        </span>
        {overdue.count > 0 ? <span className="proc-overdue" data-testid="proc-overdue">{t('overdue', { count: overdue.count, date: overdue.first })}</span> : null}
        {pending ? <span className="proc-pending">{t('pending')}</span> : null}
        {message ? <span role="status">{t(`export.${message.key}`, { message: message.detail })}</span> : null}
      </p>
      <aside className="proc-rules">
        <h3>{t('rules', { province: province ? placeName(province, lang) : '—' })}</h3>
        {province ? null : <p>{t('rulesNone')}</p>}
        <ol>
          {list.rules.map((rule, i) => {
            // A user rule may carry only the Chinese text: it is then quoted as the original policy.
            const original = lang === 'en' && !rule.text.en.trim();
            return (
              <li key={rule.id} id={`proc-rule-${i + 1}`}>
                <strong>{placeName(rule.city ?? rule.province, lang)}</strong>{' '}
                {original ? (
                  <>
                    <em>{t('ruleOriginal')}</em> <span lang="zh-CN">{rule.text.zh}</span>
                  </>
                ) : (
                  rule.text[lang]
                )}{' '}
                {rule.source ? <small>{t('ruleSource', { source: rule.source })}</small> : null}
              </li>
            );
          })}
        </ol>
        <p className="proc-hint">{t('rulesHint')}</p>
      </aside>
      {visible.length === 0 ? <p className="proc-note">{t('noMatch')}</p> : <ProcurementTable today={today} rows={rows} lang={lang} moneyUnit={moneyUnit} rules={list.rules} />}
      {excluded ? <p className="proc-note proc-excluded" data-testid="proc-excluded">{excluded}</p> : null}
    </>
  );
}
