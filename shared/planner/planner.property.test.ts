import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Asset, Dependency, ProjectFile } from '../model';
import { CATEGORIES, DEFAULT_EFFORT_PER_UNIT, DEPENDENCY_KINDS, TIERS, tierRank } from '../model';
import { buildCalendar } from './calendar';
import { planProject } from './index';
import type { PlanResult } from './index';
import { REASON_CODES } from './types';

const arbAsset = (i: number): fc.Arbitrary<Asset> =>
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    quantity: fc.integer({ min: 1, max: 60 }),
    tier: fc.option(fc.constantFrom(...TIERS), { nil: undefined }),
    origin: fc.constantFrom('foreign', 'foreign', 'foreign', 'unknown', 'domestic'),
    status: fc.constantFrom('in-use', 'in-use', 'in-use', 'in-use', 'replaced', 'retained'),
    readyFrom: fc.option(fc.constantFrom('2027-02-01', '2027-07-01', '2028-01-01', '2031-01-01'), { nil: undefined }),
    endOfSupport: fc.option(fc.constantFrom('2026-01-01', '2027-06-30', '2029-12-31'), { nil: undefined }),
    securityLevel: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    unitCost: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: undefined }),
  }).map((r) => {
    const a: Asset = { id: `A${String(i).padStart(3, '0')}`, name: `asset ${i}`, category: r.category, quantity: r.quantity, origin: r.origin, status: r.status };
    for (const key of ['tier', 'readyFrom', 'endOfSupport', 'securityLevel', 'unitCost'] as const) if (r[key] !== undefined) Object.assign(a, { [key]: r[key] });
    return a;
  });

const arbProject = (withPins: boolean): fc.Arbitrary<ProjectFile> =>
  fc.integer({ min: 1, max: 28 }).chain((n) =>
    fc.record({
      assets: fc.tuple(...Array.from({ length: n }, (_, i) => arbAsset(i))),
      deps: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), kind: fc.constantFrom(...DEPENDENCY_KINDS) }), { maxLength: n * 3 }),
      capacity: fc.integer({ min: 20, max: 200 }),
      budget: fc.option(fc.integer({ min: 400_000, max: 3_000_000 }), { nil: undefined }),
      maxCore: fc.integer({ min: 1, max: 3 }),
      freeze: fc.subarray([1, 2, 6, 7, 12]),
      waveMonths: fc.constantFrom(1, 2, 3, 6),
      horizonYears: fc.integer({ min: 1, max: 4 }),
      pins: withPins ? fc.array(fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: 10 })), { maxLength: 4 }) : fc.constant([]),
    }).map((r) => {
      const seen = new Set<string>();
      const dependencies: Dependency[] = [];
      for (const d of r.deps) {
        const key = `${d.from}>${d.to}`;
        if (d.from === d.to || seen.has(key)) continue;
        seen.add(key);
        dependencies.push({ from: r.assets[d.from]!.id, to: r.assets[d.to]!.id, kind: d.kind });
      }
      const pins: Record<string, number> = {};
      for (const [i, w] of r.pins) pins[r.assets[i]!.id] = w;
      return {
        format: 'xcplan',
        version: 1,
        project: { name: 'p', startDate: '2027-01-01', horizonYears: r.horizonYears, waveMonths: r.waveMonths },
        assets: r.assets,
        dependencies,
        scenario: { name: 's', capacityPerWave: r.capacity, ...(r.budget ? { budgetPerYear: r.budget } : {}), maxCoreCutoversPerWave: r.maxCore, freezeMonths: r.freeze, pins },
      } satisfies ProjectFile;
    }),
  );

const planned = (a: Asset) => a.origin !== 'domestic' && a.status !== 'replaced' && a.status !== 'retained';

/** Every precedence of rule 3 holds between placed assets; an unscheduled prerequisite leaves its follower unscheduled. */
function checkPrecedence(project: ProjectFile, plan: PlanResult): void {
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  for (const d of project.dependencies) {
    const from = byId.get(d.from)!;
    const to = byId.get(d.to)!;
    if (!planned(from) || !planned(to)) continue;
    const pf = plan.placements[d.from]!;
    const pt = plan.placements[d.to]!;
    const rf = tierRank(pf.tier!);
    const rt = tierRank(pt.tier!);
    let first: typeof pf | undefined;
    let then: typeof pf | undefined;
    if (d.kind === 'runs-on') [first, then] = [pt, pf];
    else if (d.kind === 'connects-to') [first, then] = rf <= rt ? [pf, pt] : [pt, pf];
    else if (rf !== rt) [first, then] = rf < rt ? [pf, pt] : [pt, pf];
    if (!first || !then) continue;
    if (first.wave === -1) expect(then.wave, `${d.from} -> ${d.to}`).toBe(-1);
    else if (then.wave > 0) expect(first.wave, `${d.from} -> ${d.to} (${d.kind})`).toBeLessThanOrEqual(then.wave);
  }
}

function checkLimits(project: ProjectFile, plan: PlanResult): void {
  const scenario = project.scenario!;
  const calendar = buildCalendar(project.project, scenario.freezeMonths);
  const perYear = new Map<number, number>();
  for (const w of plan.waves) {
    const overridden = (plan.warnings ?? []).some((x) => x.code === 'pin-over-limit' && x.wave === w.index);
    const effort = w.assets.reduce((s, id) => s + DEFAULT_EFFORT_PER_UNIT[project.assets.find((a) => a.id === id)!.category] * project.assets.find((a) => a.id === id)!.quantity, 0);
    expect(w.effort).toBeCloseTo(effort, 1);
    perYear.set(calendar.year[w.index]!, (perYear.get(calendar.year[w.index]!) ?? 0) + w.cost);
    if (overridden) continue;
    expect(w.effort).toBeLessThanOrEqual(scenario.capacityPerWave + 1e-6);
    expect(w.coreCutovers ?? 0).toBeLessThanOrEqual(scenario.maxCoreCutoversPerWave);
    if (calendar.frozen[w.index] === 1) for (const id of w.assets) expect(plan.placements[id]!.tier).not.toBe('core');
  }
  const anyOverride = (plan.warnings ?? []).some((x) => x.code === 'pin-over-limit');
  if (scenario.budgetPerYear !== undefined && !anyOverride) for (const spent of perYear.values()) expect(spent).toBeLessThanOrEqual(scenario.budgetPerYear + 1e-6);
}

describe('planner properties', () => {
  it('respects precedence and limits, places or lists every asset with a reason, reaches at least the lower bound', () => {
    fc.assert(
      fc.property(arbProject(false), (project) => {
        const plan = planProject(project);
        expect(Object.keys(plan.placements).sort()).toEqual(project.assets.map((a) => a.id).sort());
        const unscheduled = new Set(plan.unscheduled.map((u) => u.id));
        const inWaves = new Set(plan.waves.flatMap((w) => w.assets));
        for (const a of project.assets) {
          const p = plan.placements[a.id]!;
          expect(REASON_CODES).toContain(p.reason.code);
          expect(p.reason.detail.length).toBeGreaterThan(0);
          if (p.reason.blockedBy) expect(plan.placements[p.reason.blockedBy]).toBeDefined();
          if (!planned(a)) expect(p.wave).toBe(a.status === 'retained' && a.origin !== 'domestic' ? -1 : 0);
          else if (p.wave > 0) expect(inWaves.has(a.id) && !unscheduled.has(a.id)).toBe(true);
          else expect(unscheduled.has(a.id) && p.reason.code === 'unscheduled').toBe(true);
        }
        expect(inWaves.size).toBe(plan.metrics.assetsPlanned);
        // Without pins nothing may override a limit.
        expect((plan.warnings ?? []).filter((w) => w.code === 'pin-over-limit' || w.code === 'pin-broken')).toEqual([]);
        checkPrecedence(project, plan);
        checkLimits(project, plan);
        for (const b of plan.bundles) {
          expect(new Set(b.assets.map((id) => plan.placements[id]!.wave)).size).toBe(1);
          for (const id of b.cycle) expect(b.assets).toContain(id);
        }
        if (plan.unscheduled.length === 0 && plan.metrics.assetsPlanned > 0) expect(plan.metrics.waves).toBeGreaterThanOrEqual(plan.metrics.lowerBound);
        expect(planProject(project)).toEqual(plan);
      }),
      { numRuns: 300, seed: 20270101 },
    );
  });

  it('honours each pin or reports it, and never breaks a precedence for one', () => {
    fc.assert(
      fc.property(arbProject(true), (project) => {
        const plan = planProject(project);
        for (const [id, wave] of Object.entries(project.scenario!.pins)) {
          const reported = (plan.warnings ?? []).some((w) => w.assetId === id && (w.code === 'pin-broken' || w.code === 'pin-ignored'));
          if (!reported) expect(plan.placements[id]!.wave, id).toBe(wave);
        }
        checkPrecedence(project, plan);
        checkLimits(project, plan);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
