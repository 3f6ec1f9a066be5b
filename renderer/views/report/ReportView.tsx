// Placeholder until the report view lands; replaced by its feature work.
export function ReportView() {
  return <section className="view-placeholder" aria-label="report" />;
}
