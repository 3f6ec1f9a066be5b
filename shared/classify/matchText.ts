/**
 * The classifier's matching text (not to be confused with shared/io/normalise.ts, which parses an
 * import's cell values: numbers, dates, category words). Folding for matching: full-width to half-width (NFKC), lower case, accents removed,
 * every separator a single space. Matching runs on the "compact" form (spaces removed) so
 * `SQL Server`, `sql-server` and `SQLServer` meet, while word boundaries are read from the spaced
 * form so `hp` does not fire inside `chpt`.
 */

export type NormalizedText = {
  /** Separators collapsed to single spaces. */
  spaced: string;
  /** `spaced` without spaces. */
  compact: string;
  /** compact index -> spaced index. */
  positions: Int32Array;
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ACCENTED = /[\u00c0-\u024f]|[\u0300-\u036f]/;
/** Latin letters, digits and CJK ideographs survive; everything else separates words. */
const SEPARATORS = /[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/**
 * Normalises free text from an asset list. Never throws: non-strings become empty.
 * @param raw the text as typed
 * @returns the spaced and compact forms with the position map between them
 */
export function normalizeText(raw: unknown): NormalizedText {
  const text = typeof raw === 'string' ? raw : '';
  let folded = text.normalize('NFKC').toLowerCase();
  // Accents (Caché) only when there are accented latin letters: NFD over every string is costly.
  if (ACCENTED.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  const spaced = folded.replace(SEPARATORS, ' ').trim();
  const compact = spaced.replace(/ /g, '');
  const positions = new Int32Array(compact.length);
  let at = 0;
  for (let i = 0; i < spaced.length; i++) if (spaced.charCodeAt(i) !== 32) positions[at++] = i;
  return { spaced, compact, positions };
}

/** Normalises an alias the same way, as a compact key. */
export function compactAlias(alias: string): string {
  return normalizeText(alias).compact;
}

/** True for a latin letter or digit (the characters that glue words together). */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

/** True for a latin letter. */
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';

/** Matching weight of an alias: ideographs carry more information than latin letters. */
export function aliasWeight(compact: string): number {
  let weight = 0;
  for (const ch of compact) weight += ch.charCodeAt(0) > 0x3000 ? 2 : 1;
  return weight;
}

/** Restricted (optimal string alignment) edit distance, capped: returns cap+1 once exceeded. */
export function editDistance(a: string, b: string, cap = 1): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}
