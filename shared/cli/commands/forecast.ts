/**
 * `xcplan forecast <project file> [--scenario <file or name>] [--plan <plan.json>] [--budget] [--json]`:
 * spend per calendar year and line (yuan), low/high band, Xinchuang coverage and the security
 * share; `--budget` adds what the yearly cap costs in time and the budget that would end the plan
 * as early as the other limits allow (it reruns the scheduler, up to 14 times).
 */
import { forecastYearRecord, savedAmount, SPEND_LINES } from '../../forecast';
import type { ForecastResult } from '../../forecast';
import type { PlanResult } from '../../planner/types';
import { budgetNeed, budgetNeedText } from '../../analysis';
import type { BudgetNeed } from '../../analysis';
import { analyseForCommand, readPlan } from '../analysis';
import { parseArgs } from '../args';
import { loadProjectForCommand } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import { formatMoney, formatShare } from '../../format';
import { GLOSSARY } from '../../model';

export const command: CliCommand = {
  name: 'forecast',
  usage: 'forecast <项目文件> [--scenario <情景文件或名称>] [--plan <plan.json>] [--budget] [--json]',
  summary: { zh: '按年、按费用线预测信创替换支出、覆盖率与安全占比', en: 'spend per year and line, coverage and security share' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json', 'budget'], options: ['scenario', 'plan'], positionals: 1 });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少项目文件参数' : 'missing the project file argument');
    const project = await loadProjectForCommand(path, options.get('scenario'), io);
    if (!project) return 1;
    let plan: PlanResult | undefined;
    if (options.has('plan')) {
      plan = await readPlan(options.get('plan')!, io);
      if (!plan) return 1;
    }
    const analysis = analyseForCommand(project, path, io, plan);
    if (!analysis) return 1;
    const result = analysis.forecast;
    // Only when asked: it reruns the scheduler up to 14 times.
    const need = flags.has('budget') ? (budgetNeed(project, analysis, path) ?? null) : undefined;
    if (flags.has('json')) io.stdout(JSON.stringify(toJson(result, need), null, 2));
    else {
      printTable(result, io);
      if (need) io.stdout(budgetNeedText(need, io.lang));
      else if (need === null) io.stdout(io.lang === 'zh' ? '预算测算：情景未设年度预算上限。' : 'Budget: the scenario has no yearly cap.');
    }
    return 0;
  },
};

/** The CLI JSON contract: currency and one record per year with the listed keys only; `budgetNeed` with `--budget` (null without a cap). */
function toJson(result: ForecastResult, need: BudgetNeed | null | undefined) {
  return {
    currency: result.currency,
    years: result.years.map(forecastYearRecord),
    securityMinimum: result.securityMinimum,
    securityFlags: result.securityFlags,
    beyondHorizon: result.beyondHorizon,
    ...(need !== undefined ? { budgetNeed: need } : {}),
  };
}


function printTable(result: ForecastResult, io: CliIo): void {
  const labels = GLOSSARY[io.lang].costLine;
  const zh = io.lang === 'zh';
  const head = [zh ? '年份' : 'Year', ...SPEND_LINES.map((l) => labels[l]), zh ? '合计' : 'Total', zh ? '价格本低–高' : 'Price-book low–high', zh ? '一次性' : 'One-off', zh ? '经常性' : 'Recurring', zh ? '节约' : 'Savings', zh ? '业务系统覆盖' : 'Systems', zh ? '安全占比' : 'Security', zh ? '安全缺口(元)' : 'Shortfall (yuan)'];
  io.stdout(io.lang === 'zh' ? '单位：万元' : 'Amounts in 10k yuan (万元)');
  io.stdout(head.join('\t'));
  const wan = (v: number) => formatMoney(v, 'wan', io.lang).split(' ')[0]!;
  for (const y of result.years) {
    const flag = y.securityBelowMinimum ? ' !' : '';
    const over = y.highOverBudget ? (zh ? ' >预算' : ' >cap') : '';
    io.stdout([String(y.year), ...SPEND_LINES.map((l) => wan(y[l])), wan(y.total), `${wan(y.low)}–${wan(y.high)}${over}`, wan(y.oneOff), wan(y.recurring), wan(savedAmount(y.savings)), formatShare(y.coverage), `${formatShare(y.securityShare)}${flag}`, String(y.securityShortfall)].join('\t'));
  }
  const t = result.totals;
  io.stdout([zh ? '合计' : 'Total', ...SPEND_LINES.map((l) => wan(t[l])), wan(t.total), `${wan(t.low)}–${wan(t.high)}`, wan(t.oneOff), wan(t.recurring), wan(savedAmount(t.savings)), '', '', String(t.securityShortfall)].join('\t'));
  io.stdout(zh
    ? '说明：低–高为价格本中每项单价自身的低值与高值（">预算"表示高值超出年度预算上限）；一次性支出与当年各批次费用、采购清单一致；经常性含新产品服务费与双轨运行；节约为平台下线后停付的境外维保（--json 中为负数）；双轨与培训为双轨运行与培训、变革管理，各费用线相加即合计。年度预算上限约束一次性支出；服务费、等保测评与密评、双轨运行与培训另列，不占预算上限。'
    : 'Low–high: every price at its own low and high in the price book (">cap": the high end exceeds the budget cap). One-off equals the year\'s waves and procurement list; recurring is support plus dual-track running; savings are foreign support contracts that stop (negative in --json); dual track & training is dual-track running plus training and change management, and the lines add up to the total. The annual budget cap limits the one-off spend; support, security assessments, dual-track running and training are outside it.');
  if (result.securityFlags.length > 0) {
    io.stdout(io.lang === 'zh'
      ? `! 安全投入低于 ${formatShare(result.securityMinimum, 0)} 下限的年份：${result.securityFlags.join('、')}（国卫规划发〔2022〕29号 第三十条）`
      : `! years below the ${formatShare(result.securityMinimum, 0)} security minimum: ${result.securityFlags.join(', ')}`);
  }
  if (result.beyondHorizon > 0) {
    io.stdout(io.lang === 'zh' ? `规划期之后的批次支出：${formatMoney(result.beyondHorizon, 'wan', 'zh')}` : `spend of waves after the horizon: ${formatMoney(result.beyondHorizon, 'wan', 'en')}`);
  }
}
