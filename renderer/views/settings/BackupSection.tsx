/**
 * Settings → Backup and restore (issue 7). Desktop: the backup folder, its backups with time,
 * size and kind, restore from any of them, back up now, last backup and last verification.
 * Web build: download a backup now, a reminder when changes were not downloaded for a week, and
 * the copies kept in the browser before a schema upgrade (browserCopies.ts).
 * Both: restore from a backup or project file, and passphrase encryption of backups.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { parseBackupFileName } from '../../../shared/backup';
import type { BackupFileInfo, BackupListResult } from '../../../shared/ipc';
import { backupNow, downloadBackup, reportError } from '../../backup/actions';
import { needsDownloadReminder, REMINDER_DAYS } from '../../backup/backupRun';
import { askPassphrase, saveEncryptSetting, useBackupStore } from '../../backup/backupStore';
import { browserCopies } from '../../backup/browserCopies';
import { backupKindLabel } from '../../backup/kindLabel';
import { RestoreDialog } from '../../backup/RestoreDialog';
import type { RestoreInput } from '../../backup/RestoreDialog';
import '../../backup/backup.css';
import { Button } from '../../components/Button';
import { desktopBackups, pickFile, saveFile } from '../../platform';
import { formatBytes, formatDateTime, toLang } from '../../../shared/format';

export function BackupSection() {
  const { t } = useTranslation('backup');
  const status = useBackupStore((s) => s.status);
  const encrypt = useBackupStore((s) => s.encrypt);
  const passphrase = useBackupStore((s) => s.passphrase);
  const setPassphrase = useBackupStore((s) => s.setPassphrase);
  const [list, setList] = useState<BackupListResult | undefined>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<RestoreInput | undefined>();
  const target = desktopBackups();
  const desktop = target !== undefined;
  // The web build's copies taken before a schema upgrade (browserCopies.ts), listed when there are any.
  const copies = useMemo(() => (desktop ? undefined : browserCopies()), [desktop]);
  const [kept, setKept] = useState<BackupFileInfo[]>([]);
  const refreshKept = useCallback(async () => {
    if (copies) setKept((await copies.list().catch(() => undefined))?.files ?? []);
  }, [copies]);
  useEffect(() => {
    let live = true;
    if (copies) void copies.list().then((l) => live && setKept(l.files), () => undefined);
    return () => {
      live = false;
    };
  }, [copies]);

  const refresh = useCallback(async () => {
    const folder = desktopBackups();
    if (folder) setList(await folder.list().catch(() => undefined));
  }, []);
  useEffect(() => {
    let live = true;
    const folder = desktopBackups();
    if (folder) void folder.list().then((l) => live && setList(l), () => undefined);
    return () => {
      live = false;
    };
  }, [status.lastBackupAt]);

  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .catch(reportError)
      .finally(() => {
        setBusy(false);
        void refresh();
        void refreshKept();
      });
  };
  const restoreFromFile = () =>
    act(async () => {
      const picked = await pickFile([{ name: t('restoreFile'), extensions: ['json', 'xcpe'] }]);
      if (picked) setRestoring({ name: picked.name, load: () => Promise.resolve(picked.bytes) });
    });
  const enterPassphrase = async () => {
    const value = await askPassphrase('backup');
    if (value) setPassphrase(value);
    return value;
  };
  const toggleEncrypt = (on: boolean) =>
    act(async () => {
      if (on && !passphrase && !(await enterPassphrase())) return;
      await saveEncryptSetting(on);
    });
  const time = (iso: string | undefined) => (iso ? formatDateTime(iso) : t('never'));
  const remind = !desktop && needsDownloadReminder(status, new Date().toISOString(), REMINDER_DAYS);

  return (
    <section className="settings-card" aria-labelledby="settings-backup" data-testid="backup-section">
      <h3 id="settings-backup">{t('title')}</h3>
      <p className="muted">{desktop ? t('desktopIntro') : t('webIntro')}</p>
      {remind ? (
        <p className="banner banner-warn" role="status" data-testid="backup-reminder">
          {status.lastDownloadAt ? t('reminder', { days: REMINDER_DAYS }) : t('reminderNever')}
        </p>
      ) : null}
      {status.lastError && desktop ? (
        <p className="banner banner-error" role="alert">
          {t('lastError', { message: status.lastError })}
        </p>
      ) : null}
      <dl className="backup-facts">
        {desktop ? (
          <>
            <dt>{t('folder')}</dt>
            <dd data-testid="backup-folder">{list?.folder ?? ''}</dd>
            <dt>{t('lastBackup')}</dt>
            <dd>{time(status.lastBackupAt)}</dd>
            <dt>{t('lastVerified')}</dt>
            <dd data-testid="backup-verified">{time(status.lastVerifiedAt)}</dd>
          </>
        ) : (
          <>
            <dt>{t('lastDownload')}</dt>
            <dd data-testid="backup-last-download">{time(status.lastDownloadAt)}</dd>
          </>
        )}
      </dl>
      <div className="backup-actions">
        {desktop ? (
          <Button variant="primary" disabled={busy} onClick={() => act(backupNow)}>
            {t('backupNow')}
          </Button>
        ) : null}
        <Button variant={desktop ? 'default' : 'primary'} disabled={busy} onClick={() => act(downloadBackup)} data-testid="backup-download">
          {t('download')}
        </Button>
        <Button disabled={busy} onClick={restoreFromFile} data-testid="backup-restore-file">
          {t('restoreFile')}
        </Button>
      </div>
      {desktop ? (
        list && list.files.length > 0 ? (
          <BackupFilesTable testId="backup-list" caption={t('listCaption')} files={list.files} actions={(file) => (
            <Button variant="quiet" aria-label={t('restoreNamed', { name: file.name })} onClick={() => setRestoring({ name: file.name, load: () => target.read(file.name) })}>
              {t('restore')}
            </Button>
          )} />
        ) : (
          <p className="muted">{t('empty')}</p>
        )
      ) : null}
      {copies && kept.length > 0 ? (
        <BackupFilesTable testId="browser-copies" caption={t('browserCopies')} files={kept} actions={(file) => (
          <>
            <Button variant="quiet" aria-label={t('restoreNamed', { name: file.name })} onClick={() => setRestoring({ name: file.name, load: () => copies.read(file.name) })}>
              {t('restore')}
            </Button>
            <Button variant="quiet" aria-label={t('downloadNamed', { name: file.name })} disabled={busy} onClick={() => act(async () => saveFile(file.name, await copies.read(file.name), file.name.endsWith('.json') ? 'application/json' : 'application/octet-stream'))}>
              {t('downloadCopy')}
            </Button>
            <Button variant="quiet" aria-label={t('deleteNamed', { name: file.name })} disabled={busy} onClick={() => act(() => copies.remove(file.name))}>
              {t('deleteCopy')}
            </Button>
          </>
        )} />
      ) : null}
      <div className="backup-encryption">
        <h4>{t('encryption.title')}</h4>
        <label className="radio">
          <input type="checkbox" checked={encrypt} disabled={busy} onChange={(e) => toggleEncrypt(e.target.checked)} data-testid="backup-encrypt" />
          {t('encryption.label')}
        </label>
        <p className={encrypt && !passphrase ? 'backup-warn' : 'muted'}>{encrypt ? (passphrase ? t('encryption.set') : t('encryption.missing')) : t('encryption.hint')}</p>
        {encrypt ? (
          <div className="backup-actions">
            <Button onClick={() => void enterPassphrase()}>{t('encryption.enter')}</Button>
            {passphrase ? <Button variant="quiet" onClick={() => setPassphrase(undefined)}>{t('encryption.clear')}</Button> : null}
          </div>
        ) : null}
      </div>
      {restoring ? <RestoreDialog input={restoring} onClose={() => setRestoring(undefined)} /> : null}
    </section>
  );
}

/** Backup files by time, size and kind, each with its actions (the desktop folder, the browser's copies). */
function BackupFilesTable({ testId, caption, files, actions }: { testId: string; caption: string; files: readonly BackupFileInfo[]; actions: (file: BackupFileInfo) => ReactNode }) {
  const { t, i18n } = useTranslation('backup');
  const lang = toLang(i18n.language);
  return (
    <table className="backup-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.time')}</th>
          <th scope="col" className="num">{t('col.size')}</th>
          <th scope="col">{t('col.kind')}</th>
          <th scope="col">{t('col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => {
          const parsed = parseBackupFileName(file.name);
          return (
            <tr key={file.name}>
              <td>{formatDateTime(parsed?.at ?? file.modifiedAt)}</td>
              <td className="num">{formatBytes(file.size, lang)}</td>
              <td>{backupKindLabel(parsed, t)}</td>
              <td>{actions(file)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
