/**
 * The plan's metrics: waves against the lower bound (rule 12), the phases as planned (first and
 * last wave of each tier's systems, rule 3) and coverage by what matters (rule 13): business
 * systems on a full domestic stack as the headline, then terminals, servers, OS and databases by
 * units. Office software seats (browser, PDF reader) are in none of these, so free seat licences
 * never move the headline.
 */
import type { Asset } from '../model';
import { dispositionOf, isCompliant, TIERS, tierRank } from '../model';
import type { PlanContext } from './context';
import type { Coverage, PhaseSpan, PlanMetrics, Wave } from './types';
import { UNIT_SYSTEM } from './units';
import { CAT } from './codes';

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
  // Coverage in one pass: per counted category, the total and the covered (assets or units).
  const COUNTED: readonly [keyof Coverage, number, boolean][] = [
    ['systems', CAT.application, false],
    ['terminals', CAT.terminal, true],
    ['servers', CAT.server, true],
    ['os', CAT.os, true],
    ['database', CAT.database, true],
  ];
  const slot = new Int8Array(256).fill(-1);
  COUNTED.forEach(([, code], i) => (slot[code] = i));
  const byQuantity = COUNTED.map(([, , quantity]) => quantity);
  const total = new Float64Array(COUNTED.length);
  const covered = new Float64Array(COUNTED.length);
  const { cat, active } = context;
  const { unitOf } = units;
  // The core systems in the same pass (slot 0 holds the applications): each asset is read once.
  const coreSystems: { id: string; name: string; wave: number }[] = [];
  for (let v = 0; v < assets.length; v++) {
    const i = slot[cat[v]!]!;
    if (i < 0) continue;
    const asset = assets[v]!;
    const u = unitOf[v]!;
    // A migrated asset (`active`) is in scope, not yet compliant and in a unit: no disposition to work out.
    const migrated = active[v] === 1;
    if (!migrated && !inScope(asset)) continue;
    const q = byQuantity[i] ? asset.quantity : 1;
    total[i]! += q;
    const compliant = !migrated && isCompliant(asset);
    if ((u >= 0 && unitWave[u]! > 0) || compliant) covered[i]! += q;
    if (i === 0 && tiers.rank[v] === CORE) coreSystems.push({ id: graph.ids[v]!, name: asset.name, wave: compliant ? 0 : u >= 0 ? unitWave[u]! : -1 });
  }
  const share = (i: number): number => (total[i] === 0 ? 1 : round4(covered[i]! / total[i]!));
  const coverage: Coverage = { systems: share(0), terminals: share(1), servers: share(2), os: share(3), database: share(4) };
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
