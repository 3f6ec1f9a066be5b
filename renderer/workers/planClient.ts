/**
 * The renderer's handle on the plan worker. Requests are numbered and only the newest answer is
 * delivered, so a burst of edits never shows a stale plan. Without module workers (jsdom tests)
 * the same task runs on the main thread.
 */
import { runPlanTask } from './planTask';
import type { PlanLang, PlanResponse } from './planTask';
import type { ProjectFile } from '../../shared/model';

export type PlanClient = {
  /** Plans the project; resolves with the answer, or undefined when a newer request superseded it. */
  plan: (project: ProjectFile, lang: PlanLang) => Promise<PlanResponse | undefined>;
  dispose: () => void;
};

/** Creates a client with its own worker (one per view that plans). */
export function createPlanClient(): PlanClient {
  let latest = 0;
  const waiting = new Map<number, (response: PlanResponse) => void>();
  let worker: Worker | undefined;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<PlanResponse>) => {
        const resolve = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        resolve?.(event.data);
      };
    } catch {
      worker = undefined;
    }
  }
  return {
    async plan(project, lang) {
      latest += 1;
      const id = latest;
      const response = worker
        ? await new Promise<PlanResponse>((resolve) => {
            waiting.set(id, resolve);
            worker.postMessage({ id, project, lang });
          })
        : await runPlanTask({ id, project, lang }, () => performance.now());
      return id === latest ? response : undefined;
    },
    dispose() {
      worker?.terminate();
      waiting.clear();
    },
  };
}
