/** Columns of the inventory table: what each shows, whether and how it is edited inline. */
import type { Asset } from '../../../shared/model';
import { CATEGORIES, DISPOSITIONS, TIERS, VENDOR_ORIGINS } from '../../../shared/model';
import type { SortKey } from './inventoryModel';

export type Editor = { kind: 'text' } | { kind: 'number' } | { kind: 'date' } | { kind: 'select'; options: readonly string[]; optional: boolean; labelNs: string };

export type Column = {
  key: SortKey;
  /** Grid track width. */
  width: string;
  align?: 'end';
  /** The asset field inline edit changes; absent = read-only in the table. */
  field?: keyof Asset;
  editor?: Editor;
};

export const COLUMNS: readonly Column[] = [
  // Fits typical ids (APP-CONTRACT, NET-CORE-SW-01) in the monospace font; longer ones get an ellipsis and a tooltip.
  { key: 'id', width: 'minmax(124px, 0.8fr)' },
  { key: 'name', width: 'minmax(160px, 1.6fr)', field: 'name', editor: { kind: 'text' } },
  { key: 'category', width: '104px', field: 'category', editor: { kind: 'select', options: CATEGORIES, optional: false, labelNs: 'category' } },
  { key: 'vendor', width: 'minmax(140px, 1.4fr)' },
  { key: 'quantity', width: '64px', align: 'end', field: 'quantity', editor: { kind: 'number' } },
  { key: 'vendorOrigin', width: '78px', field: 'vendorOrigin', editor: { kind: 'select', options: VENDOR_ORIGINS, optional: false, labelNs: 'vendorOrigin' } },
  { key: 'tier', width: '104px', field: 'tier', editor: { kind: 'select', options: TIERS, optional: true, labelNs: 'tier' } },
  { key: 'site', width: 'minmax(64px, 0.6fr)', field: 'site', editor: { kind: 'text' } },
  { key: 'department', width: 'minmax(80px, 0.8fr)', field: 'department', editor: { kind: 'text' } },
  { key: 'disposition', width: '84px', field: 'disposition', editor: { kind: 'select', options: DISPOSITIONS, optional: false, labelNs: 'disposition' } },
  { key: 'endOfSupport', width: '128px', field: 'endOfSupport', editor: { kind: 'date' } },
];

/** The CSS grid template shared by the header and every row (a checkbox column first). */
export const GRID_TEMPLATE = ['36px', ...COLUMNS.map((c) => c.width)].join(' ');
