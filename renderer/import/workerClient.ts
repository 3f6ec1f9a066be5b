/**
 * Runs an import task in a fresh Web Worker with a wall-clock timeout and cancel (R-I5): on
 * timeout or cancel the worker is terminated, so a hostile file cannot keep the CPU busy.
 * Where Worker does not exist (jsdom tests) the task runs on this thread.
 */
import type { TaskRequest, TaskResponse } from './importTasks';
import { packRequest, unpackResponse } from './taskTransfer';
import type { WireResponse } from './taskTransfer';

/** Parsing budget per task (QUALITY.md R-I5 proposal: 30 s). */
export const TASK_TIMEOUT_MS = 30_000;

/**
 * The budget for reading a file of this size: 30 s, plus 1 s per MB beyond the first 8 MB. A small
 * hostile file (ReDoS, a huge row) still stops at 30 s, while a group's 60 MB project file, whose
 * decode, JSON.parse and validation took up to 36 s on a busy 2-core machine, is not cut off.
 * @param bytes the file's size
 */
export function readTimeoutMs(bytes: number): number {
  const extraMb = Math.max(0, bytes / 1_048_576 - 8);
  return TASK_TIMEOUT_MS + Math.ceil(extraMb) * 1000;
}

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
  // Tests under Node have no Worker: they run the task in-thread. Only there: the build drops this
  // branch (MODE is a constant), so the page does not ship the readers (SheetJS, ExcelJS, the
  // classifier) the worker bundles anyway.
  if (import.meta.env.MODE === 'test' && typeof Worker === 'undefined') return import('./importTasks').then(({ runTask }) => runTask(request) as Promise<Out>);
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
    const { message, transfer } = packRequest(request);
    worker.postMessage(message, transfer);
  });
}
