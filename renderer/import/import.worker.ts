/// <reference lib="webworker" />
/**
 * The import worker: parses files off the main thread so the UI stays responsive, and can be
 * terminated on timeout or cancel (QUALITY.md R-I5).
 */
import '../zod-setup';
import { runTask } from './importTasks';
import type { TaskRequest } from './importTasks';
import { packResponse } from './readTransfer';

self.onmessage = (event: MessageEvent<TaskRequest>) => {
  void runTask(event.data).then((response) => {
    const { message, transfer } = packResponse(response);
    self.postMessage(message, transfer);
  });
};
