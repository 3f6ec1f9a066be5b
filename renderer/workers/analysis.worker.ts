/**
 * The analysis Web Worker (module worker): the one place the app plans, prices and forecasts
 * (DESIGN.md "Principles": the UI never freezes). It answers the typed requests of
 * analysisTask.ts, one at a time, in order.
 */
import { answer } from './analysisTask';
import type { PostedRequest } from './analysisTask';
import { replyForPage } from './replyTransfer';

type WorkerScope = { onmessage: ((event: MessageEvent<PostedRequest>) => void) | null; postMessage: (message: unknown, transfer: Transferable[]) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  // The plan and the procurement list travel packed (replyTransfer.ts): the page deserialises typed
  // arrays and each distinct string once, not hundreds of thousands of objects.
  const { message, transfer } = replyForPage(event.data.kind, answer(event.data, () => performance.now()));
  scope.postMessage(message, transfer);
};
