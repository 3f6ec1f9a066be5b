/**
 * Sync with the hospital group's PostgreSQL store (issue 17), desktop only: the connection dialog,
 * and the revision each local project was last pushed or pulled as (the base of its next push).
 * Credentials never pass through here beyond the password field: the desktop shell keeps them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { pushToast } from '../../components/toasts';
import { PlatformError } from '../../platform';
import type { DesktopGroupStore, GroupConfig } from '../../platform';
import type { Lang } from '../../../shared/format';

const BASES_KEY = 'xcplan.groupStore.bases';

function readBases(): Record<string, number> {
  try {
    const raw = JSON.parse(localStorage.getItem(BASES_KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' ? (raw as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The group store revision a local project is based on (0: never synced). Not a secret. */
export function baseRevision(projectId: string): number {
  const value = readBases()[projectId];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

export function setBaseRevision(projectId: string, revision: number): void {
  localStorage.setItem(BASES_KEY, JSON.stringify({ ...readBases(), [projectId]: revision }));
}

/** The message of a failure, in the user's language (PlatformError carries both). */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof PlatformError) return lang === 'zh' ? error.zh : error.en;
  return error instanceof Error ? error.message : String(error);
}

export function GroupStoreDialog({ store, onClose, lang }: { store: DesktopGroupStore; onClose: () => void; lang: Lang }) {
  const { t } = useTranslation('projects');
  const [config, setConfig] = useState<GroupConfig | null | undefined>();
  const [url, setUrl] = useState('');
  const [hospitalId, setHospitalId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    store.config().then(
      (c) => {
        setConfig(c);
        if (c) {
          setUrl(c.url);
          setHospitalId(c.hospitalId);
        }
      },
      (e: unknown) => setError(failureText(e, lang)),
    );
  }, [store, lang]);
  const valid = url.trim().length > 0 && hospitalId.trim().length > 0;
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await store.configure({ url: url.trim(), hospitalId: hospitalId.trim(), ...(password ? { password } : {}) });
      pushToast({ tone: 'info', text: t('groupSync.saved') });
      onClose();
    } catch (e) {
      setError(failureText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('groupSync.settingsTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" disabled={!valid || busy} onClick={() => void save()}>
            {t('common:save')}
          </Button>
        </>
      }
    >
      <form
        className="group-store-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void save();
        }}
      >
        <p>{t('groupSync.settingsIntro')}</p>
        <label className="stacked-label">
          {t('groupSync.url')}
          <input value={url} onChange={(e) => setUrl(e.target.value)} required autoComplete="off" spellCheck={false} placeholder="postgres://planner@db.example:5432/xcplan" />
        </label>
        <label className="stacked-label">
          {t('groupSync.hospital')}
          <input value={hospitalId} onChange={(e) => setHospitalId(e.target.value)} required autoComplete="off" />
        </label>
        <label className="stacked-label">
          {t('groupSync.password')}
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" placeholder={config?.hasPassword ? t('groupSync.passwordKept') : ''} />
        </label>
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
