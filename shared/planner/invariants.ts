/**
 * The version 2 planning rules as checks on a finished plan (issue "Plans a hospital CIO would
 * sign", "Done when"). Test-only: the property tests and the generated-estate tests call it;
 * app code never does. Each check returns the violations it found, as sentences naming assets.
 */
import type { ProjectFile } from '../model';
import { isMigrated, tierRank } from '../model';
import { buildAssetGraph } from '../graph';
import { coreReach } from './coreGate';
import type { PlanResult } from './types';
import { placementOf } from './placements';

export type InvariantOptions = {
  /** Pins may break limits and the order (the plan warns); skip the checks pins can break. */
  pinned: boolean;
  capacity: number;
  maxCore: number;
  overlap: number;
  budget?: number;
};

/**
 * Every violation of the rules in a plan.
 * @param project the planned project
 * @param plan its plan
 * @param options the scenario's limits
 */
export function planViolations(project: ProjectFile, plan: PlanResult, options: InvariantOptions): string[] {
  const out: string[] = [];
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  for (const a of project.assets) if (!placementOf(plan, a.id)) out.push(`${a.id} has no placement`);
  const waveOf = (id: string): number => placementOf(plan, id)?.wave ?? -1;
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  // Rule 1: a unit's assets share its wave.
  for (const u of plan.units) {
    for (const id of u.assets) if (waveOf(id) !== (u.wave > 0 ? u.wave : -1)) out.push(`${id} is not in the wave of its unit ${u.id}`);
  }
  // Rule 2: a shared platform is built no later than its first placed tenant and retired after the last.
  const cutDate = new Map(plan.events.filter((e) => e.kind === 'cutover').map((e) => [e.unit, e.date]));
  for (const u of plan.units.filter((x) => x.kind === 'shared-platform')) {
    const placed = (u.tenants ?? []).map((t) => unitById.get(t)!).filter((t) => t.wave > 0);
    if (placed.length === 0) continue;
    const first = Math.min(...placed.map((t) => t.wave));
    if (u.wave <= 0 || u.wave > first) out.push(`shared platform ${u.id} built in wave ${u.wave}, after its first tenant (wave ${first})`);
    const retire = plan.events.find((e) => e.kind === 'retire' && e.unit === u.id);
    const last = placed.map((t) => cutDate.get(t.id) ?? '').reduce((m, d) => (d > m ? d : m), '');
    if (retire && retire.date < last) out.push(`shared platform ${u.id} retired on ${retire.date}, before its last tenant's cut-over on ${last}`);
  }
  const warned = (code: string, ...ids: string[]): boolean => plan.warnings.some((w) => (w.code === code || (code === 'core-gate' && w.code === 'truncated')) && ids.every((id) => w.assets.includes(id)));
  // Rule 3: systems of a tier no earlier than the last system of the tiers below (less the overlap).
  const systems = plan.units.filter((u) => u.kind === 'system' && u.wave > 0);
  for (const s of systems) {
    for (const lower of systems) {
      if (tierRank(lower.tier) >= tierRank(s.tier) || s.wave >= lower.wave - options.overlap) continue;
      if (!plan.warnings.some((w) => w.code === 'phase-order' && w.assets[0] === s.id)) out.push(`${s.id} (${s.tier}, wave ${s.wave}) before ${lower.id} (${lower.tier}, wave ${lower.wave}) without a phase-order warning`);
    }
  }
  // Rule 5: nothing that reaches a core system goes after it, or a warning names both.
  const graph = buildAssetGraph(project.assets, project.dependencies);
  const nodeAssets = graph.ids.map((id) => byId.get(id)!);
  const cores = systems.filter((u) => u.core).sort((a, b) => a.wave - b.wave || (a.id < b.id ? -1 : 1));
  const label = coreReach(graph, nodeAssets, cores.map((u) => graph.indexOf.get(u.id)!));
  for (let v = 0; v < graph.ids.length; v++) {
    const root = label[v]!;
    if (root < 0 || root === v) continue;
    const id = graph.ids[v]!;
    const core = graph.ids[root]!;
    const asset = nodeAssets[v]!;
    const unit = unitById.get(placementOf(plan, id)?.unit ?? '');
    if (!isMigrated(asset) || !unit || unit.core || unit.kind === 'shared-platform' || unit.id === core) continue;
    const w = waveOf(id);
    if ((w <= 0 || w > waveOf(core)) && !warned('core-gate', core)) out.push(`${id} (wave ${w}) reaches core system ${core} (wave ${waveOf(core)}) without a core-gate warning`);
  }
  if (!options.pinned) {
    // Rules 7 and 8: the limits of each wave and year.
    for (const w of plan.waves) {
      if (w.effort > options.capacity + 1e-6) {
        // Allowed only for one unit (or bundle) bigger than a wave, alone in it and named by an over-capacity warning.
        const big = plan.warnings.find((x) => x.code === 'over-capacity' && x.wave === w.index)?.assets[0];
        const bundle = plan.bundles.find((b) => big !== undefined && b.assets.includes(big));
        const others = (w.units ?? []).filter((id) => unitById.get(id)?.kind !== 'shared-platform' && id !== big && !bundle?.assets.includes(id));
        if (big === undefined || others.length > 0) out.push(`wave ${w.index} effort ${w.effort} over ${options.capacity}${big ? ` beside ${others.join(', ')}` : ''}`);
      }
      if ((w.coreCutovers ?? 0) > options.maxCore) out.push(`wave ${w.index} has ${w.coreCutovers} core cut-overs, limit ${options.maxCore}`);
    }
    if (options.budget !== undefined) {
      const byYear = new Map<number, number>();
      for (const w of plan.waves) byYear.set(w.budgetYear!, (byYear.get(w.budgetYear!) ?? 0) + w.cost);
      for (const [year, spent] of byYear) if (spent > options.budget + 1e-3) out.push(`${year} spends ${spent}, budget ${options.budget}`);
    }
    // Rule 12: the lower bound is a bound when everything fits the horizon.
    if (plan.unscheduled.length === 0 && plan.metrics.waves > 0 && plan.metrics.waves < plan.metrics.lowerBound) out.push(`${plan.metrics.waves} waves, below the lower bound ${plan.metrics.lowerBound}`);
  }
  return out;
}
