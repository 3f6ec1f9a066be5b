/**
 * The planning Web Worker (module worker): re-planning runs here so the UI never freezes
 * (DESIGN.md "Principles"). It answers each request with the plan and the time it took, and
 * explains assets of the last plan on request.
 */
import { runInsightTask, runPlanTask } from './planTask';
import type { WorkerRequest } from './planTask';

type WorkerScope = { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage: (message: unknown) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  const answer = request.kind === 'insight' ? runInsightTask(request) : runPlanTask(request, () => performance.now());
  void answer.then((response) => scope.postMessage(response));
};
