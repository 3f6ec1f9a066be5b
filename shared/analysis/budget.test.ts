import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import type { ProjectFile, Scenario } from '../model';
import { generateEstate } from '../../fixtures/generate/estate';
import { spanUnderBudget } from '../planner';
import { analyse, analyseWithContext } from './analyse';
import { budgetNeed, budgetNeedText, BUDGET_STEP } from './budget';

const sample = (name: string): ProjectFile => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', `sample-${name}.xcplan.json`), 'utf8')) as ProjectFile;
const scenarioNamed = (project: ProjectFile, name: string): Scenario => [project.scenario!, ...(project.scenarios ?? [])].find((s) => s.name === name)!;

describe('the budget a capped plan needs', () => {
  test('rerunning only the scheduler under the plan\'s own budget gives the plan\'s own span: both samples, every scenario, a generated estate', () => {
    const estate = generateEstate({ assets: 3000, dependencies: 9000, seed: 7 });
    const cases: [string, ProjectFile, Scenario][] = [estate, sample('tertiary'), sample('secondary')].flatMap((project) => [project.scenario!, ...(project.scenarios ?? [])].map((scenario): [string, ProjectFile, Scenario] => [`${project.project.name} / ${scenario.name}`, project, scenario]));
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const [name, project, scenario] of cases) {
      const { analysis, context } = analyseWithContext(project, scenario);
      const { plan } = analysis;
      expect(spanUnderBudget(context!, analysis.scenario.budgetPerYear), name).toEqual({ waves: plan.metrics.waves, end: plan.waves.at(-1)?.end ?? '', unscheduled: plan.unscheduled.length });
    }
  });

  test('the secondary hospital: its 400 万元 cap holds the plan back, and the budget found ends it as early as the other limits allow', () => {
    const project = sample('secondary');
    const analysis = analyse(project);
    const need = budgetNeed(project, analysis)!;
    expect(need.cap).toBe(4_000_000);
    expect(need.capped.waves).toBe(analysis.plan.metrics.waves);
    expect(need.unconstrained.waves).toBeLessThan(need.capped.waves);
    expect(need.unconstrained.end < need.capped.end).toBe(true);
    expect(need.needed! % BUDGET_STEP).toBe(0);
    expect(need.needed!).toBeGreaterThan(need.cap);
    expect(need.plans).toBeLessThanOrEqual(14);
    // The figure is one the planner honours: planned again with it, the plan is as short as without a cap.
    const withNeeded = analyse(project, { ...analysis.scenario, budgetPerYear: need.needed });
    expect(withNeeded.plan.metrics.waves).toBe(need.unconstrained.waves);
    expect(withNeeded.plan.unscheduled).toEqual([]);
    for (const year of withNeeded.forecast.years) expect(year.oneOff).toBeLessThanOrEqual(need.needed!);
    // And the search stopped within one step of a budget that did not do it.
    const below = analyse(project, { ...analysis.scenario, budgetPerYear: need.needed! - 2 * BUDGET_STEP });
    expect(below.plan.metrics.waves).toBeGreaterThan(need.unconstrained.waves);
  });

  test('a cap that leaves work unscheduled: the budget found schedules it', () => {
    const project = sample('secondary');
    const analysis = analyse(project, scenarioNamed(project, '预算受限'));
    const need = budgetNeed(project, analysis)!;
    expect(need.capped.unscheduled).toBeGreaterThan(0);
    expect(need.neededPlan!.unscheduled).toBe(0);
  });

  test('a cap that does not slow the plan says so, after one plan', () => {
    const project = sample('tertiary');
    const need = budgetNeed(project, analyse(project, scenarioNamed(project, '快速')))!;
    expect(need.needed).toBeUndefined();
    expect(need.capped).toEqual(need.unconstrained);
    expect(need.plans).toBe(1);
  });

  test('nothing to say without a cap', () => {
    const project = sample('tertiary');
    const { budgetPerYear: _cap, ...uncapped } = project.scenario!;
    expect(budgetNeed(project, analyse(project, uncapped))).toBeUndefined();
  });
});

describe('the sentence it is said in', () => {
  const need = { cap: 4_000_000, capped: { waves: 18, end: '2031-06-30', unscheduled: 0 }, unconstrained: { waves: 11, end: '2029-09-30', unscheduled: 0 } };
  test('names the cap, both ends and the budget found, in Chinese and English', () => {
    const found = { ...need, needed: 7_900_000 };
    expect(budgetNeedText(found, 'zh')).toBe('预算测算：按每年 400.0 万元的预算上限，规划于 2031-06-30 完成（18 批）；不受预算约束时，实施力量、核心切换与封网等其他约束允许于 2029-09-30 完成（11 批），为此每年约需 790.0 万元（按价格本逐年价格重新编排测得）。');
    expect(budgetNeedText(found, 'en')).toContain('takes about 790.0 ×10k yuan a year');
  });
  test('says when the cap does not slow the plan, and counts what it leaves unscheduled', () => {
    expect(budgetNeedText({ ...need, capped: need.unconstrained }, 'zh')).toBe('预算测算：每年 400.0 万元的预算上限不拖慢进度，不受预算约束时同样于 2029-09-30 完成（11 批）。');
    expect(budgetNeedText({ ...need, capped: { ...need.capped, unscheduled: 8 } }, 'zh')).toContain('（18 批，8 项未能排入）；不受预算约束时可于 2029-09-30 完成（11 批）。');
    expect(budgetNeedText({ ...need, capped: { ...need.capped, unscheduled: 1 } }, 'en')).toContain('(18 waves, 1 asset not scheduled)');
  });
});
