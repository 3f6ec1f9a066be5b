/** The plan's warnings where the planner sees them: above the timeline, grouped by kind, each linking its assets. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { countWarnings, PLAN_WARNING_KINDS } from '../../../shared/layout';
import type { PlanWarning } from '../../../shared/layout';

const COLLAPSED_LIMIT = 5;

export function WarningsPanel({ warnings, lang, onSelect }: { warnings: PlanWarning[]; lang: 'zh' | 'en'; onSelect: (assetId: string) => void }) {
  const { t } = useTranslation('plan');
  const [expanded, setExpanded] = useState(false);
  if (warnings.length === 0) {
    return (
      <p className="plan-warnings-none" role="status">
        {t('warnings.none')}
      </p>
    );
  }
  const counts = countWarnings(warnings);
  const shown = expanded ? warnings : warnings.slice(0, COLLAPSED_LIMIT);
  return (
    <section className="plan-warnings" aria-label={t('warnings.title', { count: warnings.length })} data-testid="plan-warnings">
      <header className="plan-warnings-head">
        <h3>{t('warnings.title', { count: warnings.length })}</h3>
        <ul className="plan-warning-counts">
          {PLAN_WARNING_KINDS.filter((k) => counts[k] > 0).map((kind) => (
            <li key={kind} className={`plan-warning-kind kind-${kind}`}>
              {t(`warnings.kind.${kind}`)} <strong>{counts[kind]}</strong>
            </li>
          ))}
        </ul>
      </header>
      <ul className="plan-warning-list">
        {shown.map((w, i) => (
          <li key={`${w.kind}-${i}`} className={`kind-${w.kind}`}>
            <span className="plan-warning-tag">{t(`warnings.kind.${w.kind}`)}</span>
            <span className="plan-warning-text">{w.message[lang]}</span>
            {w.assetIds.slice(0, 4).map((id) => (
              <button key={id} type="button" className="link-button" onClick={() => onSelect(id)}>
                {id}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {warnings.length > COLLAPSED_LIMIT ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('warnings.showLess') : t('warnings.showAll', { count: warnings.length })}
        </button>
      ) : null}
    </section>
  );
}
