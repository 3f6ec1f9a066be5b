// Placeholder until the projects view lands; replaced by its feature work.
export function ProjectsView() {
  return <section className="view-placeholder" aria-label="projects" />;
}
