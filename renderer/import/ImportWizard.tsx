/** Placeholder replaced below. */
export function ImportWizard() {
  return null;
}
