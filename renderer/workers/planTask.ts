/**
 * One planning run, shared by the Web Worker and the main-thread fallback (tests, browsers without
 * module workers): price the project with its price book, call the planner, and return the plan
 * with the effective tiers the views lay out by. The planner is another feature's module, found
 * with a glob import so the app builds (and says so) while `shared/planner/index.ts` is missing.
 */
import { costOf, readPriceBook } from '../../shared/forecast';
import type { Asset, ProjectFile, Tier } from '../../shared/model';
import { TIERS } from '../../shared/model';
import type { PlanResult } from '../../shared/planner/types';

export type PlanLang = 'zh' | 'en';

export type PlanRequest = { id: number; project: ProjectFile; lang: PlanLang };

export type PlanResponse =
  | { id: number; ok: true; plan: PlanResult; tiers: Record<string, Tier>; ms: number }
  | { id: number; ok: false; reason: 'no-planner' | 'failed'; message: string; ms: number };

type PlannerModule = {
  planProject?: (project: ProjectFile, options: { lang?: PlanLang; costOf?: (asset: Asset) => number }) => PlanResult;
  effectiveTiers?: (...args: never[]) => unknown;
};

const planners = import.meta.glob<PlannerModule>('../../shared/planner/index.ts');

let cached: Promise<PlannerModule | undefined> | undefined;

/** Loads the planner module once. */
export function loadPlannerModule(): Promise<PlannerModule | undefined> {
  const load = Object.values(planners)[0];
  cached ??= load ? load() : Promise.resolve(undefined);
  return cached;
}

/**
 * Plans one project. Never throws: a failure comes back as a response with the message.
 * @param request the project and language
 * @param now a clock for the duration (performance.now in the worker)
 */
export async function runPlanTask(request: PlanRequest, now: () => number): Promise<PlanResponse> {
  const t0 = now();
  const { id, project, lang } = request;
  try {
    const planner = await loadPlannerModule();
    if (!planner?.planProject) return { id, ok: false, reason: 'no-planner', message: 'shared/planner is not part of this build', ms: now() - t0 };
    const book = readPriceBook(project);
    const options = book.ok ? { lang, costOf: costOf(book.value, project) } : { lang };
    const plan = planner.planProject(project, options);
    const tiers = readTiers(planner, project);
    return { id, ok: true, plan, tiers, ms: now() - t0 };
  } catch (error) {
    return { id, ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error), ms: now() - t0 };
  }
}

/**
 * Effective tiers from the planner when it offers them (its result may be a Map, a record, or an
 * array in asset order); otherwise the declared tier, else the edge.
 */
function readTiers(planner: PlannerModule, project: ProjectFile): Record<string, Tier> {
  const out: Record<string, Tier> = {};
  for (const asset of project.assets) out[asset.id] = asset.tier ?? 'office';
  if (typeof planner.effectiveTiers !== 'function') return out;
  const fn = planner.effectiveTiers as (...args: unknown[]) => unknown;
  let result: unknown;
  try {
    result = fn(project);
  } catch {
    try {
      result = fn(project.assets, project.dependencies);
    } catch {
      return out;
    }
  }
  const put = (id: unknown, tier: unknown) => {
    if (typeof id === 'string' && typeof tier === 'string' && (TIERS as readonly string[]).includes(tier)) out[id] = tier as Tier;
  };
  if (result instanceof Map) for (const [id, tier] of result) put(id, tier);
  else if (Array.isArray(result)) result.forEach((tier, i) => put(project.assets[i]?.id, typeof tier === 'number' ? TIERS[tier] : tier));
  else if (result && typeof result === 'object') for (const [id, tier] of Object.entries(result)) put(id, tier);
  return out;
}
