/** Two or more scenarios side by side: total spend, years to full coverage, peak year. */
import { useTranslation } from 'react-i18next';

import type { ScenarioSummary } from '../../../shared/forecast';
import { formatMoney, formatShare, toLang } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

/** `scenarios` undefined: being compared (each scenario is analysed in the worker). */
type Props = { scenarios: readonly ScenarioSummary[] | undefined; unit: MoneyUnit };

export function ScenarioComparison({ scenarios, unit }: Props) {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  if (!scenarios) return <p className="fc-note" role="status">{t('compare.loading')}</p>;
  if (scenarios.length < 2) return <p className="fc-note">{t('compare.single')}</p>;
  const cheapest = Math.min(...scenarios.map((s) => s.total));
  const fastest = Math.min(...scenarios.map((s) => s.yearsToFullCoverage ?? Infinity));
  const money = (v: number) => formatMoney(v, unit, lang);
  return (
    <table className="fc-table fc-compare" data-testid="scenario-comparison">
      <thead>
        <tr>
          <th scope="col">{t('compare.name')}</th>
          <th scope="col">{t('compare.total')}</th>
          <th scope="col">{t('compare.range')}</th>
          <th scope="col">{t('compare.years')}</th>
          <th scope="col">{t('compare.peakYear')}</th>
          <th scope="col">{t('compare.peakSpend')}</th>
          <th scope="col">{t('compare.finalCoverage')}</th>
          <th scope="col">{t('compare.waves')}</th>
          <th scope="col">{t('compare.unscheduled')}</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            <td className={s.total === cheapest ? 'fc-best' : undefined}>{money(s.total)}</td>
            <td>{money(s.low)}–{money(s.high)}</td>
            <td className={s.yearsToFullCoverage !== null && s.yearsToFullCoverage === fastest ? 'fc-best' : undefined}>
              {s.yearsToFullCoverage === null ? t('compare.notReached') : t('compare.yearsValue', { count: s.yearsToFullCoverage })}
            </td>
            <td>{s.peakYear ?? '—'}</td>
            <td>{money(s.peakSpend)}</td>
            <td>{formatShare(s.finalCoverage)}</td>
            <td>{s.waves}</td>
            <td>{s.unscheduled}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
