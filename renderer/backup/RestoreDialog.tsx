/**
 * Restore from a backup (desktop backup folder or a downloaded backup) or from a project file:
 * read (asking for the passphrase when encrypted) → choose the project → confirm → restore through
 * the atomic import commit, with a snapshot first and "Undo" offered afterwards.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Issue, ProjectFile } from '../../shared/model';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { IssueList } from '../components/IssueList';
import { pushToast } from '../components/toasts';
import { importIntoProject } from '../db/importIntoProject';
import { withdrawUndo } from '../db/undo';
import { useProjectNames } from '../hooks/useProjects';
import { useAppStore } from '../state/store';
import { openSealedFile } from './openSealed';
import { readRestoreSource } from './restoreSource';
import type { ReadSource } from './restoreSource';
import { formatDateTime } from '../../shared/format';

export type RestoreInput = { name: string; load: () => Promise<Uint8Array> };

type State =
  | { step: 'reading' }
  | { step: 'error'; issues: Issue[] }
  | { step: 'choose'; source: ReadSource; choice: string }
  | { step: 'working' };

export function RestoreDialog({ input, onClose }: { input: RestoreInput; onClose: () => void }) {
  const { t } = useTranslation('backup');
  const activeProjectId = useAppStore((s) => s.activeProjectId);
  const [state, setState] = useState<State>({ step: 'reading' });
  const existing = useProjectNames();

  useEffect(() => {
    let live = true;
    const fail = (issues: Issue[]) => live && setState({ step: 'error', issues });
    void (async () => {
      try {
        const bytes = await input.load();
        const opened = await openSealedFile(bytes, input.name);
        if (!opened) return live && onClose();
        const parsed = await readRestoreSource(opened.text, input.name);
        if (!parsed.ok) return fail(parsed.issues);
        const source = parsed.value;
        const choice = source.kind === 'project' ? (activeProjectId ?? '') : (source.bundle.projects.find((p) => p.id === activeProjectId)?.id ?? source.bundle.projects[0]?.id ?? '');
        if (live) setState({ step: 'choose', source, choice });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        fail([{ severity: 'error', code: 'read-failed', file: input.name, message: { zh: message, en: message } }]);
      }
    })();
    return () => {
      live = false;
    };
    // Read once per input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input]);

  const run = async (projectId: string, file: ProjectFile) => {
    setState({ step: 'working' });
    withdrawUndo();
    try {
      await importIntoProject(projectId, { assets: file.assets, dependencies: file.dependencies, project: file }, {
        doneText: t('restoreDialog.done', { name: file.project.name, assets: file.assets.length }),
        undoneText: t('restoreDialog.undone'),
      });
      onClose();
    } catch (error) {
      pushToast({ tone: 'error', text: t('restoreDialog.failed', { message: error instanceof Error ? error.message : String(error) }) });
      onClose();
    }
  };

  let body: React.ReactNode = null;
  let action: React.ReactNode = null;
  // The target sentence needs the project names: until they are read, the dialog is still reading
  // (it said "into a new project" for a moment, over the active one).
  if (state.step === 'reading' || state.step === 'working' || (state.step === 'choose' && existing === undefined)) {
    body = <p className="muted">{state.step === 'working' ? t('recovery.working') : t('restoreDialog.reading', { name: input.name })}</p>;
  } else if (state.step === 'error') {
    body = (
      <div role="alert" data-testid="restore-error">
        <IssueList issues={state.issues} />
      </div>
    );
  } else {
    const { source, choice } = state;
    const file = source.kind === 'project' ? source.file : source.bundle.projects.find((p) => p.id === choice)?.file;
    const targetName = existing?.[choice];
    body = (
      <div className="backup-restore" data-testid="restore-dialog">
        {source.kind === 'project' ? (
          <p>{t('restoreDialog.fromProject', { name: source.file.project.name, assets: source.file.assets.length, deps: source.file.dependencies.length })}</p>
        ) : (
          <fieldset>
            <legend>{t('restoreDialog.fromBackup', { time: formatDateTime(source.bundle.createdAt), count: source.bundle.projects.length })}</legend>
            {source.bundle.projects.map((p) => (
              <label key={p.id} className="radio backup-choice">
                <input type="radio" name="restore-project" checked={choice === p.id} onChange={() => setState({ ...state, choice: p.id })} />
                {t('restoreDialog.projectLine', { name: p.file.project.name, assets: p.file.assets.length })}
              </label>
            ))}
          </fieldset>
        )}
        <p data-testid="restore-target">
          {!choice ? t('restoreDialog.noProject') : targetName === undefined ? t('restoreDialog.intoNew') : choice === activeProjectId ? t('restoreDialog.intoActive', { name: targetName }) : t('restoreDialog.intoExisting', { name: targetName })}
        </p>
        <IssueList issues={source.issues} />
        <p className="muted">{t('restoreDialog.safe')}</p>
      </div>
    );
    action = (
      <Button variant="primary" disabled={!choice || !file || !existing} onClick={() => file && void run(choice, file)} data-testid="restore-confirm">
        {t('restoreDialog.confirm')}
      </Button>
    );
  }
  return (
    <Dialog title={t('restoreDialog.title')} onClose={onClose} wide footer={<><Button onClick={onClose}>{t('common:cancel')}</Button>{action}</>}>
      {body}
    </Dialog>
  );
}
