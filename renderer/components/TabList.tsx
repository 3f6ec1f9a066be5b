/**
 * A row of tabs as the ARIA tabs pattern has them: one tab stop (the selected tab), the arrow
 * keys move along the row and select (Home and End to its ends), so the keyboard switches tabs as
 * the mouse does. The panel is the view's, named by `panelId`.
 */
export type TabListProps<T extends string> = {
  ids: readonly T[];
  selected: T;
  /** The tab list's accessible name. */
  label: string;
  className: string;
  /** Element id of tab `id` is `${idPrefix}-${id}` (the panel's aria-labelledby). */
  idPrefix: string;
  panelId: (id: T) => string;
  labelOf: (id: T) => string;
  onSelect: (id: T) => void;
};

export function TabList<T extends string>({ ids, selected, label, className, idPrefix, panelId, labelOf, onSelect }: TabListProps<T>) {
  return (
    <div
      role="tablist"
      className={className}
      aria-label={label}
      onKeyDown={(e) => {
        const at = ids.indexOf(selected);
        const n = ids.length;
        const next = e.key === 'ArrowRight' ? ids[(at + 1) % n] : e.key === 'ArrowLeft' ? ids[(at - 1 + n) % n] : e.key === 'Home' ? ids[0] : e.key === 'End' ? ids[n - 1] : undefined;
        if (next === undefined) return;
        e.preventDefault();
        onSelect(next);
        document.getElementById(`${idPrefix}-${next}`)?.focus();
      }}
    >
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${idPrefix}-${id}`}
          aria-selected={selected === id}
          aria-controls={panelId(id)}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {labelOf(id)}
        </button>
      ))}
    </div>
  );
}
