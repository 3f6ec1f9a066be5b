/**
 * The planning rules of DESIGN.md "Planning rules (version 2)", one small hand-made estate each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Asset, Dependency, ProjectFile, Scenario } from '../model';
import { validateProjectFile } from '../model';
import { addMonths, analyseImpact, assetInsight, effectiveTiers, planProject, planWithContext } from './index';
import { placementOf } from './placements';

const asset = (id: string, category: Asset['category'], quantity: number, extra: Partial<Asset> = {}): Asset => ({ id, name: id, category, quantity, vendorOrigin: 'foreign', disposition: 'replace', ...extra });
const app = (id: string, tier: Asset['tier'], extra: Partial<Asset> = {}): Asset => asset(id, 'application', 1, { tier, vendorOrigin: 'domestic', disposition: 'adapt', ...extra });

const SCENARIO: Scenario = { name: '基准', capacityPerWave: 200, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: {}, securityReserveShare: 0.05, dualTrackMonths: 3 };

const project = (assets: Asset[], dependencies: Dependency[], scenario: Partial<Scenario> = {}, meta: Partial<ProjectFile['project']> = {}): ProjectFile => ({
  format: 'xcplan',
  version: 2,
  project: { name: 't', startDate: '2027-01-01', horizonYears: 4, waveMonths: 3, ...meta },
  assets,
  dependencies,
  scenario: { ...SCENARIO, ...scenario },
});

const runsOn = (from: string, to: string): Dependency => ({ from, to, kind: 'runs-on' });
const connects = (from: string, to: string): Dependency => ({ from, to, kind: 'connects-to' });
const wave = (plan: ReturnType<typeof planProject>, id: string): number => placementOf(plan, id)!.wave;

describe('rule 1: the system is the unit of cut-over', () => {
  const p = project(
    [app('APP-HIS', 'core'), asset('DB-HIS', 'database', 1), asset('OS-HIS', 'os', 2), asset('SRV-HIS', 'server', 2), app('APP-OA', 'office'), asset('OS-OA', 'os', 1)],
    [runsOn('APP-HIS', 'DB-HIS'), runsOn('DB-HIS', 'OS-HIS'), runsOn('OS-HIS', 'SRV-HIS'), runsOn('APP-OA', 'OS-OA')],
  );
  const plan = planProject(p);

  it('moves an application and its dedicated stack in one wave, as one unit', () => {
    for (const id of ['DB-HIS', 'OS-HIS', 'SRV-HIS']) {
      expect(wave(plan, id), id).toBe(wave(plan, 'APP-HIS'));
      expect(placementOf(plan, id)!.unit).toBe('APP-HIS');
      expect(placementOf(plan, id)!.reason.code).toBe('with-system');
    }
    const unit = plan.units.find((u) => u.id === 'APP-HIS')!;
    expect(unit).toMatchObject({ kind: 'system', core: true, tier: 'core' });
    expect(unit.assets.sort()).toEqual(['APP-HIS', 'DB-HIS', 'OS-HIS', 'SRV-HIS']);
  });

  it('joins the clauses of a reason with the punctuation of its language', () => {
    expect(placementOf(plan, 'DB-HIS')!.reason.detail).toMatch(/随系统一同切换；/);
    const en = planProject(p, { lang: 'en' });
    expect(placementOf(en, 'DB-HIS')!.reason.detail).toMatch(/cut over with it; /);
    expect(en.placements.some((x) => x.reason.detail.includes('；'))).toBe(false);
  });

  it('counts the system as one core cut-over, however many core assets it holds', () => {
    const w = plan.waves.find((x) => x.index === wave(plan, 'APP-HIS'))!;
    expect(w.coreCutovers).toBe(1);
    const cut = plan.events.find((e) => e.kind === 'cutover' && e.unit === 'APP-HIS')!;
    expect(cut.dualTrackUntil).toBe(cut.rollbackBy);
    expect(cut.dualTrackUntil! > cut.date).toBe(true);
  });
});

describe('rule 2: shared platforms are built before their first tenant and retired after their last', () => {
  const p = project(
    [app('APP-FIN', 'operations'), app('APP-LIS', 'clinical-support'), asset('DB-SQL', 'database', 1, { unitCost: 300_000 }), asset('OS-SQL', 'os', 1)],
    [runsOn('APP-FIN', 'DB-SQL'), runsOn('APP-LIS', 'DB-SQL'), runsOn('DB-SQL', 'OS-SQL')],
    { capacityPerWave: 60 },
  );
  const plan = planProject(p);

  it('builds the new platform in the wave of its first tenant and retires the old after the last plus the dual track', () => {
    const platform = plan.units.find((u) => u.id === 'DB-SQL')!;
    expect(platform.kind).toBe('shared-platform');
    expect(platform.tenants).toEqual(['APP-FIN', 'APP-LIS']);
    expect(wave(plan, 'APP-FIN')).toBeLessThan(wave(plan, 'APP-LIS'));
    expect(wave(plan, 'DB-SQL')).toBe(wave(plan, 'APP-FIN'));
    expect(wave(plan, 'OS-SQL')).toBe(wave(plan, 'APP-FIN'));
    const build = plan.events.find((e) => e.kind === 'build' && e.unit === 'DB-SQL')!;
    const retire = plan.events.find((e) => e.kind === 'retire' && e.unit === 'DB-SQL')!;
    const lastCut = plan.events.find((e) => e.kind === 'cutover' && e.unit === 'APP-LIS')!;
    expect(build.wave).toBe(wave(plan, 'APP-FIN'));
    expect(retire.date).toBe(addMonths(lastCut.date, 3));
    expect(placementOf(plan, 'DB-SQL')!.reason.code).toBe('shared-platform');
  });

  it('charges the build to the first tenant\'s wave', () => {
    const w = plan.waves.find((x) => x.index === wave(plan, 'APP-FIN'))!;
    expect(w.cost).toBe(300_000);
  });

  it('does not replace hosts under software that stays: a cluster no application runs on moves with its hosts and storage', () => {
    // The 东院区 case: a VMware cluster with no inventoried system on it, its hosts and SAN storage,
    // and a busy first wave. The hosts used to go in wave 1 and the cluster on them waves later.
    const cluster = project(
      [asset('VIRT-DY', 'virtualization', 1, { effort: 30 }), asset('SRV-DY', 'server', 4, { effort: 20 }), asset('STO-DY', 'storage', 1, { effort: 10 }), asset('PC', 'terminal', 100, { effort: 150 })],
      [runsOn('VIRT-DY', 'SRV-DY'), runsOn('VIRT-DY', 'STO-DY')],
      { capacityPerWave: 180 },
    );
    const plan = planProject(cluster);
    const unit = plan.units.find((u) => u.id === 'VIRT-DY')!;
    expect(unit.kind).toBe('standalone');
    expect(unit.assets.sort()).toEqual(['SRV-DY', 'STO-DY', 'VIRT-DY']);
    expect(wave(plan, 'SRV-DY')).toBe(wave(plan, 'VIRT-DY'));
    expect(wave(plan, 'STO-DY')).toBe(wave(plan, 'VIRT-DY'));
    expect(placementOf(plan, 'SRV-DY')!.reason).toMatchObject({ code: 'with-system' });
    expect(placementOf(plan, 'SRV-DY')!.reason.detail).toContain('不先于其上软件更换');
    // A system running on one of those hosts as well makes the host a shared platform of both.
    const mixed = planProject({ ...cluster, assets: [...cluster.assets, app('APP-X', 'office')], dependencies: [...cluster.dependencies, runsOn('APP-X', 'SRV-DY')] });
    expect(mixed.units.find((u) => u.id === 'SRV-DY')).toMatchObject({ kind: 'shared-platform', tenants: ['APP-X', 'VIRT-DY'] });
  });
});

describe('rule 3: edge → core is a phase order', () => {
  const assets = [app('APP-OA', 'office', { effort: 150 }), app('APP-HR', 'operations', { effort: 150 }), app('APP-PACS', 'clinical-support', { effort: 150 }), app('APP-HIS', 'core', { effort: 150 })];

  it('cuts no system over before every system of the tier below (same wave allowed)', () => {
    const plan = planProject(project(assets, []));
    expect([wave(plan, 'APP-OA'), wave(plan, 'APP-HR'), wave(plan, 'APP-PACS'), wave(plan, 'APP-HIS')]).toEqual([1, 2, 3, 4]);
    expect(plan.metrics.phases.map((ph) => [ph.tier, ph.firstWave, ph.lastWave])).toEqual([
      ['office', 1, 1],
      ['operations', 2, 2],
      ['clinical-support', 3, 3],
      ['core', 4, 4],
    ]);
    expect(placementOf(plan, 'APP-HR')!.reason.code).toBe('capacity');
  });

  it('waits for the phase even with capacity to spare, and says so', () => {
    const plan = planProject(project([app('APP-OA', 'office', { readyFrom: '2027-04-01' }), app('APP-HIS', 'core'), asset('APP-X', 'application', 1, { tier: 'office' })], []));
    expect(wave(plan, 'APP-HIS')).toBeGreaterThanOrEqual(wave(plan, 'APP-X'));
    expect(plan.warnings.filter((w) => w.code === 'phase-order')).toEqual([{ code: 'phase-order', assets: ['APP-HIS', 'APP-OA'], wave: 1, detail: expect.stringContaining('APP-HIS') as unknown }]);
  });

  it('lets a tier start k waves early with an overlap of k', () => {
    const team = { vendorTeam: '东华医为' };
    const office = [app('OA-1', 'office', team), app('OA-2', 'office', team), app('OA-3', 'office', team), app('HR', 'operations')];
    const strict = planProject(project(office, []));
    expect([wave(strict, 'OA-3'), wave(strict, 'HR')]).toEqual([3, 3]);
    const overlap = planProject(project(office, [], { phaseOverlapWaves: 1 }));
    expect([wave(overlap, 'OA-3'), wave(overlap, 'HR')]).toEqual([3, 2]);
    expect(overlap.warnings.filter((w) => w.code === 'phase-order')).toEqual([]);
  });

  it('reports a pin that breaks the order, naming both systems', () => {
    const plan = planProject(project(assets, [], { pins: { 'APP-HIS': 1 } }));
    expect(wave(plan, 'APP-HIS')).toBe(1);
    const w = plan.warnings.find((x) => x.code === 'phase-order')!;
    expect(w.assets[0]).toBe('APP-HIS');
    expect(w.detail).toContain('APP-PACS');
  });
});

describe('rule 4: terminals follow their systems\' clients', () => {
  const assets = [app('APP-OA', 'office'), app('APP-LIS', 'clinical-support', { effort: 10 }), app('APP-HIS', 'core', { clientReadyFrom: '2027-07-01' }), asset('PC-ADMIN', 'terminal', 100), asset('PC-LAB', 'terminal', 50), asset('PC-NURSE', 'terminal', 100)];
  const deps = [connects('PC-ADMIN', 'APP-OA'), connects('PC-LAB', 'APP-LIS'), connects('PC-NURSE', 'APP-HIS')];
  const plan = planProject(project(assets, deps));

  it('puts a terminal in the lane of the highest tier it serves', () => {
    expect(placementOf(plan, 'PC-ADMIN')!.tier).toBe('office');
    expect(placementOf(plan, 'PC-LAB')!.tier).toBe('clinical-support');
    expect(placementOf(plan, 'PC-NURSE')!.tier).toBe('core');
  });

  it('switches a terminal after its system, or from the date its domestic client exists, and before a core system', () => {
    expect(wave(plan, 'PC-ADMIN')).toBeGreaterThanOrEqual(wave(plan, 'APP-OA'));
    expect(wave(plan, 'PC-LAB')).toBeGreaterThanOrEqual(wave(plan, 'APP-LIS'));
    expect(wave(plan, 'PC-NURSE')).toBeLessThanOrEqual(wave(plan, 'APP-HIS'));
    expect(wave(plan, 'PC-NURSE')).toBeGreaterThanOrEqual(3);
    expect(wave(plan, 'PC-ADMIN')).toBeLessThanOrEqual(wave(plan, 'PC-NURSE'));
  });

  it('warns when terminals must switch before a core system whose client date is unknown', () => {
    const noClient = planProject(project(assets.map((a) => (a.id === 'APP-HIS' ? { ...a, clientReadyFrom: undefined } : a)), deps, { capacityPerWave: 60 }));
    expect(wave(noClient, 'PC-NURSE')).toBeLessThanOrEqual(wave(noClient, 'APP-HIS'));
    if (wave(noClient, 'PC-NURSE') < wave(noClient, 'APP-HIS')) expect(noClient.warnings.some((w) => w.code === 'client-not-ready' && w.assets.includes('PC-NURSE'))).toBe(true);
  });
});

describe('rule 5: the core gate is transitive', () => {
  const assets = [
    app('APP-HIS', 'core'),
    app('APP-LIS', 'clinical-support'),
    asset('PC-LAB', 'terminal', 40),
    asset('PRN-LABEL', 'peripheral', 30),
    asset('NET-CORE', 'network', 2),
    asset('CT', 'medical-device', 1, { disposition: 'retain', retainReason: '厂商认证' }),
  ];
  const deps = [{ from: 'APP-LIS', to: 'APP-HIS', kind: 'integrates-with' } as const, connects('PC-LAB', 'APP-LIS'), connects('PRN-LABEL', 'PC-LAB'), connects('APP-HIS', 'NET-CORE'), connects('CT', 'APP-HIS')];
  const plan = planProject(project(assets, deps, { capacityPerWave: 60 }));

  it('cuts a core system over only after everything that reaches it, through interfaces, clients and the network', () => {
    for (const id of ['APP-LIS', 'PC-LAB', 'PRN-LABEL', 'NET-CORE']) expect(wave(plan, id), id).toBeLessThanOrEqual(wave(plan, 'APP-HIS'));
    expect(plan.warnings.filter((w) => w.code === 'core-gate')).toEqual([]);
  });

  it('names a retained foreign asset on the core path, with the way out', () => {
    const w = plan.warnings.find((x) => x.code === 'retained-on-core-path')!;
    expect(w.assets).toEqual(['APP-HIS', 'CT']);
    expect(w.detail).toContain('前置机');
  });

  it('warns when something reaching the core cannot be planned before it', () => {
    const late = planProject(project(assets, deps, { capacityPerWave: 60, pins: { 'APP-HIS': 1 } }));
    expect(late.warnings.some((w) => w.code === 'core-gate' && w.assets[0] === 'APP-HIS')).toBe(true);
  });
});

describe('rule 6: security is built with what it protects', () => {
  it('puts the security product no later than the first protected asset, and keeps the reserve out of replacements', () => {
    const assets = [app('APP-OA', 'office', { unitCost: 900_000 }), app('APP-HR', 'operations', { unitCost: 60_000 }), asset('DBAUDIT', 'security-appliance', 1, { unitCost: 30_000 })];
    const plan = planProject(project(assets, [{ from: 'DBAUDIT', to: 'APP-HR', kind: 'protects' }], { budgetPerYear: 1_000_000 }));
    // 2027: the OA takes 900k of the 950k replacement share; the audit box may use the 5% reserve, the HR system may not.
    expect(wave(plan, 'APP-OA')).toBe(1);
    expect(wave(plan, 'DBAUDIT')).toBe(1);
    expect(plan.waves.find((w) => w.index === wave(plan, 'APP-HR'))!.budgetYear).toBe(2028);
    expect(placementOf(plan, 'APP-HR')!.reason.code).toBe('security-reserve');
    expect(placementOf(plan, 'APP-HR')!.reason.detail).toContain('预留安全投入');
  });

  it('lets a security console move with its OS on the reserve: the stack is the security product\'s', () => {
    // 2027: the OA takes 940k of the 950k replacement share; the console and its OS (30k) fit only
    // in the 50k reserve, which they may spend because the stack is the security product's.
    const assets = [app('APP-OA', 'office', { unitCost: 940_000 }), asset('EDR', 'security-software', 1, { unitCost: 20_000 }), asset('OS-EDR', 'os', 1, { unitCost: 10_000 })];
    const plan = planProject(project(assets, [runsOn('EDR', 'OS-EDR')], { budgetPerYear: 1_000_000 }));
    expect(plan.units.find((u) => u.id === 'EDR')!.assets.sort()).toEqual(['EDR', 'OS-EDR']);
    expect(wave(plan, 'APP-OA')).toBe(1);
    expect(wave(plan, 'EDR')).toBe(1);
    expect(wave(plan, 'OS-EDR')).toBe(1);
  });
});

describe('rule 7: core cut-overs, freeze windows, dual track', () => {
  it('puts a core cut-over on the first weekend night of its wave, moves it past a freeze window of its scope and says so', () => {
    const p = project([app('APP-HIS', 'core')], [], { freezeWindows: [{ name: '护网', from: '07-15', to: '08-31', scope: 'core' }] }, { startDate: '2027-07-01' });
    const plan = planProject(p);
    const cut = plan.events.find((e) => e.kind === 'cutover')!;
    // 2027-07-01 is a Thursday: the system goes over on the night of Saturday 3 July, and the dual track runs three months from then.
    expect(cut.date).toBe('2027-07-03');
    expect(cut.dualTrackUntil).toBe('2027-10-03');
    const inside = planProject(project([app('APP-HIS', 'core')], [], { freezeWindows: [{ name: '护网', from: '07-01', to: '08-31', scope: 'core' }] }, { startDate: '2027-07-01' }));
    const moved = inside.events.find((e) => e.kind === 'cutover')!;
    expect(moved.date).toBe('2027-09-04');
    expect(placementOf(inside, 'APP-HIS')!.reason.detail).toContain('护网');
    expect(placementOf(inside, 'APP-HIS')!.cutoverMonth).toBe('2027-09');
  });

  it('skips a wave wholly inside a core freeze (December settlement with monthly waves)', () => {
    const p = project([app('APP-HIS', 'core')], [], { freezeWindows: [{ name: '医保年终结算', from: '12-01', to: '12-31', scope: 'core' }] }, { startDate: '2027-12-01', waveMonths: 1 });
    const plan = planProject(p);
    expect(wave(plan, 'APP-HIS')).toBe(2);
    expect(placementOf(plan, 'APP-HIS')!.reason.code).toBe('freeze');
  });

  it('keeps a window of scope `all` free of any change', () => {
    const p = project([asset('PC', 'terminal', 10)], [], { freezeWindows: [{ name: '春节', from: '01-01', to: '01-31', scope: 'all' }] }, { startDate: '2027-01-01', waveMonths: 1 });
    expect(wave(planProject(p), 'PC')).toBe(2);
  });

  it('counts core network and storage as core cut-overs, at most N per wave', () => {
    const assets = [app('APP-HIS', 'core'), asset('NET-CORE', 'network', 2), asset('SAN', 'storage', 1)];
    const plan = planProject(project(assets, [connects('APP-HIS', 'NET-CORE'), connects('APP-HIS', 'SAN')]));
    expect(plan.waves.every((w) => (w.coreCutovers ?? 0) <= 1)).toBe(true);
    expect(plan.units.filter((u) => u.core).map((u) => u.id).sort()).toEqual(['APP-HIS', 'NET-CORE', 'SAN']);
  });
});

describe('rule 8: effort and vendor teams', () => {
  it('uses an asset\'s own effort over the category default', () => {
    const plan = planProject(project([app('APP-HIS', 'core', { effort: 150 }), app('APP-X', 'core', { effort: 100 })], [], { maxCoreCutoversPerWave: 2 }));
    expect(plan.metrics.effortTotal).toBe(250);
    expect(plan.waves.length).toBe(2);
  });

  it('gives one vendor team at most N systems a wave', () => {
    const team = { vendorTeam: '东华医为' };
    const plan = planProject(project([app('A', 'office', team), app('B', 'office', team), app('C', 'office', team), app('D', 'office')], [], { vendorTeamSystemsPerWave: 2 }));
    expect([wave(plan, 'A'), wave(plan, 'B'), wave(plan, 'C'), wave(plan, 'D')]).toEqual([1, 1, 2, 1]);
    expect(placementOf(plan, 'C')!.reason.code).toBe('vendor-team');
  });
});

describe('rules 9–13: order, cycles, reasons, quality, coverage', () => {
  it('bundles a cycle into one wave and reports it', () => {
    const plan = planProject(project([app('LIS', 'clinical-support'), app('BLOOD', 'clinical-support')], [connects('LIS', 'BLOOD'), connects('BLOOD', 'LIS')]));
    expect(wave(plan, 'LIS')).toBe(wave(plan, 'BLOOD'));
    expect(plan.bundles).toHaveLength(1);
    expect(placementOf(plan, 'LIS')!.reason.detail).toContain('循环依赖');
  });

  it('lists what cannot be scheduled with the reason, and reaches at least its lower bound', () => {
    const plan = planProject(project([app('DEAR', 'office', { unitCost: 5_000_000 }), app('OK', 'office')], [], { budgetPerYear: 1_000_000 }));
    expect(plan.unscheduled).toEqual([{ id: 'DEAR', reason: expect.stringContaining('超过年度预算') as unknown }]);
    expect(plan.metrics.waves).toBeGreaterThanOrEqual(plan.metrics.lowerBound);
  });

  it('gives a system bigger than a wave a wave of its own, with a warning naming its effort against the capacity', () => {
    // HIS assessed at 1,592 person-days against 200 a wave: never silently unschedulable.
    const assets = [app('APP-OA', 'office'), app('APP-FIN', 'operations'), app('APP-LIS', 'clinical-support'), app('APP-HIS', 'core', { effort: 1592 }), app('APP-EMR', 'core'), asset('PC', 'terminal', 40)];
    const plan = planProject(project(assets, [connects('PC', 'APP-OA')]));
    expect(plan.unscheduled).toEqual([]);
    const his = wave(plan, 'APP-HIS');
    expect(his).toBeGreaterThan(0);
    const alone = plan.waves.find((w) => w.index === his)!;
    expect(alone.units).toEqual(['APP-HIS']);
    expect(alone.effort).toBe(1592);
    const warning = plan.warnings.find((w) => w.code === 'over-capacity')!;
    expect(warning).toMatchObject({ assets: ['APP-HIS'], wave: his });
    expect(warning.detail).toContain('1592');
    expect(warning.detail).toContain('200');
    // Its wave is over capacity by design: not reported as a pin breaking a limit.
    expect(plan.warnings.filter((w) => w.code === 'pin-over-limit')).toEqual([]);
    // Edge → core still holds, and the bound counts the big system as one whole wave.
    expect(wave(plan, 'APP-LIS')).toBeLessThan(his);
    expect(plan.metrics.waves).toBeGreaterThanOrEqual(plan.metrics.lowerBound);
    const en = planProject(project(assets, [connects('PC', 'APP-OA')]), { lang: 'en' });
    expect(en.warnings.find((w) => w.code === 'over-capacity')!.detail).toMatch(/APP-HIS needs 1592 person-days, more than a wave's capacity of 200: it takes wave \d+ alone/);
  });

  it('does not let smaller work starve a system bigger than a wave', () => {
    // Higher-priority office work becomes ready every wave and would always be first; the big
    // system, ready from wave 2, takes that wave before anything else.
    const small = Array.from({ length: 6 }, (_, i) => app(`APP-S${i}`, 'office', { effort: 150, readyFrom: addMonths('2027-01-01', 3 * i) }));
    const plan = planProject(project([...small, app('APP-BIG', 'office', { effort: 450, securityLevel: 3, readyFrom: '2027-04-01' })], []));
    expect(plan.unscheduled).toEqual([]);
    expect(wave(plan, 'APP-S0')).toBe(1);
    expect(wave(plan, 'APP-BIG')).toBe(2);
    expect(plan.waves.find((w) => w.index === 2)!.units).toEqual(['APP-BIG']);
    expect(wave(plan, 'APP-S1')).toBe(3);
  });

  it('counts coverage by business systems, never by free seat licences', () => {
    const assets = [app('A', 'office'), app('B', 'core', { disposition: 'compliant' }), asset('PDF', 'office', 3000, { unitCost: 0 }), asset('PC', 'terminal', 10)];
    const plan = planProject(project(assets, []));
    expect(plan.metrics.coverage).toMatchObject({ systems: 1, terminals: 1 });
    const half = planProject(project([...assets, app('C', 'office', { readyFrom: '2040-01-01' })], []));
    expect(half.metrics.coverage.systems).toBeCloseTo(2 / 3, 3);
    expect(half.metrics.coreSystems).toEqual([{ id: 'B', name: 'B', wave: 0 }]);
  });

  it('speaks English when asked', () => {
    const plan = planProject(project([app('DEAR', 'office', { unitCost: 5_000_000 })], [], { budgetPerYear: 1_000_000 }), { lang: 'en' });
    expect(plan.unscheduled[0]!.reason).toContain('exceeds the annual budget');
  });

  it('keeps out-of-scope, retired and retained items out of the plan with their reason', () => {
    const plan = planProject(project([asset('UPS', 'other', 2), asset('OLD', 'server', 1, { disposition: 'retire' }), asset('CT', 'medical-device', 1, { disposition: 'retain', retainReason: '厂商认证' })], []));
    expect(placementOf(plan, 'UPS')!.reason.code).toBe('out-of-scope');
    expect(placementOf(plan, 'OLD')!.reason.code).toBe('retired');
    expect(placementOf(plan, 'CT')!.reason).toEqual({ code: 'retained', detail: '保留：厂商认证' });
    expect(plan.waves).toEqual([]);
  });
});

describe('version 1 files', () => {
  for (const name of ['sample-tertiary.v1.xcplan.json', 'sample-secondary.v1.xcplan.json']) {
    it(`imports, converts and plans ${name}`, () => {
      const path = join(import.meta.dirname, '../../fixtures/v1', name);
      const parsed = validateProjectFile(JSON.parse(readFileSync(path, 'utf8')), name);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.version).toBe(2);
      expect(parsed.issues.find((i) => i.code === 'converted-v1')!.message.zh).toContain('已从版本 1 转换');
      expect(parsed.value.assets.some((a) => 'origin' in a || 'status' in a)).toBe(false);
      const plan = planProject(parsed.value);
      expect(plan.metrics.phases.map((p) => p.tier)).toEqual(['office', 'operations', 'clinical-support', 'core']);
      expect(plan.warnings.filter((w) => w.code === 'phase-order')).toEqual([]);
    });
  }
});

describe('effective tiers and impact analysis', () => {
  const assets = [app('APP-HIS', 'core'), app('APP-OA', 'office'), asset('VM', 'virtualization', 1), asset('SRV', 'server', 1), asset('PC', 'terminal', 10)];
  const deps: Dependency[] = [runsOn('APP-HIS', 'VM'), runsOn('APP-OA', 'VM'), runsOn('VM', 'SRV'), connects('PC', 'APP-HIS')];

  it('lets infrastructure inherit the highest tier running on it and a terminal the tier it serves', () => {
    expect(effectiveTiers(assets, deps)).toEqual({ 'APP-HIS': 'core', 'APP-OA': 'office', VM: 'core', SRV: 'core', PC: 'core' });
  });

  it('lists dependents and prerequisites', () => {
    const srv = analyseImpact({ assets, dependencies: deps }, 'SRV')!;
    expect(srv.dependents.sort()).toEqual(['APP-HIS', 'APP-OA', 'PC', 'VM']);
    expect(analyseImpact({ assets, dependencies: deps }, 'NOPE')).toBeUndefined();
  });

  it('puts before a core system what the precedence puts first, not what it depends on', () => {
    // PC depends on HIS (connects-to), yet the core gate moves the terminal first.
    const his = analyseImpact({ assets, dependencies: deps }, 'APP-HIS')!;
    expect(his.prerequisites.sort()).toEqual(['PC', 'SRV', 'VM']);
    expect(his.dependents).toEqual(['PC']);
    expect(analyseImpact({ assets, dependencies: deps }, 'PC')!.followers).toEqual(['APP-HIS']);
  });

  it('explains one asset for the planning view', () => {
    const { plan, context } = planWithContext(project(assets, deps));
    const insight = assetInsight(context, plan, 'VM')!;
    expect(insight.tier).toBe('core');
    expect(insight.tierFrom).toBe('APP-HIS');
    expect(plan.units.find((u) => u.id === 'VM')!.kind).toBe('shared-platform');
  });

  it("counts an asset's transitive impact from the plan's context as analyseImpact does from the project", () => {
    const { plan, context } = planWithContext(project(assets, deps));
    for (const id of ['APP-HIS', 'PC', 'VM', 'SRV']) {
      const impact = analyseImpact({ assets, dependencies: deps }, id)!;
      expect(assetInsight(context, plan, id)!.transitive).toEqual({ before: impact.prerequisites.length, after: impact.dependents.length });
    }
    expect(assetInsight(context, plan, 'APP-HIS')!.transitive).toEqual({ before: 3, after: 1 });
    // The tertiary sample, compliant and retained assets included (the walk covers every asset).
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
    const run = planWithContext(sample);
    for (const asset of sample.assets.filter((_, i) => i % 7 === 0)) {
      const impact = analyseImpact(sample, asset.id)!;
      expect(assetInsight(run.context, run.plan, asset.id)!.transitive).toEqual({ before: impact.prerequisites.length, after: impact.dependents.length });
    }
  });
});

describe('assessed effort (issue 16)', () => {
  const path = join(import.meta.dirname, '../../fixtures/sample-tertiary.xcplan.json');
  const sample = JSON.parse(readFileSync(path, 'utf8')) as ProjectFile;
  const answers = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/assessment/sample-tertiary.assessment.json'), 'utf8')) as { systems: Record<string, { answers: Record<string, unknown> }> };

  it('plans an assessed system with the difficulty model\'s effort, and an answer changes the plan', () => {
    const lisOnly = { ...answers, systems: { 'APP-LIS': answers.systems['APP-LIS']! } };
    const before = planProject(sample);
    const assessed = planProject({ ...sample, extensions: { ...sample.extensions, assessment: lisOnly } });
    const lisWave = (plan: ReturnType<typeof planProject>) => plan.waves.find((w) => w.index === placementOf(plan, 'APP-LIS')!.wave)!;
    expect(assessed.metrics.effortTotal).toBeGreaterThan(before.metrics.effortTotal);
    const harder = { ...lisOnly, systems: { 'APP-LIS': { answers: { ...lisOnly.systems['APP-LIS'].answers, 'db-engine': 'cache', 'data-volume': 'large' } } } };
    const changed = planProject({ ...sample, extensions: { ...sample.extensions, assessment: harder } });
    expect(changed.metrics.effortTotal).not.toBe(assessed.metrics.effortTotal);
    expect(lisWave(changed).effort).not.toBe(lisWave(before).effort);
  });
});

describe('warnings about the data behind the plan', () => {
  it('names the systems planned as office systems because they have no tier', () => {
    const p = project([asset('APP-HIS', 'application', 1, { name: 'HIS 医院信息系统' }), app('APP-OA', 'office')], []);
    const plan = planProject(p);
    const warning = plan.warnings.find((w) => w.code === 'no-tier')!;
    expect(warning.assets).toEqual(['APP-HIS']);
    expect(warning.detail).toContain('1 个业务系统未标注业务分层');
    expect(warning.detail).toContain('HIS 医院信息系统');
    expect(planProject({ ...p, assets: p.assets.map((a) => ({ ...a, tier: a.tier ?? 'core' })) }).warnings.some((w) => w.code === 'no-tier')).toBe(false);
  });

  it('names the asset a warning is about as a reader knows it, with its id and wave in one bracket', () => {
    const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
    const gate = planProject(sample).warnings.find((w) => w.code === 'core-gate')!;
    const core = sample.assets.find((a) => a.id === gate.assets[0])!;
    expect(gate.detail).toMatch(new RegExp(`^核心系统 ${core.name.replace(/[()（）]/g, '.')}（${core.id}，第 \\d+ 批）切换时`));
    const en = planProject(sample, { lang: 'en' }).warnings.find((w) => w.code === 'client-not-ready')!;
    expect(en.detail).toContain(`the core system ${sample.assets.find((a) => a.id === en.assets[0])!.name} (${en.assets[0]}) cuts over, but it has no date`);
    // Without a name of its own the id stands alone, spaced from the Chinese after it.
    const bare = planProject(project([asset('OS-1', 'os', 1, { endOfSupport: '2027-06-30' })], [], { pins: { 'OS-1': 4 } }, { startDate: '2027-01-01' }));
    expect(bare.warnings.find((w) => w.code === 'past-end-of-support')!.detail).toBe('OS-1 的厂商支持 2027-06-30 到期，早于其迁移批次（第 4 批）');
  });

  it('warns when a foreign asset kept by exception runs out of support within the plan (it has no wave to move it)', () => {
    const kept = (id: string, endOfSupport: string, extra: Partial<Asset> = {}) => asset(id, 'database', 1, { name: `${id} 放疗数据库`, disposition: 'retain', retainReason: '设备厂商认证', endOfSupport, ...extra });
    const p = project([kept('DB-RT', '2026-07-14'), kept('DB-LATER', '2040-01-01'), kept('DB-CN', '2026-07-14', { vendorOrigin: 'domestic' }), app('APP-OA', 'office')], [], {}, { startDate: '2027-01-01' });
    const warnings = planProject(p).warnings.filter((w) => w.code === 'past-end-of-support');
    expect(warnings.map((w) => w.assets)).toEqual([['DB-RT']]);
    expect(warnings[0]!.detail).toBe('保留的进口资产 DB-RT 放疗数据库（DB-RT）的厂商支持已于 2026-07-14 到期：保留期间须续购延保，或隔离防护并纳入等保整改');
    expect(planProject(p, { lang: 'en' }).warnings.find((w) => w.code === 'past-end-of-support')!.detail).toBe(
      'retained foreign asset DB-RT 放疗数据库 (DB-RT) ran out of support on 2026-07-14: buy extended support for as long as it is kept, or isolate it',
    );
  });

  it('says which warnings it did not list, by their name', () => {
    // 102 pins naming no asset: 100 listed, the rest counted under the warning's own name.
    const pins = Object.fromEntries(Array.from({ length: 102 }, (_, i) => [`NO-${i}`, 1]));
    const plan = planProject(project([app('APP-OA', 'office')], [], { pins }));
    expect(plan.warnings.filter((w) => w.code === 'pin-ignored')).toHaveLength(100);
    expect(plan.warnings.find((w) => w.code === 'truncated')?.detail).toBe('另有 2 条“固定批次无效”提示未逐条列出');
    const en = planProject(project([app('APP-OA', 'office')], [], { pins }), { lang: 'en' });
    expect(en.warnings.find((w) => w.code === 'truncated')?.detail).toBe('2 more "Pin ignored" warnings not listed');
  });
});
