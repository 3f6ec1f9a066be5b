/**
 * The planning Web Worker (module worker): re-planning runs here so the UI never freezes
 * (DESIGN.md "Principles"). It answers each request with the plan and the time it took.
 */
import { runPlanTask } from './planTask';
import type { PlanRequest } from './planTask';

type WorkerScope = { onmessage: ((event: MessageEvent<PlanRequest>) => void) | null; postMessage: (message: unknown) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runPlanTask(event.data, () => performance.now()).then((response) => scope.postMessage(response));
};
