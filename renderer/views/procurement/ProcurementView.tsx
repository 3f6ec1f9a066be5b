// Placeholder until the procurement view lands; replaced by its feature work.
export function ProcurementView() {
  return <section className="view-placeholder" aria-label="procurement" />;
}
