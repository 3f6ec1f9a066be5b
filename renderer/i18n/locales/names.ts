/** The domain vocabulary (shared/model/labels.ts) in one language, for the locale files. */
export function names<K extends string>(table: Record<K, { zh: string; en: string }>, lang: 'zh' | 'en'): Record<K, string> {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, (value as { zh: string; en: string })[lang]])) as Record<K, string>;
}
