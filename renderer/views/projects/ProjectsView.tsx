/**
 * Projects: every hospital project on this machine. Switch, create an empty one, open a sample
 * hospital, rename, duplicate (what-if copies), delete (confirmed, then undoable from the toast),
 * merge a colleague's project file, and import a project file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { createEmptyProject, formatIssue } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime, formatNumber, toDisplayLang } from '../../components/format';
import { pushToast } from '../../components/toasts';
import { deleteProjectUndoable, duplicateProject, renameProject, replaceProject, restoreProject } from '../../db/projects';
import type { ProjectSummary } from '../../db/projects';
import { availableSamples, newProjectId, openSample } from '../../db/samples';
import type { SampleId } from '../../db/samples';
import { useProjectList } from '../../hooks/useProjects';
import { useAppStore } from '../../state/store';
import { MergeDialog } from './MergeDialog';
import './projects.css';

type Pending = { kind: 'create' } | { kind: 'rename'; project: ProjectSummary } | { kind: 'delete'; project: ProjectSummary } | { kind: 'merge'; project: ProjectSummary };

export function ProjectsView() {
  const { t, i18n } = useTranslation('projects');
  const lang = toDisplayLang(i18n.language);
  const projects = useProjectList();
  const activeId = useAppStore((s) => s.activeProjectId);
  const setActive = useAppStore((s) => s.setActiveProject);
  const setView = useAppStore((s) => s.setView);
  const setImportOpen = useAppStore((s) => s.setImportOpen);
  const [pending, setPending] = useState<Pending | undefined>();
  const [busy, setBusy] = useState(false);
  const open = (id: string) => {
    setActive(id);
    setView('inventory');
  };
  const fail = (error: unknown) => pushToast({ tone: 'error', text: t('failed', { message: error instanceof Error ? error.message : String(error) }) });
  const loadSample = async (id: SampleId) => {
    setBusy(true);
    try {
      const result = await openSample(id, new Date().toISOString());
      if (result.ok) open(result.value);
      else pushToast({ tone: 'error', text: result.issues.map((issue) => formatIssue(issue, lang)).join('；') });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const duplicate = async (project: ProjectSummary) => {
    try {
      const name = t('copyName', { name: project.name });
      const id = await duplicateProject(project.id, name, new Date().toISOString());
      if (id) pushToast({ tone: 'info', text: t('duplicated', { name }) });
    } catch (error) {
      fail(error);
    }
  };
  const remove = async (project: ProjectSummary) => {
    try {
      const snapshot = await deleteProjectUndoable(project.id);
      const wasActive = project.id === activeId;
      if (wasActive) setActive(projects?.find((p) => p.id !== project.id)?.id);
      if (!snapshot) return;
      pushToast(
        {
          tone: 'info',
          text: t('deleted', { name: project.name }),
          action: {
            label: t('undo'),
            run: () =>
              restoreProject(snapshot).then(() => {
                if (wasActive) setActive(project.id);
                pushToast({ tone: 'info', text: t('restored', { name: project.name }) });
              }, (error: unknown) => void fail(error)),
          },
        },
        20_000,
      );
    } catch (error) {
      fail(error);
    }
  };
  if (projects === undefined) return <p className="loading">{t('common:loading')}</p>;
  return (
    <div className="projects">
      <div className="projects-head">
        <h2 className="view-title">{t('title')}</h2>
        <div className="projects-actions">
          <Button variant="primary" onClick={() => setPending({ kind: 'create' })}>
            {t('create')}
          </Button>
          {availableSamples().map((id) => (
            <Button key={id} disabled={busy} onClick={() => void loadSample(id)}>
              {t(`sample.${id}`)}
            </Button>
          ))}
          <Button onClick={() => setImportOpen(true)}>{t('importFile')}</Button>
        </div>
      </div>
      {projects.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <table className="data-table projects-table">
          <thead>
            <tr>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('col.province')}</th>
              <th scope="col" className="num">
                {t('col.assets')}
              </th>
              <th scope="col">{t('col.updated')}</th>
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id} className={p.id === activeId ? 'is-active' : undefined} aria-current={p.id === activeId ? 'true' : undefined} data-project-id={p.id}>
                <td>
                  <button type="button" className="link-button" id={`project-name-${p.id}`} onClick={() => open(p.id)}>
                    {p.name}
                  </button>
                  {p.id === activeId ? <span className="chip chip-accent">{t('active')}</span> : null}
                </td>
                <td>{p.province ?? ''}</td>
                <td className="num">{formatNumber(p.assetCount, lang)}</td>
                <td>{formatDateTime(p.updatedAt, lang)}</td>
                <td className="row-actions">
                  <Button variant="quiet" aria-describedby={`project-name-${p.id}`} onClick={() => open(p.id)}>
                    {t('open')}
                  </Button>
                  <Button variant="quiet" aria-describedby={`project-name-${p.id}`} onClick={() => setPending({ kind: 'rename', project: p })}>
                    {t('rename')}
                  </Button>
                  <Button variant="quiet" aria-describedby={`project-name-${p.id}`} onClick={() => void duplicate(p)}>
                    {t('duplicate')}
                  </Button>
                  <Button variant="quiet" aria-describedby={`project-name-${p.id}`} onClick={() => setPending({ kind: 'merge', project: p })}>
                    {t('merge')}
                  </Button>
                  <Button variant="quiet" className="danger-text" aria-describedby={`project-name-${p.id}`} onClick={() => setPending({ kind: 'delete', project: p })}>
                    {t('delete')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending?.kind === 'create' || pending?.kind === 'rename' ? (
        <NameDialog
          title={pending.kind === 'create' ? t('create') : t('rename')}
          initial={pending.kind === 'rename' ? pending.project.name : t('common:emptyProjectName')}
          onClose={() => setPending(undefined)}
          onSubmit={async (name) => {
            const now = new Date().toISOString();
            try {
              if (pending.kind === 'rename') await renameProject(pending.project.id, name, now);
              else {
                const id = newProjectId(now);
                await replaceProject(id, createEmptyProject(name, now.slice(0, 10)), now);
                open(id);
              }
              setPending(undefined);
            } catch (error) {
              fail(error);
            }
          }}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <Dialog
          title={t('deleteTitle')}
          onClose={() => setPending(undefined)}
          footer={
            <>
              <Button onClick={() => setPending(undefined)}>{t('common:cancel')}</Button>
              <Button
                variant="danger"
                onClick={() => {
                  const { project } = pending;
                  setPending(undefined);
                  void remove(project);
                }}
              >
                {t('deleteConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('deleteBody', { name: pending.project.name, count: pending.project.assetCount })}</p>
        </Dialog>
      ) : null}
      {pending?.kind === 'merge' ? <MergeDialog projectId={pending.project.id} projectName={pending.project.name} onClose={() => setPending(undefined)} /> : null}
    </div>
  );
}

function NameDialog({ title, initial, onClose, onSubmit }: { title: string; initial: string; onClose: () => void; onSubmit: (name: string) => Promise<void> }) {
  const { t } = useTranslation('projects');
  const [name, setName] = useState(initial);
  const valid = name.trim().length > 0;
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" disabled={!valid} onClick={() => void onSubmit(name.trim())}>
            {t('common:save')}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void onSubmit(name.trim());
        }}
      >
        <label className="stacked-label">
          {t('col.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
      </form>
    </Dialog>
  );
}
