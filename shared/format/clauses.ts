import type { Lang } from '../model';

/** Clauses of one sentence (reasons, error lists, alternatives) joined as the language writes them: '；' in Chinese, '; ' in English. */
export function joinClauses(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/**
 * Names (asset ids, systems) in a sentence: the first `max` joined as the language lists them
 * ('、' / ', '), then how many there are in all (Chinese: 等 N 项) or how many more (English).
 */
export function listNames(names: readonly string[], lang: Lang, max = 6): string {
  const shown = names.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  if (names.length <= max) return shown;
  return lang === 'zh' ? `${shown} 等 ${names.length} 项` : `${shown} and ${names.length - max} more`;
}
