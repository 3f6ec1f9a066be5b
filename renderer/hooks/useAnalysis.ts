/**
 * Asks the analysis worker for one answer about a project (the plan's analysis, the scenario
 * comparison, the report): debounced, newest answer wins, the previous answer stays on screen
 * (marked pending) while a newer project is analysed, and an answer the app has already (by any
 * view) shows at once from the client's cache. The one hook every view reads the analysis through.
 */
import { useEffect, useMemo, useState } from 'react';

import type { ProjectFile } from '../../shared/model';
import { AnalysisFailure, getAnalysisClient, WARM_AFTER_MS } from '../workers/analysisClient';
import { useActiveProjectIfRead } from './useActiveProject';
import type { ProjectQuery } from '../workers/analysisClient';
import type { AnalysisLang, InputOf, OutputOf, WorkerReply } from '../workers/analysisTask';

type ProjectKind = 'analyse' | 'procurement' | 'compare' | 'report' | 'budget';
type Extra<K extends ProjectKind> = Omit<InputOf<K>, 'version' | 'project' | 'scenarioName' | 'lang'>;

export type AnalysisAnswer<K extends ProjectKind> =
  | { status: 'loading' }
  | { status: 'no-project' }
  | { status: 'error'; failure: Extract<WorkerReply, { ok: false }> }
  | { status: 'ready'; project: ProjectFile; value: OutputOf<K>; pending: boolean };

/** Debounce between an edit and the re-analysis: short enough to feel instant, long enough to merge keystrokes. */
export const REANALYSE_DEBOUNCE_MS = 60;

type Held<K extends ProjectKind> = { state: AnalysisAnswer<K>; key: string | undefined; project: ProjectFile | undefined };

/**
 * @param kind what to ask
 * @param project the project (undefined: loading; null: none)
 * @param lang language of the texts
 * @param scenarioName a named scenario instead of the active one
 * @param extra the request's other fields (e.g. the report's date)
 */
export function useAnalysis<K extends ProjectKind>(kind: K, project: ProjectFile | null | undefined, lang: AnalysisLang, scenarioName?: string, extra?: Extra<K>): AnalysisAnswer<K> {
  const extraKey = extra ? JSON.stringify(extra) : '';
  const key = `${kind}|${lang}|${scenarioName ?? ''}|${extraKey}`;
  const query = useMemo((): ProjectQuery | undefined => (project ? { project, lang, ...(scenarioName !== undefined ? { scenarioName } : {}) } : undefined), [project, lang, scenarioName]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `extra` is compared by its JSON (extraKey)
  const stableExtra = useMemo(() => extra, [extraKey]);
  const [held, setHeld] = useState<Held<K>>({ state: { status: 'loading' }, key: undefined, project: undefined });
  const cached = useMemo(() => (query ? getAnalysisClient().peek(kind, query, stableExtra) : undefined), [kind, query, stableExtra]);
  if (project && cached !== undefined && (held.project !== project || held.key !== key)) {
    // Adopt the cached answer (React's adjust-state-while-rendering pattern), so it also stays on
    // screen, marked pending, while a later edit is analysed.
    setHeld({ state: { status: 'ready', project, value: cached, pending: false }, key, project });
  }

  useEffect(() => {
    if (!query || cached !== undefined) return;
    let alive = true;
    const timer = setTimeout(() => {
      getAnalysisClient()
        .request(kind, query, stableExtra)
        .then(
          (value) => {
            if (alive && value !== undefined) setHeld({ state: { status: 'ready', project: query.project, value, pending: false }, key, project: query.project });
          },
          (error: unknown) => {
            if (!alive) return;
            const failure = error instanceof AnalysisFailure ? error.reply : { id: 0, ok: false as const, message: error instanceof Error ? error.message : String(error), issues: [] };
            setHeld({ state: { status: 'error', failure }, key, project: query.project });
          },
        );
    }, REANALYSE_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [kind, query, stableExtra, cached, key]);

  return useMemo((): AnalysisAnswer<K> => {
    if (project === undefined) return { status: 'loading' };
    if (project === null) return { status: 'no-project' };
    if (cached !== undefined && (held.project !== project || held.key !== key)) return { status: 'ready', project, value: cached, pending: false };
    const { state } = held;
    if (state.status === 'ready') return { ...state, pending: held.project !== project || held.key !== key };
    if (state.status === 'error' && (held.project !== project || held.key !== key)) return { status: 'loading' };
    return state;
  }, [project, held, cached, key]);
}

/**
 * Warms the active project's analysis in the worker once the page is quiet: the plan, forecast,
 * procurement and report views then open on an analysis already made instead of waiting for it
 * (at 100,000 assets the first visit of the plan view waited about 5 s). It reads no project
 * itself (only one a view has read) and the worker sends nothing back but its time, so the page
 * pays only the post of the project, which the first analysis view would pay anyway.
 * @param lang the language the views will ask in
 */
export function useAnalysisWarmup(lang: AnalysisLang): void {
  const project = useActiveProjectIfRead();
  useEffect(() => {
    if (!project) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      const warm = () => getAnalysisClient().warm({ project, lang });
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(warm, { timeout: 2000 });
      else warm();
    }, WARM_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [project, lang]);
}
