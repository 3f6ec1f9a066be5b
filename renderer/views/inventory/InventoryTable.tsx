/**
 * The virtualised inventory table (@tanstack/react-virtual): only the rows in view are in the
 * DOM, so 100,000 assets render as fast as 100. Sticky header with sortable columns, row
 * selection (shift-click for a range), inline edit, and a click on a row opens the asset panel.
 *
 * By keyboard it is a spreadsheet grid with one tab stop: the arrow keys move the active cell,
 * PageUp/PageDown by a screenful, Home/End along the row, Ctrl+Home/End to the first and last
 * asset (rows out of view are scrolled in); Enter or F2 edits an editable cell, Enter on another
 * cell opens the asset, Space ticks the row (Shift+Space a range).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Asset } from '../../../shared/model';
import { dispositionOf } from '../../../shared/model';
import { Chip, chipTone } from '../../components/Chip';
import { COLUMNS, GRID_TEMPLATE } from './columns';
import type { Column } from './columns';
import { EditableCell } from './EditableCell';
import type { GridCellProps } from './EditableCell';
import type { SortKey, SortState } from './inventoryModel';
import { formatNumber, toLang } from '../../../shared/format';

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
/** Columns the keyboard moves across: the tick box, then COLUMNS. */
const LAST_COL = COLUMNS.length;

type Cell = { row: number; col: number };

/** Where a key moves the active cell (undefined: not a navigation key). */
export function moveCell(from: Cell, key: string, ctrl: boolean, rows: number, page: number): Cell | undefined {
  const row = (r: number): Cell => ({ row: Math.max(0, Math.min(rows - 1, r)), col: from.col });
  switch (key) {
    case 'ArrowDown':
      return row(from.row + 1);
    case 'ArrowUp':
      return row(from.row - 1);
    case 'PageDown':
      return row(from.row + page);
    case 'PageUp':
      return row(from.row - page);
    case 'ArrowRight':
      return { row: from.row, col: Math.min(LAST_COL, from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(0, from.col - 1) };
    case 'Home':
      return ctrl ? { row: 0, col: from.col } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: Math.max(0, rows - 1), col: from.col } : { row: from.row, col: LAST_COL };
    default:
      return undefined;
  }
}

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
  // The active cell (the grid's one tab stop), kept inside the rows as they are filtered.
  const [activeCell, setActiveCell] = useState<Cell>({ row: 0, col: 1 });
  const active = { row: Math.min(activeCell.row, Math.max(0, rows.length - 1)), col: activeCell.col };
  // Set by a key that moved the active cell: the cell takes the focus once it is rendered.
  const focusPending = useRef(false);
  const cellProps = (row: number, col: number): GridCellProps => {
    const isActive = row === active.row && col === active.col;
    const props: GridCellProps = { tabIndex: isActive ? 0 : -1, 'data-col': col };
    if (isActive && focusPending.current) {
      props.ref = (el) => {
        if (!el || !focusPending.current) return;
        focusPending.current = false;
        el.focus({ preventScroll: true });
      };
    }
    return props;
  };
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-col]');
    const rowEl = target.closest<HTMLElement>('[data-row]');
    // Keys inside an editor, or on the tick box and id button themselves, are theirs.
    if (!cell || !rowEl || target !== cell) return;
    const from = { row: Number(rowEl.dataset.row), col: Number(cell.dataset.col) };
    const asset = rows[from.row];
    if (!asset) return;
    if (e.key === ' ') {
      e.preventDefault();
      onToggle(asset.id, e.shiftKey);
      return;
    }
    if (e.key === 'Enter' && !cell.classList.contains('inv-editable')) {
      e.preventDefault();
      onOpen(asset.id);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const next = moveCell(from, e.key, e.ctrlKey || e.metaKey, rows.length, page);
    if (!next) return;
    e.preventDefault();
    focusPending.current = true;
    setActiveCell(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
    // Already rendered: focus now (the ref above covers rows scrolled into view).
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${next.row}"] [data-col="${next.col}"]`);
    if (el) {
      focusPending.current = false;
      el.focus({ preventScroll: true });
    }
  };
  const onGridFocus = (e: FocusEvent<HTMLDivElement>) => {
    // A click or Tab onto a cell makes it the active one.
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell || !rowEl) return;
    const row = Number(rowEl.dataset.row);
    const col = Number(cell.dataset.col);
    if (row !== active.row || col !== active.col) setActiveCell({ row, col });
  };
  /** What a cell shows, as text (also its spoken name: the words on screen, not the stored code). */
  const cellText = (asset: Asset, column: Column): string => {
    switch (column.key) {
      case 'category':
        return t(`common:category.${asset.category}`);
      case 'vendor':
        return [asset.vendor, asset.product].filter(Boolean).join(' · ');
      case 'quantity':
        return formatNumber(asset.quantity, lang);
      case 'vendorOrigin':
        return t(`common:vendorOrigin.${asset.vendorOrigin ?? 'unknown'}`);
      case 'tier':
        return asset.tier ? t(`common:tier.${asset.tier}`) : '';
      case 'disposition':
        return t(`common:disposition.${dispositionOf(asset)}`);
      case 'endOfSupport':
        return asset.endOfSupport ?? '';
      default:
        return String(asset[column.key] ?? '');
    }
  };
  const cellContent = (asset: Asset, column: Column): ReactNode => {
    switch (column.key) {
      case 'vendorOrigin':
        return <Chip tone={chipTone(asset.vendorOrigin ?? 'unknown')}>{cellText(asset, column)}</Chip>;
      case 'disposition': {
        const disposition = dispositionOf(asset);
        const tone = disposition === 'retain' ? 'warn' : disposition === 'compliant' ? 'domestic' : disposition === 'retire' ? 'unknown' : undefined;
        const label = cellText(asset, column);
        const title = disposition === 'retain' ? asset.retainReason : asset.disposition ? undefined : t('dispositionDefault');
        return tone ? <Chip tone={tone} title={title}>{label}</Chip> : <span title={title}>{label}</span>;
      }
      default:
        return cellText(asset, column);
    }
  };
  const rawValue = (asset: Asset, column: Column): string => {
    if (column.key === 'vendorOrigin') return asset.vendorOrigin ?? 'unknown';
    if (column.key === 'disposition') return dispositionOf(asset);
    const v = column.field ? asset[column.field] : undefined;
    return v === undefined ? '' : String(v);
  };

  return (
    <div className="inv-table" role="grid" aria-label={t('tableLabel')} aria-rowcount={rows.length + 1} aria-describedby="inv-table-keys">
      <span id="inv-table-keys" hidden>
        {t('tableKeys')}
      </span>
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
        <div role="rowgroup" className="inv-body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onGridKey} onFocus={onGridFocus}>
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
                data-row={item.index}
                className={`inv-row${selected ? ' is-selected' : ''}${asset.id === openAssetId ? ' is-open' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('input, select, button, .inv-editable')) return;
                  onOpen(asset.id);
                }}
              >
                <div role="gridcell" className="inv-cell inv-check" aria-label={t('selectRow', { id: asset.id })} {...cellProps(item.index, 0)}>
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t('selectRow', { id: asset.id })}
                    checked={selected}
                    onChange={() => undefined}
                    onClick={(e) => onToggle(asset.id, e.shiftKey)}
                  />
                </div>
                {COLUMNS.map((column, k) =>
                  column.editor && column.field ? (
                    <EditableCell
                      key={column.key}
                      label={`${t(`col.${column.key}`)} ${asset.id}`}
                      value={rawValue(asset, column)}
                      text={cellText(asset, column)}
                      editor={column.editor}
                      display={cellContent(asset, column)}
                      align={column.align}
                      grid={cellProps(item.index, k + 1)}
                      onSave={(next) => onEdit(asset, column.field!, next)}
                    />
                  ) : (
                    <div key={column.key} role="gridcell" className={`inv-cell${column.key === 'id' ? ' inv-id' : ''}`} {...cellProps(item.index, k + 1)}>
                      {column.key === 'id' ? (
                        <button type="button" className="inv-link" tabIndex={-1} title={asset.id} onClick={() => onOpen(asset.id)}>
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
