/** The view registry: one lazily loaded component per navigation entry. */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

import type { ViewId } from '../state/store';

const load = <K extends string>(loader: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await loader())[name] }));

export const VIEWS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  inventory: load(() => import('../views/inventory/InventoryView'), 'InventoryView'),
  plan: load(() => import('../views/plan/PlanView'), 'PlanView'),
  assessment: load(() => import('../views/assessment/AssessmentView'), 'AssessmentView'),
  graph: load(() => import('../views/graph/GraphView'), 'GraphView'),
  forecast: load(() => import('../views/forecast/ForecastView'), 'ForecastView'),
  procurement: load(() => import('../views/procurement/ProcurementView'), 'ProcurementView'),
  report: load(() => import('../views/report/ReportView'), 'ReportView'),
  projects: load(() => import('../views/projects/ProjectsView'), 'ProjectsView'),
  group: load(() => import('../views/group/GroupView'), 'GroupView'),
  settings: load(() => import('../views/settings/SettingsView'), 'SettingsView'),
};

/** Order of the side navigation. */
export const NAV_ORDER: ViewId[] = ['inventory', 'plan', 'assessment', 'graph', 'forecast', 'procurement', 'report', 'projects', 'group', 'settings'];
