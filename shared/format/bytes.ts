/** Sizes of files and storage for messages and tables. */
import type { Lang } from '../model';
import { formatNumber } from './number';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/**
 * A byte count in B, KB, MB or GB (1024-based): one decimal under 10, none above (`512 KB`,
 * `1.5 MB`, `20 MB`).
 * @param bytes the size
 * @param lang grouping of the locale (default zh)
 */
export function formatBytes(bytes: number, lang: Lang = 'zh'): string {
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < UNITS.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${formatNumber(value, lang, i === 0 || value >= 10 ? 0 : 1)} ${UNITS[i]}`;
}
