import { describe, expect, it } from 'vitest';

import type { Asset, Dependency, ProjectFile, Scenario } from '../model';
import { analyseImpact, assetInsight, effectiveTiers, findBundles, planProject, planWithContext } from './index';

const asset = (id: string, category: Asset['category'], quantity: number, extra: Partial<Asset> = {}): Asset => ({ id, name: id, category, quantity, origin: 'foreign', ...extra });

const project = (assets: Asset[], dependencies: Dependency[], scenario: Scenario, meta: Partial<ProjectFile['project']> = {}): ProjectFile => ({
  format: 'xcplan',
  version: 1,
  project: { name: 't', startDate: '2027-01-01', horizonYears: 2, waveMonths: 3, ...meta },
  assets,
  dependencies,
  scenario,
});

/**
 * A small hospital worked out by hand (see the comments): capacity 40 person-days per quarter,
 * budget 1,000,000 a year, one core cut-over per wave, January and February frozen.
 * Effort: PC-OPD 100 x 0.25 = 25, APP-OA 30, SRV-OA 2, APP-HIS 30, DB-HIS 20, SRV-HIS 2 x 2 = 4.
 */
const small = project(
  [
    asset('PC-OPD', 'terminal', 100),
    asset('APP-OA', 'application', 1, { tier: 'office' }),
    asset('SRV-OA', 'server', 1),
    asset('APP-HIS', 'application', 1, { tier: 'core', unitCost: 600_000 }),
    asset('DB-HIS', 'database', 1, { unitCost: 500_000 }),
    asset('SRV-HIS', 'server', 2),
    asset('OS-DONE', 'os', 1, { origin: 'domestic' }),
    asset('MD-CT', 'medical-device', 1, { status: 'retained', retainReason: '仅在厂商平台认证' }),
  ],
  [
    { from: 'APP-OA', to: 'SRV-OA', kind: 'runs-on' },
    { from: 'APP-HIS', to: 'DB-HIS', kind: 'runs-on' },
    { from: 'DB-HIS', to: 'SRV-HIS', kind: 'runs-on' },
    { from: 'PC-OPD', to: 'APP-HIS', kind: 'connects-to' },
    { from: 'MD-CT', to: 'APP-HIS', kind: 'connects-to' },
  ],
  { name: '基准', capacityPerWave: 40, budgetPerYear: 1_000_000, maxCoreCutoversPerWave: 1, freezeMonths: [1, 2], pins: {} },
);

describe('planProject on a small hospital worked out by hand', () => {
  const plan = planProject(small);

  it('places every asset in the expected wave', () => {
    // Wave 1: PC-OPD (25) and SRV-OA (2) by edge-first priority, then SRV-HIS (4): 31/40.
    //         APP-OA (30) and DB-HIS (20) no longer fit.
    // Wave 2: APP-OA (30); DB-HIS (20) does not fit in the 10 left.
    // Wave 3: DB-HIS (cost 500k of the 1M of 2027); APP-HIS is freed but 30 > 20 left.
    // Wave 4: APP-HIS fits the capacity but its 600k exceeds the 500k left of 2027.
    // Wave 5 (Jan-Mar 2028, March open): APP-HIS, cut over in March.
    expect(plan.waves.map((w) => w.assets)).toEqual([['PC-OPD', 'SRV-OA', 'SRV-HIS'], ['APP-OA'], ['DB-HIS'], [], ['APP-HIS']]);
    expect(plan.waves.map((w) => w.effort)).toEqual([31, 30, 20, 0, 30]);
    expect(plan.waves.map((w) => w.cost)).toEqual([0, 0, 500_000, 0, 600_000]);
    expect(plan.waves[4]).toMatchObject({ index: 5, start: '2028-01-01', end: '2028-03-31' });
  });

  it('gives each placement its binding reason', () => {
    const p = plan.placements;
    expect(p['PC-OPD']!.reason.code).toBe('earliest');
    expect(p['APP-OA']!.reason).toEqual({ code: 'capacity', detail: '第 1 波实施力量已满（已排 27/40 人天，本项需 30）' });
    expect(p['DB-HIS']!.reason.detail).toBe('第 2 波实施力量已满（已排 30/40 人天，本项需 20）');
    expect(p['APP-HIS']!.reason).toEqual({ code: 'budget', detail: '2027 年预算不足（剩余 50.00 万元，本项需 60.00 万元）' });
    expect(p['APP-HIS']!.cutoverMonth).toBe('2028-03');
    expect(p['OS-DONE']).toMatchObject({ wave: 0, reason: { code: 'already-domestic' } });
    expect(p['MD-CT']).toMatchObject({ wave: -1, reason: { code: 'retained', detail: '保留：仅在厂商平台认证' } });
    expect(Object.keys(p)).toHaveLength(small.assets.length);
  });

  it('reports effective tiers and a lower bound it reaches', () => {
    expect(plan.placements['SRV-HIS']!.tier).toBe('core');
    expect(plan.placements['SRV-OA']!.tier).toBe('office');
    expect(plan.placements['PC-OPD']!.tier).toBe('office');
    // Effort 111 / 40 -> 3 waves; cost 1.1M at 1M a year -> the 5th wave (first of 2028).
    expect(plan.metrics).toMatchObject({ waves: 5, lowerBound: 5, assetsPlanned: 6, effortTotal: 111, costTotal: 1_100_000 });
    expect(plan.metrics.bounds).toEqual({ chain: 1, effort: 3, cost: 5, core: 1 });
  });

  it('speaks English when asked', () => {
    const en = planProject(small, { lang: 'en' });
    expect(en.placements['APP-OA']!.reason.detail).toBe('wave 1 capacity full (27/40 person-days taken, needs 30)');
    expect(en.waves).toEqual(plan.waves);
  });

  it('uses the cost function it is given', () => {
    const costly = planProject(small, { costOf: (a) => (a.id === 'DB-HIS' ? 2_000_000 : 0) });
    expect(costly.placements['DB-HIS']!.wave).toBe(-1);
    expect(costly.placements['DB-HIS']!.reason.detail).toContain('超过年度预算');
    // HIS waits for its database, so it is unscheduled too, naming it.
    expect(costly.placements['APP-HIS']!.reason).toMatchObject({ code: 'unscheduled', blockedBy: 'DB-HIS' });
    expect(costly.unscheduled.map((u) => u.id).sort()).toEqual(['APP-HIS', 'DB-HIS']);
  });
});

/** Monthly waves over one year, January and February frozen, capacity 100. */
const monthly = (assets: Asset[], dependencies: Dependency[], pins: Record<string, number> = {}) =>
  project(assets, dependencies, { name: 'm', capacityPerWave: 100, maxCoreCutoversPerWave: 1, freezeMonths: [1, 2], pins }, { horizonYears: 1, waveMonths: 1 });

describe('freeze, ready dates, pins, cycles', () => {
  it('keeps core cut-overs out of frozen waves and waits for ready dates', () => {
    const plan = planProject(
      monthly([asset('APP-HIS', 'application', 1, { tier: 'core' }), asset('APP-OA', 'application', 1, { tier: 'office', readyFrom: '2027-04-15' })], []),
    );
    expect(plan.placements['APP-HIS']).toMatchObject({ wave: 3, reason: { code: 'freeze', detail: '第 2 波全部处于封网月，核心系统不切换' }, cutoverMonth: '2027-03' });
    expect(plan.placements['APP-OA']).toMatchObject({ wave: 5, reason: { code: 'ready-date' } });
    expect(plan.metrics.bounds!.chain).toBe(5);
  });

  it('honours a pin, and reports one that breaks a precedence instead of obeying it', () => {
    const plan = planProject(
      monthly(
        [
          asset('APP-OA', 'application', 1, { tier: 'office' }),
          asset('APP-X', 'application', 1, { tier: 'office' }),
          asset('SRV-X', 'server', 1, { readyFrom: '2027-03-01' }),
        ],
        [{ from: 'APP-X', to: 'SRV-X', kind: 'runs-on' }],
        { 'APP-OA': 4, 'APP-X': 1, 'NOPE': 2 },
      ),
    );
    expect(plan.placements['APP-OA']).toMatchObject({ wave: 4, reason: { code: 'pinned' } });
    expect(plan.placements['APP-X']).toMatchObject({ wave: 3, reason: { code: 'dependency', blockedBy: 'SRV-X' } });
    expect(plan.placements['APP-X']!.reason.detail).toBe('等待 SRV-X（运行平台）先迁移');
    expect(plan.warnings!.map((w) => [w.code, w.assetId])).toEqual([
      ['pin-ignored', 'NOPE'],
      ['pin-broken', 'APP-X'],
    ]);
  });

  it('pulls a pinned asset’s prerequisites forward so the pin holds', () => {
    const assets = [asset('APP-CORE', 'application', 1, { tier: 'core' }), asset('DB', 'database', 1), ...['A', 'B', 'C'].map((id) => asset(`PC-${id}`, 'terminal', 320))];
    const plan = planProject(monthly(assets, [{ from: 'APP-CORE', to: 'DB', kind: 'runs-on' }], { 'APP-CORE': 3 }));
    // DB and APP-CORE are core: January and February are frozen. DB goes first in wave 3 because
    // the pin pulls it ahead of the terminals (80 person-days each, one per wave).
    expect(plan.placements['DB']!.wave).toBe(3);
    expect(plan.placements['APP-CORE']).toMatchObject({ wave: 3, reason: { code: 'pinned' } });
    expect(plan.waves.map((w) => w.assets)).toEqual([['PC-A'], ['PC-B'], ['DB', 'APP-CORE'], ['PC-C']]);
    expect(plan.warnings).toEqual([]);
  });

  it('bundles a cycle into one wave and reports the cycle', () => {
    const plan = planProject(
      monthly(
        [asset('SRV-A', 'server', 1), asset('SRV-B', 'server', 1), asset('APP', 'application', 1, { tier: 'office' })],
        [
          { from: 'SRV-A', to: 'SRV-B', kind: 'runs-on' },
          { from: 'SRV-B', to: 'SRV-A', kind: 'runs-on' },
          { from: 'APP', to: 'SRV-A', kind: 'runs-on' },
        ],
      ),
    );
    expect(plan.bundles).toEqual([{ assets: ['SRV-A', 'SRV-B'], cycle: ['SRV-A', 'SRV-B'] }]);
    expect(plan.placements['SRV-A']!.wave).toBe(plan.placements['SRV-B']!.wave);
    expect(plan.placements['SRV-A']!.reason).toEqual({ code: 'bundle', detail: '循环依赖 SRV-A → SRV-B → SRV-A，同批迁移' });
    expect(findBundles(plan.waves.length ? [asset('SRV-A', 'server', 1), asset('SRV-B', 'server', 1)] : [], [
      { from: 'SRV-A', to: 'SRV-B', kind: 'runs-on' },
      { from: 'SRV-B', to: 'SRV-A', kind: 'runs-on' },
    ])).toEqual(plan.bundles);
  });

  it('lists what cannot be scheduled, with the reason, never dropping it', () => {
    const plan = planProject(
      monthly(
        [asset('TRM-ALL', 'terminal', 1000), asset('APP-LATE', 'application', 1, { tier: 'office', readyFrom: '2030-01-01' }), asset('APP-ON', 'application', 1, { tier: 'office' })],
        [{ from: 'APP-ON', to: 'APP-LATE', kind: 'runs-on' }],
      ),
    );
    expect(plan.unscheduled).toEqual([
      { id: 'TRM-ALL', reason: '工作量 250 人天超过单波实施力量 100 人天：请拆分该行或提高每波容量' },
      { id: 'APP-LATE', reason: '国产替代 2030-01-01 才就绪，晚于规划期' },
      { id: 'APP-ON', reason: '前置资产 APP-LATE 未能排入规划期' },
    ]);
    expect(plan.metrics).toMatchObject({ waves: 0, assetsPlanned: 0, lowerBound: 0 });
  });

  it('runs out of horizon with the limit named', () => {
    const terminals = Array.from({ length: 14 }, (_, i) => asset(`PC-${String(i).padStart(2, '0')}`, 'terminal', 400));
    const plan = planProject(monthly(terminals, []));
    expect(plan.waves).toHaveLength(12);
    expect(plan.unscheduled.map((u) => u.reason)).toEqual(['规划期内实施力量不足，未能排入', '规划期内实施力量不足，未能排入']);
  });
});

describe('effective tiers and impact analysis', () => {
  const assets = [
    asset('APP-HIS', 'application', 1, { tier: 'core' }),
    asset('APP-OA', 'application', 1, { tier: 'office' }),
    asset('VM', 'virtualization', 1),
    asset('SRV', 'server', 1),
    asset('PC', 'terminal', 10),
  ];
  const deps: Dependency[] = [
    { from: 'APP-HIS', to: 'VM', kind: 'runs-on' },
    { from: 'APP-OA', to: 'VM', kind: 'runs-on' },
    { from: 'VM', to: 'SRV', kind: 'runs-on' },
    { from: 'PC', to: 'APP-HIS', kind: 'connects-to' },
  ];

  it('lets infrastructure inherit the highest tier running on it, transitively', () => {
    expect(effectiveTiers(assets, deps)).toEqual({ 'APP-HIS': 'core', 'APP-OA': 'office', VM: 'core', SRV: 'core', PC: 'office' });
  });

  it('lists dependents and prerequisites', () => {
    const srv = analyseImpact({ assets, dependencies: deps }, 'SRV');
    expect(srv.dependents.sort()).toEqual(['APP-HIS', 'APP-OA', 'PC', 'VM']);
    expect(srv.followers.sort()).toEqual(['APP-HIS', 'APP-OA', 'VM']);
    const his = analyseImpact({ assets, dependencies: deps }, 'APP-HIS');
    expect(his.prerequisites.sort()).toEqual(['PC', 'SRV', 'VM']);
    expect(analyseImpact({ assets, dependencies: deps }, 'NOPE').found).toBe(false);
  });

  it('explains one asset for the planning view', () => {
    const p = project(assets, deps, { name: 's', capacityPerWave: 100, maxCoreCutoversPerWave: 1, freezeMonths: [], pins: {} });
    const { plan, context } = planWithContext(p);
    const insight = assetInsight(context, plan, 'VM')!;
    expect(insight.tier).toBe('core');
    expect(insight.tierFrom).toBe('APP-HIS');
    expect(insight.waitsFor.map((n) => n.id)).toEqual(['SRV']);
    expect(insight.waitedBy.map((n) => [n.id, n.relation])).toEqual([
      ['APP-HIS', '运行平台'],
      ['APP-OA', '运行平台'],
    ]);
    expect(insight.share).toMatchObject({ capacity: 100 });
  });
});
