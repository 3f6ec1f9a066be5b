/**
 * The view registry: one lazily loaded component per navigation entry, each loadable ahead of its
 * first visit.
 *
 * A view still loading when it is opened suspends, and React then holds its content back until
 * the loading notice has been on screen for 300 ms (its fallback throttle), however soon the code
 * arrives: at 5,000 assets the graph's first frame waited 280 ms for nothing else. A view whose
 * code has arrived renders at once, without suspending, so the app loads every view's code once
 * the page is quiet (`preloadViews`), and a view's own when the pointer or focus reaches its
 * navigation entry (`preloadView`).
 */
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

import type { ViewId } from '../state/store';

export type LazyView = {
  /** The view: rendered at once when its code has arrived, else through React.lazy (suspends). */
  Component: ComponentType;
  /** Starts loading its code (once); resolves when the view can render without suspending. */
  preload: () => Promise<void>;
};

/**
 * A view loaded on first use or ahead of it.
 * @param loader imports the view's module
 * @param name the component's export
 */
export function lazyView<K extends string>(loader: () => Promise<Record<K, ComponentType>>, name: K): LazyView {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= loader().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        // The visit that asked shows the error (its boundary), and React.lazy keeps it. A later
        // preload (pointer, focus) loads again, and once the code is here the view renders
        // directly.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  function Component() {
    return createElement(loaded ?? Lazy);
  }
  Component.displayName = `View(${name})`;
  return { Component, preload };
}

const REGISTRY: Record<ViewId, LazyView> = {
  inventory: lazyView(() => import('../views/inventory/InventoryView'), 'InventoryView'),
  plan: lazyView(() => import('../views/plan/PlanView'), 'PlanView'),
  assessment: lazyView(() => import('../views/assessment/AssessmentView'), 'AssessmentView'),
  graph: lazyView(() => import('../views/graph/GraphView'), 'GraphView'),
  forecast: lazyView(() => import('../views/forecast/ForecastView'), 'ForecastView'),
  procurement: lazyView(() => import('../views/procurement/ProcurementView'), 'ProcurementView'),
  report: lazyView(() => import('../views/report/ReportView'), 'ReportView'),
  projects: lazyView(() => import('../views/projects/ProjectsView'), 'ProjectsView'),
  group: lazyView(() => import('../views/group/GroupView'), 'GroupView'),
  settings: lazyView(() => import('../views/settings/SettingsView'), 'SettingsView'),
};

/** The import wizard's dialog: loaded ahead like a view (opening it held back the same 300 ms). */
export const IMPORT_WIZARD = lazyView(() => import('../import/ImportWizard'), 'ImportWizard');

export const VIEWS = Object.fromEntries(Object.entries(REGISTRY).map(([id, v]) => [id, v.Component])) as Record<ViewId, ComponentType>;

/** Order of the side navigation. */
export const NAV_ORDER: ViewId[] = ['inventory', 'plan', 'assessment', 'graph', 'forecast', 'procurement', 'report', 'projects', 'group', 'settings'];

/**
 * Loads one view's code (the pointer or focus is on its navigation entry). A failure is left to
 * the visit, which shows it.
 * @param id the view
 */
export function preloadView(id: ViewId): void {
  REGISTRY[id].preload().catch(() => undefined);
}

/**
 * Loads every view's code, one view per idle moment in navigation order, then the import
 * wizard's, so that none suspends on its first visit. Call once the page is quiet.
 * @returns a function that stops what has not started
 */
export function preloadViews(): () => void {
  let stopped = false;
  // Without requestIdleCallback (jsdom), a zero timeout stands in for an idle moment.
  const hasIdle = typeof requestIdleCallback === 'function';
  let idleHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue = [...NAV_ORDER.map((id) => REGISTRY[id]), IMPORT_WIZARD];
  const step = (i: number) => {
    if (stopped || i >= queue.length) return;
    const next = () => {
      idleHandle = timer = undefined;
      if (stopped) return;
      queue[i]!
        .preload()
        .catch(() => undefined)
        .finally(() => step(i + 1));
    };
    if (hasIdle) idleHandle = requestIdleCallback(next, { timeout: 2000 });
    else timer = setTimeout(next, 0);
  };
  step(0);
  return () => {
    stopped = true;
    if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
