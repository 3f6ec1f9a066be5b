/**
 * `xcplan procure <project file> [--year Y] [--packages] [--json | --csv] [--xlsx FILE] [--plan plan.json] [--scenario <file or name>]`:
 * the domestic-priority procurement list of the active plan, by year, with alternatives, costs
 * from the price book, flags and the province's procurement rules.
 */
import { basename } from 'node:path';

import { BUILT_IN_CATALOGUE, entryFamilyName, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../catalogue';
import { toCsv } from '../../io/export';
import type { ForecastYear } from '../../forecast';
import type { PlanResult } from '../../planner';
import { procurementOfYear } from '../../analysis';
import { alternativeLabel, BEFORE_BUDGET_YEAR, excludedSpend, excludedSpendText, isPackageOverdue, isRetained, isTenderBeforeBudgetYear, placeName, procurementWorkbook, RETAINED_LABELS, tenderPackageLabel, tenderPackageOf, tenderPackages, tenderPackagesWithIds, tenderPackageTable, wavesText } from '../../procurement';
import type { ProcurementItem, ProcurementList } from '../../procurement';
import { summarise } from '../../procurement/procurement';
import { CATEGORY_LABELS, flagLabel, isOverdue, measureText, noAlternativeText, OVERDUE, overdueCount, overduePurchases, procurementCsv, RETAINED_WAVE, ruleCitations } from '../../procurement/table';
import { localIsoDate } from '../../format';
import { analyseForCommand, readPlan } from '../analysis';
import { parseArgs } from '../args';
import { checkOutputPath, writeAtomically } from '../write';
import { loadProjectForCommand } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';

export const command: CliCommand = {
  name: 'procure',
  usage: 'procure <项目文件.xcplan.json> [--year Y] [--packages] [--json | --csv] [--xlsx <清单.xlsx>] [--plan 计划.json] [--scenario <情景文件或名称>]',
  summary: { zh: '按年度列出国产优先采购清单（替代品、费用、进口标记、省级规则）', en: 'domestic-priority procurement list per year (alternatives, cost, import flags, province rules)' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json', 'csv', 'packages'], options: ['year', 'plan', 'scenario', 'xlsx'], positionals: 1 });
    if (flags.has('json') && flags.has('csv')) throw new UsageError(io.lang === 'zh' ? '--json 与 --csv 只能选一个' : 'choose one of --json and --csv');
    const yearText = options.get('year');
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw new UsageError(io.lang === 'zh' ? `--year 应为年份：${yearText}` : `--year must be a year: ${yearText}`);
    const [path] = positionals;
    // The workbook's folder is checked before the work that fills it.
    const xlsx = options.get('xlsx');
    if (xlsx !== undefined) await checkOutputPath(xlsx);
    const project = await loadProjectForCommand(path, options.get('scenario'), io);
    if (!project) return 1;
    const file = basename(path!);

    // Without --plan the one analysis plans it, budgets binding on the price book as in `xcplan plan` and the app.
    let plan: PlanResult | undefined;
    if (options.has('plan')) {
      plan = await readPlan(options.get('plan')!, io);
      if (!plan) return 1;
    }
    const analysis = analyseForCommand(project, path!, io, plan);
    if (!analysis) return 1;
    const list = year === undefined ? analysis.procurement : procurementOfYear(analysis.procurement, year);
    if (year !== undefined && list.items.length === 0 && analysis.procurement.items.length > 0) {
      // An empty year is not an empty plan: say which years do have purchases.
      const years = [...new Set(analysis.procurement.items.map((item) => item.year))].sort((a, b) => a - b);
      io.stderr(io.lang === 'zh' ? `${year} 年没有采购条目；有采购的年份：${years.join('、')}` : `no purchases in ${year}; the years with purchases: ${years.join(', ')}`);
    }
    if (xlsx !== undefined) {
      // The app's Excel export, the same function: the items and, on a second sheet, the tender packages.
      await writeAtomically(xlsx, await procurementWorkbook(list, list.items, io.lang, { today: localIsoDate() }));
      const done = io.lang === 'zh' ? `已写入 ${xlsx}（${list.items.length} 项，2 个工作表）` : `wrote ${xlsx} (${list.items.length} item${list.items.length === 1 ? '' : 's'}, 2 sheets)`;
      // Alone, it is the command's output; beside --json, --csv or --packages it goes to stderr, keeping stdout for them.
      if (!flags.has('json') && !flags.has('csv') && !flags.has('packages')) {
        io.stdout(done);
        return 0;
      }
      io.stderr(done);
    }
    const user = parseUserCatalogue(project.extensions?.[USER_CATALOGUE_KEY], file);
    const catalogue = mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined);

    const forecastYears = analysis.forecast.years;
    if (flags.has('packages')) {
      // The same items as tenders (采购包): one row per package and budget year.
      // Against today, as the item rows' 已过时限: a tender whose deadline has passed is said so.
      const today = localIsoDate();
      if (flags.has('json')) {
        const packages = tenderPackagesWithIds(list).map((p) => ({ ...p, overdue: isPackageOverdue(p, today) }));
        io.stdout(JSON.stringify({ currency: 'CNY', date: today, packages }, null, 2));
        return 0;
      }
      if (flags.has('csv')) {
        const packages = tenderPackageTable(tenderPackages(list), io.lang, today);
        io.stdout(toCsv(packages.headers, [...packages.rows, packages.totals]).replace(/\r\n$/, ''));
      } else printPackages(list, io, forecastYears);
      return 0;
    }
    if (flags.has('json')) {
      io.stdout(JSON.stringify(list, null, 2));
      return 0;
    }
    if (flags.has('csv')) {
      io.stdout(procurementCsv(list, io.lang).replace(/\r\n$/, ''));
      return 0;
    }
    const osName = entryFamilyName(catalogue, list.target.os, io.lang);
    const cpuName = entryFamilyName(catalogue, list.target.cpu, io.lang);
    printText(list, { ...project.project, ...(osName ? { osName } : {}), ...(cpuName ? { cpuName } : {}), ...(year !== undefined ? { year } : {}) }, io, forecastYears);
    return 0;
  },
};

/** `1 item`, `2 items`: English counts in the text output. */
const plural = (n: number, noun: string): string => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

/** Yuan in the text output: 万元 in Chinese, whole yuan in English. */
const moneyText = (yuan: number, zh: boolean): string => (zh ? `${(yuan / 10_000).toFixed(1)} 万元` : `CNY ${Math.round(yuan).toLocaleString('en')}`);

/** The items as tenders (采购包): hardware and the database apart from integration services (政府采购需求标准). */
function printPackages(list: Pick<ProcurementList, 'items'>, io: CliIo, forecast: readonly ForecastYear[]): void {
  const zh = io.lang === 'zh';
  const today = localIsoDate();
  const tenders = tenderPackages(list);
  if (tenders.length === 0) return;
  io.stdout(zh ? '\n== 采购包（按预算编报年度；硬件、数据库与集成服务分别招标，新购业务系统逐个招标，适配服务按原开发商分别签约） ==' : '\n== Tender packages (by budget year; hardware, databases and integration services tendered apart, each new business system on its own, adaptation contracted with each original developer) ==');
  for (const p of tenders) {
    const waves = wavesText(p.waves, io.lang);
    const span = waves ? (zh ? `第 ${waves} 批` : `${p.waves.filter((w) => w > 0).length === 1 ? 'wave' : 'waves'} ${waves}`) : '';
    const marks = [isPackageOverdue(p, today) ? OVERDUE[io.lang] : '', isTenderBeforeBudgetYear(p) ? BEFORE_BUDGET_YEAR[io.lang] : ''].filter(Boolean);
    const late = marks.length > 0 ? (zh ? `（${marks.join('；')}）` : ` (${marks.join('; ')})`) : '';
    const by = p.purchaseBy ? (zh ? `  招标完成 ${p.purchaseBy}${late}` : `  tender by ${p.purchaseBy}${late}`) : '';
    io.stdout(`  ${zh ? `${p.budgetYear} 年预算` : `budget ${p.budgetYear}`}  ${tenderPackageLabel(p, io.lang)}  ${zh ? `${p.items} 项，${p.quantity} 台/套` : `${plural(p.items, 'item')}, ${plural(p.quantity, 'unit')}`}  ${moneyText(p.cost, zh)}${by}${span ? `  (${span})` : ''}`);
  }
  const early = tenders.filter((p) => isTenderBeforeBudgetYear(p));
  if (early.length > 0) {
    io.stdout(
      zh
        ? `  ${early.length} 个采购包的招标须在资金所属年度之前完成（年初开始的批次）：须在上一年度编报时列入预算，按跨年度采购办理（预算批复后签订合同），或在情景中设置“预算提前一年编报”（budgetRequestYearBefore）`
        : `  ${plural(early.length, 'tender')} must close before the year their money belongs to (waves starting early in the year): request the money in the previous year's budget and run a cross-year procurement (contract signed once the budget is approved), or set budgetRequestYearBefore in the scenario`,
    );
  }
  // What the budget of these years must hold besides the tenders: the analysis's other forecast lines.
  const years = [...new Set(list.items.filter((item) => !isRetained(item)).map((item) => item.year))];
  const excluded = excludedSpendText(excludedSpend(forecast, years), io.lang, (yuan) => moneyText(yuan, zh));
  if (excluded) io.stdout(`  ${excluded}`);
}

function printText(list: ProcurementList, info: { name: string; province?: string; osName?: string; cpuName?: string; year?: number }, io: CliIo, forecast: readonly ForecastYear[]): void {
  const zh = io.lang === 'zh';
  const money = (yuan: number) => moneyText(yuan, zh);
  const cpu = info.cpuName ?? list.target.cpuArch;
  const target = [info.osName ?? list.target.os, cpu].filter(Boolean).join(' + ') || (zh ? '混合（不限 CPU 架构）' : 'mixed (any CPU architecture)');
  io.stdout(zh ? `项目：${info.name}（${info.province ?? '未设省份'}）    目标平台：${target}` : `Project: ${info.name} (${info.province ? placeName(info.province, 'en') : 'no province'})    Target platform: ${target}`);
  // The rules once, numbered; an item cites them by place and number (安徽 1), as the view and the report do.
  const cited = ruleCitations(list.rules, io.lang);
  for (const rule of list.rules) io.stdout(`${zh ? '采购规则' : 'Rule'} ${cited.get(rule.id)!.label}${zh ? '：' : ': '}${rule.text[io.lang] || rule.text.zh}`);
  // Tenders that should already be complete, against today.
  const today = localIsoDate();
  const late = overduePurchases(list, today);
  if (late.length > 0) {
    const count = overdueCount(late);
    io.stdout(zh ? `注意：${count} 项采购的招标完成时限已过（最早 ${late[0]!.by}）：须加急采购，或推迟规划开始日期` : `Note: ${count} purchases are past their tender deadline (the first ${late[0]!.by}): hurry them or move the plan's start`);
  }
  if (list.items.length === 0) io.stdout(info.year !== undefined ? (zh ? `\n（${info.year} 年没有需要采购的项目）` : `\n(nothing to buy in ${info.year})`) : zh ? '\n（计划中没有需要采购的项目）' : '\n(nothing to buy in the plan)');
  // Purchases by year; the products kept by exception after them, apart: nothing is bought.
  const purchases = list.items.filter((item) => !isRetained(item));
  const retained = list.items.filter(isRetained);
  const printItem = (item: ProcurementItem): void => {
    const shown = item.alternatives.filter((a) => a.compatible).slice(0, 2);
    const fitting = (shown.length > 0 ? shown : item.alternatives.slice(0, 2)).map((a) => alternativeLabel(a, io.lang)).join(' / ');
    const alt = fitting || noAlternativeText(item, io.lang) || (zh ? '（无适配的国产替代）' : '(no fitting domestic alternative)');
    const flagText = item.flags.map((flag) => flagLabel(item, flag, io.lang)).join(zh ? '，' : ', ');
    const overdue = isOverdue(item, today) ? (zh ? '，已过时限' : ', deadline passed') : '';
    const free = tenderPackageOf(item) === 'no-cost';
    const by = free ? (zh ? '  免费替代，无需招标' : '  free substitute, no tender') : item.purchaseBy ? (zh ? `  招标完成：${item.purchaseBy}（${item.budgetYear} 年预算${overdue}）` : `  tender by ${item.purchaseBy} (budget ${item.budgetYear}${overdue})`) : '';
    const kept = isRetained(item);
    const head = kept ? `${RETAINED_WAVE[io.lang]} ${item.assetId}` : `W${item.wave} ${item.assetId}`;
    io.stdout(`  ${head} ${item.assetName}${zh ? `（${CATEGORY_LABELS[item.category].zh}）` : ` (${CATEGORY_LABELS[item.category].en}) `}×${item.quantity}${zh ? "" : " "}${measureText(item, io.lang, item.quantity)}${kept ? '' : `  ${money(item.cost)}`}  → ${alt}${flagText ? `  [${flagText}]` : ''}${by}`);
    if (item.ruleIds.length > 0) io.stdout(`      ${zh ? '适用采购规则：' : 'Procurement rules: '}${item.ruleIds.map((id) => cited.get(id)?.label ?? id).join(zh ? '、' : ', ')}`);
  };
  for (const summary of summarise(purchases)) {
    io.stdout(zh ? `\n== ${summary.year} 年：${summary.items} 项，${summary.quantity} 台/套，${money(summary.cost)}，${summary.flagged} 项需关注 ==` : `\n== ${summary.year}: ${plural(summary.items, 'item')}, ${plural(summary.quantity, 'unit')}, ${money(summary.cost)}, ${summary.flagged} flagged ==`);
    for (const item of purchases) if (item.year === summary.year) printItem(item);
  }
  if (retained.length > 0) {
    const units = retained.reduce((n, item) => n + item.quantity, 0);
    io.stdout(zh ? `\n== ${RETAINED_LABELS.zh}：${retained.length} 项，${units} 台/套；不计入采购金额与采购包，续保/维保须按省级规定审批 ==` : `\n== ${RETAINED_LABELS.en}: ${plural(retained.length, 'item')}, ${plural(units, 'unit')}; not in the totals or the tender packages; support renewals need the province's approval ==`);
    for (const item of retained) printItem(item);
  }
  printPackages(list, io, forecast);
  const bought = { items: purchases.length, quantity: purchases.reduce((n, item) => n + item.quantity, 0) };
  const kept = retained.length > 0 ? (zh ? `（另保留 ${retained.length} 项，不采购）` : ` (and ${retained.length} retained, not purchased)`) : '';
  io.stdout(zh ? `\n合计 ${bought.items} 项，${bought.quantity} 台/套，${money(list.total.cost)}${kept}` : `\nTotal ${plural(bought.items, 'item')}, ${plural(bought.quantity, 'unit')}, ${money(list.total.cost)}${kept}`);
}

