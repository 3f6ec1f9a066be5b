/**
 * The plan client's cache: a project object the app already planned (same scenario, same language)
 * is not planned again when another view asks for it; a write (a new object), another scenario or
 * another language plans again, and explaining after a cached switch explains the plan on screen.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { ProjectFile } from '../../shared/model';
import type { PlanResult } from '../../shared/planner';
import { createPlanClient } from './planClient';
import type { InsightRequest, PlanRequest, PlanResponse } from './planTask';

const planned: PlanRequest[] = [];
let lastPlanned: PlanRequest | undefined;

vi.mock('./planTask', () => ({
  runPlanTask: (request: PlanRequest): Promise<PlanResponse> => {
    planned.push(request);
    lastPlanned = request;
    const plan = { waves: [], placements: {}, bundles: [], unscheduled: [], metrics: { waves: 0, lowerBound: 0, assetsPlanned: 0, effortTotal: 0, costTotal: 0 } } as unknown as PlanResult;
    return Promise.resolve({ id: request.id, ok: true, plan, tiers: {}, ms: 1 });
  },
  runInsightTask: (request: InsightRequest) =>
    Promise.resolve({ id: request.id, insight: { assetId: request.assetId, scenario: lastPlanned?.project.scenario?.name, lang: lastPlanned?.lang } }),
}));

function project(scenarioName: string): ProjectFile {
  return { assets: [], dependencies: [], scenario: { name: scenarioName, capacityPerWave: 10, pins: {} } } as unknown as ProjectFile;
}

beforeEach(() => {
  planned.length = 0;
  lastPlanned = undefined;
});

describe('plan client cache', () => {
  it('plans a project object once per scenario and language, and returns the same plan again', async () => {
    const client = createPlanClient();
    const p = project('A');
    const first = await client.plan(p, 'zh');
    const again = await client.plan(p, 'zh');
    expect(planned).toHaveLength(1);
    expect(again).toBe(first);
    expect(client.peek(p, 'zh')).toBe(first);
  });

  it('plans again after a write (a new project object), in another language or for another scenario', async () => {
    const client = createPlanClient();
    const p = project('A');
    await client.plan(p, 'zh');
    await client.plan({ ...p }, 'zh');
    await client.plan(p, 'en');
    expect(client.peek(project('A'), 'zh')).toBeUndefined();
    const scenarioB = { ...p, scenario: { ...p.scenario!, name: 'B' } };
    await client.plan(scenarioB, 'zh');
    expect(planned).toHaveLength(4);
    await client.plan(p, 'en');
    await client.plan(scenarioB, 'zh');
    expect(planned).toHaveLength(4);
  });

  it('explains the plan on screen even when it came from the cache', async () => {
    const client = createPlanClient();
    const a = project('A');
    const b = project('B');
    await client.plan(a, 'zh');
    await client.plan(b, 'zh');
    await client.plan(a, 'zh');
    expect(planned).toHaveLength(2);
    const insight = (await client.explain('X', { project: a, lang: 'zh' })) as unknown as { scenario: string };
    expect(insight.scenario).toBe('A');
    expect(planned).toHaveLength(3);
    await client.explain('Y', { project: a, lang: 'zh' });
    expect(planned).toHaveLength(3);
  });
});
