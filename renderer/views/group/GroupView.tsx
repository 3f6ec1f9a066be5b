// The hospital-group view (issue 7) is built by its feature work; until then it shows an empty view.
export function GroupView() {
  return <section className="view-placeholder" aria-label="group" />;
}
