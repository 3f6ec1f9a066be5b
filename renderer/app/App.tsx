import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { setLang } from '../i18n';
import type { Lang } from '../i18n';
import { useAppStore } from '../state/store';
import { NAV_ORDER, VIEWS } from './views';

export function App() {
  const { t, i18n } = useTranslation('common');
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const View = VIEWS[view];
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('appName')}</h1>
        <label className="lang-switch">
          {t('language')}
          <select value={i18n.language} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <nav className="app-nav" aria-label={t('appName')}>
        <ul>
          {NAV_ORDER.map((id) => (
            <li key={id}>
              <button type="button" aria-current={id === view ? 'page' : undefined} onClick={() => setView(id)}>
                {t(`nav.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main">
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <View />
        </Suspense>
      </main>
    </div>
  );
}
