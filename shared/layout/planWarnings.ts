/**
 * Warnings the planning and graph views put where the planner will see them: dependency cycles
 * (migrated as bundles), pins that could not be honoured, unscheduled assets, assets whose support
 * ends before their wave, and dependencies naming assets that do not exist. Derived from the
 * project and its plan only, so every view shows the same list. Cycles come first, then pins and
 * end of support, unscheduled assets, and broken references.
 */
import type { ProjectFile, Scenario } from '../model';
import type { PlanResult } from '../planner/types';

export const PLAN_WARNING_KINDS = ['cycle', 'broken-pin', 'unscheduled', 'past-end-of-support', 'broken-reference'] as const;
export type PlanWarningKind = (typeof PLAN_WARNING_KINDS)[number];

export type PlanWarning = {
  kind: PlanWarningKind;
  /** Assets the warning is about (the graph marks them, the plan view links them). */
  assetIds: string[];
  message: { zh: string; en: string };
};

/**
 * Lists the plan's warnings, most serious kind first, then by asset id.
 * @param project the planned project
 * @param plan its plan
 * @param scenario the scenario (for pins)
 * @returns the warnings; empty when the plan is clean
 */
export function collectPlanWarnings(project: ProjectFile, plan: PlanResult, scenario: Scenario): PlanWarning[] {
  const out: PlanWarning[] = [];
  const ids = new Set(project.assets.map((a) => a.id));
  const waveStart = new Map(plan.waves.map((w) => [w.index, w.start]));

  for (const bundle of plan.bundles) {
    const cycle = bundle.cycle.length > 0 ? bundle.cycle : bundle.assets;
    const path = [...cycle, cycle[0]].join(' → ');
    out.push({
      kind: 'cycle',
      assetIds: [...bundle.assets],
      message: { zh: `依赖成环，${bundle.assets.length} 项同批迁移：${path}`, en: `Dependency cycle, ${bundle.assets.length} assets migrate together: ${path}` },
    });
  }

  // The planner reports pins and end of support itself (in the plan's language); use its words
  // when present and derive them here only for plans without that extra field.
  const fromPlanner = plan.warnings;
  if (fromPlanner) {
    for (const w of fromPlanner) {
      out.push({ kind: w.code === 'past-end-of-support' ? 'past-end-of-support' : 'broken-pin', assetIds: w.assetId ? [w.assetId] : [], message: { zh: w.message, en: w.message } });
    }
  }
  for (const [id, wave] of fromPlanner ? [] : Object.entries(scenario.pins).sort(([a], [b]) => cmp(a, b))) {
    if (!ids.has(id)) {
      out.push({ kind: 'broken-pin', assetIds: [id], message: { zh: `固定批次的资产 ${id} 不存在`, en: `Pinned asset ${id} does not exist` } });
      continue;
    }
    const placed = plan.placements[id];
    if (!placed || placed.wave !== wave) {
      const where = !placed || placed.wave < 0 ? { zh: '未排入计划', en: 'is not scheduled' } : { zh: `排在第 ${placed.wave} 批`, en: `is in wave ${placed.wave}` };
      const why = placed?.reason.detail ? `（${placed.reason.detail}）` : '';
      out.push({
        kind: 'broken-pin',
        assetIds: [id],
        message: { zh: `${id} 固定在第 ${wave} 批，但${where.zh}${why}`, en: `${id} is pinned to wave ${wave} but ${where.en}${placed?.reason.detail ? ` (${placed.reason.detail})` : ''}` },
      });
    }
  }

  for (const item of [...plan.unscheduled].sort((a, b) => cmp(a.id, b.id))) {
    out.push({ kind: 'unscheduled', assetIds: [item.id], message: { zh: `${item.id} 未排入计划：${item.reason}`, en: `${item.id} is not scheduled: ${item.reason}` } });
  }

  for (const asset of fromPlanner ? [] : [...project.assets].sort((a, b) => cmp(a.id, b.id))) {
    const placed = plan.placements[asset.id];
    if (!asset.endOfSupport || !placed || placed.wave < 1) continue;
    const start = waveStart.get(placed.wave);
    if (start && asset.endOfSupport < start) {
      out.push({
        kind: 'past-end-of-support',
        assetIds: [asset.id],
        message: {
          zh: `${asset.id}（${asset.name}）支持于 ${asset.endOfSupport} 结束，早于第 ${placed.wave} 批开始（${start}）`,
          en: `${asset.id} (${asset.name}) leaves support on ${asset.endOfSupport}, before wave ${placed.wave} starts (${start})`,
        },
      });
    }
  }

  project.dependencies.forEach((dep, i) => {
    const missing = [dep.from, dep.to].filter((id) => !ids.has(id));
    if (missing.length === 0) return;
    out.push({
      kind: 'broken-reference',
      assetIds: [dep.from, dep.to].filter((id) => ids.has(id)),
      message: {
        zh: `依赖第 ${i + 1} 行（${dep.from} → ${dep.to}）引用了不存在的资产 ${missing.join('、')}`,
        en: `Dependency row ${i + 1} (${dep.from} → ${dep.to}) names missing asset ${missing.join(', ')}`,
      },
    });
  });
  return out;
}

/** Counts warnings per kind (for the badges above the timeline). */
export function countWarnings(warnings: readonly PlanWarning[]): Record<PlanWarningKind, number> {
  const counts: Record<PlanWarningKind, number> = { cycle: 0, 'broken-pin': 0, unscheduled: 0, 'past-end-of-support': 0, 'broken-reference': 0 };
  for (const w of warnings) counts[w.kind] += 1;
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
