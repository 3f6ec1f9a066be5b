/**
 * Runs an import task in a fresh Web Worker with a wall-clock timeout and cancel (R-I5): on
 * timeout or cancel the worker is terminated, so a hostile file cannot keep the CPU busy.
 * Where Worker does not exist (jsdom tests) the task runs on this thread.
 */
import { runTask } from './importTasks';
import type { TaskRequest, TaskResponse } from './importTasks';
import { unpackResponse } from './readTransfer';
import type { WireResponse } from './readTransfer';

/** Parsing budget per task (QUALITY.md R-I5 proposal: 30 s). */
export const TASK_TIMEOUT_MS = 30_000;

export class TaskTimeout extends Error {
  constructor(readonly ms: number) {
    super(`import task took longer than ${ms} ms`);
    this.name = 'TaskTimeout';
  }
}

export class TaskCancelled extends Error {
  constructor() {
    super('import task cancelled');
    this.name = 'TaskCancelled';
  }
}

/**
 * Runs one task and resolves with its response.
 * @param request what to do
 * @param options cancel signal and timeout
 */
export function runImportTask<R extends TaskRequest>(request: R, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Extract<TaskResponse, { op: R['op'] }>> {
  const { signal, timeoutMs = TASK_TIMEOUT_MS } = options;
  type Out = Extract<TaskResponse, { op: R['op'] }>;
  if (typeof Worker === 'undefined') return runTask(request) as Promise<Out>;
  return new Promise<Out>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(new TaskCancelled());
    };
    const timer = setTimeout(() => {
      finish();
      reject(new TaskTimeout(timeoutMs));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WireResponse>) => {
      finish();
      resolve(unpackResponse(event.data) as Out);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'import worker failed'));
    };
    worker.postMessage(request);
  });
}
