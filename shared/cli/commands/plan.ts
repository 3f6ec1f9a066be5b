/**
 * `xcplan plan <project file> [--scenario <file or name>] [--json | --csv]`: the edge-to-core plan.
 * Default output is a table for a planner at a terminal (one section per wave, then unscheduled
 * assets, warnings and a summary against the lower bound); `--json` prints the PlanResult contract;
 * `--csv` one row per asset (formula-safe). A file with errors prints them and exits 1, never a
 * partial plan.
 */

import { toCsv } from '../../io/export';
import type { Asset, ProjectFile } from '../../model';
import { DEFAULT_SCENARIO, TIER_NAMES } from '../../model';
import { cutoverNight, idleWaves, idleWaveText, retirementsAfterPlan } from '../../planner';
import type { PlanResult } from '../../planner';
import { analyseForCommand } from '../analysis';
import { parseArgs } from '../args';
import { loadProjectForCommand } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import { columnWidth, padEnd } from '../text';
import { placementEntries, placementOf, planJson } from '../../planner/placements';


const wan = (yuan: number): string => (yuan / 10_000).toFixed(2);
const num = (value: number): string => String(Math.round(value * 10) / 10);


function printTable(project: ProjectFile, plan: PlanResult, io: CliIo): void {
  const zh = io.lang === 'zh';
  const lang = io.lang;
  const scenario = project.scenario ?? DEFAULT_SCENARIO;
  const byId = new Map<string, Asset>(project.assets.map((a) => [a.id, a]));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const spent = new Map<number, number>();
  for (const w of plan.waves) spent.set(w.budgetYear ?? 0, (spent.get(w.budgetYear ?? 0) ?? 0) + w.cost);
  io.stdout(zh ? `项目：${project.project.name}    情景：${scenario.name}` : `Project: ${project.project.name}    Scenario: ${scenario.name}`);
  io.stdout('');
  io.stdout(zh ? '阶段（由边缘到核心）' : 'Phases (edge to core)');
  for (const phase of plan.metrics.phases) {
    io.stdout(`  ${padEnd(TIER_NAMES[phase.tier][lang], 14)}${zh ? `第 ${phase.firstWave}–${phase.lastWave} 批` : `waves ${phase.firstWave}–${phase.lastWave}`}`);
  }
  const cov = plan.metrics.coverage;
  const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
  io.stdout(
    zh
      ? `  规划期末覆盖：业务系统 ${pct(cov.systems)}，终端 ${pct(cov.terminals)}，服务器 ${pct(cov.servers)}，操作系统 ${pct(cov.os)}，数据库 ${pct(cov.database)}`
      : `  Coverage at the end: systems ${pct(cov.systems)}, terminals ${pct(cov.terminals)}, servers ${pct(cov.servers)}, OS ${pct(cov.os)}, databases ${pct(cov.database)}`,
  );
  const idleByWave = new Map(idleWaves(plan).map((w) => [w.wave, w]));
  // A shared platform's old platform goes after its last tenant; a system's old version when its
  // own dual track ends (said so in the wave, where `systemPrefix` is given).
  const retired = (id: string, systemPrefix: string): string => {
    const platform = units.get(id)?.kind === 'shared-platform';
    const name = byId.get(id)?.name ?? '';
    if (zh) return `${platform ? '下线原平台' : `${systemPrefix}下线原系统`} ${id} ${name}`;
    return `${platform ? 'old platform retired' : `${systemPrefix}old system retired`}${systemPrefix ? ':' : ''} ${id} ${name}`;
  };
  const eventsByWave = new Map<number, PlanResult['events']>();
  for (const e of plan.events) if (e.kind !== 'cutover') eventsByWave.set(e.wave, [...(eventsByWave.get(e.wave) ?? []), e]);
  const cutovers = new Map(plan.events.filter((e) => e.kind === 'cutover').map((e) => [e.unit, e]));
  const kindOf = (unit: PlanResult['units'][number]): string => {
    const kind = unit.kind === 'shared-platform' ? (zh ? '共享平台建设' : 'shared platform built') : unit.kind === 'system' ? (zh ? '系统切换' : 'system cut-over') : zh ? '切换' : 'cut-over';
    const more = unit.assets.length > 1 ? (zh ? `（含 ${unit.assets.length - 1} 项专用环境）` : ` (+${unit.assets.length - 1} in its stack)`) : '';
    return kind + more;
  };
  // Columns as wide as what they hold (ids, names, kinds of the units listed), within limits.
  const listed = plan.waves.flatMap((w) => w.units ?? []).filter((id) => units.has(id));
  const idWidth = columnWidth([...listed, ...plan.unscheduled.map((u) => u.id)], 24);
  const nameWidth = columnWidth([...listed, ...plan.unscheduled.map((u) => u.id)].map((id) => byId.get(id)?.name ?? ''), 36);
  const kindWidth = columnWidth(listed.map((id) => kindOf(units.get(id)!)), 30);
  for (const wave of plan.waves) {
    const year = wave.budgetYear ?? Number(wave.start.slice(0, 4));
    const budget = scenario.budgetPerYear === undefined ? (zh ? '不限' : 'no cap') : wan(scenario.budgetPerYear);
    io.stdout('');
    io.stdout(
      zh
        ? `第 ${wave.index} 批  ${wave.start} 至 ${wave.end}  工作量 ${num(wave.effort)}/${num(scenario.capacityPerWave)} 人天  费用 ${wan(wave.cost)} 万元（${year} 年累计 ${wan(spent.get(year) ?? 0)}/${budget} 万元）  核心切换 ${wave.coreCutovers ?? 0}/${scenario.maxCoreCutoversPerWave}`
        : `Wave ${wave.index}  ${wave.start} to ${wave.end}  effort ${num(wave.effort)}/${num(scenario.capacityPerWave)} person-days  cost ${wan(wave.cost)} (10k yuan; ${year} total ${wan(spent.get(year) ?? 0)}/${budget})  core cut-overs ${wave.coreCutovers ?? 0}/${scenario.maxCoreCutoversPerWave}`,
    );
    const idle = idleByWave.get(wave.index);
    if (idle) io.stdout(`    ${idleWaveText(idle, io.lang)}`);
    for (const id of wave.units ?? []) {
      const unit = units.get(id);
      const head = byId.get(id);
      const p = placementOf(plan, id);
      if (!unit) continue;
      const cut = cutovers.get(id);
      const track = cut?.dualTrackUntil ? (zh ? `  切换 ${cutoverNight(cut.date, 'zh')}，双轨至 ${cut.dualTrackUntil}` : `  cut-over ${cutoverNight(cut.date, 'en')}, dual track until ${cut.dualTrackUntil}`) : '';
      io.stdout(`  ${unit.core ? '★' : ' '} ${padEnd(id, idWidth)}${padEnd(head?.name ?? '', nameWidth)}${padEnd(kindOf(unit), kindWidth)}${p?.reason.detail ?? ''}${track}`);
    }
    for (const e of eventsByWave.get(wave.index) ?? []) {
      if (e.kind !== 'retire') continue;
      if (zh) io.stdout(`    ${retired(e.unit, '双轨结束，')}（${e.date}）`);
      else io.stdout(`    ${retired(e.unit, 'dual track over, ')} (${e.date})`);
    }
  }
  const late = retirementsAfterPlan(plan);
  if (late.length > 0) {
    io.stdout('');
    io.stdout(zh ? `规划期后（最后的双轨运行结束）` : `After the plan (the last dual tracks end)`);
    for (const e of late) io.stdout(`    ${e.date}  ${retired(e.unit, '')}`);
  }
  const domestic = plan.placements.filter((p) => p.wave === 0).length;
  const retained = placementEntries(plan).filter(([, p]) => p.reason.code === 'retained');
  if (retained.length > 0) {
    io.stdout('');
    io.stdout(zh ? `保留（${retained.length}）` : `Retained (${retained.length})`);
    const retainedId = columnWidth(retained.map(([id]) => id), 24);
    const retainedName = columnWidth(retained.map(([id]) => byId.get(id)?.name ?? ''), 36);
    for (const [id, p] of retained) io.stdout(`  ${padEnd(id, retainedId)}${padEnd(byId.get(id)?.name ?? '', retainedName)}${p.reason.detail}`);
  }
  if (plan.unscheduled.length > 0) {
    io.stdout('');
    io.stdout(zh ? `未排入（${plan.unscheduled.length}）` : `Unscheduled (${plan.unscheduled.length})`);
    for (const u of plan.unscheduled) io.stdout(`  ${padEnd(u.id, idWidth)}${padEnd(byId.get(u.id)?.name ?? '', nameWidth)}${u.reason}`);
  }
  if (plan.bundles.length > 0) {
    io.stdout('');
    io.stdout(zh ? `循环依赖组（${plan.bundles.length}，同批迁移）` : `Cycle bundles (${plan.bundles.length}, migrated together)`);
    for (const b of plan.bundles) io.stdout(`  ${b.cycle.join(' → ')} → ${b.cycle[0] ?? ''}${b.assets.length > b.cycle.length ? ` (+${b.assets.length - b.cycle.length})` : ''}`);
  }
  const warnings = plan.warnings;
  if (warnings.length > 0) {
    io.stdout('');
    io.stdout(zh ? `警告（${warnings.length}）` : `Warnings (${warnings.length})`);
    for (const w of warnings) io.stdout(`  ! ${w.detail}`);
  }
  const m = plan.metrics;
  const ratio = m.lowerBound > 0 ? (m.waves / m.lowerBound).toFixed(2) : '-';
  const b = m.bounds;
  io.stdout('');
  io.stdout(
    zh
      ? `汇总：${m.waves} 个批次，下界 ${m.lowerBound}（比值 ${ratio}${b ? `；依赖链 ${b.chain}、阶段 ${b.phase}、工作量 ${b.effort}、预算 ${b.cost}、核心切换 ${b.core}` : ''}）；已排 ${m.assetsPlanned} 项，已信创 ${domestic} 项，未排入 ${plan.unscheduled.length} 项；工作量 ${num(m.effortTotal)} 人天，费用 ${wan(m.costTotal)} 万元`
      : `Summary: ${m.waves} waves, lower bound ${m.lowerBound} (ratio ${ratio}${b ? `; chain ${b.chain}, phases ${b.phase}, effort ${b.effort}, budget ${b.cost}, core ${b.core}` : ''}); ${m.assetsPlanned} planned, ${domestic} already compliant, ${plan.unscheduled.length} unscheduled; effort ${num(m.effortTotal)} person-days, cost ${wan(m.costTotal)} (10k yuan)`,
  );
}

function printCsv(project: ProjectFile, plan: PlanResult, io: CliIo): void {
  const zh = io.lang === 'zh';
  const headers = zh
    ? ['资产编号', '名称', '类别', '数量', '有效层级', '批次', '开始', '结束', '原因代码', '原因', '受制于', '切换月份']
    : ['id', 'name', 'category', 'quantity', 'tier', 'wave', 'start', 'end', 'reason_code', 'reason', 'blocked_by', 'cutover_month'];
  const rows = project.assets.map((asset) => {
    const p = placementOf(plan, asset.id);
    const wave = p && p.wave > 0 ? plan.waves[p.wave - 1] : undefined;
    return [asset.id, asset.name, asset.category, asset.quantity, p?.tier ?? '', p?.wave ?? -1, wave?.start ?? '', wave?.end ?? '', p?.reason.code ?? '', p?.reason.detail ?? '', p?.reason.blockedBy ?? '', p?.cutoverMonth ?? ''];
  });
  io.stdout(toCsv(headers, rows).replace(/\r\n$/, ''));
}

export const command: CliCommand = {
  name: 'plan',
  usage: 'plan <项目文件.xcplan.json> [--scenario <情景文件或名称>] [--json | --csv]',
  summary: { zh: '由边缘到核心分批次编排迁移计划，逐项说明原因', en: 'plan migration waves from the edge to the core, with the reason for each asset' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json', 'csv'], options: ['scenario'], positionals: 1 });
    if (flags.has('json') && flags.has('csv')) throw new UsageError(io.lang === 'zh' ? '--json 与 --csv 只能选一个' : 'choose one of --json and --csv');
    const project = await loadProjectForCommand(positionals[0], options.get('scenario'), io);
    if (!project) return 1;
    // The one analysis: budgets bind on the price book at each year's prices, exactly as in the app.
    const analysis = analyseForCommand(project, positionals[0]!, io);
    if (!analysis) return 1;
    const { plan } = analysis;
    if (flags.has('json')) io.stdout(JSON.stringify(planJson(plan), null, 2));
    else if (flags.has('csv')) printCsv(project, plan, io);
    else printTable(project, plan, io);
    return 0;
  },
};
