// Placeholder until the settings view lands; replaced by its feature work.
export function SettingsView() {
  return <section className="view-placeholder" aria-label="settings" />;
}
