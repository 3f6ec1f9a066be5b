/**
 * The planning view: summary, warnings, the wave timeline by tier, the selected asset's details and
 * the scenario editor. Edits apply at once to the plan (the worker re-plans in the background) and
 * are written to IndexedDB through renderer/db/scenarios.ts, one transaction each.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { buildTimeline } from '../../../shared/layout';
import { placementOf } from '../../../shared/planner';
import { DEFAULT_SCENARIO } from '../../../shared/model';
import type { Asset, ProjectFile, ProjectMeta, Scenario } from '../../../shared/model';
import type { AssetInsight } from '../../../shared/planner';
import { EmptyState, formatMoney, formatNumber, formatShare, pushToast, toLang } from '../../components';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAppStore } from '../../state/store';
import { AssetDetails } from './AssetDetails';
import { CutoverTimeline } from './CutoverTimeline';
import { ScenarioEditor } from './ScenarioEditor';
import { activateScenario, clearPins, copyScenario, deleteScenario, renameScenario, setPin, updatePlanningMeta, updateScenario } from '../../db/scenarios';
import type { MetaPatch } from '../../db/scenarios';
import { Timeline } from './Timeline';
import { usePlan } from './usePlan';
import { WarningsPanel } from './WarningsPanel';
import './plan.css';
import type { Lang } from '../../../shared/format';

type Overrides = { scenario?: Partial<Scenario>; meta?: Partial<ProjectMeta> };

export function PlanView() {
  const { t, i18n } = useTranslation('plan');
  const lang = toLang(i18n.language);
  const live = useActiveProjectFile();
  const projectId = useAppStore((s) => s.activeProjectId);
  const { project, save, override } = useOptimisticProject(live);
  const state = usePlan(project, lang);

  if (state.status === 'loading') return <p className="loading">{t('loading')}</p>;
  if (state.status === 'no-project' || !project || !projectId)
    return (
      <EmptyState title={t('noProject')}>
        <p>{t('noProjectBody')}</p>
      </EmptyState>
    );
  if (state.status === 'error') return <p className="banner banner-error" role="alert">{t('planFailed', { message: state.message })}</p>;
  return <PlanReady projectId={projectId} project={project} state={state} lang={lang} save={save} override={override} />;
}

type ReadyState = Extract<ReturnType<typeof usePlan>, { status: 'ready' }>;

function PlanReady({ projectId, project, state, lang, save, override }: {
  projectId: string;
  project: ProjectFile;
  state: ReadyState;
  lang: Lang;
  save: (work: () => Promise<unknown>) => void;
  override: (o: Overrides | undefined) => void;
}) {
  const { t } = useTranslation('plan');
  const moneyUnit = useAppStore((s) => s.moneyUnit);
  const selectedId = useAppStore((s) => s.selectedAssetId);
  const selectAsset = useAppStore((s) => s.selectAsset);
  const setView = useAppStore((s) => s.setView);
  const openRunbook = useAppStore((s) => s.openRunbook);
  const { plan } = state;
  const scenario = useMemo(() => project.scenario ?? { ...DEFAULT_SCENARIO, pins: {} }, [project.scenario]);
  const names = [scenario.name, ...(project.scenarios ?? []).map((s) => s.name)].sort();
  const now = () => new Date().toISOString();

  const assets = useMemo(() => new Map<string, Asset>(project.assets.map((a) => [a.id, a])), [project.assets]);
  const model = useMemo(() => buildTimeline(state.project, plan, undefined, state.project.scenario ?? scenario), [state.project, plan, scenario]);
  const maxWave = Math.max(1, Math.floor((project.project.horizonYears * 12) / Math.max(1, project.project.waveMonths)));

  const pinTo = (assetId: string, wave: number | undefined) => {
    const pins = { ...scenario.pins };
    if (wave === undefined) delete pins[assetId];
    else pins[assetId] = wave;
    override({ scenario: { pins } });
    save(() => setPin(projectId, scenario.name, assetId, wave, now()));
  };
  const named = async (work: Promise<string>, name: string) => {
    const result = await work;
    if (result === 'exists') pushToast({ tone: 'error', text: t('scenario.exists', { name }) });
    else if (result === 'empty-name') pushToast({ tone: 'error', text: t('scenario.emptyName') });
    else if (result === 'last') pushToast({ tone: 'error', text: t('scenario.last') });
  };

  const selected = selectedId ? assets.get(selectedId) : undefined;
  const insight = useInsight(state, selectedId);
  // The headline is business systems on a full domestic stack (planning rule 13), as in the
  // forecast and the report; the other kinds by units beside it.
  const systemsEnd = model.waves.length > 0 ? model.waves[model.waves.length - 1]!.systemsAfter : model.systemsStart;
  const coverageBy = plan.metrics.coverage;

  if (project.assets.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <section className="plan-view" aria-label={t('title')}>
      <header className="plan-summary">
        <h2>{t('title')}</h2>
        <dl>
          <div>
            <dt>{t('summary.waves')}</dt>
            <dd data-testid="plan-waves">
              {plan.metrics.waves} <span className="muted">/ {t('summary.lowerBound')} {plan.metrics.lowerBound}</span>
            </dd>
          </div>
          <div>
            <dt>{t('summary.planned')}</dt>
            <dd>{formatNumber(plan.metrics.assetsPlanned, lang)}</dd>
          </div>
          <div>
            <dt>{t('summary.effort')}</dt>
            <dd data-testid="plan-effort" data-value={plan.metrics.effortTotal}>{t('personDays', { value: formatNumber(plan.metrics.effortTotal, lang) })}</dd>
          </div>
          <div title={t('summary.costTitle')}>
            <dt>{t('summary.cost')}</dt>
            <dd data-testid="plan-cost">{formatMoney(plan.metrics.costTotal, moneyUnit, lang)}</dd>
            <dd className="plan-summary-note">{t('summary.costNote')}</dd>
          </div>
          <div title={t('summary.coverageTitle')}>
            <dt>{t('summary.coverageNow')}</dt>
            <dd data-testid="plan-coverage">
              {formatShare(model.systemsStart)} → {formatShare(systemsEnd)} <span className="muted">{t('summary.coverageEnd')}</span>
            </dd>
            <dd className="plan-summary-note" data-testid="plan-coverage-by">
              {t('summary.coverageBy', { terminals: formatShare(coverageBy.terminals), servers: formatShare(coverageBy.servers), os: formatShare(coverageBy.os), database: formatShare(coverageBy.database) })}
            </dd>
          </div>
        </dl>
        <span className="plan-timing muted" data-testid="plan-timing" aria-live="polite">
          {state.pending ? t('planning') : t('plannedIn', { ms: formatNumber(state.ms, lang, 1) })}
        </span>
      </header>
      <WarningsPanel plan={plan} broken={state.analysis.broken} onSelect={selectAsset} />
      <CutoverTimeline project={state.project} plan={plan} lang={lang} onOpen={openRunbook} />
      <div className="plan-body">
        <div className="plan-main">
          <div className="plan-scroll">
            <Timeline model={model} assets={assets} pins={scenario.pins} capacity={scenario.capacityPerWave} selectedId={selectedId} lang={lang} moneyUnit={moneyUnit} onSelect={selectAsset} onPin={(id, wave) => pinTo(id, wave)} />
          </div>
          <footer className="plan-footer">
            {model.years.length > 0 ? (
              <span>
                {t('years')}:{' '}
                {model.years.map((y, i) => {
                  // The one analysis: the year's one-off spend (= forecast, = procurement list) and any security shortfall in yuan.
                  const shortfall = state.analysis.forecast.years.find((f) => f.year === y.year)?.securityShortfall ?? 0;
                  return (
                    <span key={y.year} data-testid={`plan-year-${y.year}`} data-yuan={y.cost}>
                      {i > 0 ? '；' : ''}
                      {y.budget === undefined
                        ? t('yearRowNoBudget', { year: y.year, cost: formatMoney(y.cost, moneyUnit, lang) })
                        : t('yearRow', { year: y.year, cost: formatMoney(y.cost, moneyUnit, lang), budget: formatMoney(y.budget, moneyUnit, lang), share: formatShare(y.share ?? 0, 0) })}
                      {shortfall > 0 ? t('securityShortfall', { amount: formatMoney(shortfall, 'yuan', lang) }) : null}
                    </span>
                  );
                })}
              </span>
            ) : null}
            <span>{t('retained', { count: model.retained.length })}</span>
            <span>{t('unscheduled', { count: model.unscheduled.length })}</span>
            <ul className="plan-legend" aria-label={t('legend.label')}>
              {(['foreign', 'domestic', 'unknown'] as const).map((origin) => (
                <li key={origin}>
                  <i className={`plan-legend-bar origin-${origin}`} aria-hidden="true" />
                  {t(`legend.${origin}`)}
                </li>
              ))}
              <li>
                <span className="plan-legend-mark" aria-hidden="true">⚑</span>
                {t('legend.pinned')}
              </li>
              <li>{t('legend.stack')}</li>
              <li>{t('legend.build')}</li>
            </ul>
          </footer>
        </div>
        <div className="plan-side">
          {selected ? (
            <AssetDetails
              asset={selected}
              plan={plan}
              tier={placementOf(plan, selected.id)?.tier}
              insight={insight?.id === selected.id ? insight : undefined}
              assets={assets}
              pin={scenario.pins[selected.id]}
              maxWave={maxWave}
              lang={lang}
              onSelect={selectAsset}
              onPin={(wave) => pinTo(selected.id, wave)}
              onOpen={(view) => setView(view)}
              onClose={() => selectAsset(undefined)}
            />
          ) : (
            <p className="plan-details-empty muted">{t('details.none')}</p>
          )}
          <ScenarioEditor
            scenario={scenario}
            meta={project.project}
            names={names}
            onScenarioChange={(patch) => {
              override({ scenario: patch });
              save(() => updateScenario(projectId, scenario.name, patch, now()));
            }}
            onMetaChange={(patch: MetaPatch) => {
              override({ meta: patch });
              save(() => updatePlanningMeta(projectId, patch, now()));
            }}
            onActivate={(name) => {
              override(undefined);
              save(() => activateScenario(projectId, name, now()));
            }}
            onCopy={(name) => save(() => named(copyScenario(projectId, scenario.name, name, now()), name))}
            onRename={(name) => {
              override(undefined);
              save(() => named(renameScenario(projectId, scenario.name, name, now()), name));
            }}
            onDelete={() => {
              if (!window.confirm(t('scenario.deleteConfirm', { name: scenario.name }))) return;
              override(undefined);
              save(() => named(deleteScenario(projectId, scenario.name, now()), scenario.name));
            }}
            onClearPins={() => {
              override({ scenario: { pins: {} } });
              save(() => clearPins(projectId, scenario.name, now()));
            }}
          />
        </div>
      </div>
    </section>
  );
}

/** The planner's explanation of the selected asset for the current plan (undefined while it loads). */
function useInsight(state: ReadyState, assetId: string | undefined): AssetInsight | undefined {
  const [insight, setInsight] = useState<AssetInsight | undefined>(undefined);
  const { explain, plan } = state;
  useEffect(() => {
    if (!assetId) return;
    let alive = true;
    void explain(assetId).then((found) => alive && setInsight(found));
    return () => {
      alive = false;
    };
  }, [explain, plan, assetId]);
  return assetId ? insight : undefined;
}

/**
 * The live project with the user's latest edits applied at once, so the plan follows a keystroke
 * without waiting for the database round trip. Overrides are dropped when the database has caught
 * up (a new live project arrives and no write is outstanding).
 */
function useOptimisticProject(live: ProjectFile | null | undefined) {
  const [overrides, setOverrides] = useState<Overrides>({});
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current === 0) setOverrides({});
  }, [live]);
  const project = useMemo(() => {
    if (!live) return live;
    if (!overrides.scenario && !overrides.meta) return live;
    const scenario = { ...(live.scenario ?? { ...DEFAULT_SCENARIO, pins: {} }), ...overrides.scenario };
    if (overrides.scenario && 'budgetPerYear' in overrides.scenario && overrides.scenario.budgetPerYear === undefined) delete scenario.budgetPerYear;
    return { ...live, project: { ...live.project, ...overrides.meta }, scenario };
  }, [live, overrides]);
  // undefined drops every override (switching scenario must not carry edits across).
  const override = (o: Overrides | undefined) =>
    setOverrides((prev) => (o === undefined ? {} : { scenario: o.scenario ? { ...prev.scenario, ...o.scenario } : prev.scenario, meta: o.meta ? { ...prev.meta, ...o.meta } : prev.meta }));
  const save = (work: () => Promise<unknown>) => {
    pending.current += 1;
    work().then(
      () => (pending.current -= 1),
      (error: unknown) => {
        pending.current -= 1;
        pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  return { project, save, override };
}
