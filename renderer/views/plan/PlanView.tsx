// Placeholder until the plan view lands; replaced by its feature work.
export function PlanView() {
  return <section className="view-placeholder" aria-label="plan" />;
}
