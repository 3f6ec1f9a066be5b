import { describe, expect, it } from 'vitest';

import type { ProjectFile, Scenario } from '../model';
import { placementEntries, placementsFrom } from '../planner/placements';
import type { Placement, PlanResult } from '../planner/types';
import { buildEstateModel } from './estate';
import { coverageAt, lastWave, nodeStatesAt, NODE_STATE_CODE } from './playback';
import { buildTimeline } from './timeline';

const scenario: Scenario = { name: '基准', capacityPerWave: 100, budgetPerYear: 1_000_000, maxCoreCutoversPerWave: 1, freezeWindows: [], pins: { OA: 1, GONE: 2, HIS: 1 } };
const project: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: 'T', startDate: '2027-01-01', horizonYears: 2, waveMonths: 6 },
  assets: [
    { id: 'PC', name: '办公终端', category: 'terminal', quantity: 80, vendorOrigin: 'foreign', disposition: 'replace', site: '本部' },
    { id: 'PC2', name: '分院终端', category: 'terminal', quantity: 20, vendorOrigin: 'foreign', disposition: 'replace', site: '本部' },
    { id: 'OA', name: 'OA', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'office' },
    { id: 'HIS', name: 'HIS', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'core', endOfSupport: '2027-03-31' },
    { id: 'KY', name: '麒麟服务器', category: 'server', quantity: 8, vendorOrigin: 'domestic', disposition: 'compliant' },
    { id: 'MRI', name: '核磁', category: 'medical-device', quantity: 2, vendorOrigin: 'foreign', disposition: 'retain' },
    { id: 'LAB', name: 'LIS', category: 'application', quantity: 1, vendorOrigin: 'foreign', disposition: 'replace', tier: 'clinical-support' },
  ],
  dependencies: [
    { from: 'PC', to: 'OA', kind: 'connects-to' },
    { from: 'PC2', to: 'OA', kind: 'connects-to' },
    { from: 'OA', to: 'KY', kind: 'runs-on' },
    { from: 'HIS', to: 'NOPE', kind: 'integrates-with' },
  ],
  scenario,
};
const reason = (code: Placement['reason']['code'], detail = '') => ({ code, detail });
const plan: PlanResult = {
  waves: [
    { index: 0, start: '2027-01-01', end: '2027-01-01', assets: ['KY'], effort: 0, cost: 0 },
    { index: 1, start: '2027-01-01', end: '2027-06-30', assets: ['PC', 'PC2', 'OA'], effort: 60, cost: 400_000 },
    { index: 2, start: '2027-07-01', end: '2027-12-31', assets: ['HIS'], effort: 30, cost: 900_000, coreCutovers: 1 },
  ],
  ...placementsFrom({
    KY: { wave: 0, reason: reason('already-domestic') },
    PC: { wave: 1, reason: reason('earliest') },
    PC2: { wave: 1, reason: reason('earliest') },
    OA: { wave: 1, reason: reason('pinned') },
    HIS: { wave: 2, reason: reason('core-limit', '核心限额') },
    MRI: { wave: -1, reason: reason('retained') },
    LAB: { wave: -1, reason: reason('unscheduled', '超出规划期') },
  }),
  bundles: [{ assets: ['PC', 'OA'], cycle: ['PC', 'OA'] }],
  unscheduled: [{ id: 'LAB', reason: '超出规划期' }],
  metrics: { waves: 2, lowerBound: 2, assetsPlanned: 4, effortTotal: 90, costTotal: 1_300_000, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } },
  units: [],
  events: [],
  warnings: [
    { code: 'pin-ignored', assets: ['GONE'], wave: 1, detail: '固定批次无效：GONE → 第 1 批（资产不存在）' },
    { code: 'pin-broken', assets: ['HIS'], wave: 1, detail: '固定批次无法满足：HIS 固定在第 1 批，实际第 2 批' },
    { code: 'past-end-of-support', assets: ['HIS'], wave: 2, detail: 'HIS 的厂商支持 2027-03-31 到期，早于其迁移批次（第 2 批）' },
  ],
};
const tiers = { PC: 'office', PC2: 'office', OA: 'office', HIS: 'core', KY: 'office', MRI: 'clinical-support', LAB: 'clinical-support' } as const;

describe('plan timeline', () => {
  const model = buildTimeline(project, plan, tiers, scenario);

  it('puts each migrated asset in its wave and tier lane', () => {
    expect(model.waves.map((w) => w.index)).toEqual([1, 2]);
    expect(model.waves[0]!.lanes.office).toEqual(['PC', 'PC2', 'OA']);
    expect(model.waves[1]!.lanes.core).toEqual(['HIS']);
    expect(model.waves[1]!.coreCutovers).toBe(1);
    expect(model.waves.some((w) => Object.values(w.lanes).some((lane) => lane.includes('MRI')))).toBe(false);
    expect(model.maxLaneCount).toBe(3);
  });

  it("without a tier record, puts each asset in its placement's lane (the planner's effective tier)", () => {
    // MRI is a clinical device the planner placed in the clinical-support lane; its row declares no tier.
    const withTiers = { ...plan, ...placementsFrom(Object.fromEntries(placementEntries(plan).map(([id, p]) => [id, { ...p, tier: tiers[id as keyof typeof tiers] }]))) };
    const own = buildTimeline(project, withTiers, undefined, scenario);
    expect(own.waves.map((w) => w.lanes)).toEqual(model.waves.map((w) => w.lanes));
    expect(own.parked).toEqual(model.parked);
    expect(own.parked['clinical-support']).toContain('MRI');
  });

  it('lists the old systems and platforms retired after the last wave, and none when all retire inside it', () => {
    expect(model.retiredAfterPlan).toBeUndefined();
    const late = buildTimeline(project, { ...plan, events: [{ kind: 'retire', unit: 'OA', wave: 2, date: '2027-07-01' }, { kind: 'retire', unit: 'HIS', wave: 3, date: '2028-01-01' }] }, tiers, scenario);
    expect(late.waves[1]!.retirements).toEqual(['OA']);
    expect(late.retiredAfterPlan).toEqual({ date: '2028-01-01', units: ['HIS'] });
  });

  it('says why a wave without work is empty, from the reasons of the units that go next', () => {
    expect(model.waves.every((w) => w.idle === undefined)).toBe(true);
    const waves = [...plan.waves.slice(0, 2), { index: 2, start: '2027-07-01', end: '2027-12-31', assets: [], effort: 0, cost: 0 }, { ...plan.waves[2]!, index: 3, start: '2028-01-01', end: '2028-06-30' }];
    const idle = buildTimeline(project, { ...plan, waves, ...placementsFrom({ ...Object.fromEntries(placementEntries(plan)), HIS: { wave: 3, reason: reason('budget', '预算') } }) }, tiers, scenario);
    expect(idle.waves.find((w) => w.index === 2)!.idle).toEqual({ wave: 2, nextWave: 3, causes: [{ code: 'budget', units: 1, examples: ['HIS'] }] });
  });

  it('measures capacity and budget use per wave and per year', () => {
    expect(model.waves[0]!.capacityShare).toBeCloseTo(0.6);
    expect(model.waves[1]!.budgetShare).toBeCloseTo(0.9);
    expect(model.years).toEqual([{ year: 2027, cost: 1_300_000, budget: 1_000_000, share: 1.3 }]);
  });

  it('grows the coverage of business systems wave by wave; the 100 terminals of wave 1 do not move it', () => {
    // OA (wave 1), HIS (wave 2), LIS (unscheduled): three systems in scope, none domestic yet.
    expect(model.systemsStart).toBe(0);
    expect(model.waves.map((w) => w.systemsAfter)).toEqual([1 / 3, 2 / 3]);
    expect(model.retained).toEqual(['MRI']);
    expect(model.unscheduled).toEqual(['LAB']);
    expect(model.parked['clinical-support']).toEqual(['LAB', 'MRI']);
    expect(model.parked.core).toEqual([]);
  });
});

describe('playing the plan', () => {
  it('turns the estate domestic wave by wave', () => {
    const s0 = nodeStatesAt(project.assets, plan, 0);
    const s1 = nodeStatesAt(project.assets, plan, 1);
    const end = nodeStatesAt(project.assets, plan, lastWave(plan));
    expect(s0[0]).toBe(NODE_STATE_CODE.planned);
    expect(s1[0]).toBe(NODE_STATE_CODE.migrated);
    expect(s1[3]).toBe(NODE_STATE_CODE.planned);
    expect(end[3]).toBe(NODE_STATE_CODE.migrated);
    expect(end[5]).toBe(NODE_STATE_CODE.retained);
    expect(end[6]).toBe(NODE_STATE_CODE.unscheduled);
    expect(coverageAt(project.assets, s0)).toBeCloseTo(8 / 113);
    expect(coverageAt(project.assets, end)).toBeCloseTo(110 / 113);
  });
});

describe('estate model', () => {
  it('filters, collapses terminal groups and keeps their edges', () => {
    const m = buildEstateModel(project.assets, project.dependencies, tiers, { collapseTerminals: true });
    const collapsed = m.nodes.find((n) => n.members.length === 2)!;
    expect(collapsed.members).toEqual(['PC', 'PC2']);
    expect(collapsed.asset.quantity).toBe(100);
    expect(m.nodeOfAsset.get('PC2')).toBe(m.nodeOfAsset.get('PC'));
    expect(m.graph.edgeFrom.length).toBe(2); // collapsed → OA once, OA → KY
    expect(m.graph.broken.map((b) => b.dependency.to)).toEqual(['NOPE']);
    const onlyCore = buildEstateModel(project.assets, project.dependencies, tiers, { tiers: ['core'] });
    expect(onlyCore.nodes.map((n) => n.id)).toEqual(['HIS']);
  });
});
