/**
 * The inventory: header counts, search and filters, the virtualised table, the bulk edit bar for
 * selected rows, and the asset panel with its dependencies.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Asset, Category, Dependency, Disposition, Tier, VendorOrigin } from '../../../shared/model';
import { CATEGORIES, DISPOSITIONS, TIERS, VENDOR_ORIGINS } from '../../../shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { FilterSelect } from '../../components/FilterSelect';
import { Toolbar } from '../../components/Toolbar';
import { useInventory } from '../../hooks/useInventory';
import { useAppStore } from '../../state/store';
import { AddAssetDialog } from './AddAssetDialog';
import { AssetPanel } from './AssetPanel';
import { BulkEditBar } from './BulkEditBar';
import { ExportMenu } from './ExportMenu';
import { InventoryTable } from './InventoryTable';
import { EMPTY_FILTERS, countAssets, distinctValues, filterAssets, rangeBetween, sortAssets } from './inventoryModel';
import type { InventoryFilters, SortKey, SortState } from './inventoryModel';
import { useInventoryActions } from './useInventoryActions';
import './inventory.css';
import { formatNumber, formatShare, toLang } from '../../../shared/format';

export function InventoryView() {
  const { t } = useTranslation('inventory');
  const data = useInventory();
  if (data === undefined) return <p className="loading">{t('common:loading')}</p>;
  if (data === null) return <EmptyState title={t('common:noProject')} />;
  return <Inventory projectId={data.projectId} assets={data.assets} dependencies={data.dependencies} complete={data.complete} total={data.total} />;
}

type InventoryProps = { projectId: string; assets: Asset[]; dependencies: Dependency[]; complete: boolean; total: number | undefined };

function Inventory({ projectId, assets, dependencies, complete, total }: InventoryProps) {
  const { t, i18n } = useTranslation('inventory');
  const lang = toLang(i18n.language);
  const actions = useInventoryActions(projectId);
  const selectedAssetId = useAppStore((s) => s.selectedAssetId);
  const selectAsset = useAppStore((s) => s.selectAsset);
  const setImportOpen = useAppStore((s) => s.setImportOpen);
  const [filters, setFilters] = useState<InventoryFilters>(EMPTY_FILTERS);
  const [sort, setSort] = useState<SortState>({ key: 'id', dir: 'asc' });
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const deferredFilters = useDeferredValue(filters);

  const label = (key: SortKey, value: string) => t(`common:${key}.${value}`);
  const rows = useMemo(
    () => sortAssets(filterAssets(assets, deferredFilters), sort, label),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- label only changes with the language
    [assets, deferredFilters, sort, lang],
  );
  const ids = useMemo(() => new Set(assets.map((a) => a.id)), [assets]);
  const counts = useMemo(() => countAssets(assets), [assets]);
  const shownCounts = useMemo(() => countAssets(rows), [rows]);
  const sites = useMemo(() => distinctValues(assets, 'site'), [assets]);
  const departments = useMemo(() => distinctValues(assets, 'department'), [assets]);
  const liveSelection = useMemo(() => new Set([...selection].filter((id) => ids.has(id))), [selection, ids]);
  const openAsset = selectedAssetId ? assets.find((a) => a.id === selectedAssetId) : undefined;

  const setFilter = <K extends keyof InventoryFilters>(key: K, value: string) =>
    setFilters((f) => {
      const next = { ...f };
      if (value === '') delete next[key];
      else next[key] = value as InventoryFilters[K];
      return next;
    });
  const toggle = (id: string, range: boolean) => {
    setSelection((current) => {
      const next = new Set(current);
      if (range && anchor) for (const r of rangeBetween(rows, anchor, id)) next.add(r);
      else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setAnchor(id);
  };
  const sortBy = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  return (
    <div className="inventory">
      <div className="inv-header">
        <h2 className="view-title">{t('title')}</h2>
        <p className="inv-counts" data-testid="inventory-counts" aria-busy={!complete}>
          {!complete ? t('loadingAll') : t('counts', { assets: formatNumber(counts.assets, lang), units: formatNumber(counts.units, lang), share: formatShare(counts.domesticShare) })}
          {complete && rows.length !== assets.length ? <span className="muted"> · {t('shown', { assets: formatNumber(shownCounts.assets, lang), units: formatNumber(shownCounts.units, lang) })}</span> : null}
        </p>
        <div className="inv-actions">
          <Button onClick={() => setAdding(true)}>{t('add.open')}</Button>
          <Button variant="primary" onClick={() => setImportOpen(true)}>
            {t('common:import')}
          </Button>
          <ExportMenu projectId={projectId} />
        </div>
      </div>
      <Toolbar label={t('filters')}>
        <label className="inv-search">
          <span className="sr-only">{t('search')}</span>
          <input type="search" placeholder={t('searchHint')} value={filters.search} aria-label={t('search')} onChange={(e) => setFilters((f) => ({ ...f, search: e.target.value }))} />
        </label>
        <FilterSelect label={t('col.category')} value={filters.category} onChange={(v) => setFilter('category', v)} options={CATEGORIES.map((c: Category) => [c, t(`common:category.${c}`)])} allLabel={t('all')} className="inv-filter" />
        <FilterSelect label={t('col.vendorOrigin')} value={filters.vendorOrigin} onChange={(v) => setFilter('vendorOrigin', v)} options={VENDOR_ORIGINS.map((o: VendorOrigin) => [o, t(`common:vendorOrigin.${o}`)])} allLabel={t('all')} className="inv-filter" />
        <FilterSelect label={t('col.tier')} value={filters.tier} onChange={(v) => setFilter('tier', v)} options={[...TIERS.map((x: Tier): [string, string] => [x, t(`common:tier.${x}`)]), ['none', t('noTier')]]} allLabel={t('all')} className="inv-filter" />
        <FilterSelect label={t('col.site')} value={filters.site} onChange={(v) => setFilter('site', v)} options={sites.map((s) => [s, s])} allLabel={t('all')} className="inv-filter" />
        <FilterSelect label={t('col.department')} value={filters.department} onChange={(v) => setFilter('department', v)} options={departments.map((d) => [d, d])} allLabel={t('all')} className="inv-filter" />
        <FilterSelect label={t('col.disposition')} value={filters.disposition} onChange={(v) => setFilter('disposition', v)} options={DISPOSITIONS.map((s: Disposition) => [s, t(`common:disposition.${s}`)])} allLabel={t('all')} className="inv-filter" />
        {filters !== EMPTY_FILTERS ? (
          <Button variant="quiet" onClick={() => setFilters(EMPTY_FILTERS)}>
            {t('resetFilters')}
          </Button>
        ) : null}
      </Toolbar>
      {liveSelection.size > 0 ? (
        <BulkEditBar
          count={liveSelection.size}
          onApply={(patch) => void actions.bulkEdit([...liveSelection], patch)}
          onDelete={() => {
            void actions.remove([...liveSelection]);
            setSelection(new Set());
          }}
          onClear={() => setSelection(new Set())}
        />
      ) : null}
      <div className={`inv-body-wrap${openAsset ? ' with-panel' : ''}`}>
        {total === 0 ? (
          <EmptyState title={t('empty.title')}>
            <p>{t('empty.body')}</p>
            <Button variant="primary" onClick={() => setImportOpen(true)}>
              {t('common:import')}
            </Button>
          </EmptyState>
        ) : (
          <InventoryTable
            rows={rows}
            selection={liveSelection}
            openAssetId={selectedAssetId}
            sort={sort}
            onSort={sortBy}
            onToggle={toggle}
            onToggleAll={(checked) => setSelection(checked ? new Set(rows.map((r) => r.id)) : new Set())}
            onOpen={(id) => selectAsset(id)}
            onEdit={(asset, field, value) => void actions.editField(asset, field, value)}
          />
        )}
        {openAsset ? (
          <AssetPanel
            asset={openAsset}
            dependencies={dependencies.filter((d) => d.from === openAsset.id || d.to === openAsset.id)}
            knownIds={ids}
            onSave={(next) => actions.saveAsset(next, openAsset)}
            onOpen={(id) => selectAsset(id)}
            onClose={() => selectAsset(undefined)}
            onAddDependency={actions.addDep}
            onRemoveDependency={actions.removeDep}
          />
        ) : null}
      </div>
      {adding ? <AddAssetDialog onCreate={(raw) => actions.create(raw, ids)} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
