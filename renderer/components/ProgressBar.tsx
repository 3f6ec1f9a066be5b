/** A labelled progress bar; without `value` it is indeterminate (work of unknown length). */
export function ProgressBar({ label, value, max = 1 }: { label: string; value?: number; max?: number }) {
  return (
    <div className="progress">
      <div className="progress-label">{label}</div>
      <div className={`progress-track${value === undefined ? ' is-indeterminate' : ''}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
        <div className="progress-fill" style={value === undefined ? undefined : { width: `${Math.min(100, (value / max) * 100)}%` }} />
      </div>
    </div>
  );
}
