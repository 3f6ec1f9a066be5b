/**
 * What the budget cap costs in time, and what yearly budget would remove that cost: the question a
 * hospital's leadership asks of a budget-bound plan ("with 400 万元 a year we finish in June 2031;
 * what would it take to finish as soon as the work allows?").
 *
 * Answered by planning again, not estimated: the scenario without a cap gives the earliest finish
 * the other limits (capacity, core cut-overs, freeze windows, phases) allow; a search over the
 * yearly budget then finds the smallest cap, to BUDGET_STEP, whose plan finishes with as few waves
 * and leaves nothing more unscheduled. Each plan is priced as the analysis prices it (each year's
 * prices, the security reserve kept), so the figure is one the planner will honour. Only the
 * scheduler runs again for each budget (`spanUnderBudget`): the graph, units, costs and calendar
 * of the plan's context do not depend on it.
 */
import { costOf, readPriceBook } from '../forecast';
import { formatMoney } from '../format';
import type { Lang } from '../format';
import type { ProjectFile } from '../model';
import { buildPlanContext, spanUnderBudget } from '../planner';
import type { PlanContext, PlanResult, PlanSpan } from '../planner';
import { AnalysisError } from './analyse';
import type { Analysis } from './analyse';

/** The search's resolution: 100,000 yuan (10 万元), the step budgets are set in. */
export const BUDGET_STEP = 100_000;

/** The most schedules one answer runs (bounds its time: about 1 s at 100,000 assets with the plan's context). */
const MAX_SCHEDULES = 14;

export type { PlanSpan };

export type BudgetNeed = {
  /** The scenario's yearly cap, yuan. */
  cap: number;
  /** The plan under that cap (the analysis's own plan). */
  capped: PlanSpan;
  /** The plan with no cap: the earliest finish the other limits allow. */
  unconstrained: PlanSpan;
  /**
   * Smallest yearly budget found (a multiple of BUDGET_STEP) whose plan is as short as the
   * unconstrained one and leaves no more unscheduled; undefined when the cap already is (then the
   * cap does not hold the plan back) or when the search did not find one within its plans.
   */
  needed?: number;
  /** The plan under `needed`. */
  neededPlan?: PlanSpan;
  /** Schedules run to answer (beside the analysis's own plan; each reruns only the scheduler). */
  plans: number;
};

const spanOf = (plan: PlanResult): PlanSpan => ({ waves: plan.metrics.waves, end: plan.waves.at(-1)?.end ?? '', unscheduled: plan.unscheduled.length });

/**
 * The budget the plan needs, for a scenario with a yearly cap; undefined without one.
 * @param project the project analysed
 * @param analysis its analysis (the scenario and the plan under the cap)
 * @param file file name for messages about the price book
 * @param context the planner's context of that analysis, when it is at hand (the app's worker
 *   keeps it); otherwise it is built once here
 */
export function budgetNeed(project: ProjectFile, analysis: Pick<Analysis, 'scenario' | 'plan'>, file = 'project', context?: PlanContext): BudgetNeed | undefined {
  const { scenario } = analysis;
  const cap = scenario.budgetPerYear;
  if (cap === undefined || !Number.isFinite(cap) || cap <= 0) return undefined;
  let prepared = context;
  if (!prepared) {
    const planned: ProjectFile = { ...project, scenario };
    const book = readPriceBook(planned, file);
    if (!book.ok) throw new AnalysisError(book.issues);
    prepared = buildPlanContext(planned, { costOf: costOf(book.value, planned), scenario });
  }
  const base = prepared;
  let plans = 0;
  const planWith = (budget: number | undefined): PlanSpan => {
    plans++;
    return spanUnderBudget(base, budget);
  };
  const capped = spanOf(analysis.plan);
  const unconstrained = planWith(undefined);
  const meets = (span: PlanSpan): boolean => span.waves <= unconstrained.waves && span.unscheduled <= unconstrained.unscheduled;
  if (meets(capped)) return { cap, capped, unconstrained, plans };
  // An upper bound first: double the cap until a plan meets it.
  let low = cap;
  let high = roundUp(cap * 2);
  let highPlan = planWith(high);
  while (!meets(highPlan) && plans < MAX_SCHEDULES) {
    low = high;
    high = roundUp(high * 2);
    highPlan = planWith(high);
  }
  if (!meets(highPlan)) return { cap, capped, unconstrained, plans };
  // Then halve the gap down to the step.
  while (high - low > BUDGET_STEP && plans < MAX_SCHEDULES) {
    const middle = roundUp((low + high) / 2);
    if (middle >= high) break;
    const span = planWith(middle);
    if (meets(span)) {
      high = middle;
      highPlan = span;
    } else {
      low = middle;
    }
  }
  return { cap, capped, unconstrained, needed: high, neededPlan: highPlan, plans };
}

/** Up to the next multiple of the step. */
const roundUp = (amount: number): number => Math.ceil(amount / BUDGET_STEP - 1e-9) * BUDGET_STEP;

/**
 * The sentence the report's summary, the forecast view and `xcplan forecast --budget` say it in.
 * @param need a budget need
 * @param lang language
 */
export function budgetNeedText(need: Omit<BudgetNeed, 'plans'>, lang: Lang): string {
  const zh = lang === 'zh';
  const money = (yuan: number) => formatMoney(yuan, 'wan', lang);
  const { capped, unconstrained, needed } = need;
  const left = capped.unscheduled === 0 ? '' : zh ? `，${capped.unscheduled} 项未能排入` : `, ${capped.unscheduled} asset${capped.unscheduled === 1 ? '' : 's'} not scheduled`;
  const underCap = zh ? `按每年 ${money(need.cap)}的预算上限，规划于 ${capped.end} 完成（${capped.waves} 批${left}）` : `under the cap of ${money(need.cap)} a year the plan ends on ${capped.end} (${capped.waves} waves${left})`;
  if (needed !== undefined) {
    return zh
      ? `预算测算：${underCap}；不受预算约束时，实施力量、核心切换与封网等其他约束允许于 ${unconstrained.end} 完成（${unconstrained.waves} 批），为此每年约需 ${money(needed)}（按价格本逐年价格重新编排测得）。`
      : `Budget: ${underCap}; without a cap the other limits (capacity, core cut-overs, freeze windows) let it end on ${unconstrained.end} (${unconstrained.waves} waves), which takes about ${money(needed)} a year (found by planning again at each year's prices).`;
  }
  if (capped.waves <= unconstrained.waves && capped.unscheduled <= unconstrained.unscheduled) {
    return zh
      ? `预算测算：每年 ${money(need.cap)}的预算上限不拖慢进度，不受预算约束时同样于 ${capped.end} 完成（${capped.waves} 批）。`
      : `Budget: the cap of ${money(need.cap)} a year does not slow the plan; without a cap it ends on the same date, ${capped.end} (${capped.waves} waves).`;
  }
  return zh ? `预算测算：${underCap}；不受预算约束时可于 ${unconstrained.end} 完成（${unconstrained.waves} 批）。` : `Budget: ${underCap}; without a cap it would end on ${unconstrained.end} (${unconstrained.waves} waves).`;
}
