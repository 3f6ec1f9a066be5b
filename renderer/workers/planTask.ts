/**
 * One planning run, shared by the Web Worker and the main-thread fallback (tests, browsers without
 * module workers): price the project with its price book, plan it, and return the plan with the
 * effective tiers the views lay out by. The last plan's context is kept so explaining a selected
 * asset (what it waits for, what waits for it) needs no second planning run.
 */
import { costOf, readPriceBook } from '../../shared/forecast';
import { TIERS } from '../../shared/model';
import type { ProjectFile, Tier } from '../../shared/model';
import { assetInsight, planWithContext } from '../../shared/planner';
import type { Lang } from '../../shared/format';
import type { AssetInsight, PlanContext, PlanResult } from '../../shared/planner';


export type PlanRequest = { kind?: 'plan'; id: number; project: ProjectFile; lang: Lang };
export type InsightRequest = { kind: 'insight'; id: number; assetId: string };
export type WorkerRequest = PlanRequest | InsightRequest;

export type PlanResponse =
  | { id: number; ok: true; plan: PlanResult; tiers: Record<string, Tier>; ms: number }
  | { id: number; ok: false; reason: 'failed'; message: string; ms: number };
export type InsightResponse = { id: number; insight: AssetInsight | undefined };

let last: { context: PlanContext; plan: PlanResult } | undefined;

/**
 * Plans one project. Never throws: a failure comes back as a response with the message.
 * @param request the project and language
 * @param now a clock for the duration (performance.now in the worker)
 */
export function runPlanTask(request: PlanRequest, now: () => number): Promise<PlanResponse> {
  const t0 = now();
  const { id, project, lang } = request;
  try {
    const book = readPriceBook(project);
    const options = book.ok ? { lang, costOf: costOf(book.value, project) } : { lang };
    const { plan, context } = planWithContext(project, options);
    last = { context, plan };
    const tiers: Record<string, Tier> = {};
    context.graph.ids.forEach((assetId, v) => {
      tiers[assetId] = TIERS[context.tiers.rank[v] ?? 0] ?? 'office';
    });
    return Promise.resolve({ id, ok: true, plan, tiers, ms: now() - t0 });
  } catch (error) {
    return Promise.resolve({ id, ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error), ms: now() - t0 });
  }
}

/** Explains one asset of the last plan (undefined when nothing was planned or the id is unknown). */
export function runInsightTask(request: InsightRequest): Promise<InsightResponse> {
  try {
    return Promise.resolve({ id: request.id, insight: last ? assetInsight(last.context, last.plan, request.assetId) : undefined });
  } catch {
    return Promise.resolve({ id: request.id, insight: undefined });
  }
}
