/**
 * The locale files agree: every namespace exists in both languages with the same keys, and each
 * string uses the same {{placeholders}} in both, so a word missing in English fails `npm test`.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/format';

type Tree = { [key: string]: unknown };
const modules = import.meta.glob<{ messages: Tree }>('./locales/*/*.ts', { eager: true });

function byLanguage(lang: Lang): Map<string, Tree> {
  const out = new Map<string, Tree>();
  for (const [path, mod] of Object.entries(modules)) {
    const match = /\/locales\/(zh|en)\/([\w-]+)\.ts$/.exec(path);
    if (match?.[1] === lang) out.set(match[2]!, mod.messages);
  }
  return out;
}

/** Every leaf as `path → placeholders` (sorted names between {{ }}). */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
    else out.set(path, [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(','));
  }
  return out;
}

describe('locale files', () => {
  const zh = byLanguage('zh');
  const en = byLanguage('en');

  it('have the same namespaces in Chinese and English', () => {
    expect(zh.size).toBeGreaterThan(5);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  for (const ns of zh.keys()) {
    it(`${ns}: same keys and placeholders in both languages`, () => {
      const a = leaves(zh.get(ns)!);
      const b = leaves(en.get(ns) ?? {});
      expect([...a.keys()].filter((k) => !b.has(k)), 'missing in English').toEqual([]);
      expect([...b.keys()].filter((k) => !a.has(k)), 'missing in Chinese').toEqual([]);
      const differ = [...a].filter(([k, p]) => b.has(k) && b.get(k) !== p).map(([k, p]) => `${k}: {{${p}}} vs {{${b.get(k)}}}`);
      expect(differ, 'placeholders differ').toEqual([]);
    });
  }
});
