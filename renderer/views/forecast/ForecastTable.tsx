/**
 * The figures of the chart as a table: one row per year, one column per spend line (they add up to
 * the total), then the same total by kind of money (one-off + support + assessments + dual track +
 * training), totals at the foot. The budget cap is compared with the one-off spend, which is what
 * the plan keeps within it.
 */
import { useTranslation } from 'react-i18next';

import { savedAmount, SPEND_LINES } from '../../../shared/forecast';
import type { ForecastResult } from '../../../shared/forecast';
import { formatMoney, formatShare, toLang } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

type Props = { result: ForecastResult; unit: MoneyUnit };

export function ForecastTable({ result, unit }: Props) {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  const money = (v: number) => formatMoney(v, unit, lang).split(' ')[0];
  const min = formatShare(result.securityMinimum, 0);
  return (
    <>
    <table className="fc-table" data-testid="forecast-table">
      <caption>{t('tableCaption', { unit: t(`common:units.${unit}`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.year')}</th>
          {SPEND_LINES.map((line) => <th key={line} scope="col">{t(`lines.${line}`)}</th>)}
          <th scope="col">{t('table.total')}</th>
          <th scope="col">{t('table.range')}</th>
          <th scope="col">{t('table.oneOff')}</th>
          <th scope="col">{t('table.budget')}</th>
          <th scope="col">{t('table.support')}</th>
          <th scope="col">{t('table.assessments')}</th>
          <th scope="col">{t('table.dualTrack')}</th>
          <th scope="col">{t('table.change')}</th>
          <th scope="col">{t('table.savings')}</th>
          <th scope="col">{t('table.coverage')}</th>
          <th scope="col">{t('table.securityShare')}</th>
          <th scope="col">{t('table.shortfall')}</th>
        </tr>
      </thead>
      <tbody>
        {result.years.map((y) => (
          <tr key={y.year} data-year={y.year}>
            <th scope="row">{y.year}</th>
            {SPEND_LINES.map((line) => <td key={line} data-line={line}>{money(y[line])}</td>)}
            <td className="fc-total" data-line="total">{money(y.total)}</td>
            <td className={y.highOverBudget ? 'fc-over' : undefined} title={y.highOverBudget ? t('table.highOverBudget') : undefined}>
              {money(y.low)}–{money(y.high)}{y.highOverBudget ? ' ⚠' : ''}
            </td>
            <td data-line="oneOff" data-yuan={y.oneOff}>{money(y.oneOff)}</td>
            <td data-line="budget" className={y.budget !== undefined && y.oneOff > y.budget ? 'fc-over' : undefined}>{y.budget === undefined ? '—' : money(y.budget)}</td>
            <td data-line="support">{money(y.support)}</td>
            <td data-line="assessments">{money(y.assessments)}</td>
            <td data-line="dualTrack">{money(y.dualTrack)}</td>
            <td data-line="change">{money(y.change)}</td>
            <td data-line="savings">{money(savedAmount(y.savings))}</td>
            <td>{formatShare(y.coverage, 1, true)}</td>
            <td className={y.securityBelowMinimum ? 'fc-flag' : undefined} title={y.securityBelowMinimum ? t('table.belowMinimum', { min }) : undefined}>
              {formatShare(y.securityShare, 1, true)}{y.securityBelowMinimum ? ' ⚠' : ''}
            </td>
            <td data-line="shortfall" data-yuan={y.securityShortfall} className={y.securityShortfall > 0 ? 'fc-flag' : undefined}>
              {y.securityShortfall > 0 ? formatMoney(y.securityShortfall, 'yuan', lang) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('table.sum')}</th>
          {SPEND_LINES.map((line) => <td key={line}>{money(result.totals[line])}</td>)}
          <td className="fc-total">{money(result.totals.total)}</td>
          <td>{money(result.totals.low)}–{money(result.totals.high)}</td>
          <td>{money(result.totals.oneOff)}</td>
          <td />
          <td>{money(result.totals.support)}</td>
          <td>{money(result.totals.assessments)}</td>
          <td>{money(result.totals.dualTrack)}</td>
          <td>{money(result.totals.change)}</td>
          <td>{money(savedAmount(result.totals.savings))}</td>
          <td colSpan={2} />
          <td>{result.totals.securityShortfall > 0 ? formatMoney(result.totals.securityShortfall, 'yuan', lang) : '—'}</td>
        </tr>
      </tfoot>
    </table>
    <p className="fc-note" data-testid="forecast-range-note">{t('table.rangeNote', { min })}</p>
    </>
  );
}
