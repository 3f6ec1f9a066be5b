/**
 * Training and change management as effort and cost (issue 16, part 5): clinician training per
 * terminal moved to the domestic OS (Kylin/UOS, WPS), staff retraining per platform introduced
 * (domestic database, virtualization, server OS, middleware), on-site vendor support around each
 * core cut-over. Pure: per-wave effort (person-days, for capacity) and per-year cost items (yuan,
 * for the forecast's own line). The parameters are planning estimates (README.md "Training and
 * change management"), editable per project.
 */
import type { Category, ProjectFile } from '../model';
import type { PlanResult } from '../planner';
import { cutoverUnits } from '../runbook/units';
import { rowPlacements } from '../planner/placements';

export type ChangeParams = {
  /** Staff using each terminal (shifts): who must be trained per terminal moved. */
  usersPerTerminal: number;
  traineesPerSession: number;
  /** Trainer person-days per session (half a day, with preparation). */
  trainerDaysPerSession: number;
  /** Yuan per terminal moved: courseware, vendor trainer, floor-walkers in the first week. */
  costPerTerminal: number;
  /** IT staff person-days to learn each new platform. */
  platformRetrainDays: number;
  /** Yuan per platform: vendor course and certification for the team. */
  platformCourseCost: number;
  /** Vendor engineers on site around a core cut-over, and for how many days. */
  onsiteEngineers: number;
  onsiteDays: number;
  /** Yuan per engineer-day. */
  onsiteDayRate: number;
};

export const DEFAULT_CHANGE_PARAMS: ChangeParams = {
  usersPerTerminal: 1.5,
  traineesPerSession: 20,
  trainerDaysPerSession: 0.5,
  costPerTerminal: 150,
  platformRetrainDays: 10,
  platformCourseCost: 40_000,
  onsiteEngineers: 2,
  onsiteDays: 20,
  onsiteDayRate: 2_500,
};

export type ChangeKind = 'clinician-training' | 'platform-retraining' | 'onsite-support';
export type ChangeItem = { kind: ChangeKind; wave: number; year: number; effort: number; cost: number; detail: string };
export type ChangeInput = {
  waves: { index: number; start: string }[];
  terminalsMoved: { wave: number; quantity: number }[];
  platformsIntroduced: { wave: number; platform: string }[];
  coreCutovers: { wave: number; unitId: string }[];
};
export type ChangeResult = {
  items: ChangeItem[];
  perWave: { wave: number; effort: number; cost: number }[];
  perYear: { year: number; cost: number; byKind: Record<ChangeKind, number> }[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Effort and cost of training and change management from the plan's moves. */
export function changeCosts(input: ChangeInput, params: ChangeParams = DEFAULT_CHANGE_PARAMS): ChangeResult {
  const yearOf = new Map(input.waves.map((w) => [w.index, Number(w.start.slice(0, 4))]));
  const items: ChangeItem[] = [];
  const terminalsPerWave = new Map<number, number>();
  for (const t of input.terminalsMoved) terminalsPerWave.set(t.wave, (terminalsPerWave.get(t.wave) ?? 0) + t.quantity);
  for (const [wave, terminals] of terminalsPerWave) {
    const sessions = Math.ceil((terminals * params.usersPerTerminal) / params.traineesPerSession);
    items.push({ kind: 'clinician-training', wave, year: yearOf.get(wave) ?? 0, effort: round1(sessions * params.trainerDaysPerSession), cost: terminals * params.costPerTerminal, detail: `${terminals} × ${params.usersPerTerminal} / ${params.traineesPerSession} → ${sessions}` });
  }
  const seen = new Set<string>();
  for (const p of [...input.platformsIntroduced].sort((a, b) => a.wave - b.wave)) {
    if (seen.has(p.platform)) continue;
    seen.add(p.platform);
    items.push({ kind: 'platform-retraining', wave: p.wave, year: yearOf.get(p.wave) ?? 0, effort: params.platformRetrainDays, cost: params.platformCourseCost, detail: p.platform });
  }
  for (const c of input.coreCutovers) {
    const days = params.onsiteEngineers * params.onsiteDays;
    items.push({ kind: 'onsite-support', wave: c.wave, year: yearOf.get(c.wave) ?? 0, effort: days, cost: days * params.onsiteDayRate, detail: c.unitId });
  }
  items.sort((a, b) => a.wave - b.wave || a.kind.localeCompare(b.kind) || a.detail.localeCompare(b.detail));
  const perWave = new Map<number, { wave: number; effort: number; cost: number }>();
  const perYear = new Map<number, ChangeResult['perYear'][number]>();
  for (const item of items) {
    const w = perWave.get(item.wave) ?? { wave: item.wave, effort: 0, cost: 0 };
    w.effort = round1(w.effort + item.effort);
    w.cost += item.cost;
    perWave.set(item.wave, w);
    const y = perYear.get(item.year) ?? { year: item.year, cost: 0, byKind: { 'clinician-training': 0, 'platform-retraining': 0, 'onsite-support': 0 } };
    y.cost += item.cost;
    y.byKind[item.kind] += item.cost;
    perYear.set(item.year, y);
  }
  return { items, perWave: [...perWave.values()].sort((a, b) => a.wave - b.wave), perYear: [...perYear.values()].sort((a, b) => a.year - b.year) };
}

const PLATFORM_OF: Partial<Record<Category, string>> = { database: '国产数据库', virtualization: '国产虚拟化', os: '国产服务器操作系统', middleware: '国产中间件' };

/**
 * The moves of a plan: terminals placed in each wave, the first wave each kind of platform moves
 * (server OS, database, virtualization, middleware), and the core cut-overs.
 */
export function changeInputFromPlan(project: Pick<ProjectFile, 'assets' | 'dependencies'>, plan: PlanResult): ChangeInput {
  const terminalsMoved: ChangeInput['terminalsMoved'] = [];
  const platformsIntroduced: ChangeInput['platformsIntroduced'] = [];
  const placed = rowPlacements(plan, project.assets).placements;
  for (let row = 0; row < project.assets.length; row++) {
    const asset = project.assets[row]!;
    const wave = placed[row]?.wave ?? -1;
    if (wave < 1) continue;
    if (asset.category === 'terminal') terminalsMoved.push({ wave, quantity: asset.quantity });
    const platform = PLATFORM_OF[asset.category];
    if (platform) platformsIntroduced.push({ wave, platform });
  }
  return {
    waves: plan.waves.map((w) => ({ index: w.index, start: w.start })),
    terminalsMoved,
    platformsIntroduced,
    // On-site vendor support is priced for business systems; a core switch or router's cut-over is the
    // network supplier's installation work, in its product price.
    coreCutovers: cutoverUnits(plan, (u) => u.core).filter((u) => u.kind === 'system').map((u) => ({ wave: u.wave, unitId: u.id })),
  };
}
