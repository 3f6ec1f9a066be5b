/**
 * The drawn estate for the current project and filter, laid out in the layout worker. It needs no
 * plan (effective tiers come with the layout), so the first frame does not wait for planning. The
 * previous layout stays on screen while a new one is computed (`pending`).
 */
import { useEffect, useRef, useState } from 'react';

import type { EstateFilter, EstateModel } from '../../../shared/layout';
import type { ProjectFile } from '../../../shared/model';
import { pushToast } from '../../components';
import { getLayoutClient } from '../../workers/layoutClient';

export type EstateModelState = { model: EstateModel | undefined; pending: boolean };

export function useEstateModel(project: ProjectFile, filter: EstateFilter): EstateModelState {
  const inputs = [project.assets, project.dependencies, filter];
  const [answer, setAnswer] = useState<{ model: EstateModel | undefined; for: unknown[] }>({ model: undefined, for: [] });
  const pending = answer.for.length !== inputs.length || answer.for.some((v, i) => v !== inputs[i]);
  // A layout made before (same project object and filter) shows at once, without the worker:
  // adopted as the answer while rendering (React's adjust-state pattern).
  const cached = pending ? getLayoutClient().peek(project.assets, project.dependencies, filter) : undefined;
  if (cached) setAnswer({ model: cached, for: inputs });
  // Whether a drawing is on screen already (the first one is laid out on the page).
  const drawing = useRef(false);
  useEffect(() => {
    if (answer.model) drawing.current = true;
  }, [answer.model]);
  useEffect(() => {
    let alive = true;
    const inputs = [project.assets, project.dependencies, filter];
    const client = getLayoutClient();
    if (client.peek(project.assets, project.dependencies, filter)) return;
    // The first drawing of a project is laid out on the page (see LayoutClient.layout); filter
    // changes go to the worker while the current drawing stays on screen.
    client.layout(project.assets, project.dependencies, filter, !drawing.current).then(
      (model) => {
        if (alive && model) setAnswer({ model, for: inputs });
      },
      (error: unknown) => pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [project.assets, project.dependencies, filter]);
  return cached ? { model: cached, pending: false } : { model: answer.model, pending };
}
