/**
 * What the procurement list does not buy but the same years' budget must hold: the forecast's
 * other lines (等保测评 and 密评, support and subscriptions on earlier purchases, dual-track running,
 * training and change management). The analysis computes them (shared/analysis, the one place
 * costs are computed); this only reads its forecast years, so the list, the text and the report
 * can say how much is outside the tenders.
 */
import type { ForecastYear } from '../forecast';
import type { Lang } from '../model';

/** The forecast lines a year's list leaves out, in yuan, over the years asked for. */
export type ExcludedSpend = {
  /** The years summed (those the forecast has, of the ones asked for), in order. */
  years: number[];
  /** 等保测评 and 密评 of the systems cut over (service tenders of their own, 测评机构). */
  assessments: number;
  /** Support and subscriptions of products bought in earlier years. */
  support: number;
  /** The old systems' support while they run beside the new ones. */
  dualTrack: number;
  /** Training and change management. */
  training: number;
  total: number;
};

/**
 * Sums what the list excludes over some years of the analysis's forecast.
 * @param forecast the forecast's years (`analysis.forecast.years`)
 * @param years the years the list shows; all of the forecast's when omitted
 * @returns the sums; with the list's one-off spend of the same years they make the forecast's total
 */
export function excludedSpend(forecast: readonly Pick<ForecastYear, 'year' | 'assessments' | 'support' | 'dualTrack' | 'change'>[], years?: readonly number[]): ExcludedSpend {
  const wanted = years ? new Set(years) : undefined;
  const out: ExcludedSpend = { years: [], assessments: 0, support: 0, dualTrack: 0, training: 0, total: 0 };
  for (const y of forecast) {
    if (wanted && !wanted.has(y.year)) continue;
    out.years.push(y.year);
    out.assessments += y.assessments;
    out.support += y.support;
    out.dualTrack += y.dualTrack;
    out.training += y.change;
  }
  out.years.sort((a, b) => a - b);
  out.total = out.assessments + out.support + out.dualTrack + out.training;
  return out;
}

/**
 * The one line the text output and the view print under the packages, e.g. 「本清单不含（2027 年，
 * 另行预算）：等保测评与密评 290.0 万元，已购产品维保与订阅 0.0 万元，双轨运行 12.0 万元，培训与变更管理
 * 30.0 万元，合计 332.0 万元」. '' when nothing is excluded.
 * @param excluded `excludedSpend`'s sums
 * @param lang language
 * @param money how an amount is written (万元 in Chinese text, CNY in English, the view's unit)
 */
export function excludedSpendText(excluded: ExcludedSpend, lang: Lang, money: (yuan: number) => string): string {
  if (excluded.total === 0 || excluded.years.length === 0) return '';
  const zh = lang === 'zh';
  const first = excluded.years[0]!;
  const last = excluded.years.at(-1)!;
  const span = first === last ? (zh ? `${first} 年` : `${first}`) : zh ? `${first}–${last} 年` : `${first}–${last}`;
  const parts: [number, string, string][] = [
    [excluded.assessments, '等保测评与密评', 'security assessments (graded protection, commercial cryptography)'],
    [excluded.support, '已购产品维保与订阅', 'support and subscriptions of earlier purchases'],
    [excluded.dualTrack, '新旧系统双轨运行', 'dual-track running'],
    [excluded.training, '培训与变更管理', 'training and change management'],
  ];
  const named = parts.map(([yuan, zhName, enName]) => `${zh ? zhName : enName} ${money(yuan)}`).join(zh ? '，' : ', ');
  return zh ? `本清单不含（${span}，须另行预算与采购）：${named}，合计 ${money(excluded.total)}` : `Not in this list (${span}; to be budgeted and bought apart): ${named}; in all ${money(excluded.total)}`;
}
