/**
 * 评估与切换 Assessment and cut-over: the questionnaire per system (grade, effort), the database
 * assessment per instance, and the runbook of each core cut-over of the active plan.
 */
import { vendorName } from '../../../shared/catalogue';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ASSESSMENT_KEY, readAssessment } from '../../../shared/assessment';
import type { AssessmentSection } from '../../../shared/assessment';
import { assessDatabases, DBASSESS_KEY, importCatalogueCsv, readDbAssess, TARGET_TOOLS, TARGETS, withCatalogueImport } from '../../../shared/dbassess';
import type { Target } from '../../../shared/dbassess';
import type { ProjectFile } from '../../../shared/model';
import { formatIssue } from '../../../shared/model';
import { buildRunbook, cutoverInputs } from '../../../shared/runbook';
import { Chip, formatNumber, pushToast, TabList, toLang } from '../../components';
import type { Lang } from '../../components';
import { updateAssets } from '../../db/assets';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAnalysis } from '../../hooks/useAnalysis';
import { useAppStore } from '../../state/store';
import { usePlan } from '../plan/usePlan';
import { usePendingEdit } from '../../hooks/usePendingEdit';
import { saveExtension } from '../../db/extensions';
import { DiscoveryPanel } from './DiscoveryPanel';
import { SystemsPanel } from './SystemsPanel';
import './assessment.css';

const TABS = ['systems', 'databases', 'discovery', 'runbooks'] as const;
type Tab = (typeof TABS)[number];

export function AssessmentView() {
  const { t, i18n } = useTranslation('assessment');
  const lang = toLang(i18n.language);
  const project = useActiveProjectFile();
  // The plan's cut-over timeline opens this view on a runbook.
  const [tab, setTab] = useState<Tab>(() => (useAppStore.getState().runbookUnit ? 'runbooks' : 'systems'));
  let body: ReactNode;
  if (project === undefined) body = <p className="asm-note">{t('loading')}</p>;
  else if (project === null) body = <p className="asm-note">{t('noProject')}</p>;
  else body = <Panels project={project} tab={tab} lang={lang} />;
  return (
    <section className="asm-view" aria-labelledby="asm-title">
      <header className="asm-header">
        <h2 id="asm-title">{t('title')}</h2>
        <p>{t('subtitle')}</p>
      </header>
      <TabList ids={TABS} selected={tab} label={t('title')} className="asm-tabs" idPrefix="asm-tab" panelId={() => 'asm-panel'} labelOf={(id) => t(`tabs.${id}`)} onSelect={setTab} />
      <div role="tabpanel" id="asm-panel" aria-labelledby={`asm-tab-${tab}`} className="asm-panel">
        {body}
      </div>
    </section>
  );
}

function Panels({ project, tab, lang }: { project: ProjectFile; tab: Tab; lang: Lang }) {
  const { t } = useTranslation('assessment');
  const projectId = useAppStore((s) => s.activeProjectId);
  const read = useMemo(() => readAssessment(project, project.project.name), [project]);
  const [section, onChange] = usePendingEdit(read.ok ? read.value : {}, projectId, async (next: AssessmentSection) => {
    if (!projectId) return;
    try {
      await saveExtension(projectId, ASSESSMENT_KEY, next, new Date().toISOString());
    } catch (error) {
      pushToast({ tone: 'error', text: t('saveFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      throw error;
    }
  });
  if (!read.ok) return <IssueBox issues={read.issues.map((i) => formatIssue(i, lang))} />;
  const takeAssessedEffort = (assetId: string) => {
    if (!projectId) return;
    updateAssets(projectId, [assetId], { effort: undefined }, new Date().toISOString()).then(
      () => pushToast({ tone: 'info', text: t('result.usingAssessed') }, 4000),
      (error: unknown) => pushToast({ tone: 'error', text: t('saveFailed', { detail: error instanceof Error ? error.message : String(error) }) }),
    );
  };
  if (tab === 'systems') return <SystemsPanel project={project} section={section} lang={lang} onChange={onChange} onUseAssessedEffort={takeAssessedEffort} />;
  if (tab === 'databases') return <DatabasesPanel project={project} lang={lang} />;
  if (tab === 'discovery') return <DiscoveryPanel project={project} lang={lang} />;
  return <RunbooksPanel project={project} lang={lang} />;
}

function IssueBox({ issues }: { issues: string[] }) {
  return (
    <div role="alert" className="asm-error">
      <ul>{issues.map((text, i) => <li key={i}>{text}</li>)}</ul>
    </div>
  );
}

function DatabasesPanel({ project, lang }: { project: ProjectFile; lang: Lang }) {
  const { t } = useTranslation('assessment');
  const read = useMemo(() => readDbAssess(project, project.project.name), [project]);
  const rows = useMemo(() => assessDatabases(project, read.ok ? read.value : {}), [project, read]);
  const projectId = useAppStore((s) => s.activeProjectId);
  const [instance, setInstance] = useState<string>('');
  const [problems, setProblems] = useState<string[]>([]);
  if (!read.ok) return <IssueBox issues={read.issues.map((i) => formatIssue(i, lang))} />;
  const section = read.value;
  const save = (next: typeof section) => {
    if (!projectId) return;
    saveExtension(projectId, DBASSESS_KEY, next, new Date().toISOString()).catch((error: unknown) => {
      pushToast({ tone: 'error', text: t('saveFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    });
  };
  const onCatalogue = async (file: File) => {
    const parsed = importCatalogueCsv(new Uint8Array(await file.arrayBuffer()), file.name);
    setProblems(parsed.issues.map((i) => formatIssue(i, lang)));
    if (!parsed.ok || !instance) return;
    save(withCatalogueImport(section, instance, parsed.value, project.assets.filter((a) => a.category === 'application').map((a) => a.id)));
  };
  const headers = ['asset', 'engine', 'target', 'size', 'procedures', 'codeLines', 'features', 'effort', 'downtime'] as const;
  return (
    <>
      <p className="asm-note">{t('db.hint')}</p>
      <div className="asm-toolbar">
        <label>
          {t('db.instance')}
          <select value={instance} onChange={(e) => setInstance(e.target.value)}>
            <option value="">{t('db.pick')}</option>
            {rows.map((db) => <option key={db.assetId} value={db.assetId}>{db.name}</option>)}
          </select>
        </label>
        <label>
          {t('db.importCsv')}
          <input type="file" accept=".csv,.tsv,.txt" data-testid="catalogue-input" disabled={!instance} onChange={(e) => e.target.files?.[0] && void onCatalogue(e.target.files[0])} />
        </label>
        <label>
          {t('db.defaultTarget')}
          <select value={section.defaultTarget ?? 'dm'} onChange={(e) => save({ ...section, defaultTarget: e.target.value as Target })}>
            {TARGETS.map((target) => <option key={target} value={target}>{TARGET_TOOLS[target].product[lang]}</option>)}
          </select>
        </label>
      </div>
      {problems.length > 0 ? <IssueBox issues={problems} /> : null}
      <table className="asm-table">
        <thead>
          <tr>{headers.map((h) => <th key={h} scope="col">{t(`db.${h}`)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((db) => (
            <tr key={db.assetId}>
              <th scope="row">{db.name}<small>{db.assetId}</small></th>
              <td>{t(`engine.${db.engine}`)}</td>
              <td>{db.engine === 'domestic' ? '—' : `${TARGET_TOOLS[db.target].product[lang]} · ${db.estimate.tools.migrate}`}</td>
              <td>{db.sizeGb === undefined ? t('db.unknown') : `${formatNumber(db.sizeGb, lang, 1)} GB`}</td>
              <td>{db.entered ? formatNumber(db.counts.procedures + db.counts.packages, lang) : t('db.unknown')}</td>
              <td>{db.entered ? formatNumber(db.counts.codeLines, lang) : t('db.unknown')}</td>
              <td>{db.features.join(', ') || '—'}</td>
              <td>{db.estimate.rewrite ? <Chip tone="foreign">{t('db.rewrite')}</Chip> : t('days', { days: formatNumber(db.estimate.effort, lang) })}</td>
              <td>{db.engine === 'domestic' ? '—' : t('hours', { hours: formatNumber(db.estimate.downtimeHours, lang, 1) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function RunbooksPanel({ project, lang }: { project: ProjectFile; lang: Lang }) {
  const { t } = useTranslation('assessment');
  const plan = usePlan(project, lang);
  // The same analysis's procurement list names who supplies each substitute (the vendor teams);
  // until it is here, the teams are those of what stays.
  const list = useAnalysis('procurement', project, lang);
  const suppliers = list.status === 'ready' && plan.status === 'ready' && list.project === plan.project ? list.value : undefined;
  const runbooks = useMemo(() => (plan.status === 'ready' ? cutoverInputs(plan.project, plan.plan, 'core', suppliers).map(buildRunbook) : []), [plan, suppliers]);
  const focus = useAppStore((s) => s.runbookUnit);
  const openRunbook = useAppStore((s) => s.openRunbook);
  const [shown, setShown] = useState<string | undefined>(undefined);
  // Coming from the plan's timeline: show that runbook (scrolled to, steps open), then forget the request.
  if (focus && focus !== shown && runbooks.some((r) => r.unitId === focus)) setShown(focus);
  useEffect(() => {
    if (!shown) return;
    document.getElementById(`runbook-${shown}`)?.scrollIntoView({ block: 'start' });
    openRunbook(undefined);
  }, [shown, openRunbook]);
  if (plan.status === 'loading') return <p className="asm-note">{t('loading')}</p>;
  if (plan.status !== 'ready') return <p className="asm-note">{plan.status === 'error' ? plan.message : t('noProject')}</p>;
  if (runbooks.length === 0) return <p className="asm-note">{t('runbook.none')}</p>;
  return (
    <div className="asm-runbooks">
      <p className="asm-note">{t('runbook.hint')}</p>
      {runbooks.map((r) => (
        <article key={r.unitId} id={`runbook-${r.unitId}`} className={shown === r.unitId ? 'asm-runbook asm-runbook-shown' : 'asm-runbook'} aria-label={r.name} aria-current={shown === r.unitId ? 'true' : undefined} data-testid={`runbook-${r.unitId}`}>
          <h3>
            W{r.wave} {r.name} {r.core ? <Chip tone="accent">{t('runbook.core')}</Chip> : null}
          </h3>
          <dl>
            <dt>{t('runbook.window')}</dt>
            <dd>{r.window.text[lang]}</dd>
            <dt>{t('runbook.rollbackDeadline')}</dt>
            <dd>{r.rollbackDeadline}</dd>
            <dt>{t('runbook.dualTrackEnd')}</dt>
            <dd>{r.dualTrackEnd}</dd>
            <dt>{t('runbook.vendorTeams')}</dt>
            <dd>{r.vendorTeams.map((team) => vendorName(team, lang)).join(lang === 'zh' ? '、' : ', ') || '—'}</dd>
          </dl>
          {r.notes.map((n, i) => <p key={i} className="asm-runbook-note">{n[lang]}</p>)}
          <details>
            <summary>{t('runbook.goNoGo', { count: r.goNoGo.length })}</summary>
            <ul>{r.goNoGo.map((g, i) => <li key={i}>{g[lang]}</li>)}</ul>
          </details>
          <details open={shown === r.unitId ? true : undefined}>
            <summary>{t('runbook.steps')}</summary>
            <ol>{r.steps.map((s, i) => <li key={i}><time>{s.at}</time> {s.title[lang]} <small>{s.owner[lang]}</small></li>)}</ol>
          </details>
        </article>
      ))}
    </div>
  );
}
