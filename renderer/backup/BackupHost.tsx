/**
 * Mounted once by the shell: starts automatic backups when a project is open, and shows the
 * passphrase and start-up recovery prompts whenever something asks for them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useAppStore } from '../state/store';
import { startBackups } from './actions';
import { useBackupStore } from './backupStore';
import type { RecoveryRequest } from './backupStore';
import { backupKindLabel } from './kindLabel';
import { PassphrasePrompt } from './PassphraseDialog';
import { parseBackupFileName } from '../../shared/backup';
import './backup.css';
import { formatBytes, formatDateTime, toLang } from '../../shared/format';

export function BackupHost() {
  const hasProject = useAppStore((s) => s.activeProjectId !== undefined);
  useEffect(() => {
    if (!hasProject) return;
    let stop: (() => void) | undefined;
    let live = true;
    void startBackups().then((s) => (live ? (stop = s) : s()));
    return () => {
      live = false;
      stop?.();
    };
  }, [hasProject]);
  const recovery = useBackupStore((s) => s.recovery);
  return (
    <>
      {recovery ? <RecoveryDialog request={recovery} /> : null}
      <PassphrasePrompt />
    </>
  );
}

function RecoveryDialog({ request }: { request: RecoveryRequest }) {
  const { t, i18n } = useTranslation('backup');
  const lang = toLang(i18n.language);
  const [choice, setChoice] = useState(request.backups.find((b) => request.checks[b.name] !== 'damaged')?.name ?? '');
  return (
    <Dialog
      title={t('recovery.title')}
      onClose={() => request.resolve(undefined)}
      wide
      footer={
        <>
          <Button onClick={() => request.resolve(undefined)} data-testid="recovery-blank">
            {t('recovery.startBlank')}
          </Button>
          <Button variant="primary" disabled={!choice} onClick={() => request.resolve(choice)} data-testid="recovery-restore">
            {t('recovery.restoreAll')}
          </Button>
        </>
      }
    >
      <div className="backup-recovery" data-testid="recovery-dialog">
        <p>{request.reason === 'empty' ? t('recovery.emptyIntro', { count: request.backups.length }) : t('recovery.failedIntro', { count: request.backups.length, message: request.message ?? '' })}</p>
        {request.reason === 'open-failed' ? <p className="backup-warn">{t('recovery.failedReplace')}</p> : null}
        <fieldset>
          <legend>{t('recovery.choose')}</legend>
          {request.backups.slice(0, 30).map((b) => {
            const parsed = parseBackupFileName(b.name);
            const damaged = request.checks[b.name] === 'damaged';
            return (
              <label key={b.name} className="radio backup-choice">
                <input type="radio" name="recovery-backup" checked={choice === b.name} disabled={damaged} onChange={() => setChoice(b.name)} />
                {formatDateTime(parsed?.at ?? b.modifiedAt)} · {formatBytes(b.size, lang)} · {backupKindLabel(parsed, t)}
                {damaged ? <span className="backup-error"> · {t('damagedShort')}</span> : request.checks[b.name] === 'ok' ? <span className="muted"> · {t('checkedOk')}</span> : null}
              </label>
            );
          })}
        </fieldset>
      </div>
    </Dialog>
  );
}
