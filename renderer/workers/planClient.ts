/**
 * The renderer's handle on the plan worker. Requests are numbered and only the newest plan is
 * delivered, so a burst of edits never shows a stale plan. Without module workers (jsdom tests)
 * the same tasks run on the main thread.
 */
import type { ProjectFile } from '../../shared/model';
import type { AssetInsight } from '../../shared/planner';
import { runInsightTask, runPlanTask } from './planTask';
import type { InsightResponse, PlanLang, PlanResponse, WorkerRequest } from './planTask';

export type PlanClient = {
  /** Plans the project; resolves with the answer, or undefined when a newer request superseded it. */
  plan: (project: ProjectFile, lang: PlanLang) => Promise<PlanResponse | undefined>;
  /** Explains one asset of the last plan. */
  explain: (assetId: string) => Promise<AssetInsight | undefined>;
  dispose: () => void;
};

/** Creates a client with its own worker (one per view that plans). */
export function createPlanClient(): PlanClient {
  let seq = 0;
  let latestPlan = 0;
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
      const response = (await send({ kind: 'plan', id, project, lang })) as PlanResponse;
      return id === latestPlan ? response : undefined;
    },
    async explain(assetId) {
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
