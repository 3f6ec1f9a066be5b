/**
 * i18next set-up. Each view owns a namespace file per language under locales/<lang>/<ns>.ts
 * (export const messages = {...}), so views never edit each other's strings.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Lang } from '../../shared/format';

export type { Lang };

type Messages = Record<string, unknown>;
const modules = import.meta.glob<{ messages: Messages }>('./locales/*/*.ts', { eager: true });

function collectResources(): Record<Lang, Record<string, Messages>> {
  const resources: Record<Lang, Record<string, Messages>> = { zh: {}, en: {} };
  for (const [path, mod] of Object.entries(modules)) {
    const match = /\.\/locales\/(zh|en)\/([\w-]+)\.ts$/.exec(path);
    if (match) resources[match[1] as Lang][match[2]!] = mod.messages;
  }
  return resources;
}

export const NAMESPACES = [...new Set(Object.keys(modules).map((p) => /\/([\w-]+)\.ts$/.exec(p)?.[1] ?? 'common'))];

/** Starts i18next in Chinese unless the user chose English before. */
export function initI18n(lang: Lang = readSavedLang()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: collectResources(),
      lng: lang,
      fallbackLng: 'zh',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }
  return i18next;
}

export function setLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem('xcplan.lang', lang);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for the session only.
  }
}

function readSavedLang(): Lang {
  try {
    return localStorage.getItem('xcplan.lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
