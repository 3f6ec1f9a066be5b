/** The grouped, virtualised procurement table: group header rows with subtotals, then item rows. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { CSSProperties, Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { ROLE_NAMES } from '../../../shared/catalogue';
import { alternativeLabel, alternativeName, CATEGORY_LABELS, certificationText, flagLabel, isOverdue, listingText, measureText, noAlternativeText, remainderText, replacedFamily, replacedName, ruleCitations, unitPriceText } from '../../../shared/procurement/table';
import { isRetained, isTenderBeforeBudgetYear, RETAINED_LABELS, tenderPackageLabel, tenderPackageOf } from '../../../shared/procurement';
import type { ProcurementItem, ProvinceRule } from '../../../shared/procurement';
import type { Row } from './listModel';
import { formatMoney, formatMoneyAmount, formatNumber, moneyUnitLabel } from '../../../shared/format';
import type { Lang, MoneyUnit } from '../../../shared/format';

type Props = { rows: Row[]; lang: Lang; moneyUnit: MoneyUnit; rules: readonly ProvinceRule[]; today: string };

/**
 * First guesses only: every rendered row is measured (measureElement), so a row with two
 * alternatives and “另 N 项”, or wrapped flag chips, grows instead of running into the next one.
 */
const ROW_HEIGHT = 64;
const GROUP_HEIGHT = 34;

export function ProcurementTable({ rows, lang, moneyUnit, rules, today }: Props) {
  const { t } = useTranslation('procurement');
  const scroller = useRef<HTMLDivElement>(null);
  const citations = useMemo(() => ruleCitations(rules, lang), [rules, lang]);
  // eslint-disable-next-line react-hooks/incompatible-library -- react-virtual returns functions the compiler cannot memoise (STACK.md F12)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 12,
    initialRect: { width: 1000, height: 600 },
  });
  return (
    <div className="proc-table" role="table" aria-label={t('title')} aria-rowcount={rows.length + 1}>
      <div className="proc-row proc-head" role="row">
        {(['wave', 'category', 'asset', 'quantity', 'replaces', 'alternatives', 'cost', 'flags'] as const).map((col) => (
          <div key={col} role="columnheader" className={`proc-cell proc-${col}`}>
            {t(`columns.${col}`, { unit: moneyUnitLabel(moneyUnit, lang) })}
          </div>
        ))}
      </div>
      {/* Focusable, so the list scrolls by keyboard too. */}
      <div className="proc-scroll" ref={scroller} role="rowgroup" tabIndex={0} aria-label={t('title')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` };
            if (row.kind === 'group') {
              const { year, wave, category, package: pkg, supplier, system, purchaseBy, retained } = row.label;
              const title = retained ? RETAINED_LABELS[lang] : pkg ? t('group.package', { year, name: tenderPackageLabel({ package: pkg, supplier, system }, lang) }) : category ? CATEGORY_LABELS[category][lang] : wave !== undefined ? t('group.wave', { year, wave }) : t('group.year', { year });
              return (
                <div key={row.key} ref={virtualizer.measureElement} data-index={v.index} role="row" className="proc-row proc-group" style={style} {...(!category && !pkg && !retained && wave === undefined ? { 'data-group-year': year, 'data-yuan': row.totals.cost } : {})} {...(retained ? { 'data-group-retained': '' } : {})}>
                  <div role="cell" className="proc-cell proc-group-title">
                    <strong>{title}</strong>
                    {retained ? (
                      <span>{t('group.retained', { count: row.totals.retained })}</span>
                    ) : (
                      <span>{t('group.summary', { items: row.totals.items, quantity: formatNumber(row.totals.quantity, lang), cost: formatMoney(row.totals.cost, moneyUnit, lang) })}</span>
                    )}
                    {purchaseBy ? (
                      <span className={purchaseBy < today ? 'proc-group-due proc-overdue-mark' : 'proc-group-due'}>
                        {t('group.tenderBy', { date: purchaseBy })}
                        {purchaseBy < today ? <strong className="proc-overdue-mark"> {t('overdueMark')}</strong> : null}
                        {isTenderBeforeBudgetYear({ purchaseBy, budgetYear: year }) ? (
                          <strong className="proc-early-mark" title={t('earlyTitle', { year })}>
                            {t('earlyMark')}
                          </strong>
                        ) : null}
                      </span>
                    ) : null}
                  </div>
                </div>
              );
            }
            return <ItemRow key={row.key} rowRef={virtualizer.measureElement} index={v.index} item={row.item} lang={lang} moneyUnit={moneyUnit} style={style} rules={rules} citations={citations} today={today} />;
          })}
        </div>
      </div>
    </div>
  );
}

type ItemRowProps = { item: ProcurementItem; lang: Lang; moneyUnit: MoneyUnit; style: CSSProperties; index: number; rowRef: Ref<HTMLDivElement>; rules: readonly ProvinceRule[]; citations: ReturnType<typeof ruleCitations>; today: string };

function ItemRow({ item, lang, moneyUnit, style, index, rowRef, rules, citations, today }: ItemRowProps) {
  const { t } = useTranslation('procurement');
  const shown = item.alternatives.slice(0, 2);
  const hidden = item.alternatives.length - shown.length;
  const family = replacedFamily(item.replaces, lang);
  const replaced = replacedName(item.replaces, lang) || family || '—';
  return (
    <div ref={rowRef} data-index={index} role="row" className="proc-row proc-item" style={style} data-asset={item.assetId}>
      <div role="cell" className="proc-cell proc-wave">
        {item.year}
        <small>{isRetained(item) ? t('exceptionWave') : `W${item.wave}`}</small>
      </div>
      <div role="cell" className="proc-cell proc-category">{CATEGORY_LABELS[item.category][lang]}</div>
      <div role="cell" className="proc-cell proc-asset" title={item.assetId}>
        {item.assetName}
        <small>
          {item.assetId}
          {item.role ? ` · ${ROLE_NAMES[item.role][lang]}` : ''}
        </small>
        {tenderPackageOf(item) === 'no-cost' ? (
          <small className="proc-timing">{t('noTender')}</small>
        ) : item.purchaseBy ? (
          <small className="proc-timing">
            {t('purchaseBy', { date: item.purchaseBy, year: item.budgetYear })}
            {isOverdue(item, today) ? <strong className="proc-overdue-mark">{t('overdueMark')}</strong> : null}
            {isTenderBeforeBudgetYear(item) ? (
              <strong className="proc-early-mark" title={t('earlyTitle', { year: item.budgetYear })}>
                {t('earlyMark')}
              </strong>
            ) : null}
          </small>
        ) : null}
      </div>
      <div role="cell" className="proc-cell proc-quantity">
        {formatNumber(item.quantity, lang)}
        <span className="proc-measure">{measureText(item, lang, item.quantity)}</span>
      </div>
      <div role="cell" className="proc-cell proc-replaces" title={family}>
        {replaced}
        {family && replaced !== family ? <small>{family}</small> : null}
      </div>
      <div role="cell" className="proc-cell proc-alternatives">
        {shown.length === 0 ? <span className="proc-adapt">{noAlternativeText(item, lang) || '—'}</span> : null}
        {shown.map((alt) => (
          <span key={alt.entryId} className={alt.compatible ? 'proc-alt' : 'proc-alt proc-alt-off'} title={[alternativeName(alt, lang), listingText(alt, lang), alt.compatible ? '' : t('incompatible')].filter(Boolean).join(' · ')}>
            {alternativeLabel(alt, lang)}
          </span>
        ))}
        {item.certification ? <small className="proc-cert">{certificationText(item, lang)}</small> : null}
        {hidden > 0 ? <small title={t('moreTitle', { names: item.alternatives.slice(shown.length).map((alt) => alternativeName(alt, lang)).join(lang === 'zh' ? '、' : ', ') })}>{t('more', { count: hidden })}</small> : null}
      </div>
      {isRetained(item) ? (
        <div role="cell" className="proc-cell proc-cost proc-not-purchased">{t('notPurchased')}</div>
      ) : (
        <div role="cell" className="proc-cell proc-cost" title={formatMoney(item.cost, moneyUnit, lang)}>
          {formatMoneyAmount(item.cost, moneyUnit, lang)}
          {/* The unit price to the fen, under the amount: the quantity column is too narrow for it. */}
          <small className="proc-unit-price" title={remainderText(item, lang) || undefined}>
            {t('unitPrice', { price: unitPriceText(item.unitCost, lang) })}
            {remainderText(item, lang) ? '*' : ''}
          </small>
        </div>
      )}
      <div role="cell" className="proc-cell proc-flags">
        {item.flags.map((flag) => (
          <span key={flag} className={`proc-flag proc-flag-${flag}`}>
            {flagLabel(item, flag, lang)}
          </span>
        ))}
      </div>
      {item.ruleIds.length > 0 ? (
        // The rules are listed once, numbered, above the table; a row cites them by number (the
        // full text on hover and for screen readers), so thirty rows do not repeat two paragraphs each.
        <div role="cell" className="proc-cell proc-item-rules">
          <span className="proc-item-rules-label">{t('itemRules')}</span>
          {item.ruleIds.map((id) => {
            const rule = rules.find((r) => r.id === id);
            const cite = citations.get(id);
            if (!rule || !cite) return null;
            const text = t('itemRule', { place: cite.place, text: rule.text[lang] || rule.text.zh });
            // The accessible name starts with what is shown ("安徽 1"), then the rule's text.
            return (
              <a key={id} className="proc-item-rule" href={`#proc-rule-${cite.number}`} title={text} aria-label={`${cite.label}: ${text}`}>
                {cite.label}
              </a>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
