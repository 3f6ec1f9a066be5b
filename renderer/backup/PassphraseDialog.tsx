/**
 * The passphrase prompt. For a new passphrase (export, backups) it asks twice and needs 8+
 * characters; for opening an encrypted file it asks once and shows why the last try failed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useBackupStore } from './backupStore';
import type { PassphraseRequest } from './backupStore';

export const MIN_PASSPHRASE_CHARS = 8;

export function PassphrasePrompt() {
  const prompt = useBackupStore((s) => s.prompt);
  return prompt ? <PassphraseDialog key={`${prompt.purpose}${prompt.fileName ?? ''}${prompt.error ?? ''}`} request={prompt} /> : null;
}

function PassphraseDialog({ request }: { request: PassphraseRequest }) {
  const { t } = useTranslation('backup');
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | undefined>(request.error);
  const isNew = request.purpose !== 'open';
  const title = request.purpose === 'open' ? t('passphrase.titleOpen') : request.purpose === 'export' ? t('passphrase.titleExport') : t('passphrase.titleBackup');
  const submit = () => {
    if (isNew && [...value].length < MIN_PASSPHRASE_CHARS) return setProblem(t('passphrase.tooShort'));
    if (isNew && value !== again) return setProblem(t('passphrase.mismatch'));
    if (!value) return;
    request.resolve(value);
  };
  return (
    <Dialog
      title={title}
      onClose={() => request.resolve(undefined)}
      footer={
        <>
          <Button onClick={() => request.resolve(undefined)}>{t('common:cancel')}</Button>
          <Button variant="primary" onClick={submit} disabled={!value} data-testid="passphrase-ok">
            {t('passphrase.ok')}
          </Button>
        </>
      }
    >
      <form
        className="backup-passphrase"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {request.purpose === 'open' ? <p>{t('passphrase.openIntro', { file: request.fileName ?? '' })}</p> : <p className="muted">{t('encryption.hint')}</p>}
        <label>
          {t('passphrase.label')}
          <input type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} data-testid="passphrase-input" />
        </label>
        {isNew ? (
          <label>
            {t('passphrase.confirmLabel')}
            <input type="password" autoComplete="off" value={again} onChange={(e) => setAgain(e.target.value)} data-testid="passphrase-again" />
          </label>
        ) : null}
        {problem ? (
          <p role="alert" className="backup-error" data-testid="passphrase-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
