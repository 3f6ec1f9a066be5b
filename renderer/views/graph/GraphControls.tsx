/** The graph toolbar: find and focus an asset, filters, collapse, connect mode, fit and exports. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EstateFilter } from '../../../shared/layout';
import { CATEGORIES, DEPENDENCY_KINDS, TIERS, VENDOR_ORIGINS } from '../../../shared/model';
import type { DependencyKind } from '../../../shared/model';
import { Button, FilterSelect, Toolbar } from '../../components';

export type FilterOptions = { sites: string[]; departments: string[] };

export type GraphControlsProps = {
  filter: EstateFilter;
  options: FilterOptions;
  connect: boolean;
  kind: DependencyKind;
  onFilter: (filter: EstateFilter) => void;
  /** Returns false when nothing matched. */
  onSearch: (query: string) => boolean;
  onConnect: (on: boolean) => void;
  onKind: (kind: DependencyKind) => void;
  onFit: () => void;
  onExport: (format: 'png' | 'svg') => void;
};

export function GraphControls(props: GraphControlsProps) {
  const { t } = useTranslation('graph');
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  const { filter, onFilter } = props;
  const one = <T extends string>(key: keyof EstateFilter, value: string) => onFilter({ ...filter, [key]: value ? [value as T] : undefined });
  const first = (list: readonly string[] | undefined) => list?.[0] ?? '';
  return (
    <div className="graph-controls">
      <Toolbar label={t('search')}>
        <form
          className="graph-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setMissing(!props.onSearch(query));
          }}
        >
          <input value={query} placeholder={t('searchPlaceholder')} aria-label={t('search')} aria-invalid={missing || undefined} onChange={(e) => (setQuery(e.target.value), setMissing(false))} data-testid="graph-search" />
          <Button type="submit">{t('focus')}</Button>
          {missing ? (
            <span className="graph-search-missing" role="status">
              {t('notFound', { query })}
            </span>
          ) : null}
        </form>
        <Button onClick={props.onFit}>{t('fit')}</Button>
        <label className={`graph-toggle${props.connect ? ' on' : ''}`}>
          <input type="checkbox" checked={props.connect} onChange={(e) => props.onConnect(e.target.checked)} data-testid="connect-toggle" />
          {t('connect')}
        </label>
        {props.connect ? (
          <label>
            {t('kind')}
            <select value={props.kind} onChange={(e) => props.onKind(e.target.value as DependencyKind)} data-testid="connect-kind">
              {DEPENDENCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span className="graph-spacer" />
        <Button onClick={() => props.onExport('png')} data-testid="export-png">
          {t('exportPng')}
        </Button>
        <Button onClick={() => props.onExport('svg')} data-testid="export-svg">
          {t('exportSvg')}
        </Button>
      </Toolbar>
      <Toolbar label={t('filters')}>
        <FilterSelect label={t('site')} value={first(filter.sites)} options={props.options.sites.map((s) => [s, s])} allLabel={t('all')} onChange={(v) => one('sites', v)} testId="filter-site" />
        <FilterSelect label={t('department')} value={first(filter.departments)} options={props.options.departments.map((s) => [s, s])} allLabel={t('all')} onChange={(v) => one('departments', v)} testId="filter-department" />
        <FilterSelect label={t('category')} value={first(filter.categories)} options={CATEGORIES.map((c) => [c, t(`categories.${c}`)])} allLabel={t('all')} onChange={(v) => one('categories', v)} testId="filter-category" />
        <FilterSelect label={t('tier')} value={first(filter.tiers)} options={TIERS.map((c) => [c, t(`tiers.${c}`)])} allLabel={t('all')} onChange={(v) => one('tiers', v)} testId="filter-tier" />
        <FilterSelect label={t('origin')} value={first(filter.origins)} options={VENDOR_ORIGINS.map((c) => [c, t(`origins.${c}`)])} allLabel={t('all')} onChange={(v) => one('origins', v)} testId="filter-origin" />
        <label className="graph-toggle">
          <input type="checkbox" checked={filter.collapseTerminals ?? false} onChange={(e) => onFilter({ ...filter, collapseTerminals: e.target.checked })} data-testid="collapse-toggle" />
          {t('collapse')}
        </label>
      </Toolbar>
    </div>
  );
}
