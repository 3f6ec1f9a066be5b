/**
 * The selected node's impact: what must go before it (the planner's precedence) and what depends
 * on it (transitively, with counts), its direct dependencies with a remove button, its wave and
 * reason, and the ways to the asset and to its wave.
 */
import { useTranslation } from 'react-i18next';

import type { EstateNode } from '../../../shared/layout';
import { isCollapsedNode } from '../../../shared/layout';
import { DEPENDENCY_KINDS } from '../../../shared/model';
import type { Dependency, Tier } from '../../../shared/model';
import type { Placement } from '../../../shared/planner';
import { Button, Chip, formatNumber } from '../../components';
import { chipTone } from '../../components/Chip';
import type { Lang } from '../../components';
import type { Scene } from './scene';

export type ImpactPanelProps = {
  scene: Scene;
  node: EstateNode;
  tier: Tier;
  placement: Placement | undefined;
  lang: Lang;
  onSelectNode: (node: number) => void;
  onRemove: (dep: Dependency) => void;
  onOpen: (view: 'inventory' | 'plan') => void;
  onClose: () => void;
};

export function ImpactPanel({ scene, node, tier, placement, lang, onSelectNode, onRemove, onOpen, onClose }: ImpactPanelProps) {
  const { t } = useTranslation('graph');
  const { graph, nodes } = scene.model;
  const v = scene.selected;
  const impact = scene.impact;
  const direct: { to: number; kind: number }[] = [];
  const users: { from: number; kind: number }[] = [];
  for (let e = 0; e < graph.edgeFrom.length; e += 1) {
    if (graph.edgeFrom[e] === v) direct.push({ to: graph.edgeTo[e]!, kind: graph.edgeKind[e]! });
    if (graph.edgeTo[e] === v) users.push({ from: graph.edgeFrom[e]!, kind: graph.edgeKind[e]! });
  }
  const collapsed = isCollapsedNode(node.id);
  const waveText = !placement ? '—' : placement.wave === 0 ? t('impact.domestic') : placement.reason.code === 'retained' ? t('impact.retained') : placement.wave < 0 ? t('impact.unscheduled') : t('impact.waveValue', { wave: placement.wave });
  const kindName = (k: number) => t(`kinds.${DEPENDENCY_KINDS[k] ?? 'runs-on'}`);
  return (
    <aside className="graph-impact" aria-label={t('impact.title')} data-testid="graph-impact">
      <header>
        <h3>
          {node.asset.name} {collapsed ? null : <span className="muted">{node.id}</span>}
        </h3>
        <Button variant="quiet" aria-label={t('impact.close')} onClick={onClose}>
          ×
        </Button>
      </header>
      <p className="graph-impact-tags">
        <Chip tone={chipTone(node.asset.vendorOrigin)}>{t(`origins.${node.asset.vendorOrigin ?? 'unknown'}`)}</Chip> <Chip>{t(`tiers.${tier}`)}</Chip> <Chip>{t(`categories.${node.asset.category}`)}</Chip>
        {node.asset.quantity > 1 ? <span className="muted"> ×{formatNumber(node.asset.quantity, lang)}</span> : null}
      </p>
      {collapsed ? <p className="muted">{t('impact.members', { count: node.members.length })}</p> : null}
      <dl>
        <dt>{t('impact.wave')}</dt>
        <dd data-testid="impact-wave">{waveText}</dd>
        {placement?.reason.detail ? (
          <>
            <dt>{t('impact.reason')}</dt>
            <dd>{placement.reason.detail}</dd>
          </>
        ) : null}
      </dl>
      <div className="graph-impact-counts">
        <div className="count-prerequisite">
          <strong data-testid="impact-prerequisites-count">{impact?.prerequisites.length ?? 0}</strong>
          <span>{t('impact.dependsOn')}</span>
        </div>
        <div className="count-dependent">
          <strong data-testid="impact-dependents-count">{impact?.dependents.length ?? 0}</strong>
          <span>{t('impact.dependents')}</span>
        </div>
      </div>
      <h4>{t('impact.direct')}</h4>
      <ul className="graph-edge-list">
        {direct.slice(0, 30).map(({ to, kind }) => (
          <li key={`${to}-${kind}`}>
            <button type="button" className="link-button" onClick={() => onSelectNode(to)}>
              {nodes[to]!.asset.name}
            </button>
            <span className="muted"> · {kindName(kind)}</span>
            {collapsed || isCollapsedNode(nodes[to]!.id) ? null : (
              <button
                type="button"
                className="graph-remove"
                title={t('impact.remove')}
                aria-label={`${t('impact.remove')} ${node.id} → ${nodes[to]!.id}`}
                onClick={() => onRemove({ from: node.id, to: nodes[to]!.id, kind: DEPENDENCY_KINDS[kind] ?? 'runs-on' })}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {direct.length > 30 ? <li className="muted">… +{direct.length - 30}</li> : null}
      </ul>
      <h4>{t('impact.directUsers')}</h4>
      <ul className="graph-edge-list">
        {users.slice(0, 30).map(({ from, kind }) => (
          <li key={`${from}-${kind}`}>
            <button type="button" className="link-button" onClick={() => onSelectNode(from)}>
              {nodes[from]!.asset.name}
            </button>
            <span className="muted"> · {kindName(kind)}</span>
          </li>
        ))}
        {users.length > 30 ? <li className="muted">… +{users.length - 30}</li> : null}
      </ul>
      <div className="graph-impact-actions">
        <Button onClick={() => onOpen('inventory')}>{t('impact.openAsset')}</Button>
        <Button onClick={() => onOpen('plan')}>{t('impact.openPlan')}</Button>
      </div>
    </aside>
  );
}
