/**
 * The plan's core cut-overs on one time axis (issue 16 #3): each runbook's preparation, its window
 * with the rollback decision, and its dual track up to the last rollback date. Each row opens its
 * runbook in 评估与切换. The runbooks are shared/runbook's, generated from this plan.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProjectFile } from '../../../shared/model';
import type { PlanResult } from '../../../shared/planner';
import { buildRunbook, coreCutoverCount, cutoverInputs } from '../../../shared/runbook';
import type { Runbook } from '../../../shared/runbook';
import type { Lang } from '../../../shared/format';

const dayOf = (at: string) => Date.parse(`${at.slice(0, 10)}T00:00:00Z`);

/**
 * Rows shown before "show all": a hospital group has thousands of core cut-overs (2,892 at 100,000
 * assets, each row a dozen elements), which nobody reads at once; the first ones by wave are the
 * next to prepare.
 */
export const ROWS_SHOWN = 200;

type Row = { runbook: Runbook; prepare: [number, number]; window: number; dual: [number, number] };

/** Positions (0–100 % of the axis) of each runbook's phases, and the axis's years. */
export function cutoverLayout(runbooks: Runbook[]): { rows: Row[]; years: { year: number; at: number }[] } {
  if (runbooks.length === 0) return { rows: [], years: [] };
  const first = Math.min(...runbooks.map((r) => dayOf(r.steps[0]?.at ?? r.window.start)));
  const last = Math.max(...runbooks.map((r) => dayOf(r.dualTrackEnd)));
  const span = Math.max(1, last - first);
  const pct = (t: number) => Math.round(((t - first) / span) * 1000) / 10;
  const rows = runbooks.map((runbook): Row => {
    const start = pct(dayOf(runbook.steps[0]?.at ?? runbook.window.start));
    const window = pct(dayOf(runbook.window.start));
    return { runbook, prepare: [start, window], window, dual: [window, pct(dayOf(runbook.dualTrackEnd))] };
  });
  const years = [];
  for (let year = new Date(first).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= last; year++) years.push({ year, at: pct(Date.UTC(year, 0, 1)) });
  return { rows, years };
}

export function CutoverTimeline({ project, plan, lang, onOpen }: { project: ProjectFile; plan: PlanResult; lang: Lang; onOpen: (unitId: string) => void }) {
  const { t } = useTranslation('plan');
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const count = useMemo(() => coreCutoverCount(plan), [plan]);
  // The runbooks are built when the panel opens: closed, it costs its title only (at 100,000
  // assets every row built and drawn took 390 ms of the plan view's first visit in a profile, and
  // the view had 36,485 elements against 1,773 now).
  const layout = useMemo(() => (open ? cutoverLayout(cutoverInputs(project, plan).map(buildRunbook)) : undefined), [open, project, plan]);
  if (count === 0) return null;
  const rows = layout ? (all ? layout.rows : layout.rows.slice(0, ROWS_SHOWN)) : [];
  return (
    <details className="plan-cutovers" data-testid="plan-cutovers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('cutovers.title', { count })}</summary>
      {layout ? <CutoverRows layout={layout} rows={rows} lang={lang} onOpen={onOpen} /> : null}
      {layout && rows.length < layout.rows.length ? (
        <button type="button" className="link-button plan-cutovers-more" onClick={() => setAll(true)}>
          {t('cutovers.showAll', { count: layout.rows.length })}
        </button>
      ) : null}
    </details>
  );
}

function CutoverRows({ layout, rows, lang, onOpen }: { layout: ReturnType<typeof cutoverLayout>; rows: Row[]; lang: Lang; onOpen: (unitId: string) => void }) {
  const { t } = useTranslation('plan');
  return (
    <>
      <p className="plan-cutovers-hint muted">{t('cutovers.hint')}</p>
      <div className="plan-cutover-axis" aria-hidden="true">
        {layout.years.map((y) => <span key={y.year} style={{ left: `${y.at}%` }}>{y.year}</span>)}
      </div>
      <ol className="plan-cutover-list">
        {rows.map(({ runbook: r, prepare, window, dual }) => (
          <li key={r.unitId} data-testid={`plan-cutover-${r.unitId}`} data-wave={r.wave}>
            <span className="plan-cutover-name">
              <span className="muted">W{r.wave}</span> {r.name}
            </span>
            <span className="plan-cutover-track" role="img" aria-label={`${t('cutovers.prepare')} ${r.steps[0]?.at ?? ''}; ${t('cutovers.window')} ${r.window.start}; ${t('cutovers.rollback')} ${r.rollbackDeadline}; ${t('cutovers.dualTrack')} ${r.dualTrackEnd}`}>
              <span className="plan-cutover-prepare" style={{ left: `${prepare[0]}%`, width: `${prepare[1] - prepare[0]}%` }} title={`${t('cutovers.prepare')} ${r.steps[0]?.at ?? ''}`} />
              <span className="plan-cutover-dual" style={{ left: `${dual[0]}%`, width: `${dual[1] - dual[0]}%` }} title={`${t('cutovers.dualTrack')} ${r.dualTrackEnd}`} />
              <span className="plan-cutover-window" style={{ left: `${window}%` }} title={r.window.text[lang]} />
            </span>
            <span className="plan-cutover-dates">
              {t('cutovers.window')} <time data-testid="plan-cutover-window">{r.window.start}</time> · {t('cutovers.rollback')} <time>{r.rollbackDeadline.slice(11) || r.rollbackDeadline}</time> · {t('cutovers.dualTrack')} <time data-testid="plan-cutover-dual">{r.dualTrackEnd}</time>
            </span>
            <button type="button" className="link-button" title={t('cutovers.openTitle', { name: r.name })} onClick={() => onOpen(r.unitId)}>
              {t('cutovers.open')}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
