/**
 * Plans the active project in the plan worker: debounced, newest answer wins, the previous plan
 * stays on screen (marked pending) while a new one is computed, and the time it took is reported.
 */
import { useEffect, useMemo, useState } from 'react';

import type { ProjectFile, Tier } from '../../../shared/model';
import type { AssetInsight, PlanResult } from '../../../shared/planner';
import { getPlanClient } from '../../workers/planClient';
import type { PlanClient } from '../../workers/planClient';
import type { PlanResponse } from '../../workers/planTask';
import type { Lang } from '../../../shared/format';

export type PlanState =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      project: ProjectFile;
      plan: PlanResult;
      tiers: Record<string, Tier>;
      ms: number;
      pending: boolean;
      /** Explains an asset of this plan (computed in the worker from the plan's context). */
      explain: (assetId: string) => Promise<AssetInsight | undefined>;
    };

/** Debounce between an edit and the re-plan: short enough to feel instant, long enough to merge keystrokes. */
export const REPLAN_DEBOUNCE_MS = 60;

/**
 * The plan of a project, recomputed off the main thread whenever the project changes.
 * @param project the project to plan (undefined: loading; null: none)
 * @param lang language of the reason texts
 */
export function usePlan(project: ProjectFile | null | undefined, lang: Lang): PlanState {
  // The answer and what it was computed for: a newer project means a re-plan is pending.
  const [answer, setAnswer] = useState<{ state: PlanState; for: ProjectFile | undefined; lang: Lang | undefined }>({ state: { status: 'loading' }, for: undefined, lang: undefined });
  // A project the app planned already (same object, scenario and language; by any view) shows at
  // once from the plan client's cache, without a round trip to the worker.
  const cached = useMemo(() => cachedState(project, lang), [project, lang]);
  if (project && cached && (answer.for !== project || answer.lang !== lang)) {
    // Adopt it as the answer (React's adjust-state-while-rendering pattern), so it also stays on
    // screen, marked pending, while a later edit is planned.
    setAnswer({ state: cached, for: project, lang });
  }

  useEffect(() => {
    if (!project || cached) return;
    let alive = true;
    const timer = setTimeout(() => {
      const client = getPlanClient();
      void client.plan(project, lang).then((response) => {
        if (!alive || !response) return;
        setAnswer({ state: toState(project, lang, response, client), for: project, lang });
      });
    }, REPLAN_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [project, lang, cached]);

  return useMemo((): PlanState => {
    if (project === undefined) return { status: 'loading' };
    if (project === null) return { status: 'no-project' };
    if (cached && (answer.for !== project || answer.lang !== lang)) return cached;
    const { state } = answer;
    if (state.status === 'ready') return { ...state, pending: answer.for !== project };
    return state;
  }, [project, lang, answer, cached]);
}

function toState(project: ProjectFile, lang: Lang, response: PlanResponse, client: PlanClient): PlanState {
  const explain = (assetId: string) => client.explain(assetId, { project, lang });
  return response.ok
    ? { status: 'ready', project, plan: response.plan, tiers: response.tiers, ms: response.ms, pending: false, explain }
    : { status: 'error', message: response.message };
}

/** The state of a project planned before, or undefined. */
function cachedState(project: ProjectFile | null | undefined, lang: Lang): PlanState | undefined {
  if (!project) return undefined;
  const client = getPlanClient();
  const response = client.peek(project, lang);
  return response ? toState(project, lang, response, client) : undefined;
}
