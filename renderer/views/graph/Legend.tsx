/** The colour key of the graph, beside the drawing (never over it). */
import { useTranslation } from 'react-i18next';

import { EDGE, FILL, HIGHLIGHT, RING } from './scene';

/** The bands from the centre out, as the layout draws them. */
const RING_ORDER = ['core', 'clinical-support', 'operations', 'office'] as const;

export function Legend() {
  const { t } = useTranslation('graph');
  const fills: [string, string][] = [
    [FILL.domestic, t('legend.domestic')],
    [FILL.migrated, t('legend.migrated')],
    [FILL.foreign, t('legend.foreign')],
    [FILL.unknown, t('legend.unknown')],
  ];
  const rings: [string, string][] = [
    [RING.retained, t('legend.retained')],
    [RING.unscheduled, t('legend.unscheduled')],
    [RING.cycle, t('legend.cycle')],
    [HIGHLIGHT.prerequisite, t('legend.prerequisite')],
    [HIGHLIGHT.dependent, t('legend.dependent')],
  ];
  const edges: [string, string, string][] = [
    [EDGE['runs-on'], '', t('kinds.runs-on')],
    [EDGE['connects-to'], '2 3', t('kinds.connects-to')],
    [EDGE['integrates-with'], '6 4', t('kinds.integrates-with')],
    [EDGE.protects, '1 2', t('kinds.protects')],
  ];
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-title">
      <h3 id="graph-legend-title">{t('legend.title')}</h3>
      <ul>
      {fills.map(([colour, label]) => (
        <li key={label}>
          <span className="dot" style={{ background: colour }} /> {label}
        </li>
      ))}
      {rings.map(([colour, label]) => (
        <li key={label}>
          <span className="ring" style={{ borderColor: colour }} /> {label}
        </li>
      ))}
      {edges.map(([colour, dash, label]) => (
        <li key={label}>
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="22" y2="4" stroke={colour} strokeWidth="1.6" strokeDasharray={dash} />
          </svg>{' '}
          {label}
        </li>
      ))}
      </ul>
      <p className="muted">{t('legend.rings', { order: RING_ORDER.map((tier) => t(`tiers.${tier}`)).join(' → ') })}</p>
    </section>
  );
}
