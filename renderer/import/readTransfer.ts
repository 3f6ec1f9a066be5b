/**
 * How the import worker's answer comes back to the page. A project file's dependencies travel as
 * asset indices and kind codes in typed arrays (transferred, not cloned; the layout worker's
 * `packDependencies`, layoutTransfer.ts), and the page rebuilds them around its copy of the
 * assets: a structured clone of 400,000 dependency objects cost more than parsing and validating
 * the whole 100,000-asset file, on both sides of postMessage. Everything else travels as it is.
 */
import { packDependencies, unpackProject } from '../workers/layoutTransfer';
import type { PackedProject } from '../workers/layoutTransfer';
import type { TaskResponse } from './importTasks';

/** A response as posted: a project file's dependencies moved into `links`. */
export type WireResponse = TaskResponse & { links?: Omit<PackedProject, 'assets'> };

/**
 * The worker's side.
 * @returns the message and the buffers to transfer with it
 */
export function packResponse(response: TaskResponse): { message: WireResponse; transfer: ArrayBuffer[] } {
  if (response.op !== 'read' || !response.result.ok || response.result.kind !== 'project') return { message: response, transfer: [] };
  const { file } = response.result;
  const { links, transfer } = packDependencies(file.assets, file.dependencies);
  return { message: { op: 'read', result: { ...response.result, file: { ...file, dependencies: [] } }, links }, transfer };
}

/** The page's side: the response the task gave, dependencies in their order. */
export function unpackResponse(message: WireResponse): TaskResponse {
  const { links, ...response } = message;
  if (!links || response.op !== 'read' || !response.result.ok || response.result.kind !== 'project') return response;
  const { file } = response.result;
  const { dependencies } = unpackProject({ ...links, assets: file.assets });
  return { op: 'read', result: { ...response.result, file: { ...file, dependencies } } };
}
