/** A row of controls above a table or panel; wraps on narrow windows. */
import type { ReactNode } from 'react';

export function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {children}
    </div>
  );
}
