/**
 * The renderer's handle on the plan worker. Requests are numbered and only the newest plan is
 * delivered, so a burst of edits never shows a stale plan. Without module workers (jsdom tests)
 * the same tasks run on the main thread.
 *
 * Plans are cached by the project object (useActiveProjectFile hands every view the same object
 * until a write), its active scenario and the language: going from the plan view to the graph,
 * forecast or procurement and back does not plan the same project again. A write gives a new
 * project object, so it always re-plans; the WeakMap lets an old project's plans be collected.
 */
import type { ProjectFile } from '../../shared/model';
import type { AssetInsight } from '../../shared/planner';
import { runInsightTask, runPlanTask } from './planTask';
import type { InsightResponse, PlanResponse, WorkerRequest } from './planTask';
import type { Lang } from '../../shared/format';

export type PlanClient = {
  /** Plans the project; resolves with the answer, or undefined when a newer request superseded it. */
  plan: (project: ProjectFile, lang: Lang) => Promise<PlanResponse | undefined>;
  /** The cached plan of this project, scenario and language, if it was planned already (no work, synchronous). */
  peek: (project: ProjectFile, lang: Lang) => PlanResponse | undefined;
  /**
   * Explains one asset of a plan: of `of` (the project and language a view shows) when given, so a
   * plan shown from the cache is explained, not whatever the worker planned last; else of the last plan.
   */
  explain: (assetId: string, of?: { project: ProjectFile; lang: Lang }) => Promise<AssetInsight | undefined>;
  dispose: () => void;
};

/** The cache key within one project object: its active scenario and the language of the reasons. */
function planKey(project: ProjectFile, lang: Lang): string {
  return `${lang}|${JSON.stringify(project.scenario ?? null)}`;
}

/** Creates a client with its own worker (one per view that plans). */
export function createPlanClient(): PlanClient {
  let seq = 0;
  let latestPlan = 0;
  const cache = new WeakMap<ProjectFile, Map<string, PlanResponse>>();
  // What the worker's explain context holds: explaining a cached plan of another project or
  // scenario plans that one in the worker again first.
  let contextOf: { project: ProjectFile; key: string } | undefined;
  const lookup = (project: ProjectFile, key: string) => cache.get(project)?.get(key);
  const store = (project: ProjectFile, key: string, response: PlanResponse) => {
    const byKey = cache.get(project) ?? new Map<string, PlanResponse>();
    byKey.set(key, response);
    cache.set(project, byKey);
  };
  const waiting = new Map<number, (response: PlanResponse | InsightResponse) => void>();
  let worker: Worker | undefined;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<PlanResponse | InsightResponse>) => {
        const resolve = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        resolve?.(event.data);
      };
    } catch {
      worker = undefined;
    }
  }
  const send = (request: WorkerRequest): Promise<PlanResponse | InsightResponse> => {
    if (!worker) return request.kind === 'insight' ? runInsightTask(request) : runPlanTask(request, () => performance.now());
    const target = worker;
    return new Promise((resolve) => {
      waiting.set(request.id, resolve);
      target.postMessage(request);
    });
  };
  return {
    async plan(project, lang) {
      seq += 1;
      const id = seq;
      latestPlan = id;
      const key = planKey(project, lang);
      const cached = lookup(project, key);
      if (cached) return cached;
      const response = (await send({ kind: 'plan', id, project, lang })) as PlanResponse;
      contextOf = { project, key };
      if (response.ok) store(project, key, response);
      return id === latestPlan ? response : undefined;
    },
    peek(project, lang) {
      return lookup(project, planKey(project, lang));
    },
    async explain(assetId, of) {
      const key = of ? planKey(of.project, of.lang) : undefined;
      if (of && key !== undefined && (contextOf?.project !== of.project || contextOf.key !== key)) {
        // The view shows a cached plan the worker no longer holds: plan it there again (not delivered).
        seq += 1;
        await send({ kind: 'plan', id: seq, project: of.project, lang: of.lang });
        contextOf = { project: of.project, key };
      }
      seq += 1;
      const response = (await send({ kind: 'insight', id: seq, assetId })) as InsightResponse;
      return response.insight;
    },
    dispose() {
      worker?.terminate();
      waiting.clear();
    },
  };
}

let shared: PlanClient | undefined;

/**
 * The app's one plan client: views share its worker, so switching from the plan to the graph does
 * not pay for a cold worker start again. Never disposed (it lives as long as the page).
 */
export function getPlanClient(): PlanClient {
  shared ??= createPlanClient();
  return shared;
}
