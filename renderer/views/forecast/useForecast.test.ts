/**
 * The forecast is computed once per project object: switching away from the forecast and back (the
 * active-project hook hands out the same object until a write) does not plan the project again.
 */
import { describe, expect, it, vi } from 'vitest';

import type { ProjectFile } from '../../../shared/model';
import sampleFile from '../../../fixtures/sample-secondary.xcplan.json';
import { forecastFor } from './useForecast';

const sample = sampleFile as unknown as ProjectFile;

describe('forecastFor', () => {
  it('plans a project object once, and again after a write (a new object)', async () => {
    const { planProject } = await import('../../../shared/planner');
    const planner = vi.fn(planProject);
    const project = structuredClone(sample);
    const first = forecastFor(project, planner);
    expect(first.status).toBe('ready');
    const calls = planner.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    expect(forecastFor(project, planner)).toBe(first);
    expect(planner.mock.calls.length).toBe(calls);
    const written = { ...project };
    expect(forecastFor(written, planner)).not.toBe(first);
    expect(planner.mock.calls.length).toBe(2 * calls);
  });
});
