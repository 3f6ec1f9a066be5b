/**
 * Random estates against the version 2 rules (invariants.ts): units move together, shared
 * platforms are built before their first tenant, edge → core phases hold or are warned about,
 * nothing reaching a core system goes after it without a warning, the limits of each wave and
 * year hold, every asset has a reason, the plan is deterministic and never shorter than its bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Asset, Dependency, ProjectFile } from '../model';
import { presetWindows } from '../calendar/presets';
import { CATEGORIES, DEPENDENCY_KINDS, DISPOSITIONS, TIERS, isMigrated } from '../model';
import { planProject } from './index';
import { planViolations } from './invariants';
import { REASON_CODES } from './types';
import { placementOf } from './placements';

const arbAsset = (i: number): fc.Arbitrary<Asset> =>
  fc
    .record({
      category: fc.constantFrom(...CATEGORIES, 'application', 'application', 'terminal', 'database', 'os'),
      quantity: fc.integer({ min: 1, max: 60 }),
      tier: fc.option(fc.constantFrom(...TIERS), { nil: undefined }),
      vendorOrigin: fc.constantFrom('foreign', 'foreign', 'domestic', 'unknown', 'foreign-open-source'),
      disposition: fc.option(fc.constantFrom(...DISPOSITIONS, 'replace', 'adapt'), { nil: undefined }),
      readyFrom: fc.option(fc.constantFrom('2027-02-01', '2027-07-01', '2028-01-01', '2031-01-01'), { nil: undefined }),
      clientReadyFrom: fc.option(fc.constantFrom('2027-04-01', '2028-01-01'), { nil: undefined }),
      endOfSupport: fc.option(fc.constantFrom('2026-01-01', '2027-06-30', '2029-12-31'), { nil: undefined }),
      securityLevel: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      unitCost: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: undefined }),
      effort: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      vendorTeam: fc.option(fc.constantFrom('东华医为', '卫宁健康'), { nil: undefined }),
    })
    .map((r) => {
      const a: Asset = { id: `A${String(i).padStart(3, '0')}`, name: `asset ${i}`, category: r.category, quantity: r.quantity, vendorOrigin: r.vendorOrigin };
      for (const key of ['tier', 'disposition', 'readyFrom', 'clientReadyFrom', 'endOfSupport', 'securityLevel', 'unitCost', 'effort', 'vendorTeam'] as const) {
        if (r[key] !== undefined) Object.assign(a, { [key]: r[key] });
      }
      return a;
    });

type Limits = { capacity: number; budget?: number; maxCore: number; overlap: number };

const arbProject = (withPins: boolean): fc.Arbitrary<{ project: ProjectFile; limits: Limits }> =>
  fc.integer({ min: 1, max: 28 }).chain((n) =>
    fc
      .record({
        assets: fc.tuple(...Array.from({ length: n }, (_, i) => arbAsset(i))),
        deps: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), kind: fc.constantFrom(...DEPENDENCY_KINDS) }), { maxLength: n * 3 }),
        capacity: fc.integer({ min: 150, max: 400 }),
        budget: fc.option(fc.integer({ min: 2_000_000, max: 8_000_000 }), { nil: undefined }),
        maxCore: fc.integer({ min: 1, max: 3 }),
        overlap: fc.constantFrom(0, 0, 1),
        team: fc.integer({ min: 1, max: 3 }),
        freeze: fc.subarray(presetWindows()),
        waveMonths: fc.constantFrom(1, 2, 3, 6),
        horizonYears: fc.integer({ min: 2, max: 6 }),
        pins: withPins ? fc.array(fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: 10 })), { maxLength: 4 }) : fc.constant([]),
      })
      .map((r) => {
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
        const project: ProjectFile = {
          format: 'xcplan',
          version: 2,
          project: { name: 'p', startDate: '2027-01-01', horizonYears: r.horizonYears, waveMonths: r.waveMonths },
          assets: r.assets,
          dependencies,
          scenario: {
            name: 's',
            capacityPerWave: r.capacity,
            ...(r.budget ? { budgetPerYear: r.budget } : {}),
            maxCoreCutoversPerWave: r.maxCore,
            phaseOverlapWaves: r.overlap,
            vendorTeamSystemsPerWave: r.team,
            freezeWindows: r.freeze,
            pins,
          },
        };
        return { project, limits: { capacity: r.capacity, budget: r.budget, maxCore: r.maxCore, overlap: r.overlap } };
      }),
  );

describe('planner properties (version 2 rules)', () => {
  it('keeps units together, phases in order, the core gate and every limit, with a reason for every asset', () => {
    fc.assert(
      fc.property(arbProject(false), ({ project, limits }) => {
        const plan = planProject(project);
        expect(planViolations(project, plan, { pinned: false, ...limits })).toEqual([]);
        const unscheduled = new Set(plan.unscheduled.map((u) => u.id));
        for (const a of project.assets) {
          const p = placementOf(plan, a.id)!;
          expect(REASON_CODES).toContain(p.reason.code);
          expect(p.reason.detail.length).toBeGreaterThan(0);
          if (!isMigrated(a)) expect(p.wave === 0 || p.wave === -1).toBe(true);
          else if (p.wave <= 0) expect(unscheduled.has(a.id)).toBe(true);
        }
        expect(plan.warnings.filter((w) => w.code === 'pin-over-limit' || w.code === 'pin-broken')).toEqual([]);
        for (const b of plan.bundles) expect(new Set(b.assets.map((id) => placementOf(plan, id)!.wave)).size).toBe(1);
        expect(planProject(project)).toEqual(plan);
      }),
      { numRuns: 300, seed: 20270101 },
    );
  });

  it('honours each pin or reports it, and keeps units and the core gate whatever the pins', () => {
    fc.assert(
      fc.property(arbProject(true), ({ project, limits }) => {
        const plan = planProject(project);
        for (const [id, wave] of Object.entries(project.scenario!.pins)) {
          const reported = plan.warnings.some((w) => w.assets.includes(id) && (w.code === 'pin-broken' || w.code === 'pin-ignored'));
          const unit = placementOf(plan, id)?.unit;
          const viaUnit = unit !== undefined && plan.warnings.some((w) => w.assets.includes(unit) && w.code === 'pin-broken');
          if (!reported && !viaUnit) expect(placementOf(plan, id)!.wave, id).toBe(wave);
        }
        expect(planViolations(project, plan, { pinned: true, ...limits })).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
