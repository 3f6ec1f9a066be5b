// Placeholder until the graph view lands; replaced by its feature work.
export function GraphView() {
  return <section className="view-placeholder" aria-label="graph" />;
}
