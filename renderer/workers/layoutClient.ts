/**
 * The renderer's handle on the layout worker: newest request wins, so dragging through filters
 * never shows a stale layout. Without module workers (jsdom tests) the layout runs on the main
 * thread, still asynchronously, so callers behave the same.
 */
import { buildEstateModel } from '../../shared/layout';
import type { EstateFilter, EstateModel } from '../../shared/layout';
import type { Asset, Dependency, Tier } from '../../shared/model';

export type LayoutRequest = { id: number; assets: readonly Asset[]; dependencies: readonly Dependency[]; tiers: Record<string, Tier>; filter: EstateFilter };
type LayoutResponse = { id: number; model?: EstateModel; error?: string };

export type LayoutClient = {
  /** Lays the estate out; resolves undefined when a newer request superseded this one. */
  layout: (assets: readonly Asset[], dependencies: readonly Dependency[], tiers: Record<string, Tier>, filter: EstateFilter) => Promise<EstateModel | undefined>;
};

let shared: LayoutClient | undefined;

/** The app's one layout client (its worker lives as long as the page). */
export function getLayoutClient(): LayoutClient {
  shared ??= createLayoutClient();
  return shared;
}

function createLayoutClient(): LayoutClient {
  let seq = 0;
  const waiting = new Map<number, (response: LayoutResponse) => void>();
  let worker: Worker | undefined;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const resolve = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        resolve?.(event.data);
      };
    } catch {
      worker = undefined;
    }
  }
  return {
    async layout(assets, dependencies, tiers, filter) {
      seq += 1;
      const id = seq;
      let response: LayoutResponse;
      if (worker) {
        const target = worker;
        response = await new Promise<LayoutResponse>((resolve) => {
          waiting.set(id, resolve);
          target.postMessage({ id, assets, dependencies, tiers, filter } satisfies LayoutRequest);
        });
      } else {
        await Promise.resolve();
        response = { id, model: buildEstateModel(assets, dependencies, tiers, filter) };
      }
      if (response.error) throw new Error(response.error);
      return id === seq ? response.model : undefined;
    },
  };
}
