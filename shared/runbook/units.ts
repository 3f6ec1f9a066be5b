/**
 * Feeds the runbook generator from a plan: the cut-over units, their wave and date, the scenario's
 * dual-track period and freeze windows, the assessment's 24-hour flag and the database
 * assessment's final sync. The one place that reads plan and scenario shapes for runbooks.
 */
import { answersOf, readAssessment } from '../assessment';
import type { FreezeWindow } from '../calendar/presets';
import { assessDatabases, readDbAssess } from '../dbassess';
import type { Asset, ProjectFile, Tier } from '../model';
import { tierRank } from '../model';
import type { PlanResult } from '../planner';
import type { CutoverInput } from './build';

export type CutoverUnit = { id: string; assets: string[]; tier?: Tier; core: boolean; wave: number; date?: string };

/** The plan's own units and events (planner version 2), read structurally so version 1 plans still work. */
type PlanUnits = {
  units?: { id: string; kind: string; assets: string[]; tier?: Tier; core: boolean; wave: number }[];
  events?: { kind: string; unit: string; wave: number; date: string }[];
};

/** Units from a version 2 plan: system units that cut over, dated by their cut-over event. */
function planUnits(plan: PlanUnits): CutoverUnit[] | undefined {
  if (!Array.isArray(plan.units)) return undefined;
  const cutover = new Map((plan.events ?? []).filter((e) => e.kind === 'cutover').map((e) => [e.unit, e.date]));
  return plan.units
    .filter((u) => u.kind === 'system' && u.wave >= 1)
    .map((u) => ({ id: u.id, assets: u.assets, ...(u.tier ? { tier: u.tier } : {}), core: u.core, wave: u.wave, ...(cutover.has(u.id) ? { date: cutover.get(u.id)! } : {}) }));
}

const DEFAULT_DUAL_TRACK_MONTHS = 3;

/**
 * Units of the plan: an application with its dedicated stack (everything it runs on, transitively,
 * that no other application runs on), in the application's wave. Shared platforms and assets
 * under no application are not system cut-overs and get no runbook here.
 */
export function cutoverUnits(project: Pick<ProjectFile, 'assets' | 'dependencies'>, plan: PlanResult): CutoverUnit[] {
  const own = planUnits(plan as PlanResult & PlanUnits);
  if (own) return sortUnits(own);
  const runsOn = new Map<string, string[]>();
  for (const dep of project.dependencies) if (dep.kind === 'runs-on') runsOn.set(dep.from, [...(runsOn.get(dep.from) ?? []), dep.to]);
  const apps = project.assets.filter((a) => a.category === 'application');
  const stacks = new Map<string, Set<string>>();
  const users = new Map<string, number>();
  for (const app of apps) {
    const seen = new Set<string>([app.id]);
    const queue = [app.id];
    while (queue.length > 0) {
      for (const next of runsOn.get(queue.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    stacks.set(app.id, seen);
    for (const id of seen) users.set(id, (users.get(id) ?? 0) + 1);
  }
  const byId = new Map(project.assets.map((a) => [a.id, a]));
  const units: CutoverUnit[] = [];
  for (const app of apps) {
    const wave = plan.placements[app.id]?.wave ?? -1;
    if (wave < 1) continue;
    const assets = [...stacks.get(app.id)!].filter((id) => id === app.id || users.get(id) === 1);
    const tier = plan.placements[app.id]?.tier ?? app.tier;
    const core = assets.some((id) => (byId.get(id)?.tier ?? (id === app.id ? tier : undefined)) === 'core');
    units.push({ id: app.id, assets, ...(tier ? { tier } : {}), core, wave });
  }
  return sortUnits(units);
}

const sortUnits = (units: CutoverUnit[]): CutoverUnit[] =>
  units.sort((a, b) => a.wave - b.wave || tierRank(b.tier ?? 'office') - tierRank(a.tier ?? 'office') || a.id.localeCompare(b.id));

/** The vendor team working on an asset: its `vendorTeam` (model version 2), else its vendor. */
function vendorTeamOf(asset: Asset): string | undefined {
  const v2: { vendorTeam?: string; vendor?: string } = asset;
  return v2.vendorTeam ?? v2.vendor;
}

/** The scenario's freeze windows (version 1 freeze months become whole-month core windows). */
export function scenarioFreezeWindows(project: Pick<ProjectFile, 'scenario'>): FreezeWindow[] {
  // Version 2 scenarios carry freezeWindows, version 1 freezeMonths: read both here, only here.
  const scenario: { freezeWindows?: FreezeWindow[]; freezeMonths?: number[] } | undefined = project.scenario;
  if (scenario?.freezeWindows) return scenario.freezeWindows;
  return (scenario?.freezeMonths ?? []).map((m) => {
    const mm = String(m).padStart(2, '0');
    return { name: `${m}月`, from: `${mm}-01`, to: `${mm}-${new Date(Date.UTC(2001, m, 0)).getUTCDate()}`, scope: 'core' as const };
  });
}

/**
 * Runbook inputs for the plan's cut-overs.
 * @param which `core` (default) for every core cut-over, `all` for every system, or unit ids
 */
export function cutoverInputs(project: ProjectFile, plan: PlanResult, which: 'core' | 'all' | readonly string[] = 'core'): CutoverInput[] {
  const byId = new Map<string, Asset>(project.assets.map((a) => [a.id, a]));
  const scenario: { dualTrackMonths?: number; name?: string } | undefined = project.scenario;
  const dualTrackMonths = scenario?.dualTrackMonths ?? DEFAULT_DUAL_TRACK_MONTHS;
  const freezeWindows = scenarioFreezeWindows(project);
  const assessment = readAssessment(project);
  const dbSection = readDbAssess(project);
  const databases = new Map(assessDatabases(project, dbSection.ok ? dbSection.value : {}).map((db) => [db.assetId, db]));
  return cutoverUnits(project, plan)
    .filter((unit) => (which === 'core' ? unit.core : which === 'all' ? true : which.includes(unit.id)))
    .map((unit) => {
      const wave = plan.waves.find((w) => w.index === unit.wave);
      const lead = byId.get(unit.id) ?? unit.assets.map((id) => byId.get(id)).find((a) => a?.category === 'application') ?? byId.get(unit.assets[0]!)!;
      const availability = assessment.ok ? answersOf(assessment.value, lead.id)?.['availability'] : undefined;
      // Defaults (no counts, no size) would claim a one-hour sync: only what was assessed, or a Caché rewrite, speaks.
      const db = unit.assets.map((id) => databases.get(id)).find((d) => d !== undefined && (d.entered || d.engine === 'cache'));
      const assets = unit.assets.flatMap((id) => byId.get(id) ?? []).map((a) => {
        const team = vendorTeamOf(a);
        return { id: a.id, name: a.name, category: a.category, ...(team ? { vendorTeam: team } : {}) };
      });
      return {
        unitId: unit.id,
        name: lead.name,
        wave: unit.wave,
        waveStart: unit.date ?? wave?.start ?? project.project.startDate,
        ...(wave?.end ? { waveEnd: wave.end } : {}),
        ...(unit.tier ? { tier: unit.tier } : {}),
        core: unit.core,
        dualTrackMonths,
        assets,
        continuity24h: availability === undefined ? unit.core : availability === 'er-24h',
        ...(db ? { finalSync: { steps: db.estimate.steps, downtimeHours: db.estimate.downtimeHours } } : {}),
        freezeWindows,
      };
    });
}
