/**
 * The plan's warnings where the planner sees them: above the timeline, grouped by kind, each
 * linking its assets. The rows are the report's (shared/report `planWarningRows`): the planner's
 * own warnings, the plan's cycles and unscheduled assets, and the dependencies naming missing assets.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BrokenDependency } from '../../../shared/graph';
import type { WarningKey } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner';
import { planWarningRows } from '../../../shared/report';
import { toLang } from '../../components';

const COLLAPSED_LIMIT = 5;

export function WarningsPanel({ plan, broken, onSelect }: { plan: PlanResult; broken: readonly BrokenDependency[]; onSelect: (assetId: string) => void }) {
  const { t, i18n } = useTranslation('plan');
  const [expanded, setExpanded] = useState(false);
  const rows = planWarningRows(plan, broken, toLang(i18n.language));
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
            {w.assetIds.slice(0, 4).map((id) => (
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
