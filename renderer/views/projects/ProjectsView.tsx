/**
 * Projects: every hospital project on this machine. Switch, create an empty one, open a sample
 * hospital, rename, duplicate (what-if copies), delete (confirmed, then undoable from the toast),
 * merge a colleague's project file, and import a project file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { decodeText, parseProjectFileText, serializeProjectFile } from '../../../shared/io';
import { createEmptyProject, formatIssue } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { pushToast } from '../../components/toasts';
import { deleteProjectUndoable, duplicateProject, newProjectId, readProject, renameProject, replaceProject, restoreSnapshot } from '../../db/projects';
import type { ProjectSummary } from '../../db/projects';
import { availableSamples, openSample } from '../../db/samples';
import type { SampleId } from '../../db/samples';
import { offerUndo } from '../../db/undo';
import { useProjectList } from '../../hooks/useProjects';
import { PlatformError } from '../../platform';
import { useAppStore } from '../../state/store';
import { desktopGroupStore } from '../../platform';
import type { PickedFile } from '../../platform';
import { baseRevision, failureText, GroupStoreDialog, setBaseRevision } from './GroupStore';
import { MergeDialog } from './MergeDialog';
import './projects.css';
import { formatDateTime, formatNumber, joinClauses, toLang } from '../../../shared/format';

type Pending =
  | { kind: 'create' }
  | { kind: 'rename'; project: ProjectSummary }
  | { kind: 'delete'; project: ProjectSummary }
  | { kind: 'merge'; project: ProjectSummary }
  | { kind: 'group-settings' }
  | { kind: 'stale'; project: ProjectSummary; head: number; base: number }
  | { kind: 'merge-store'; project: ProjectSummary; revision: number; incoming: PickedFile };

export function ProjectsView() {
  const { t, i18n } = useTranslation('projects');
  const lang = toLang(i18n.language);
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
      else pushToast({ tone: 'error', text: joinClauses(result.issues.map((issue) => formatIssue(issue, lang)), lang) });
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
      offerUndo({
        text: t('deleted', { name: project.name }),
        undo: async () => {
          await restoreSnapshot(snapshot);
          if (wasActive) setActive(project.id);
        },
        undoneText: t('restored', { name: project.name }),
      });
    } catch (error) {
      fail(error);
    }
  };
  // ── Group store (desktop only; the web build says so) ──
  const store = desktopGroupStore();
  const desktopOnly = () => pushToast({ tone: 'info', text: t('groupSync.desktopOnly') });
  const syncFailed = (error: unknown) => pushToast({ tone: 'error', text: t('failed', { message: failureText(error, lang) }) });
  const pushProject = async (project: ProjectSummary) => {
    if (!store) return desktopOnly();
    setBusy(true);
    try {
      const file = await readProject(project.id);
      if (!file) return;
      const base = baseRevision(project.id);
      const result = await store.push(new TextEncoder().encode(serializeProjectFile(file)), base, 'project.xcplan.json');
      if (result.status === 'pushed') {
        setBaseRevision(project.id, result.revision);
        pushToast({ tone: 'info', text: t('groupSync.pushed', { name: project.name, revision: result.revision }) });
      } else if (result.status === 'stale') {
        setPending({ kind: 'stale', project, head: result.head, base: result.base });
      } else {
        const config = await store.config();
        pushToast({ tone: 'error', text: t('groupSync.unknownHospital', { hospital: config?.hospitalId ?? '' }) });
      }
    } catch (error) {
      if (error instanceof PlatformError && error.code === 'not-configured') setPending({ kind: 'group-settings' });
      syncFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const mergeStoreVersion = async (project: ProjectSummary) => {
    if (!store) return;
    try {
      const pulled = await store.pull();
      if (!pulled) return pushToast({ tone: 'info', text: t('groupSync.nothingToPull') });
      setPending({ kind: 'merge-store', project, revision: pulled.revision, incoming: { name: `group-store-r${pulled.revision}.xcplan.json`, bytes: pulled.bytes } });
    } catch (error) {
      syncFailed(error);
    }
  };
  const pullProject = async () => {
    if (!store) return desktopOnly();
    setBusy(true);
    try {
      const pulled = await store.pull();
      if (!pulled) return pushToast({ tone: 'info', text: t('groupSync.nothingToPull') });
      const parsed = parseProjectFileText(decodeText(pulled.bytes).text, `r${pulled.revision}.xcplan.json`);
      if (!parsed.ok) return pushToast({ tone: 'error', text: t('groupSync.invalid', { message: joinClauses(parsed.issues.map((i) => formatIssue(i, lang)), lang) }) });
      const now = new Date().toISOString();
      const id = newProjectId(now);
      await replaceProject(id, parsed.value, now);
      setBaseRevision(id, pulled.revision);
      pushToast({ tone: 'info', text: t('groupSync.pulled', { revision: pulled.revision, name: parsed.value.project.name }) });
      open(id);
    } catch (error) {
      if (error instanceof PlatformError && error.code === 'not-configured') setPending({ kind: 'group-settings' });
      syncFailed(error);
    } finally {
      setBusy(false);
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
          <Button disabled={busy} onClick={() => void pullProject()}>
            {t('groupSync.pull')}
          </Button>
          <Button onClick={() => (store ? setPending({ kind: 'group-settings' }) : desktopOnly())}>{t('groupSync.settings')}</Button>
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
                <td>{formatDateTime(p.updatedAt)}</td>
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
                  <Button variant="quiet" aria-describedby={`project-name-${p.id}`} disabled={busy} onClick={() => void pushProject(p)}>
                    {t('groupSync.push')}
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
      {pending?.kind === 'group-settings' && store ? <GroupStoreDialog store={store} lang={lang} onClose={() => setPending(undefined)} /> : null}
      {pending?.kind === 'stale' ? (
        <Dialog
          title={t('groupSync.staleTitle')}
          onClose={() => setPending(undefined)}
          footer={
            <>
              <Button onClick={() => setPending(undefined)}>{t('common:cancel')}</Button>
              <Button variant="primary" onClick={() => void mergeStoreVersion(pending.project)}>
                {t('groupSync.mergeStore')}
              </Button>
            </>
          }
        >
          <p role="alert">{t('groupSync.staleBody', { head: pending.head, base: pending.base, name: pending.project.name })}</p>
        </Dialog>
      ) : null}
      {pending?.kind === 'merge-store' ? (
        <MergeDialog
          projectId={pending.project.id}
          projectName={pending.project.name}
          incoming={pending.incoming}
          onMerged={() => {
            setBaseRevision(pending.project.id, pending.revision);
            pushToast({ tone: 'info', text: t('groupSync.mergedBase', { revision: pending.revision }) });
          }}
          onClose={() => setPending(undefined)}
        />
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
