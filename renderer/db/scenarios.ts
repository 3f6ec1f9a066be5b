/**
 * Scenario edits and pins of the planning view, written to IndexedDB through small repository
 * functions, one transaction each (STYLE.md 8). The project row's `activeScenario` names the
 * scenario the other views plan with; `updatedAt` moves with every edit so the projects list shows it.
 */
import type { ProjectMeta, Scenario } from '../../shared/model';
import { db } from './database';
import type { PlannerDB, ScenarioRow } from './database';

/** Scenario fields the editor changes (name changes go through renameScenario). */
export type ScenarioPatch = Partial<
  Pick<
    Scenario,
    'capacityPerWave' | 'budgetPerYear' | 'maxCoreCutoversPerWave' | 'freezeWindows' | 'effortPerUnit' | 'phaseOverlapWaves' | 'dualTrackMonths' | 'securityReserveShare' | 'vendorTeamSystemsPerWave' | 'tenderLeadMonths' | 'budgetRequestYearBefore'
  >
>;

/** Project-level planning settings edited beside the scenario. */
export type MetaPatch = Partial<Pick<ProjectMeta, 'waveMonths' | 'horizonYears' | 'startDate'>>;

/**
 * Applies a patch to a named scenario.
 * @returns false when the scenario does not exist
 */
export async function updateScenario(projectId: string, name: string, patch: ScenarioPatch, now: string, database: PlannerDB = db): Promise<boolean> {
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const row = await database.scenarios.get([projectId, name]);
    if (!row) return false;
    const next: ScenarioRow = { ...row, ...patch };
    if (patch.budgetPerYear === undefined && 'budgetPerYear' in patch) delete next.budgetPerYear;
    await database.scenarios.put(next);
    await database.projects.update(projectId, { updatedAt: now });
    return true;
  });
}

/** Changes wave length, horizon or start date of the project (they shape every scenario's waves). */
export async function updatePlanningMeta(projectId: string, patch: MetaPatch, now: string, database: PlannerDB = db): Promise<void> {
  await database.transaction('rw', database.projects, async () => {
    const row = await database.projects.get(projectId);
    if (!row) return;
    await database.projects.put({ ...row, meta: { ...row.meta, ...patch }, updatedAt: now });
  });
}

/**
 * Pins an asset to a wave, or removes its pin (wave undefined), in the named scenario.
 * @returns false when the scenario does not exist
 */
export async function setPin(projectId: string, scenarioName: string, assetId: string, wave: number | undefined, now: string, database: PlannerDB = db): Promise<boolean> {
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const row = await database.scenarios.get([projectId, scenarioName]);
    if (!row) return false;
    const pins = { ...row.pins };
    if (wave === undefined) delete pins[assetId];
    else pins[assetId] = Math.max(1, Math.round(wave));
    await database.scenarios.put({ ...row, pins });
    await database.projects.update(projectId, { updatedAt: now });
    return true;
  });
}

/** Removes every pin of the named scenario. */
export async function clearPins(projectId: string, scenarioName: string, now: string, database: PlannerDB = db): Promise<boolean> {
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const row = await database.scenarios.get([projectId, scenarioName]);
    if (!row) return false;
    await database.scenarios.put({ ...row, pins: {} });
    await database.projects.update(projectId, { updatedAt: now });
    return true;
  });
}

/** Makes a scenario the active one. */
export async function activateScenario(projectId: string, name: string, now: string, database: PlannerDB = db): Promise<boolean> {
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    if (!(await database.scenarios.get([projectId, name]))) return false;
    await database.projects.update(projectId, { activeScenario: name, updatedAt: now });
    return true;
  });
}

/**
 * Creates a scenario as a copy of another under a new name and makes it active.
 * @returns 'exists' when the name is taken, 'missing' when the source does not exist
 */
export async function copyScenario(projectId: string, from: string, name: string, now: string, database: PlannerDB = db): Promise<'ok' | 'exists' | 'missing' | 'empty-name'> {
  const trimmed = name.trim();
  if (!trimmed) return 'empty-name';
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const source = await database.scenarios.get([projectId, from]);
    if (!source) return 'missing';
    if (await database.scenarios.get([projectId, trimmed])) return 'exists';
    await database.scenarios.put({ ...structuredClone(source), name: trimmed });
    await database.projects.update(projectId, { activeScenario: trimmed, updatedAt: now });
    return 'ok';
  });
}

/** Renames a scenario, keeping it active if it was. */
export async function renameScenario(projectId: string, from: string, to: string, now: string, database: PlannerDB = db): Promise<'ok' | 'exists' | 'missing' | 'empty-name'> {
  const trimmed = to.trim();
  if (!trimmed) return 'empty-name';
  if (trimmed === from) return 'ok';
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const source = await database.scenarios.get([projectId, from]);
    if (!source) return 'missing';
    if (await database.scenarios.get([projectId, trimmed])) return 'exists';
    await database.scenarios.delete([projectId, from]);
    await database.scenarios.put({ ...source, name: trimmed });
    const project = await database.projects.get(projectId);
    if (project) await database.projects.put({ ...project, activeScenario: project.activeScenario === from ? trimmed : project.activeScenario, updatedAt: now });
    return 'ok';
  });
}

/** Deletes a scenario; the last one cannot go. The active one falls back to the first remaining. */
export async function deleteScenario(projectId: string, name: string, now: string, database: PlannerDB = db): Promise<'ok' | 'last' | 'missing'> {
  return database.transaction('rw', database.scenarios, database.projects, async () => {
    const all = await database.scenarios.where('projectId').equals(projectId).toArray();
    if (!all.some((s) => s.name === name)) return 'missing';
    if (all.length <= 1) return 'last';
    await database.scenarios.delete([projectId, name]);
    const project = await database.projects.get(projectId);
    if (project?.activeScenario === name) {
      const next = all.filter((s) => s.name !== name).sort((a, b) => (a.name < b.name ? -1 : 1))[0]!;
      await database.projects.update(projectId, { activeScenario: next.name, updatedAt: now });
    } else await database.projects.update(projectId, { updatedAt: now });
    return 'ok';
  });
}
