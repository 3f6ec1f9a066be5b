/**
 * The plan's warnings where the planner sees them: above the timeline, grouped by kind, each
 * linking its assets. The warnings are the planner's own (`PlanResult.warnings`); beside them the
 * plan's cycles (bundles) and unscheduled assets, and the dependencies naming missing assets.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BrokenDependency } from '../../../shared/graph';
import type { WarningKey } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner';

const COLLAPSED_LIMIT = 5;

type Row = { kind: WarningKey; assets: string[]; text: string };

const knownEnd = (b: BrokenDependency): string[] => (b.missing === 'both' ? [] : [b.missing === 'from' ? b.dependency.to : b.dependency.from]);

export function WarningsPanel({ plan, broken, onSelect }: { plan: PlanResult; broken: readonly BrokenDependency[]; onSelect: (assetId: string) => void }) {
  const { t } = useTranslation('plan');
  const [expanded, setExpanded] = useState(false);
  const rows: Row[] = [
    ...plan.warnings.map((w): Row => ({ kind: w.code, assets: w.assets, text: w.detail })),
    ...plan.bundles.map((b): Row => ({ kind: 'cycle', assets: b.assets, text: t('warnings.cycle', { count: b.assets.length, path: [...b.cycle, b.cycle[0] ?? ''].join(' → ') }) })),
    ...plan.unscheduled.map((u): Row => ({ kind: 'unscheduled', assets: [u.id], text: t('warnings.unscheduled', { id: u.id, reason: u.reason }) })),
    ...broken.map((b): Row => ({ kind: 'broken-reference', assets: knownEnd(b), text: t('warnings.broken', { row: b.index + 1, from: b.dependency.from, to: b.dependency.to }) })),
  ];
  if (rows.length === 0) {
    return (
      <p className="plan-warnings-none" role="status">
        {t('warnings.none')}
      </p>
    );
  }
  const counts = new Map<WarningKey, number>();
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  const shown = expanded ? rows : rows.slice(0, COLLAPSED_LIMIT);
  return (
    <section className="plan-warnings" aria-label={t('warnings.title', { count: rows.length })} data-testid="plan-warnings">
      <header className="plan-warnings-head">
        <h3>{t('warnings.title', { count: rows.length })}</h3>
        <ul className="plan-warning-counts">
          {[...counts].map(([kind, count]) => (
            <li key={kind} className={`plan-warning-kind kind-${kind}`}>
              {t(`warnings.kind.${kind}`)} <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </header>
      <ul className="plan-warning-list">
        {shown.map((w, i) => (
          <li key={`${w.kind}-${i}`} className={`kind-${w.kind}`}>
            <span className="plan-warning-tag">{t(`warnings.kind.${w.kind}`)}</span>
            <span className="plan-warning-text">{w.text}</span>
            {w.assets.slice(0, 4).map((id) => (
              <button key={id} type="button" className="link-button" onClick={() => onSelect(id)}>
                {id}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {rows.length > COLLAPSED_LIMIT ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('warnings.showLess') : t('warnings.showAll', { count: rows.length })}
        </button>
      ) : null}
    </section>
  );
}
