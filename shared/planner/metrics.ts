/**
 * The plan's metrics: waves against the lower bound (rule 12), the phases as planned (first and
 * last wave of each tier's systems, rule 3) and coverage by what matters (rule 13): business
 * systems on a full domestic stack as the headline, then terminals, servers, OS and databases by
 * units. Office software seats (browser, PDF reader) are in none of these, so free seat licences
 * never move the headline.
 */
import type { Asset, Category } from '../model';
import { dispositionOf, isCompliant, TIERS, tierRank } from '../model';
import type { PlanContext } from './context';
import type { Coverage, PhaseSpan, PlanMetrics, Wave } from './types';
import { UNIT_SYSTEM } from './units';

const round2 = (value: number): number => Math.round(value * 100) / 100;
const CORE = tierRank('core');

const inScope = (asset: Asset): boolean => asset.category !== 'other' && dispositionOf(asset) !== 'retire';

export function planMetrics(context: PlanContext, waves: readonly Wave[], unitWave: Int32Array): PlanMetrics {
  const { schedule: s, units, assets, graph, tiers } = context;
  let assetsPlanned = 0;
  let effortTotal = 0;
  let costTotal = 0;
  for (const w of waves) {
    assetsPlanned += w.assets.length;
    effortTotal += w.effort;
    costTotal += w.cost;
  }
  const first = [0, 0, 0, 0];
  const last = [0, 0, 0, 0];
  for (let u = 0; u < units.count; u++) {
    const w = unitWave[u]!;
    if (units.kind[u] !== UNIT_SYSTEM || w <= 0) continue;
    const t = units.tier[u]!;
    if (first[t] === 0 || w < first[t]!) first[t] = w;
    if (w > last[t]!) last[t] = w;
  }
  const phases: PhaseSpan[] = [];
  for (let t = 0; t < 4; t++) if (first[t]! > 0) phases.push({ tier: TIERS[t]!, firstWave: first[t]!, lastWave: last[t]! });
  const done = (v: number): boolean => {
    if (isCompliant(assets[v]!)) return true;
    const u = units.unitOf[v]!;
    return u >= 0 && unitWave[u]! > 0;
  };
  const share = (category: Category, byUnits: boolean): number => {
    let total = 0;
    let covered = 0;
    for (let v = 0; v < assets.length; v++) {
      const asset = assets[v]!;
      if (asset.category !== category || !inScope(asset)) continue;
      const q = byUnits ? asset.quantity : 1;
      total += q;
      if (done(v)) covered += q;
    }
    return total === 0 ? 1 : round4(covered / total);
  };
  const coverage: Coverage = { systems: share('application', false), terminals: share('terminal', true), servers: share('server', true), os: share('os', true), database: share('database', true) };
  const coreSystems: { id: string; name: string; wave: number }[] = [];
  for (let v = 0; v < assets.length; v++) {
    const asset = assets[v]!;
    if (asset.category !== 'application' || tiers.rank[v] !== CORE || !inScope(asset)) continue;
    const u = units.unitOf[v]!;
    coreSystems.push({ id: graph.ids[v]!, name: asset.name, wave: isCompliant(asset) ? 0 : u >= 0 ? unitWave[u]! : -1 });
  }
  const b = s.bounds;
  return {
    waves: waves.length,
    lowerBound: b.lowerBound,
    assetsPlanned,
    effortTotal: round2(effortTotal),
    costTotal: round2(costTotal),
    bounds: { chain: b.chain, phase: b.phase, effort: b.effort, cost: b.cost, core: b.core },
    phases,
    coverage,
    coreSystems,
  };
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;
