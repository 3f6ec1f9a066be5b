/**
 * Accuracy of the classifier on a labelled set (`fixtures/labelled/products.csv`): precision and
 * recall of origin and category, over the rows that carry that label. Precision divides the correct
 * answers by the answers given (origin not `unknown`, a category inferred); recall by all labelled rows.
 */
import type { Catalogue } from '../catalogue';
import { classifierFor } from './classifier';

export type LabelledRow = { text: string; category?: string; origin?: string; cpuArch?: string };

export type Accuracy = {
  rows: number;
  originPrecision: number;
  originRecall: number;
  categoryPrecision: number;
  categoryRecall: number;
  cpuArchAccuracy: number;
  /** Rows the classifier got wrong on origin (for tuning; never to special-case). */
  originMisses: { text: string; expected: string; got: string }[];
};

const norm = (value: string | undefined): string => (value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');

/** Maps labels to the contract's origin values (`foreign-open-source` counts as foreign). */
function normOrigin(value: string | undefined): string {
  const v = norm(value);
  if (v === '' || v === 'unknown') return '';
  if (v.startsWith('domestic') || v === '国产') return 'domestic';
  if (v.startsWith('foreign') || v === '进口' || v === '国外') return 'foreign';
  return v;
}

function normArch(value: string | undefined): string {
  const v = norm(value).replace(/[^a-z0-9]/g, '');
  if (['x8664', 'x86', 'amd64', 'x64'].includes(v)) return 'x86-64';
  if (['armv8', 'arm64', 'aarch64', 'arm'].includes(v)) return 'armv8';
  return v;
}

/**
 * @param rows labelled rows (`text` is what the classifier sees, as an asset name)
 * @param catalogue the catalogue to test
 * @returns precision and recall (0..1) and the origin misses
 */
export function measureAccuracy(rows: readonly LabelledRow[], catalogue?: Catalogue): Accuracy {
  const classifier = classifierFor(catalogue);
  let originAnswered = 0;
  let originLabelled = 0;
  let originCorrect = 0;
  let categoryAnswered = 0;
  let categoryLabelled = 0;
  let categoryCorrect = 0;
  let archLabelled = 0;
  let archCorrect = 0;
  const originMisses: Accuracy['originMisses'] = [];
  for (const row of rows) {
    const result = classifier.classify({ name: row.text });
    const expectedOrigin = normOrigin(row.origin);
    const gotOrigin = result.origin === 'unknown' ? '' : result.origin;
    if (expectedOrigin && gotOrigin) originAnswered++;
    if (expectedOrigin) {
      originLabelled++;
      if (gotOrigin === expectedOrigin) originCorrect++;
      else originMisses.push({ text: row.text, expected: expectedOrigin, got: result.origin });
    }
    const expectedCategory = norm(row.category);
    const gotCategory = norm(result.category);
    if (expectedCategory && gotCategory) categoryAnswered++;
    if (expectedCategory) {
      categoryLabelled++;
      if (gotCategory === expectedCategory) categoryCorrect++;
    }
    const expectedArch = normArch(row.cpuArch);
    if (expectedArch) {
      archLabelled++;
      if (normArch(result.cpuArch) === expectedArch) archCorrect++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    rows: rows.length,
    originPrecision: ratio(originCorrect, originAnswered),
    originRecall: ratio(originCorrect, originLabelled),
    categoryPrecision: ratio(categoryCorrect, categoryAnswered),
    categoryRecall: ratio(categoryCorrect, categoryLabelled),
    cpuArchAccuracy: ratio(archCorrect, archLabelled),
    originMisses,
  };
}
