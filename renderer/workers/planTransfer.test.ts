/**
 * The plan as the page receives it from the analysis worker: packed into typed arrays and
 * transferred, then rebuilt, it is the plan the worker made, field by field, for both samples, a
 * generated estate and a plan naming ids the project does not have.
 */
import { describe, expect, it } from 'vitest';

import tertiaryFile from '../../fixtures/sample-tertiary.xcplan.json';
import type { ProjectFile } from '../../shared/model';
import { planProject } from '../../shared/planner';
import type { PlanResult } from '../../shared/planner';
import { answer } from './analysisTask';
import type { OutputOf, WorkerReply } from './analysisTask';
import { packPlan, unpackPlan } from './planTransfer';
import { replyForPage, replyFromWorker } from './replyTransfer';
import { throughPostMessage as postedBack, TRANSFER_PROJECTS } from './transferTesting';

const throughPostMessage = (plan: PlanResult): PlanResult => postedBack(plan, packPlan, unpackPlan);

describe('plan transfer to the page', () => {
  it.each(TRANSFER_PROJECTS)('gives back the plan of the %s, every field and its order', (_name, project) => {
    const plan = planProject(project);
    const back = throughPostMessage(plan);
    expect(back).toEqual(structuredClone(plan));
    expect(Object.keys(back)).toEqual(Object.keys(plan));
    expect(Object.keys(back.waves[0]!)).toEqual(Object.keys(plan.waves[0]!));
    // Rows still share their placements as the planner made them (a stack, the assets kept for one reason).
    const distinct = (p: PlanResult) => new Set(p.placements).size;
    expect(distinct(back)).toBe(distinct(plan));
  });

  it('keeps ids the plan does not list among its assets (a plan read from a file)', () => {
    const plan = planProject(tertiaryFile as unknown as ProjectFile);
    const edited: PlanResult = {
      ...plan,
      placements: plan.placements.map((p, i) => (i === 0 ? { ...p, unit: 'NOT-AN-ASSET', reason: { ...p.reason, blockedBy: 'ELSEWHERE' } } : p)),
      units: plan.units.map((u, i) => (i === 0 ? { ...u, assets: [...u.assets, 'GONE-1'], tenants: ['GONE-2'] } : u)),
    };
    const back = throughPostMessage(edited);
    expect(back.placements[0]).toMatchObject({ unit: 'NOT-AN-ASSET', reason: { blockedBy: 'ELSEWHERE' } });
    expect(back.units[0]!.assets.at(-1)).toBe('GONE-1');
    expect(back.units[0]!.tenants).toEqual(['GONE-2']);
    expect(back).toEqual(structuredClone(edited));
  });

  it('packs the analysis answer only, and the client reads it back as the worker answered', () => {
    const project = tertiaryFile as unknown as ProjectFile;
    const reply = answer({ id: 1, kind: 'analyse', input: { version: 7001, lang: 'zh', project } }, () => 0);
    const { message, transfer } = replyForPage('analyse', reply);
    expect(transfer.length).toBeGreaterThan(0);
    const received = replyFromWorker('analyse', structuredClone(message, { transfer }));
    expect(received).toEqual(structuredClone(reply));
    const { analysis } = (received as Extract<WorkerReply, { ok: true }>).output as OutputOf<'analyse'>;
    expect(analysis.plan.placements).toHaveLength(project.assets.length);

    const failure: WorkerReply = { id: 2, ok: false, message: 'invalid price book', issues: [] };
    expect(replyForPage('analyse', failure)).toEqual({ message: failure, transfer: [] });
    const compared = answer({ id: 3, kind: 'compare', input: { version: 7001, lang: 'zh' } }, () => 0);
    expect(replyForPage('compare', compared).message).toBe(compared);
  });
});
