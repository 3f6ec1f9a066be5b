import type { Lang } from '../model';

/** Clauses of one sentence (reasons, error lists, alternatives) joined as the language writes them: '；' in Chinese, '; ' in English. */
export function joinClauses(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '；' : '; ');
}
