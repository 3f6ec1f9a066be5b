/**
 * One table cell that can be edited in place: Enter, F2 or a double click opens the editor;
 * Enter (or leaving the field) saves, Escape cancels. Keyboard reachable with Tab.
 */
import { useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Editor } from './columns';

export type EditableCellProps = {
  label: string;
  value: string;
  editor: Editor;
  display: ReactNode;
  align?: 'end';
  onSave: (next: string) => void;
};

export function EditableCell({ label, value, editor, display, align, onSave }: EditableCellProps) {
  const { t } = useTranslation('common');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const start = () => {
    setDraft(value);
    setEditing(true);
  };
  const finish = (save: boolean) => {
    setEditing(false);
    if (save && draft !== value) onSave(draft);
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
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
      <div role="cell" className={`inv-cell${align === 'end' ? ' inv-end' : ''}`}>
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
      role="cell"
      tabIndex={0}
      className={`inv-cell inv-editable${align === 'end' ? ' inv-end' : ''}`}
      aria-label={`${label}: ${value}`}
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
