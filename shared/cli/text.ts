/**
 * Plain-text columns for the command line's tables: widths counted as a terminal shows them (CJK
 * and full-width characters take two cells; `displayWidth`, the one measure the exports use too).
 */
import { displayWidth } from '../io/export';

/** `text` padded to `width` display cells; a longer text keeps one space after it. */
export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? `${text} ` : text + ' '.repeat(width - w);
}

/**
 * A column's width from what it will hold: the widest text plus a gap, at most `max` cells (a
 * longer text overflows its column rather than widening every row).
 */
export function columnWidth(texts: Iterable<string>, max: number, gap = 2): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, displayWidth(text));
  return Math.min(widest, max) + gap;
}
