/**
 * The drawn estate for the current project, tiers and filter, laid out in the layout worker. The
 * previous layout stays on screen while a new one is computed (`pending`).
 */
import { useEffect, useState } from 'react';

import type { EstateFilter, EstateModel } from '../../../shared/layout';
import type { ProjectFile, Tier } from '../../../shared/model';
import { pushToast } from '../../components';
import { getLayoutClient } from '../../workers/layoutClient';

export type EstateModelState = { model: EstateModel | undefined; pending: boolean };

export function useEstateModel(project: ProjectFile, tiers: Record<string, Tier> | undefined, filter: EstateFilter): EstateModelState {
  const inputs = [project.assets, project.dependencies, tiers, filter];
  const [answer, setAnswer] = useState<{ model: EstateModel | undefined; for: unknown[] }>({ model: undefined, for: [] });
  const pending = answer.for.length !== inputs.length || answer.for.some((v, i) => v !== inputs[i]);
  // A layout made before (same project object, plan and filter) shows at once, without the worker:
  // adopted as the answer while rendering (React's adjust-state pattern).
  const cached = pending ? getLayoutClient().peek(project.assets, project.dependencies, tiers ?? NO_TIERS, filter) : undefined;
  if (cached) setAnswer({ model: cached, for: inputs });
  useEffect(() => {
    let alive = true;
    const inputs = [project.assets, project.dependencies, tiers, filter];
    const client = getLayoutClient();
    if (client.peek(project.assets, project.dependencies, tiers ?? NO_TIERS, filter)) return;
    client.layout(project.assets, project.dependencies, tiers ?? NO_TIERS, filter).then(
      (model) => {
        if (alive && model) setAnswer({ model, for: inputs });
      },
      (error: unknown) => pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [project.assets, project.dependencies, tiers, filter]);
  return cached ? { model: cached, pending: false } : { model: answer.model, pending };
}

/** The tiers before a plan exists: one shared object, so its layout is cached like any other. */
const NO_TIERS: Record<string, Tier> = {};
