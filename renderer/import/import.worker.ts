/// <reference lib="webworker" />
/**
 * The import worker: parses files off the main thread so the UI stays responsive, and can be
 * terminated on timeout or cancel (QUALITY.md R-I5).
 */
import '../zod-setup';
import { runTask } from './importTasks';
import { packResponse, unpackRequest } from './taskTransfer';
import type { WireRequest } from './taskTransfer';

self.onmessage = (event: MessageEvent<WireRequest>) => {
  void runTask(unpackRequest(event.data)).then((response) => {
    const { message, transfer } = packResponse(response);
    self.postMessage(message, transfer);
  });
};
