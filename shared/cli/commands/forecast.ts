/**
 * `xcplan forecast <project file> [--scenario <file>] [--plan <plan.json>] [--json]`: spend per
 * calendar year and line (yuan), low/high band, Xinchuang coverage and the security share.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { costOf, forecastSpend, forecastYearRecord, PRICE_LINES, readPriceBook } from '../../forecast';
import type { ForecastResult } from '../../forecast';
import { GLOSSARY } from '../../model';
import type { ProjectFile } from '../../model';
import { planProject } from '../../planner';
import type { PlanResult } from '../../planner/types';
import { parseArgs } from '../args';
import { loadProjectForCommand, printIssues } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import { formatMoney, formatShare } from '../../format';

export const command: CliCommand = {
  name: 'forecast',
  usage: 'forecast <项目文件> [--scenario <文件>] [--plan <plan.json>] [--json]',
  summary: { zh: '按年、按费用线预测信创替换支出、覆盖率与安全占比', en: 'spend per year and line, coverage and security share' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json'], options: ['scenario', 'plan'] });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少项目文件参数' : 'missing the project file argument');
    const project = await loadProjectForCommand(path, options.get('scenario'), io);
    if (!project) return 1;
    const book = readPriceBook(project, basename(path));
    printIssues(book.issues, io);
    if (!book.ok) return 1;
    const plan = await obtainPlan(project, options.get('plan'), costOf(book.value, project), io);
    if (!plan) return 1;
    const result = forecastSpend(project, plan, book.value);
    if (flags.has('json')) io.stdout(JSON.stringify(toJson(result), null, 2));
    else printTable(result, io);
    return 0;
  },
};

/** The CLI JSON contract: currency and one record per year with the listed keys only. */
function toJson(result: ForecastResult) {
  return {
    currency: result.currency,
    years: result.years.map(forecastYearRecord),
    securityMinimum: result.securityMinimum,
    securityFlags: result.securityFlags,
    beyondHorizon: result.beyondHorizon,
  };
}

async function obtainPlan(project: ProjectFile, planPath: string | undefined, cost: (asset: ProjectFile['assets'][number]) => number, io: CliIo): Promise<PlanResult | undefined> {
  if (planPath) {
    try {
      const raw = JSON.parse(await readFile(planPath, 'utf8')) as unknown;
      if (raw && typeof raw === 'object' && 'placements' in raw && 'waves' in raw) return raw as PlanResult;
      io.stderr(io.lang === 'zh' ? `错误: ${basename(planPath)}: 不是计划文件（缺少 waves/placements）` : `error: ${basename(planPath)}: not a plan (no waves/placements)`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(io.lang === 'zh' ? `错误: ${basename(planPath)}: 无法读取计划：${detail}` : `error: ${basename(planPath)}: cannot read the plan: ${detail}`);
    }
    return undefined;
  }
  return planProject(project, { lang: io.lang, costOf: cost });
}

function printTable(result: ForecastResult, io: CliIo): void {
  const labels = GLOSSARY[io.lang].costLine;
  const head = [io.lang === 'zh' ? '年份' : 'Year', ...PRICE_LINES.map((l) => labels[l]), io.lang === 'zh' ? '合计' : 'Total', io.lang === 'zh' ? '低–高' : 'Low–high', io.lang === 'zh' ? '覆盖率' : 'Coverage', io.lang === 'zh' ? '安全占比' : 'Security'];
  io.stdout(io.lang === 'zh' ? '单位：万元' : 'Amounts in 10k yuan (万元)');
  io.stdout(head.join('\t'));
  const wan = (v: number) => formatMoney(v, 'wan', io.lang).split(' ')[0]!;
  for (const y of result.years) {
    const flag = y.securityBelowMinimum ? ' !' : '';
    io.stdout([String(y.year), ...PRICE_LINES.map((l) => wan(y[l])), wan(y.total), `${wan(y.low)}–${wan(y.high)}`, formatShare(y.coverage), `${formatShare(y.securityShare)}${flag}`].join('\t'));
  }
  const t = result.totals;
  io.stdout([io.lang === 'zh' ? '合计' : 'Total', ...PRICE_LINES.map((l) => wan(t[l])), wan(t.total), `${wan(t.low)}–${wan(t.high)}`, '', ''].join('\t'));
  if (result.securityFlags.length > 0) {
    io.stdout(io.lang === 'zh'
      ? `! 安全投入低于 ${formatShare(result.securityMinimum, 0)} 下限的年份：${result.securityFlags.join('、')}（国卫规划发〔2022〕29号 第三十条）`
      : `! years below the ${formatShare(result.securityMinimum, 0)} security minimum: ${result.securityFlags.join(', ')}`);
  }
  if (result.beyondHorizon > 0) {
    io.stdout(io.lang === 'zh' ? `规划期之后的波次支出：${formatMoney(result.beyondHorizon, 'wan', 'zh')}` : `spend of waves after the horizon: ${formatMoney(result.beyondHorizon, 'wan', 'en')}`);
  }
}
