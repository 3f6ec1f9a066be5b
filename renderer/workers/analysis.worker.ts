/**
 * The analysis Web Worker (module worker): the one place the app plans, prices and forecasts
 * (DESIGN.md "Principles": the UI never freezes). It answers the typed requests of
 * analysisTask.ts, one at a time, in order.
 */
import { answer } from './analysisTask';
import type { PostedRequest } from './analysisTask';

type WorkerScope = { onmessage: ((event: MessageEvent<PostedRequest>) => void) | null; postMessage: (message: unknown) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(answer(event.data, () => performance.now()));
};
