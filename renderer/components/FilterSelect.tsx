/**
 * A labelled filter: a select whose first option is "all" (the empty value), then the given values.
 * The graph, inventory and procurement toolbars use it; the chosen option's text is also the
 * select's title, so a long name cut by the select's width can still be read.
 */
type FilterSelectProps = {
  label: string;
  /** The chosen value; '' or undefined: all. */
  value: string | undefined;
  /** Value and shown text of each option. */
  options: readonly (readonly [string, string])[];
  /** The text of the "all" option (全部, 全部年度…). */
  allLabel: string;
  onChange: (value: string) => void;
  className?: string;
  testId?: string;
};

export function FilterSelect({ label, value, options, allLabel, onChange, className, testId }: FilterSelectProps) {
  return (
    <label className={className}>
      {label}
      <select value={value ?? ''} title={value ? options.find(([v]) => v === value)?.[1] : undefined} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{allLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
