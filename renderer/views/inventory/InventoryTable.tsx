/**
 * The virtualised inventory table (@tanstack/react-virtual): only the rows in view are in the
 * DOM, so 100,000 assets render as fast as 100. Sticky header with sortable columns, row
 * selection (shift-click for a range), inline edit, and a click on a row opens the asset panel.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Asset } from '../../../shared/model';
import { dispositionOf } from '../../../shared/model';
import { Chip, chipTone } from '../../components/Chip';
import { COLUMNS, GRID_TEMPLATE } from './columns';
import type { Column } from './columns';
import { EditableCell } from './EditableCell';
import type { SortKey, SortState } from './inventoryModel';
import { formatDate, formatNumber, toLang } from '../../../shared/format';

export type InventoryTableProps = {
  rows: readonly Asset[];
  selection: ReadonlySet<string>;
  openAssetId: string | undefined;
  sort: SortState;
  onSort: (key: SortKey) => void;
  onToggle: (id: string, range: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  onOpen: (id: string) => void;
  onEdit: (asset: Asset, field: keyof Asset, value: string) => void;
};

const ROW_HEIGHT = 32;

export function InventoryTable({ rows, selection, openAssetId, sort, onSort, onToggle, onToggleAll, onOpen, onEdit }: InventoryTableProps) {
  const { t, i18n } = useTranslation('inventory');
  const lang = toLang(i18n.language);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- react-virtual returns functions the compiler cannot memoise (STACK.md F12)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const allSelected = rows.length > 0 && rows.every((r) => selection.has(r.id));
  const cellContent = (asset: Asset, column: Column): ReactNode => {
    switch (column.key) {
      case 'category':
        return t(`common:category.${asset.category}`);
      case 'vendor':
        return [asset.vendor, asset.product].filter(Boolean).join(' · ');
      case 'quantity':
        return formatNumber(asset.quantity, lang);
      case 'vendorOrigin': {
        const origin = asset.vendorOrigin ?? 'unknown';
        return <Chip tone={chipTone(origin)}>{t(`common:vendorOrigin.${origin}`)}</Chip>;
      }
      case 'tier':
        return asset.tier ? t(`common:tier.${asset.tier}`) : '';
      case 'disposition': {
        const disposition = dispositionOf(asset);
        const tone = disposition === 'retain' ? 'warn' : disposition === 'compliant' ? 'domestic' : disposition === 'retire' ? 'unknown' : undefined;
        const label = t(`common:disposition.${disposition}`);
        const title = disposition === 'retain' ? asset.retainReason : asset.disposition ? undefined : t('dispositionDefault');
        return tone ? <Chip tone={tone} title={title}>{label}</Chip> : <span title={title}>{label}</span>;
      }
      case 'endOfSupport':
        return formatDate(asset.endOfSupport, lang);
      default:
        return asset[column.key] ?? '';
    }
  };
  const rawValue = (asset: Asset, column: Column): string => {
    if (column.key === 'vendorOrigin') return asset.vendorOrigin ?? 'unknown';
    if (column.key === 'disposition') return dispositionOf(asset);
    const v = column.field ? asset[column.field] : undefined;
    return v === undefined ? '' : String(v);
  };

  return (
    <div className="inv-table" role="table" aria-label={t('tableLabel')} aria-rowcount={rows.length + 1}>
      <div ref={scrollRef} className="inv-scroll" data-testid="inventory-scroll">
        <div role="rowgroup" className="inv-head">
          <div role="row" className="inv-row" style={{ gridTemplateColumns: GRID_TEMPLATE }}>
            <div role="columnheader" className="inv-cell inv-check">
              <input type="checkbox" aria-label={t('selectAll')} checked={allSelected} onChange={(e) => onToggleAll(e.target.checked)} />
            </div>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  className={`inv-cell${column.align === 'end' ? ' inv-end' : ''}`}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="inv-sort" onClick={() => onSort(column.key)}>
                    {t(`col.${column.key}`)}
                    <span aria-hidden="true" className="inv-sort-mark">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="inv-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const asset = rows[item.index]!;
            const selected = selection.has(asset.id);
            return (
              <div
                key={asset.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-asset-id={asset.id}
                className={`inv-row${selected ? ' is-selected' : ''}${asset.id === openAssetId ? ' is-open' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('input, select, button, .inv-editable')) return;
                  onOpen(asset.id);
                }}
              >
                <div role="cell" className="inv-cell inv-check">
                  <input
                    type="checkbox"
                    aria-label={t('selectRow', { id: asset.id })}
                    checked={selected}
                    onChange={() => undefined}
                    onClick={(e) => onToggle(asset.id, e.shiftKey)}
                  />
                </div>
                {COLUMNS.map((column) =>
                  column.editor && column.field ? (
                    <EditableCell
                      key={column.key}
                      label={`${t(`col.${column.key}`)} ${asset.id}`}
                      value={rawValue(asset, column)}
                      editor={column.editor}
                      display={cellContent(asset, column)}
                      align={column.align}
                      onSave={(next) => onEdit(asset, column.field!, next)}
                    />
                  ) : (
                    <div key={column.key} role="cell" className={`inv-cell${column.key === 'id' ? ' inv-id' : ''}`}>
                      {column.key === 'id' ? (
                        <button type="button" className="inv-link" title={asset.id} onClick={() => onOpen(asset.id)}>
                          {asset.id}
                        </button>
                      ) : (
                        cellContent(asset, column)
                      )}
                    </div>
                  ),
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
