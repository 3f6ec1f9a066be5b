/**
 * The graph layout Web Worker: builds the drawn estate (filter, collapse, CSR index, system groups,
 * ring layout) off the main thread, so a filter change on a hospital group's estate never freezes
 * the UI. Typed arrays come back by structured clone.
 */
import { buildEstateModel } from '../../shared/layout';
import type { LayoutRequest } from './layoutClient';

type WorkerScope = { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage: (message: unknown) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, assets, dependencies, tiers, filter } = event.data;
  try {
    scope.postMessage({ id, model: buildEstateModel(assets, dependencies, tiers, filter) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
