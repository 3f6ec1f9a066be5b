/** Small coloured label, e.g. the origin of an asset (domestic / foreign / unknown). */
import type { ReactNode } from 'react';

export type ChipTone = 'domestic' | 'foreign' | 'unknown' | 'neutral' | 'warn' | 'accent';

export function Chip({ tone = 'neutral', children, title }: { tone?: ChipTone; children: ReactNode; title?: string }) {
  return (
    <span className={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** The chip tone of a vendor origin (foreign open source reads as foreign). */
export const chipTone = (origin: 'domestic' | 'foreign' | 'foreign-open-source' | 'unknown' | undefined): ChipTone =>
  origin === 'foreign-open-source' ? 'foreign' : (origin ?? 'unknown');
