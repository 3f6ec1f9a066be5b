/**
 * The graph layout Web Worker: builds the drawn estate (effective tiers, filter, collapse, CSR
 * index, system groups, ring layout) off the main thread, so a filter change on a hospital
 * group's estate never freezes the UI. The answer is packed (layoutTransfer.ts): typed arrays are
 * transferred and the page's own asset objects are reused, nothing of the project is sent back.
 */
import { layoutEstate } from '../../shared/layout';
import type { LayoutRequest } from './layoutClient';
import { packEstate, unpackProject } from './layoutTransfer';

type WorkerScope = { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage: (message: unknown, transfer?: Transferable[]) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, project, filter } = event.data;
  try {
    const { assets, dependencies } = unpackProject(project);
    const { packed, transfer } = packEstate(layoutEstate(assets, dependencies, filter), assets);
    scope.postMessage({ id, packed }, transfer);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
