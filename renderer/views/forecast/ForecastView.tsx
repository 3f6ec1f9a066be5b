// Placeholder until the forecast view lands; replaced by its feature work.
export function ForecastView() {
  return <section className="view-placeholder" aria-label="forecast" />;
}
