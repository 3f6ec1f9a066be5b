/**
 * One grid cell that can be edited in place: Enter, F2 or a double click opens the editor;
 * Enter (or leaving the field) saves, Escape cancels, and the keyboard is back on the cell. The
 * table moves between cells with the arrow keys (InventoryTable's roving focus).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Editor } from './columns';

/**
 * What every cell of the inventory's rows carries for the keyboard (InventoryTable's roving focus):
 * its tab stop, its column, and, when the keys moved to it before it was rendered, a ref that focuses it.
 */
export type GridCellProps = { tabIndex: number; 'data-col': number; ref?: (el: HTMLElement | null) => void };

export type EditableCellProps = {
  label: string;
  /** The stored value, which the editor starts from. */
  value: string;
  /** What the cell shows, as text: its spoken name is the label and this. */
  text: string;
  editor: Editor;
  display: ReactNode;
  align?: 'end';
  grid: GridCellProps;
  onSave: (next: string) => void;
};

export function EditableCell({ label, value, text, editor, display, align, grid, onSave }: EditableCellProps) {
  const { t } = useTranslation('common');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const cellRef = useRef<HTMLDivElement>(null);
  // Set when an edit ends from the keyboard: the focus returns to the cell, not to the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    cellRef.current?.focus();
  }, [editing]);
  const start = () => {
    setDraft(value);
    setEditing(true);
  };
  const finish = (save: boolean) => {
    setEditing(false);
    if (save && draft !== value) onSave(draft);
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    // The table's arrow keys stay out of the editor.
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      refocus.current = true;
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      refocus.current = true;
      finish(false);
    }
  };
  if (editing) {
    const common = {
      'aria-label': label,
      autoFocus: true,
      className: 'cell-editor',
      value: draft,
      onKeyDown: onKey,
      onBlur: () => finish(true),
    };
    return (
      <div role="gridcell" data-col={grid['data-col']} className={`inv-cell${align === 'end' ? ' inv-end' : ''}`}>
        {editor.kind === 'select' ? (
          <select {...common} onChange={(e) => setDraft(e.target.value)}>
            {editor.optional ? <option value="">—</option> : null}
            {editor.options.map((o) => (
              <option key={o} value={o}>
                {t(`${editor.labelNs}.${o}`)}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={editor.kind === 'number' ? 'number' : editor.kind === 'date' ? 'date' : 'text'}
            min={editor.kind === 'number' ? 1 : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
        )}
      </div>
    );
  }
  return (
    <div
      {...grid}
      ref={(el) => {
        cellRef.current = el;
        grid.ref?.(el);
      }}
      role="gridcell"
      className={`inv-cell inv-editable${align === 'end' ? ' inv-end' : ''}`}
      aria-label={`${label}: ${text}`}
      onDoubleClick={start}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          e.stopPropagation();
          start();
        }
      }}
    >
      {display}
    </div>
  );
}
