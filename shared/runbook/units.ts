/**
 * Feeds the runbook generator from a plan: the planner's system units, dated by their cut-over
 * events (with the event's dual-track end), the scenario's freeze windows, the assessment's 24-hour
 * flag and the database assessment's final sync. The one place that reads plan and scenario shapes
 * for runbooks.
 */
import { answersOf, readAssessment } from '../assessment';
import { assessDatabases, readDbAssess } from '../dbassess';
import type { Asset, FreezeWindow, IsoDate, ProjectFile, Tier } from '../model';
import { dispositionOf, tierRank } from '../model';
import type { PlanResult, PlanUnit } from '../planner';
import { recommendedAlternative } from '../procurement';
import type { ProcurementList } from '../procurement';
import type { CutoverInput } from './build';

export type CutoverUnit = { id: string; kind: PlanUnit['kind']; assets: string[]; tier?: Tier; core: boolean; wave: number; date?: IsoDate; dualTrackUntil?: IsoDate };

const DEFAULT_DUAL_TRACK_MONTHS = 3;

/**
 * Whether a plan unit has a cut-over (and a runbook): a system placed in a wave, or a core asset
 * that stands alone (the core switch, the HIS load balancer, the insurance router): the plan counts
 * its switch as a core cut-over, so it has a night window and a rollback like a system.
 */
export const isCutoverUnit = (unit: Pick<PlanUnit, 'kind' | 'wave' | 'core'>): boolean => unit.wave >= 1 && (unit.kind === 'system' || (unit.kind === 'standalone' && unit.core));

/** The plan's core cut-overs (each with a runbook), without building their runbooks. */
export const coreCutoverCount = (plan: Pick<PlanResult, 'units'>): number => {
  let count = 0;
  for (const unit of plan.units) if (unit.core && isCutoverUnit(unit)) count++;
  return count;
};

/**
 * The plan's units that cut over (systems and core standalone assets; shared platforms are built,
 * other standalone assets swapped), with their cut-over event's date and dual-track end.
 * @param plan the plan
 * @param keep only the units it keeps (chosen before the sort: at 100,000 assets the change
 *   figures need the 2,892 core cut-overs, not all 19,524 systems sorted by id)
 */
export function cutoverUnits(plan: Pick<PlanResult, 'units' | 'events'>, keep: (unit: Pick<CutoverUnit, 'id' | 'core'>) => boolean = () => true): CutoverUnit[] {
  const cutover = new Map(plan.events.filter((e) => e.kind === 'cutover').map((e) => [e.unit, e]));
  return plan.units
    .filter((u) => isCutoverUnit(u) && keep(u))
    .map((u): CutoverUnit => {
      const event = cutover.get(u.id);
      return { id: u.id, kind: u.kind, assets: u.assets, tier: u.tier, core: u.core, wave: u.wave, ...(event ? { date: event.date } : {}), ...(event?.dualTrackUntil ? { dualTrackUntil: event.dualTrackUntil } : {}) };
    })
    .sort((a, b) => a.wave - b.wave || tierRank(b.tier ?? 'office') - tierRank(a.tier ?? 'office') || a.id.localeCompare(b.id));
}

/** The scenario's freeze windows. */
export const scenarioFreezeWindows = (project: Pick<ProjectFile, 'scenario'>): FreezeWindow[] => project.scenario?.freezeWindows ?? [];

/**
 * The team that works on one asset of a cut-over: its delivery team (`vendorTeam`), else the
 * vendor of what stays (an application its developer adapts, a product already domestic), else, for
 * what is replaced, the supplier of the substitute the procurement list recommends. The vendor being
 * replaced (Oracle under a HIS, CentOS under a middleware) sends no team to the cut-over, and a
 * substitute still to be tendered has no supplier yet.
 */
function teamOf(asset: Asset, suppliers: ReadonlyMap<string, string>): string | undefined {
  if (asset.vendorTeam) return asset.vendorTeam;
  const disposition = dispositionOf(asset);
  if (disposition === 'replace') return suppliers.get(asset.id);
  return disposition === 'retire' ? undefined : asset.vendor || undefined;
}

/**
 * Runbook inputs for the plan's cut-overs.
 * @param which `core` (default) for every core cut-over, `all` for every system, or unit ids
 * @param procurement the same analysis's procurement list: names the suppliers of the substitutes
 *   (without it, the vendor teams are those of what stays)
 */
export function cutoverInputs(project: ProjectFile, plan: PlanResult, which: 'core' | 'all' | readonly string[] = 'core', procurement?: Pick<ProcurementList, 'items'>): CutoverInput[] {
  const byId = new Map<string, Asset>(project.assets.map((a) => [a.id, a]));
  const suppliers = new Map<string, string>();
  for (const item of procurement?.items ?? []) {
    const supplier = recommendedAlternative(item.alternatives)?.vendor;
    if (supplier) suppliers.set(item.assetId, supplier);
  }
  const dualTrackMonths = project.scenario?.dualTrackMonths ?? DEFAULT_DUAL_TRACK_MONTHS;
  const freezeWindows = scenarioFreezeWindows(project);
  const assessment = readAssessment(project);
  const dbSection = readDbAssess(project);
  const databases = new Map(assessDatabases(project, dbSection.ok ? dbSection.value : {}).map((db) => [db.assetId, db]));
  return cutoverUnits(plan, (unit) => (which === 'core' ? unit.core : which === 'all' ? true : which.includes(unit.id)))
    .map((unit) => {
      const wave = plan.waves.find((w) => w.index === unit.wave);
      const members = unit.assets.flatMap((id) => byId.get(id) ?? []);
      // The runbook is titled by the unit's application (a system unit holds one), else its first asset.
      const lead = byId.get(unit.id) ?? members.find((a) => a.category === 'application') ?? members[0];
      const availability = assessment.ok && lead ? answersOf(assessment.value, lead.id)?.['availability'] : undefined;
      // Defaults (no counts, no size) would claim a one-hour sync: only what was assessed, or a Caché rewrite, speaks.
      const db = unit.assets.map((id) => databases.get(id)).find((d) => d !== undefined && (d.entered || d.engine === 'cache'));
      return {
        unitId: unit.id,
        name: lead?.name ?? unit.id,
        wave: unit.wave,
        waveStart: unit.date ?? wave?.start ?? project.project.startDate,
        ...(wave?.end ? { waveEnd: wave.end } : {}),
        ...(unit.tier ? { tier: unit.tier } : {}),
        core: unit.core,
        dualTrackMonths,
        ...(unit.dualTrackUntil ? { dualTrackUntil: unit.dualTrackUntil } : {}),
        assets: members.map((a) => {
          const team = teamOf(a, suppliers);
          return { id: a.id, name: a.name, category: a.category, ...(team ? { vendorTeam: team } : {}) };
        }),
        continuity24h: availability === undefined ? unit.core : availability === 'er-24h',
        ...(db ? { finalSync: { steps: db.estimate.steps, downtimeHours: db.estimate.downtimeHours } } : {}),
        freezeWindows,
      };
    });
}
