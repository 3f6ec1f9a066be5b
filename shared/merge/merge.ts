/**
 * Merging a project file received from a colleague into an existing project (issue 7). Pure:
 * `planMerge` compares and reports, `applyMerge` builds the merged project from the user's choices.
 * Nothing is overwritten silently: every asset or scenario that differs is a conflict the user
 * resolves ("keep mine" / "take theirs"), and `applyMerge` refuses while any conflict is open.
 */
import type { Asset, Dependency, ProjectFile, Scenario } from '../model';

/** The order in which asset fields are shown (the contract's order); unknown extra keys follow. */
export const ASSET_FIELD_ORDER = [
  'name',
  'category',
  'quantity',
  'vendor',
  'product',
  'version',
  'cpu',
  'os',
  'vendorOrigin',
  'disposition',
  'tier',
  'scale',
  'site',
  'department',
  'securityLevel',
  'endOfSupport',
  'readyFrom',
  'purchaseDate',
  'effort',
  'vendorTeam',
  'clientReadyFrom',
  'retainReason',
  'unitCost',
  'purchaseCost',
  'notes',
] as const satisfies readonly (keyof Asset)[];

export const SCENARIO_FIELD_ORDER = ['capacityPerWave', 'budgetPerYear', 'maxCoreCutoversPerWave', 'phaseOverlapWaves', 'dualTrackMonths', 'securityReserveShare', 'vendorTeamSystemsPerWave', 'tenderLeadMonths', 'budgetRequestYearBefore', 'freezeWindows', 'pins', 'effortPerUnit'] as const satisfies readonly (keyof Scenario)[];

/** One field that differs; `undefined` means the side does not have the field. */
export type FieldDiff = { field: string; mine: unknown; theirs: unknown };

export type AssetConflict = { id: string; mine: Asset; theirs: Asset; fields: FieldDiff[] };
export type ScenarioConflict = { name: string; mine: Scenario; theirs: Scenario; fields: FieldDiff[] };

export type MergePlan = {
  assets: {
    /** In the incoming file only: added. */
    added: Asset[];
    /** Same id, same fields: nothing to do. */
    identical: string[];
    /** Same id, different fields: the user chooses. */
    conflicts: AssetConflict[];
  };
  dependencies: {
    /** Incoming dependencies not in the project yet whose two ends exist after the merge. */
    added: Dependency[];
    /** Already in the project. */
    identical: number;
    /** Incoming dependencies naming an asset that is in neither side: reported, not added. */
    dangling: Dependency[];
  };
  scenarios: { added: Scenario[]; identical: string[]; conflicts: ScenarioConflict[] };
  /** Project settings (name, province, start, horizon, wave length) that differ: the project keeps its own. */
  metaDiffers: FieldDiff[];
  /** Extension sections (price book, user catalogue, rules) that differ or are theirs only: the project keeps its own. */
  extensionsDiffer: string[];
};

export type Choice = 'mine' | 'theirs';

export type MergeChoices = {
  /** Per asset id. */
  assets?: Record<string, Choice>;
  /** Per scenario name. */
  scenarios?: Record<string, Choice>;
  /** Bulk choice for every conflict without its own choice ("keep all mine" / "take all theirs"). */
  all?: Choice;
};

export type MergeCounts = { added: number; identical: number; conflicts: number; takenTheirs: number; dependenciesAdded: number; dangling: number; scenariosAdded: number };

export type MergeResult =
  | { ok: true; project: ProjectFile; counts: MergeCounts }
  | { ok: false; unresolved: { assets: string[]; scenarios: string[] } };

/**
 * Compares an incoming project with the base project.
 * @param base the project as it is (mine)
 * @param incoming the colleague's file (theirs), already validated
 */
export function planMerge(base: ProjectFile, incoming: ProjectFile): MergePlan {
  const mine = new Map(base.assets.map((a) => [a.id, a]));
  const added: Asset[] = [];
  const identical: string[] = [];
  const conflicts: AssetConflict[] = [];
  for (const theirs of incoming.assets) {
    const own = mine.get(theirs.id);
    if (!own) added.push(theirs);
    else if (deepEqual(own, theirs)) identical.push(theirs.id);
    else conflicts.push({ id: theirs.id, mine: own, theirs, fields: diffRecords(own, theirs, ASSET_FIELD_ORDER) });
  }

  const ids = new Set([...mine.keys(), ...added.map((a) => a.id)]);
  const known = new Set(base.dependencies.map(depKey));
  const depAdded: Dependency[] = [];
  const dangling: Dependency[] = [];
  let depIdentical = 0;
  for (const dep of incoming.dependencies) {
    const key = depKey(dep);
    if (known.has(key)) {
      depIdentical += 1;
      continue;
    }
    known.add(key);
    if (ids.has(dep.from) && ids.has(dep.to)) depAdded.push(dep);
    else dangling.push(dep);
  }

  const ownScenarios = new Map(scenariosOf(base).map((s) => [s.name, s]));
  const scenarios: MergePlan['scenarios'] = { added: [], identical: [], conflicts: [] };
  for (const theirs of scenariosOf(incoming)) {
    const own = ownScenarios.get(theirs.name);
    if (!own) scenarios.added.push(theirs);
    else {
      const fields = diffRecords(own, theirs, SCENARIO_FIELD_ORDER, ['name']);
      if (fields.length === 0) scenarios.identical.push(theirs.name);
      else scenarios.conflicts.push({ name: theirs.name, mine: own, theirs, fields });
    }
  }

  const metaDiffers = diffRecords(base.project, incoming.project, ['name', 'province', 'startDate', 'horizonYears', 'waveMonths']);
  const ownExt = base.extensions ?? {};
  const theirExt = incoming.extensions ?? {};
  const extensionsDiffer = Object.keys(theirExt).filter((key) => !deepEqual(ownExt[key], theirExt[key]));

  return {
    assets: { added, identical, conflicts },
    dependencies: { added: depAdded, identical: depIdentical, dangling },
    scenarios,
    metaDiffers,
    extensionsDiffer,
  };
}

/**
 * Builds the merged project. Base assets keep their order (with theirs substituted where chosen),
 * new assets follow in the file's order; dependencies are the union without dangling ones; new
 * scenarios join the project's (the active one stays active). Project settings and extensions stay
 * the base's.
 * @param base the project as it is
 * @param incoming the colleague's file
 * @param choices the user's choice per conflict and/or a bulk choice
 * @returns the merged project, or the conflicts still without a choice (then nothing is built)
 */
export function applyMerge(base: ProjectFile, incoming: ProjectFile, choices: MergeChoices): MergeResult {
  const plan = planMerge(base, incoming);
  const pick = (own: Choice | undefined): Choice | undefined => own ?? choices.all;
  const unresolved = {
    assets: plan.assets.conflicts.filter((c) => !pick(choices.assets?.[c.id])).map((c) => c.id),
    scenarios: plan.scenarios.conflicts.filter((c) => !pick(choices.scenarios?.[c.name])).map((c) => c.name),
  };
  if (unresolved.assets.length > 0 || unresolved.scenarios.length > 0) return { ok: false, unresolved };

  const takeAsset = new Map(plan.assets.conflicts.filter((c) => pick(choices.assets?.[c.id]) === 'theirs').map((c) => [c.id, c.theirs]));
  const takeScenario = new Map(plan.scenarios.conflicts.filter((c) => pick(choices.scenarios?.[c.name]) === 'theirs').map((c) => [c.name, c.theirs]));

  const assets = [...base.assets.map((a) => takeAsset.get(a.id) ?? a), ...plan.assets.added];
  const dependencies = [...base.dependencies, ...plan.dependencies.added];
  const project: ProjectFile = { format: 'xcplan', version: 2, project: base.project, assets, dependencies };
  if (base.scenario) project.scenario = takeScenario.get(base.scenario.name) ?? base.scenario;
  const others = [...(base.scenarios ?? []).map((s) => takeScenario.get(s.name) ?? s), ...plan.scenarios.added];
  if (!project.scenario && others.length > 0) project.scenario = others.shift();
  if (others.length > 0) project.scenarios = others;
  if (base.extensions) project.extensions = base.extensions;

  return {
    ok: true,
    project,
    counts: {
      added: plan.assets.added.length,
      identical: plan.assets.identical.length,
      conflicts: plan.assets.conflicts.length + plan.scenarios.conflicts.length,
      takenTheirs: takeAsset.size + takeScenario.size,
      dependenciesAdded: plan.dependencies.added.length,
      dangling: plan.dependencies.dangling.length,
      scenariosAdded: plan.scenarios.added.length,
    },
  };
}

/** True when the plan changes nothing (a file identical to, or contained in, the project). */
export function isNoOp(plan: MergePlan): boolean {
  return plan.assets.added.length === 0 && plan.assets.conflicts.length === 0 && plan.dependencies.added.length === 0 && plan.scenarios.added.length === 0 && plan.scenarios.conflicts.length === 0;
}

function scenariosOf(project: ProjectFile): Scenario[] {
  const all = [project.scenario, ...(project.scenarios ?? [])].filter((s): s is Scenario => s !== undefined);
  const seen = new Set<string>();
  return all.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}

const depKey = (dep: Dependency): string => `${dep.from}\u0000${dep.to}\u0000${dep.kind}`;

/** Fields that differ, in `order` first and then any other key, skipping `ignore`. */
function diffRecords<T extends object>(mine: T, theirs: T, order: readonly string[], ignore: readonly string[] = []): FieldDiff[] {
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const keys = [...order, ...[...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !order.includes(k)).sort()];
  const out: FieldDiff[] = [];
  for (const field of keys) {
    if (ignore.includes(field)) continue;
    if (!deepEqual(a[field], b[field])) out.push({ field, mine: a[field], theirs: b[field] });
  }
  return out;
}

/** Structural equality of JSON-like values; a missing key equals `undefined`. */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === 'number' && typeof y === 'number') return Number.isNaN(x) && Number.isNaN(y);
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => deepEqual(v, y[i]));
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  for (const key of Object.keys(a)) if (!deepEqual(a[key], b[key])) return false;
  for (const key of Object.keys(b)) if (!(key in a) && b[key] !== undefined) return false;
  return true;
}
