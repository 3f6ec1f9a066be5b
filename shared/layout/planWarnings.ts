/**
 * Warnings the planning and graph views put where the planner will see them: dependency cycles
 * (migrated as bundles), the planner's own warnings (pins, end of support, phase order, core gate,
 * clients, security), unscheduled assets and dependencies naming assets that do not exist.
 * Derived from the project and its plan only, so every view shows the same list.
 */
import type { ProjectFile } from '../model';
import type { PlanResult, PlanWarningCode } from '../planner/types';

const KIND_OF_CODE: Record<PlanWarningCode, PlanWarningKind> = {
  'core-gate': 'core-gate',
  'retained-on-core-path': 'core-gate',
  'phase-order': 'phase-order',
  'client-not-ready': 'client-not-ready',
  'security-late': 'security-late',
  'over-capacity': 'over-capacity',
  'pin-ignored': 'broken-pin',
  'pin-broken': 'broken-pin',
  'pin-over-limit': 'broken-pin',
  'past-end-of-support': 'past-end-of-support',
  truncated: 'unscheduled',
};

export const PLAN_WARNING_KINDS = ['core-gate', 'phase-order', 'client-not-ready', 'security-late', 'over-capacity', 'cycle', 'broken-pin', 'unscheduled', 'past-end-of-support', 'broken-reference'] as const;
export type PlanWarningKind = (typeof PLAN_WARNING_KINDS)[number];

/** Names of the warning kinds, for the plan view, the report and the workbook. */
export const PLAN_WARNING_KIND_NAMES: Record<PlanWarningKind | 'security-share', { zh: string; en: string }> = {
  'core-gate': { zh: '核心准入', en: 'Core gate' },
  'phase-order': { zh: '阶段顺序', en: 'Phase order' },
  'client-not-ready': { zh: '客户端未就绪', en: 'Client not ready' },
  'security-late': { zh: '安全未同步', en: 'Security late' },
  'over-capacity': { zh: '超出单波容量', en: 'Over a wave' },
  cycle: { zh: '依赖成环', en: 'Dependency cycle' },
  'broken-pin': { zh: '固定批次冲突', en: 'Pin conflict' },
  unscheduled: { zh: '未排入', en: 'Unscheduled' },
  'past-end-of-support': { zh: '支持到期', en: 'End of support' },
  'broken-reference': { zh: '依赖引用缺失', en: 'Broken reference' },
  'security-share': { zh: '安全投入不足', en: 'Security share' },
};

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
 * @returns the warnings; empty when the plan is clean
 */
export function collectPlanWarnings(project: ProjectFile, plan: PlanResult): PlanWarning[] {
  const out: PlanWarning[] = [];
  const ids = new Set(project.assets.map((a) => a.id));

  for (const bundle of plan.bundles) {
    const cycle = bundle.cycle.length > 0 ? bundle.cycle : bundle.assets;
    const path = [...cycle, cycle[0]].join(' → ');
    out.push({
      kind: 'cycle',
      assetIds: [...bundle.assets],
      message: { zh: `依赖成环，${bundle.assets.length} 项同批迁移：${path}`, en: `Dependency cycle, ${bundle.assets.length} assets migrate together: ${path}` },
    });
  }

  // Pins, end of support, the phase order, the core gate, clients and security come from the
  // planner (one producer of plan warnings); cycles, unscheduled assets and broken references
  // are listed here from the plan and the project.
  for (const w of plan.warnings) out.push({ kind: KIND_OF_CODE[w.code], assetIds: [...w.assets], message: { zh: w.detail, en: w.detail } });

  for (const item of [...plan.unscheduled].sort((a, b) => cmp(a.id, b.id))) {
    out.push({ kind: 'unscheduled', assetIds: [item.id], message: { zh: `${item.id} 未排入计划：${item.reason}`, en: `${item.id} is not scheduled: ${item.reason}` } });
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
  const counts = Object.fromEntries(PLAN_WARNING_KINDS.map((k) => [k, 0])) as Record<PlanWarningKind, number>;
  for (const w of warnings) counts[w.kind] += 1;
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
