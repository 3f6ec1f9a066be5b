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
  const [answer, setAnswer] = useState<{ model: EstateModel | undefined; for: unknown[] }>({ model: undefined, for: [] });
  const key = [project.assets, project.dependencies, tiers, filter];
  useEffect(() => {
    let alive = true;
    const inputs = [project.assets, project.dependencies, tiers, filter];
    getLayoutClient()
      .layout(project.assets, project.dependencies, tiers ?? {}, filter)
      .then(
        (model) => {
          if (alive && model) setAnswer({ model, for: inputs });
        },
        (error: unknown) => pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      alive = false;
    };
  }, [project.assets, project.dependencies, tiers, filter]);
  const pending = answer.for.length !== key.length || answer.for.some((v, i) => v !== key[i]);
  return { model: answer.model, pending };
}
