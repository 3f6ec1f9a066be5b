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
  // The total twice: by cost line, and by kind of money (one-off within the cap + support + assessments + dual track + training = the total).
  const bridge = zh ? ['一次性', '服务费', '等保/密评', '双轨运行', '培训与变革'] : ['One-off', 'Support', 'Assessments', 'Dual track', 'Training'];
  const head = [zh ? '年份' : 'Year', ...SPEND_LINES.map((l) => labels[l]), zh ? '合计' : 'Total', zh ? '价格本低–高' : 'Price-book low–high', ...bridge, zh ? '节约' : 'Savings', zh ? '业务系统覆盖' : 'Systems', zh ? '安全占比' : 'Security', zh ? '安全缺口(元)' : 'Shortfall (yuan)'];
  io.stdout(io.lang === 'zh' ? '单位：万元' : 'Amounts in 10k yuan (万元)');
  io.stdout(head.join('\t'));
  const wan = (v: number) => formatMoney(v, 'wan', io.lang).split(' ')[0]!;
  for (const y of result.years) {
    const flag = y.securityBelowMinimum ? ' !' : '';
    const over = y.highOverBudget ? (zh ? ' >预算' : ' >cap') : '';
    io.stdout([String(y.year), ...SPEND_LINES.map((l) => wan(y[l])), wan(y.total), `${wan(y.low)}–${wan(y.high)}${over}`, wan(y.oneOff), wan(y.support), wan(y.assessments), wan(y.dualTrack), wan(y.change), wan(savedAmount(y.savings)), formatShare(y.coverage), `${formatShare(y.securityShare)}${flag}`, String(y.securityShortfall)].join('\t'));
  }
  const t = result.totals;
  io.stdout([zh ? '合计' : 'Total', ...SPEND_LINES.map((l) => wan(t[l])), wan(t.total), `${wan(t.low)}–${wan(t.high)}`, wan(t.oneOff), wan(t.support), wan(t.assessments), wan(t.dualTrack), wan(t.change), wan(savedAmount(t.savings)), '', '', String(t.securityShortfall)].join('\t'));
  io.stdout(zh
    ? '说明：低–高为价格本中每项单价自身的低值与高值（">预算"表示高值超出年度预算上限）；合计按费用线相加，也按款项相加：一次性 + 服务费 + 等保/密评 + 双轨运行 + 培训与变革 = 合计。一次性支出与当年各批次费用、采购清单一致，受年度预算上限约束；服务费（已购国产产品的年度订阅与维保）、等保测评与密评、双轨运行（新旧系统并行期间旧系统的维保）、培训与变革另列，不占预算上限。等保/密评计入“网络安全”费用线，双轨运行与培训与变革即“双轨与培训”费用线。节约为平台下线后停付的境外维保（--json 中为负数），未从合计中扣除。'
    : 'Low–high: every price at its own low and high in the price book (">cap": the high end exceeds the budget cap). The total adds up by cost line and by kind of money: one-off + support + assessments + dual track + training = total. One-off equals the year\'s waves and procurement list and is limited by the annual budget cap; support (subscriptions and maintenance of the domestic products bought), security assessments (等保/密评), dual-track running (the old system\'s support while both run) and training are outside the cap. Assessments are in the security line; dual track and training make the dual track & training line. Savings are foreign support contracts that stop (negative in --json) and are not netted out of the total.');
  if (result.securityFlags.length > 0) {
    io.stdout(io.lang === 'zh'
      ? `! 安全投入低于 ${formatShare(result.securityMinimum, 0)} 下限的年份：${result.securityFlags.join('、')}（国卫规划发〔2022〕29号 第三十条）`
      : `! years below the ${formatShare(result.securityMinimum, 0)} security minimum: ${result.securityFlags.join(', ')}`);
  }
  if (result.beyondHorizon > 0) {
    io.stdout(io.lang === 'zh' ? `规划期之后的批次支出：${formatMoney(result.beyondHorizon, 'wan', 'zh')}` : `spend of waves after the horizon: ${formatMoney(result.beyondHorizon, 'wan', 'en')}`);
  }
}
