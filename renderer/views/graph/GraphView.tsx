/**
 * The dependency-graph view: the whole estate on concentric rings (core in the centre), coloured by
 * origin and plan status, with impact highlighting, filters, a plan player, connect mode and
 * PNG/SVG export. Data comes from the active project and the plan worker; drawing is on canvas.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { coverageAt, isCollapsedNode, lastWave, nodeStatesAt } from '../../../shared/layout';
import type { EstateFilter, EstateModel } from '../../../shared/layout';
import type { Dependency, DependencyKind, ProjectFile } from '../../../shared/model';
import { EmptyState, formatNumber, pushToast, toLang } from '../../components';
import { addDependency, removeDependency } from '../../db/assets';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAppStore } from '../../state/store';
import { hasAnalysis, usePlan } from '../plan/usePlan';
import { exportGraph } from './exportGraph';
import { GraphCanvas } from './GraphCanvas';
import type { ViewRequest } from './GraphCanvas';
import { GraphControls } from './GraphControls';
import { ImpactPanel } from './ImpactPanel';
import { Legend } from './Legend';
import { PlayBar } from './PlayBar';
import { buildScene, combineStates, FILL } from './scene';
import { useEstateModel } from './useEstateModel';
import './graph.css';
import type { Lang } from '../../../shared/format';
import { placementOf } from '../../../shared/planner';

export function GraphView() {
  const { t, i18n } = useTranslation('graph');
  const lang = toLang(i18n.language);
  const project = useActiveProjectFile();
  if (project === undefined) return <p className="loading">{t('loading')}</p>;
  if (project === null) return <EmptyState title={t('noProject')} />;
  if (project.assets.length === 0) return <EmptyState title={t('empty')} />;
  return <GraphReady project={project} lang={lang} />;
}

type ReadyProps = { project: ProjectFile; lang: Lang };

/**
 * The rings need no plan: the estate is laid out and drawn first (coloured by origin), and the
 * plan, asked for once the first frame is on screen, then colours it by wave. On a two-core machine
 * planning beside the layout and the first draw (sending the project to the plan worker alone
 * blocks the page for a while at 25,000 assets) would only delay the first frame. A plan made
 * before (another view, a revisit) shows with the first frame.
 */
function GraphReady({ project, lang }: ReadyProps) {
  const { t } = useTranslation('graph');
  const [filter, setFilter] = useState<EstateFilter>({});
  const layout = useEstateModel(project, filter);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const state = usePlan(drawn || hasAnalysis(project, lang) ? project : undefined, lang);
  if (!layout.model) return <p className="loading">{t('layingOut')}</p>;
  const ready = state.status === 'ready' ? state : undefined;
  const pending = state.status === 'loading' || (ready?.pending ?? false) || layout.pending;
  return (
    <>
      {state.status === 'error' ? (
        <p className="banner banner-error" role="alert">
          {t('planFailed', { message: state.message })}
        </p>
      ) : null}
      <GraphScene {...{ project, plan: ready?.plan, pending, lang, filter, setFilter, onDrawn }} model={layout.model} />
    </>
  );
}

type SceneProps = ReadyProps & {
  plan: Extract<ReturnType<typeof usePlan>, { status: 'ready' }>['plan'] | undefined;
  pending: boolean;
  model: EstateModel;
  filter: EstateFilter;
  setFilter: (filter: EstateFilter) => void;
  /** Called once the canvas has drawn a frame. */
  onDrawn: () => void;
};

function GraphScene({ project, plan, pending, lang, model, filter, setFilter, onDrawn }: SceneProps) {
  const { t } = useTranslation('graph');
  const projectId = useAppStore((s) => s.activeProjectId);
  const selectedId = useAppStore((s) => s.selectedAssetId);
  const selectAsset = useAppStore((s) => s.selectAsset);
  const setView = useAppStore((s) => s.setView);
  const [wave, setWave] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [connect, setConnect] = useState(false);
  const [connectFrom, setConnectFrom] = useState(-1);
  const [kind, setKind] = useState<DependencyKind>('connects-to');
  const [request, setRequest] = useState<ViewRequest | undefined>(undefined);
  const tierLabels = useMemo(() => ({ office: t('tiers.office'), operations: t('tiers.operations'), 'clinical-support': t('tiers.clinical-support'), core: t('tiers.core') }), [t]);
  const last = lastWave(plan);
  const shownWave = Math.min(wave, last);
  const assetStates = useMemo(() => nodeStatesAt(project.assets, plan, shownWave), [project.assets, plan, shownWave]);
  const assetIds = useMemo(() => project.assets.map((a) => a.id), [project.assets]);
  const nodeStates = useMemo(() => combineStates(model, assetIds, assetStates), [model, assetIds, assetStates]);
  const selected = selectedId ? (model.nodeOfAsset.get(selectedId) ?? -1) : -1;
  const scene = useMemo(() => buildScene(model, nodeStates, plan?.bundles ?? [], selected), [model, nodeStates, plan, selected]);
  const coverage = useMemo(() => coverageAt(project.assets, assetStates), [project.assets, assetStates]);
  const waveEnds = useMemo(() => Object.fromEntries((plan?.waves ?? []).map((w) => [w.index, w.end])), [plan]);
  const options = useMemo(() => {
    const sites = new Set<string>();
    const departments = new Set<string>();
    for (const a of project.assets) {
      if (a.site) sites.add(a.site);
      if (a.department) departments.add(a.department);
    }
    return { sites: [...sites].sort(), departments: [...departments].sort() };
  }, [project.assets]);

  const now = () => new Date().toISOString();
  const onPick = useCallback(
    (node: number) => {
      if (node < 0) {
        setConnectFrom(-1);
        if (!connect) selectAsset(undefined);
        return;
      }
      const target = model.nodes[node]!;
      if (!connect) {
        selectAsset(target.members[0]);
        return;
      }
      if (isCollapsedNode(target.id)) {
        pushToast({ tone: 'error', text: t('connectErrors.collapsed') });
        return;
      }
      if (connectFrom < 0) {
        setConnectFrom(node);
        return;
      }
      const dep: Dependency = { from: model.nodes[connectFrom]!.id, to: target.id, kind };
      setConnectFrom(-1);
      if (!projectId) return;
      void addDependency(projectId, dep, now()).then((problem) =>
        pushToast(problem ? { tone: 'error', text: t(`connectErrors.${problem}`) } : { tone: 'info', text: t('added', { from: dep.from, to: dep.to }) }),
      );
    },
    [connect, connectFrom, kind, model, projectId, selectAsset, t],
  );
  const onRemove = (dep: Dependency) => {
    if (!projectId) return;
    void removeDependency(projectId, dep, now()).then(() =>
      pushToast({
        tone: 'info',
        text: t('removed', { from: dep.from, to: dep.to }),
        action: { label: '↶', run: () => void addDependency(projectId, dep, now()) },
      }),
    );
  };
  const onSearch = (query: string): boolean => {
    const q = query.trim().toLowerCase();
    if (!q) return false;
    const hit = model.nodes.findIndex((n) => n.id.toLowerCase() === q);
    const found = hit >= 0 ? hit : model.nodes.findIndex((n) => n.asset.name.toLowerCase().includes(q) || n.members.some((m) => m.toLowerCase() === q));
    if (found < 0) return false;
    selectAsset(model.nodes[found]!.members[0]);
    setRequest({ kind: 'focus', node: found });
    return true;
  };
  const legend = [
    { label: t('legend.domestic'), colour: FILL.domestic },
    { label: t('legend.migrated'), colour: FILL.migrated },
    { label: t('legend.foreign'), colour: FILL.foreign },
    { label: t('legend.unknown'), colour: FILL.unknown },
  ];
  const onExport = (format: 'png' | 'svg') => {
    const title = `${project.project.name} · ${t('title')}`;
    const subtitle = `${shownWave === 0 ? t('play.today') : t('play.wave', { index: shownWave, date: waveEnds[shownWave] ?? '' })} · ${t('play.coverage', { value: `${(coverage * 100).toFixed(1)}%` })}`;
    void exportGraph(format, scene, { title, subtitle, tierLabels, legend }, `${project.project.name}-${t('title')}-${shownWave}`).then(
      (name) => name && pushToast({ tone: 'info', text: t('exported', { name }) }),
      (error: unknown) => pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) }),
    );
  };
  const selectedNode = scene.selected >= 0 ? model.nodes[scene.selected] : undefined;
  const cycles = plan?.bundles.length ?? 0;
  const broken = model.graph.broken.length;

  return (
    <section className="graph-view" aria-label={t('title')}>
      <header className="graph-head">
        <h2>{t('title')}</h2>
        <span className="muted" data-testid="graph-stats">
          {t('stats', { nodes: formatNumber(model.nodes.length, lang), edges: formatNumber(model.graph.edgeFrom.length, lang) })}
          {pending ? ` · ${t('planning')}` : ''}
        </span>
        {cycles + broken > 0 ? (
          <span className="graph-problems" role="status">
            {t('problems', { cycles, broken })}
          </span>
        ) : null}
      </header>
      <GraphControls
        filter={filter}
        options={options}
        connect={connect}
        kind={kind}
        onFilter={setFilter}
        onSearch={onSearch}
        onConnect={(on) => (setConnect(on), setConnectFrom(-1))}
        onKind={setKind}
        onFit={() => setRequest({ kind: 'fit' })}
        onExport={onExport}
      />
      {connect ? (
        <p className="graph-connect-hint" role="status">
          {connectFrom >= 0 ? t('connectFrom', { name: model.nodes[connectFrom]?.asset.name ?? '' }) : t('connectHint')}
        </p>
      ) : null}
      <div className="graph-body">
        <div className="graph-stage">
          <GraphCanvas scene={scene} tierLabels={tierLabels} label={t('canvasLabel')} connectFrom={connectFrom} request={request} onPick={onPick} onDrawn={onDrawn} />
        </div>
        <div className="graph-side">
          {selectedNode ? (
            <ImpactPanel
              scene={scene}
              node={selectedNode}
              tier={selectedNode.tier}
              placement={plan ? placementOf(plan, selectedNode.members[0]!) : undefined}
              lang={lang}
              onSelectNode={(v) => selectAsset(model.nodes[v]?.members[0])}
              onRemove={onRemove}
              onOpen={(view) => setView(view)}
              onClose={() => selectAsset(undefined)}
            />
          ) : (
            <p className="graph-impact-empty muted">{t('impact.none')}</p>
          )}
          <Legend />
        </div>
      </div>
      <PlayBar wave={shownWave} last={last} waveEnds={waveEnds} coverage={coverage} playing={playing} onWave={setWave} onPlaying={setPlaying} />
    </section>
  );
}
