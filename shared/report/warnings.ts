/**
 * The plan's warnings as display rows, one projection for the plan view's warnings panel and the
 * report: the planner's own warnings (`PlanResult.warnings`), then the plan's cycles (bundles),
 * its unscheduled assets and the dependencies naming missing assets; the report adds the years
 * whose security spend is below the reserve.
 */
import type { BrokenDependency } from '../graph';
import type { ForecastResult } from '../forecast';
import { formatMoney, formatShare } from '../format';
import type { Lang } from '../model';
import type { PlanResult } from '../planner';
import type { OverdueWave } from '../procurement/table';
import type { ReportWarning } from './types';

/**
 * @param plan the plan
 * @param broken the dependencies that name a missing asset (`buildAssetGraph(...).broken`)
 * @param lang language of the texts
 * @returns one row per warning, cycle, unscheduled asset and broken dependency, in that order
 */
export function planWarningRows(plan: PlanResult, broken: readonly BrokenDependency[], lang: Lang): ReportWarning[] {
  const zh = lang === 'zh';
  return [
    ...plan.warnings.map((w): ReportWarning => ({ kind: w.code, assetIds: w.assets, text: w.detail })),
    ...plan.bundles.map((b): ReportWarning => {
      const path = [...b.cycle, b.cycle[0] ?? ''].join(' → ');
      return { kind: 'cycle', assetIds: b.assets, text: zh ? `依赖成环，${b.assets.length} 项同批迁移：${path}` : `Dependency cycle, ${b.assets.length} assets migrate together: ${path}` };
    }),
    ...plan.unscheduled.map((u): ReportWarning => ({ kind: 'unscheduled', assetIds: [u.id], text: zh ? `${u.id} 未排入计划：${u.reason}` : `${u.id} is not scheduled: ${u.reason}` })),
    ...broken.map(({ index, dependency: d, missing }): ReportWarning => ({
      kind: 'broken-reference',
      assetIds: missing === 'both' ? [] : [missing === 'from' ? d.to : d.from],
      text: zh ? `依赖第 ${index + 1} 行（${d.from} → ${d.to}）引用了不存在的资产` : `Dependency row ${index + 1} (${d.from} → ${d.to}) names a missing asset`,
    })),
  ];
}

/** The years whose security spend is below the reserve share, as warning rows of the report. */
export function securityShareRows(forecast: ForecastResult, lang: Lang): ReportWarning[] {
  const minimum = formatShare(forecast.securityMinimum, 0);
  return forecast.years
    .filter((year) => year.securityBelowMinimum)
    .map((year) => {
      const share = formatShare(year.securityShare);
      const [security, total, shortfall] = [formatMoney(year.security, 'wan', lang), formatMoney(year.total, 'wan', lang), formatMoney(year.securityShortfall, 'yuan', lang)];
      return {
        kind: 'security-share',
        assetIds: [],
        text: lang === 'zh' ? `${year.year} 年网络安全投入占比 ${share}，低于 ${minimum} 下限（安全 ${security} / 合计 ${total}），缺口 ${shortfall}` : `${year.year}: security is ${share} of spend, below the ${minimum} minimum (security ${security} of ${total}); shortfall ${shortfall}`,
      };
    });
}

/** `overduePurchases` as warning rows of the report, one per wave. */
export function overduePurchaseRows(overdue: readonly OverdueWave[], date: string, lang: Lang): ReportWarning[] {
  return overdue.map(({ wave, by, ids, cost }): ReportWarning => ({
    kind: 'purchase-overdue',
    assetIds: ids.slice(0, 50),
    text:
      lang === 'zh'
        ? `第 ${wave} 批的 ${ids.length} 项采购（${formatMoney(cost, 'wan', lang)}）应于 ${by} 前完成招标，早于编制日期 ${date}：须加急采购，或推迟规划开始日期`
        : `Wave ${wave}: ${ids.length} purchases (${formatMoney(cost, 'wan', lang)}) should have been tendered by ${by}, before this report's date ${date}: hurry them or move the plan's start`,
  }));
}
