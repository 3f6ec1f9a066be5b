// Placeholder until the inventory view lands; replaced by its feature work.
export function InventoryView() {
  return <section className="view-placeholder" aria-label="inventory" />;
}
