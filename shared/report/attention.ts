/**
 * What in the procurement list a director has to act on, for the report's procurement section
 * (the item-by-item list is its appendix): tenders that should already be complete, tenders that
 * must close before the year their money belongs to (跨年度采购), imports that need approval, and
 * foreign products kept by exception (nothing bought, an exception to approve).
 */
import type { IsoDate, Lang } from '../model';
import { isTenderBeforeBudgetYear, tenderDeadline } from '../procurement/packages';
import { isOverdue, ruleCitations } from '../procurement/table';
import type { ProcurementItem, ProcurementList } from '../procurement';
import type { ReportProcurementAttention } from './types';

/** At most this many assets are named per line; the appendix lists them all. */
export const ATTENTION_NAMED = 6;

/**
 * @param list the procurement list
 * @param date the report's date (a tender due before it is late)
 * @param lang the language rules are cited in (`安徽 1`, `Anhui 1`)
 * @returns one line per kind that has items, most urgent first
 */
export function procurementAttention(list: Pick<ProcurementList, 'items' | 'rules'>, date: IsoDate, lang: Lang): ReportProcurementAttention[] {
  const cited = ruleCitations(list.rules, lang);
  const line = (kind: ReportProcurementAttention['kind'], items: readonly ProcurementItem[]): ReportProcurementAttention[] => {
    if (items.length === 0) return [];
    const ruleIds = [...new Set(items.flatMap((i) => i.ruleIds))];
    const deadlines = items.map((i) => i.purchaseBy).filter((d): d is string => d !== undefined).sort();
    return [
      {
        kind,
        items: items.length,
        quantity: items.reduce((sum, i) => sum + i.quantity, 0),
        cost: items.reduce((sum, i) => sum + i.cost, 0),
        assets: items.slice(0, ATTENTION_NAMED).map((i) => ({ id: i.assetId, name: i.assetName })),
        waves: [...new Set(items.map((i) => i.wave).filter((w) => w > 0))].sort((a, b) => a - b),
        firstBy: deadlines[0] ?? null,
        ruleRefs: list.rules.filter((r) => ruleIds.includes(r.id)).map((r) => cited.get(r.id)!.label),
      },
    ];
  };
  return [
    ...line('overdue', list.items.filter((i) => isOverdue(i, date))),
    // Not yet late, but due before the money's year: the budget must be requested a year early.
    ...line('early', list.items.filter((i) => !isOverdue(i, date) && tenderDeadline(i) !== undefined && isTenderBeforeBudgetYear(i))),
    ...line('import', list.items.filter((i) => i.treatment === 'import')),
    ...line('kept', list.items.filter((i) => i.treatment === 'retain')),
  ];
}
