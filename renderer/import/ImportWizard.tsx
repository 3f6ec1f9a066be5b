/**
 * The import wizard: choose a file (size checked before reading) → for CSV/XLSX, column mapping
 * with preview → validation report (+ optional dependency CSV) → one atomic commit with progress
 * and cancel. A project file (`*.xcplan.json`) goes straight to its summary. Parsing runs in a
 * worker; nothing is written until the final step, and a failed or cancelled commit writes nothing.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isEncrypted } from '../../shared/backup';
import { profileFromMapping } from '../../shared/io';
import type { ColumnMapping, DateOrder, ImportTable, ReadOptions, ValueMap } from '../../shared/io';
import type { Dependency, Issue, ProjectFile } from '../../shared/model';
import { openSealedFile } from '../backup/openSealed';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { IssueList } from '../components/IssueList';
import { ProgressBar } from '../components/ProgressBar';
import { countProjectAssets, listAssets } from '../db/assets';
import { importIntoProject } from '../db/importIntoProject';
import { withdrawUndo } from '../db/undo';
import type { CommitResult, ImportMode, ImportPayload } from '../db/importCommit';
import { newProjectId } from '../db/projects';
import { useAppStore } from '../state/store';
import type { ConvertResult } from './importTasks';
import { MappingStep } from './MappingStep';
import { saveFile } from '../platform';
import { loadUserProfiles, saveUserProfile } from './profileStore';
import { ReportStep } from './ReportStep';
import { readTimeoutMs, runImportTask } from './workerClient';
import { canCommit, checkSizeBeforeRead, missingRequired, needsConfirmation, refuseLookAlikeIds } from './wizardModel';
import './import.css';
import { toLang } from '../../shared/format';
import type { Lang } from '../../shared/format';

type Step =
  | { name: 'choose'; issues: Issue[]; fileName?: string }
  | { name: 'busy'; label: string; progress?: { done: number; total: number } }
  | { name: 'project'; fileName: string; file: ProjectFile; issues: Issue[]; inProject: number }
  | { name: 'mapping'; fileName: string; table: ImportTable; mappings: Record<string, ColumnMapping>; issues: Issue[] }
  | { name: 'report'; fileName: string; table: ImportTable; mappings: Record<string, ColumnMapping>; converted: ConvertResult; existing: string[]; inProject: number }
  | { name: 'done'; result: CommitResult; fileName: string };

type Deps = { fileName: string; dependencies: Dependency[]; issues: Issue[]; ok: boolean };
/** The file's bytes and the reading choices, kept so a header row or sheet choice re-reads it. */
type Source = { bytes: Uint8Array; fileName: string; options: ReadOptions };

export function ImportWizard() {
  const { t, i18n } = useTranslation('import');
  const lang = toLang(i18n.language);
  const projectId = useAppStore((s) => s.activeProjectId);
  const setImportOpen = useAppStore((s) => s.setImportOpen);
  const [step, setStep] = useState<Step>({ name: 'choose', issues: [] });
  const [mode, setMode] = useState<ImportMode>('replace');
  const [projectTarget, setProjectTarget] = useState<'active' | 'new'>('new');
  const [acceptSuggestions, setAcceptSuggestions] = useState(true);
  const [deps, setDeps] = useState<Deps | undefined>();
  // The count of assets the user agreed to delete with an empty replace (issue 15 #2); reset per file.
  const [confirmedDeletion, setConfirmedDeletion] = useState<number | undefined>();
  const [source, setSource] = useState<Source | undefined>();
  const [values, setValues] = useState<ValueMap>({});
  const [dateOrders, setDateOrders] = useState<Record<string, DateOrder>>({});
  const [partial, setPartial] = useState(false);
  const [savedProfile, setSavedProfile] = useState<string | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);
  const close = () => {
    abortRef.current?.abort();
    setImportOpen(false);
  };
  const errorIssues = (fileName: string | undefined, error: unknown): Issue[] => [
    { severity: 'error', code: error instanceof Error ? error.name : 'error', file: fileName ?? '', message: { zh: messageOf(error, 'zh', t), en: messageOf(error, 'en', t) } },
  ];
  const failed = (fileName: string | undefined, error: unknown): Step => ({ name: 'choose', fileName, issues: errorIssues(fileName, error) });

  const readFile = async (file: File) => {
    setDeps(undefined);
    setConfirmedDeletion(undefined);
    withdrawUndo();
    // An encrypted export (`*.xcplan.xcpe`) holds a project file: it gets the project-file cap.
    const tooLarge = checkSizeBeforeRead(file.size, file.name.replace(/\.xcpe$/i, '.json'));
    if (tooLarge) return setStep({ name: 'choose', fileName: file.name, issues: [tooLarge] });
    const controller = new AbortController();
    abortRef.current = controller;
    setStep({ name: 'busy', label: t('busy.reading', { file: file.name }) });
    try {
      let bytes = new Uint8Array(await file.arrayBuffer());
      if (isEncrypted(bytes)) {
        // Asks for the passphrase (again after a wrong one); cancelling imports nothing.
        const opened = await openSealedFile(bytes, file.name);
        if (!opened) return setStep({ name: 'choose', issues: [] });
        bytes = new Uint8Array(opened.bytes);
      }
      setValues({});
      setDateOrders({});
      setPartial(false);
      setSavedProfile(undefined);
      setConfirmedDeletion(undefined);
      await readTable({ bytes, fileName: file.name, options: { profiles: loadUserProfiles() } }, controller.signal);
    } catch (error) {
      setStep(failed(file.name, error));
    }
  };

  /** Reads (or re-reads, after a header-row or sheet choice) the file into the mapping step. */
  const readTable = async (next: Source, signal?: AbortSignal) => {
    setSource(next);
    setStep({ name: 'busy', label: t('busy.reading', { file: next.fileName }) });
    try {
      const timeoutMs = readTimeoutMs(next.bytes.byteLength);
      const { result } = await runImportTask({ op: 'read', bytes: next.bytes, fileName: next.fileName, options: next.options }, signal ? { signal, timeoutMs } : { timeoutMs });
      if (!result.ok) setStep({ name: 'choose', fileName: next.fileName, issues: result.issues });
      else if (result.kind === 'project') setStep({ name: 'project', fileName: next.fileName, file: result.file, issues: result.issues, inProject: projectId && result.file.assets.length === 0 ? await countProjectAssets(projectId) : 0 });
      else setStep({ name: 'mapping', fileName: next.fileName, table: result.table, mappings: result.mappings, issues: result.issues });
    } catch (error) {
      setStep(failed(next.fileName, error));
    }
  };

  const reread = (change: (options: ReadOptions) => ReadOptions) => {
    if (source) void readTable({ ...source, options: change(source.options) });
  };

  const userProfileOf = (table: ImportTable) => (table.profile?.id.startsWith('user:') ? loadUserProfiles().find((p) => p.id === table.profile!.id) : undefined);

  const downloadRejects = async (table: ImportTable, converted: ConvertResult, fileName: string, format: 'csv' | 'xlsx') => {
    const { rejectsTable } = await import('./exportTables');
    const { bytes, mime } = await rejectsTable(table, converted.rejects, format, lang);
    const base = fileName.replace(/\.[^.]+$/, '');
    await saveFile(`${base}-${lang === 'zh' ? '未导入的行' : 'rows-set-aside'}.${format}`, bytes, mime);
  };

  const convert = async (from: { fileName: string; table: ImportTable; mappings: Record<string, ColumnMapping> }, accept = acceptSuggestions, decided: { values?: ValueMap; dateOrders?: Record<string, DateOrder> } = {}) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setStep({ name: 'busy', label: t('busy.checking', { file: from.fileName }) });
    const useValues = decided.values ?? values;
    const useDates = decided.dateOrders ?? dateOrders;
    const profile = userProfileOf(from.table);
    try {
      const request = { fileName: from.fileName, table: from.table, mappings: from.mappings, acceptSuggestions: accept, values: useValues, dateOrders: useDates, ...(profile ? { profile } : {}) };
      const converted = (await runImportTask({ op: 'convert', request }, { signal: controller.signal })).result;
      const existingIds = mode === 'add' && projectId ? new Set((await listAssets(projectId)).map((a) => a.id)) : new Set<string>();
      const result = refuseLookAlikeIds(converted, existingIds, from.fileName);
      const existing = result.ok ? result.assets.filter((a) => existingIds.has(a.id)).map((a) => a.id) : [];
      const inProject = mode === 'replace' && projectId && result.ok && result.assets.length === 0 ? await countProjectAssets(projectId) : 0;
      setStep({ name: 'report', fileName: from.fileName, table: from.table, mappings: from.mappings, converted: result, existing, inProject });
    } catch (error) {
      setStep(failed(from.fileName, error));
    }
  };

  const readDeps = async (file: File, converted: ConvertResult) => {
    const tooLarge = checkSizeBeforeRead(file.size, file.name);
    if (tooLarge) return setDeps({ fileName: file.name, dependencies: [], issues: [tooLarge], ok: false });
    const known = new Set(converted.ok ? converted.assets.map((a) => a.id) : []);
    if (mode === 'add' && projectId) for (const a of await listAssets(projectId)) known.add(a.id);
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const { result } = await runImportTask({ op: 'deps', bytes, fileName: file.name, knownIds: [...known] });
      setDeps(result.ok ? { fileName: file.name, dependencies: result.value, issues: result.issues, ok: true } : { fileName: file.name, dependencies: [], issues: result.issues, ok: false });
    } catch (error) {
      setDeps({ fileName: file.name, dependencies: [], issues: errorIssues(file.name, error), ok: false });
    }
  };

  const commit = async (fileName: string, target: string, payload: ImportPayload, commitMode: ImportMode) => {
    const controller = new AbortController();
    abortRef.current = controller;
    const label = t('busy.writing', { file: fileName });
    setStep({ name: 'busy', label, progress: { done: 0, total: payload.assets.length + payload.dependencies.length } });
    try {
      const result = await importIntoProject(target, payload, {
        mode: commitMode,
        confirmedDeletion,
        signal: controller.signal,
        onProgress: (progress) => setStep({ name: 'busy', label, progress }),
        doneText: t('backup:importUndo.done', { file: fileName }),
        undoneText: t('backup:importUndo.undone'),
      });
      setStep({ name: 'done', result, fileName });
    } catch (error) {
      setStep(failed(fileName, error));
    }
  };

  const body = (() => {
    switch (step.name) {
      case 'choose':
        return (
          <div className="wiz-choose">
            <p>{t('choose.intro')}</p>
            <label className="wiz-file wiz-file-main">
              {t('choose.pick')}
              <input type="file" accept=".csv,.xlsx,.xls,.ods,.tsv,.txt,.json,.xcplan.json,.xcpe" data-testid="import-input" onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])} />
            </label>
            <fieldset className="wiz-mode">
              <legend>{t('mode.label')}</legend>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                {t('mode.replace')}
              </label>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} />
                {t('mode.add')}
              </label>
            </fieldset>
            {step.issues.length > 0 ? (
              <div role="alert" className="wiz-error" data-testid="import-error">
                <p>{t('choose.failed', { file: step.fileName ?? '' })}</p>
                <IssueList issues={step.issues} />
              </div>
            ) : null}
          </div>
        );
      case 'busy':
        return (
          <div className="wiz-busy">
            <ProgressBar label={step.progress ? t('busy.progress', { done: step.progress.done, total: step.progress.total }) : step.label} value={step.progress?.done} max={step.progress?.total || 1} />
            <p className="muted">{t('busy.safe')}</p>
          </div>
        );
      case 'project':
        return (
          <div className="wiz-project">
            <p data-testid="import-summary">{t('project.summary', { name: step.file.project.name, assets: step.file.assets.length, deps: step.file.dependencies.length })}</p>
            <IssueList issues={step.issues} />
            <fieldset className="wiz-mode">
              <legend>{t('project.target')}</legend>
              <label>
                <input type="radio" name="project-target" checked={projectTarget === 'new'} onChange={() => setProjectTarget('new')} />
                {t('project.asNew')}
              </label>
              <label>
                <input type="radio" name="project-target" checked={projectTarget === 'active'} disabled={!projectId} onChange={() => setProjectTarget('active')} />
                {t('project.replaceActive')}
              </label>
            </fieldset>
            {projectTarget === 'active' ? <EmptyReplaceConfirm inProject={step.inProject} confirmed={confirmedDeletion} onChange={setConfirmedDeletion} /> : null}
          </div>
        );
      case 'mapping':
        return (
          <>
            <IssueList issues={step.issues} />
            <MappingStep
              fileName={step.fileName}
              table={step.table}
              mappings={step.mappings}
              onChange={(sheet, mapping) => setStep({ ...step, mappings: { ...step.mappings, [sheet]: mapping } })}
              onHeaderRow={(sheet, row) => reread((options) => ({ ...options, headerRows: { ...options.headerRows, [sheet]: row } }))}
              onIncludeSheet={(sheet, include) => reread((options) => ({ ...options, sheets: { ...options.sheets, [sheet]: include } }))}
              onSaveProfile={(name) => {
                const first = step.table.sheets[0];
                if (!first) return;
                saveUserProfile(profileFromMapping(name, first.headers, step.mappings[first.name] ?? {}, values));
                setSavedProfile(name);
              }}
              savedProfile={savedProfile}
            />
          </>
        );
      case 'report':
        return (
          <>
          <ReportStep
            converted={step.converted}
            acceptSuggestions={acceptSuggestions}
            onAcceptSuggestions={(accept) => {
              setAcceptSuggestions(accept);
              void convert(step, accept);
            }}
            existingIds={step.existing}
            mode={mode}
            deps={deps ? { fileName: deps.fileName, count: deps.dependencies.length, issues: deps.issues } : undefined}
            onPickDeps={(file) => void readDeps(file, step.converted)}
            values={values}
            onValues={(next) => {
              setValues(next);
              void convert(step, acceptSuggestions, { values: next });
            }}
            onDateOrder={(header, order) => {
              const next = { ...dateOrders, [header]: order };
              setDateOrders(next);
              void convert(step, acceptSuggestions, { dateOrders: next });
            }}
            partial={partial}
            onPartial={setPartial}
            onDownloadRejects={(format) => void downloadRejects(step.table, step.converted, step.fileName, format)}
          />
          {mode === 'replace' ? <EmptyReplaceConfirm inProject={step.inProject} confirmed={confirmedDeletion} onChange={setConfirmedDeletion} /> : null}
          </>
        );
      case 'done':
        return (
          <p role="status" data-testid="import-done">
            {t('done', { file: step.fileName, assets: step.result.assetsWritten, deps: step.result.dependenciesWritten, skipped: step.result.skippedIds.length })}
          </p>
        );
    }
  })();

  const footer = (() => {
    switch (step.name) {
      case 'busy':
        return <Button onClick={() => abortRef.current?.abort()}>{t('cancelImport')}</Button>;
      case 'project': {
        const target = projectTarget === 'active' && projectId ? projectId : newProjectId(new Date().toISOString());
        return (
          <>
            <Button onClick={() => setStep({ name: 'choose', issues: [] })}>{t('back')}</Button>
            <Button variant="primary" disabled={!canCommit(step.issues) || (projectTarget === 'active' && needsConfirmation(step.inProject, confirmedDeletion))} onClick={() => void commit(step.fileName, target, { assets: step.file.assets, dependencies: step.file.dependencies, project: step.file }, 'replace')}>
              {t('commit')}
            </Button>
          </>
        );
      }
      case 'mapping': {
        const blocked = step.table.sheets.some((s) => missingRequired(step.mappings[s.name] ?? {}).length > 0);
        return (
          <>
            <Button onClick={() => setStep({ name: 'choose', issues: [] })}>{t('back')}</Button>
            <Button variant="primary" disabled={blocked} onClick={() => void convert(step)}>
              {t('check')}
            </Button>
          </>
        );
      }
      case 'report': {
        // A partial import writes only the valid rows (in one transaction); the others are set aside.
        const partialOk = partial && !step.converted.ok && step.converted.assets.length > 0;
        const ready = (partialOk || (step.converted.ok && canCommit(step.converted.issues))) && (!deps || deps.ok) && projectId !== undefined && !(mode === 'replace' && needsConfirmation(step.inProject, confirmedDeletion));
        return (
          <>
            <Button onClick={() => setStep({ name: 'mapping', fileName: step.fileName, table: step.table, mappings: step.mappings, issues: [] })}>{t('back')}</Button>
            <Button
              variant="primary"
              disabled={!ready}
              onClick={() => ready && projectId && void commit(step.fileName, projectId, { assets: step.converted.assets, dependencies: deps?.dependencies ?? [] }, mode)}
            >
              {mode === 'replace' ? t('commitReplace', { count: ready ? step.converted.assets.length : 0 }) : t('commitAdd', { count: ready ? step.converted.assets.length - step.existing.length : 0 })}
            </Button>
          </>
        );
      }
      case 'done':
        return (
          <Button variant="primary" onClick={close}>
            {t('common:close')}
          </Button>
        );
      default:
        return <Button onClick={close}>{t('common:cancel')}</Button>;
    }
  })();

  return (
    <Dialog title={t('title')} onClose={close} footer={footer} wide>
      <ol className="wiz-steps" aria-label={t('stepsLabel')}>
        {(['choose', 'mapping', 'report', 'done'] as const).map((name) => (
          <li key={name} aria-current={stepGroup(step) === name ? 'step' : undefined}>
            {t(`steps.${name}`)}
          </li>
        ))}
      </ol>
      <div lang={lang === 'zh' ? 'zh-CN' : 'en'}>{body}</div>
    </Dialog>
  );
}

/**
 * An empty replace deletes the whole inventory: the user ticks a box that names how many assets
 * will be deleted before the commit button is enabled (issue 15 #2). Nothing shows when the list
 * is not empty or the project holds nothing.
 */
function EmptyReplaceConfirm({ inProject, confirmed, onChange }: { inProject: number; confirmed: number | undefined; onChange: (count: number | undefined) => void }) {
  const { t } = useTranslation('import');
  if (inProject === 0) return null;
  return (
    <div role="alert" className="wiz-error" data-testid="empty-replace">
      <p>{t('emptyReplace.warning', { count: inProject })}</p>
      <label>
        <input type="checkbox" checked={confirmed === inProject} onChange={(e) => onChange(e.target.checked ? inProject : undefined)} data-testid="empty-replace-confirm" />
        {t('emptyReplace.confirm', { count: inProject })}
      </label>
    </div>
  );
}

function stepGroup(step: Step): 'choose' | 'mapping' | 'report' | 'done' {
  if (step.name === 'project') return 'report';
  if (step.name === 'busy') return 'report';
  return step.name;
}

function messageOf(error: unknown, lang: Lang, t: (key: string, options?: Record<string, unknown>) => string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ImportCancelled' || name === 'TaskCancelled') return t('errors.cancelled', { lng: lang });
  if (name === 'TaskTimeout') return t('errors.timeout', { lng: lang });
  if (name === 'EmptyReplaceRefused') return t('errors.emptyReplace', { lng: lang });
  if (name === 'BulkError' || name === 'ConstraintError') return t('errors.constraint', { lng: lang, message: error instanceof Error ? error.message : '' });
  return t('errors.other', { lng: lang, message: error instanceof Error ? error.message : String(error) });
}
