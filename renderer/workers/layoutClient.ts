/**
 * The renderer's handle on the layout worker: newest request wins, so dragging through filters
 * never shows a stale layout. Without module workers (jsdom tests) the layout runs on the main
 * thread, still asynchronously, so callers behave the same.
 *
 * The layout needs no plan (the effective tiers are computed with it, `layoutEstate`), so the graph
 * is drawn while the plan is still being computed.
 *
 * Layouts are cached by the project's asset array (the same object across views until a write),
 * its dependency array and the filter's content, a few filters per project: coming back to the
 * graph, or back to a filter just used, shows the drawing without laying the estate out again.
 */
import { layoutEstate } from '../../shared/layout';
import type { EstateFilter, EstateModel } from '../../shared/layout';
import type { Asset, Dependency } from '../../shared/model';
import { packProject, unpackEstate } from './layoutTransfer';
import type { PackedEstate, PackedProject } from './layoutTransfer';

export type LayoutRequest = { id: number; project: PackedProject; filter: EstateFilter };
type LayoutResponse = { id: number; packed?: PackedEstate; model?: EstateModel; error?: string };

export type LayoutClient = {
  /**
   * Lays the estate out; resolves undefined when a newer request superseded this one. `onPage`
   * lays it out on the page's own thread instead of the worker: for the first drawing of a project,
   * where nothing else is on screen to keep responsive, it saves sending the project across and
   * starting the worker (measured: the worker round trip cost more than the layout itself).
   */
  layout: (assets: readonly Asset[], dependencies: readonly Dependency[], filter: EstateFilter, onPage?: boolean) => Promise<EstateModel | undefined>;
  /** The cached layout of exactly these inputs, if any (synchronous, no work). */
  peek: (assets: readonly Asset[], dependencies: readonly Dependency[], filter: EstateFilter) => EstateModel | undefined;
};

/** How many filters' layouts are kept per project (a 25k-asset layout is a few MB). */
const FILTERS_KEPT = 4;

type Cached = { dependencies: readonly Dependency[]; filter: string; model: EstateModel };

let shared: LayoutClient | undefined;

/** The app's one layout client (its worker, started by the first layout sent to it, lives as long as the page). */
export function getLayoutClient(): LayoutClient {
  shared ??= createLayoutClient();
  return shared;
}

/** Creates a client with its own worker and cache (the app uses the one from getLayoutClient). */
export function createLayoutClient(): LayoutClient {
  let seq = 0;
  const cache = new WeakMap<readonly Asset[], Cached[]>();
  const lookup = (assets: readonly Asset[], dependencies: readonly Dependency[], filter: string) =>
    cache.get(assets)?.find((entry) => entry.dependencies === dependencies && entry.filter === filter)?.model;
  const store = (assets: readonly Asset[], entry: Cached) => {
    const entries = (cache.get(assets) ?? []).filter((e) => !(e.dependencies === entry.dependencies && e.filter === entry.filter));
    entries.unshift(entry);
    cache.set(assets, entries.slice(0, FILTERS_KEPT));
  };
  const waiting = new Map<number, (response: LayoutResponse) => void>();
  // Started by the first request that needs it (a filter change): the first drawing is laid out on
  // the page, and a worker starting beside the project's read and layout only takes CPU from them.
  let worker: Worker | undefined | null = null;
  const getWorker = (): Worker | undefined => {
    if (worker !== null) return worker;
    worker = undefined;
    if (typeof Worker === 'undefined') return worker;
    try {
      const started = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      started.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const resolve = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        resolve?.(event.data);
      };
      worker = started;
    } catch {
      worker = undefined;
    }
    return worker;
  };
  return {
    peek(assets, dependencies, filter) {
      return lookup(assets, dependencies, filterKey(filter));
    },
    async layout(assets, dependencies, filter, onPage = false) {
      seq += 1;
      const id = seq;
      const key = filterKey(filter);
      const cached = lookup(assets, dependencies, key);
      if (cached) return cached;
      let response: LayoutResponse;
      const target = onPage ? undefined : getWorker();
      if (target) {
        response = await new Promise<LayoutResponse>((resolve) => {
          waiting.set(id, resolve);
          const { packed, transfer } = packProject(assets, dependencies);
          target.postMessage({ id, project: packed, filter } satisfies LayoutRequest, transfer);
        });
      } else {
        await Promise.resolve();
        response = { id, model: layoutEstate(assets, dependencies, filter) };
      }
      if (response.error) throw new Error(response.error);
      const model = response.packed ? unpackEstate(response.packed, assets) : response.model;
      if (model) store(assets, { dependencies, filter: key, model });
      return id === seq ? model : undefined;
    },
  };
}

/** A filter's content as a key: the same choices give the same key whatever object holds them. */
function filterKey(filter: EstateFilter): string {
  return JSON.stringify([filter.sites, filter.departments, filter.categories, filter.tiers, filter.origins, filter.collapseTerminals ?? false]);
}
