/** The shell: header (project, language), side navigation, banners, the active view, toasts, import wizard. */
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { toLang } from '../../shared/format';
import '../components/components.css';
import { BackupHost } from '../backup/BackupHost';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ToastHost } from '../components/ToastHost';
import { useAnalysisWarmup } from '../hooks/useAnalysis';
import { useBootstrap } from '../hooks/useBootstrap';
import { useActiveProjectRow } from '../hooks/useProjects';
import { setLang } from '../i18n';
import type { Lang } from '../i18n';
import { useAppStore } from '../state/store';
import { startErrorMessage } from './startError';
import { IMPORT_WIZARD, NAV_ORDER, preloadView, preloadViews, VIEWS } from './views';

const ImportWizard = IMPORT_WIZARD.Component;

export function App() {
  const { t, i18n } = useTranslation('common');
  const { ready, error } = useBootstrap(t('emptyProjectName'));
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const importOpen = useAppStore((s) => s.importOpen);
  const project = useActiveProjectRow();
  useAnalysisWarmup(toLang(i18n.language));
  useViewPreload(ready);
  const View = VIEWS[view];
  return (
    <div className="app">
      {/* The first Tab stop: past the header and the navigation to the view (WCAG 2.4.1). */}
      <a
        className="skip-link"
        href="#app-main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('app-main')?.focus();
        }}
      >
        {t('skipToMain')}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <h1 className="app-title">{t('appName')}</h1>
          <span className="app-project" data-testid="active-project">
            {project ? project.name : t('noProject')}
          </span>
        </div>
        <label className="lang-switch">
          {t('language')}
          <select value={toLang(i18n.language)} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <nav className="app-nav" aria-label={t('mainNav')}>
        <ul>
          {NAV_ORDER.map((id) => (
            <li key={id}>
              <button type="button" aria-current={id === view ? 'page' : undefined} onClick={() => setView(id)} onPointerEnter={() => preloadView(id)} onFocus={() => preloadView(id)}>
                {t(`nav.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="app-main" tabIndex={-1}>
        <Banners />
        {error !== undefined ? (
          <p role="alert" className="banner banner-error">
            {startErrorMessage(error, t)}
          </p>
        ) : ready ? (
          // Keyed by view: moving to another view clears a crash notice.
          <ErrorBoundary key={view} onBack={() => setView(view === 'inventory' ? 'projects' : 'inventory')} backLabel={view === 'inventory' ? t('nav.projects') : t('crash.back')}>
            <Suspense fallback={<p className="loading">{t('loading')}</p>}>
              <View />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="loading">{t('loading')}</p>
        )}
      </main>
      {importOpen ? (
        <Suspense fallback={null}>
          <ImportWizard />
        </Suspense>
      ) : null}
      <ToastHost />
      <BackupHost />
    </div>
  );
}

/** Quiet time after start-up before the other views' code is loaded (the first view's own comes first). */
const PRELOAD_VIEWS_AFTER_MS = 1500;

/**
 * Loads every view's code once the app has started and the page has been quiet a moment, so that
 * no view waits on its first visit (views.tsx says why that wait was 300 ms, not the load).
 * @param ready whether start-up has finished
 */
function useViewPreload(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let stop: (() => void) | undefined;
    const timer = setTimeout(() => (stop = preloadViews()), PRELOAD_VIEWS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      stop?.();
    };
  }, [ready]);
}

function Banners() {
  const { t } = useTranslation('common');
  const storage = useAppStore((s) => s.storage);
  const unfinished = useAppStore((s) => s.unfinishedImport);
  const setUnfinished = useAppStore((s) => s.setUnfinishedImport);
  const [storageDismissed, setStorageDismissed] = useState(false);
  return (
    <>
      {unfinished ? (
        <div className="banner banner-warn" role="status">
          <span>{t('unfinishedImport')}</span>
          <button type="button" className="btn btn-quiet" onClick={() => setUnfinished(false)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      {storage?.persisted === false && !storageDismissed ? (
        <div className="banner banner-info" role="status" data-testid="storage-banner">
          <span>{t('storageBanner')}</span>
          <button type="button" className="btn btn-quiet" onClick={() => setStorageDismissed(true)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
