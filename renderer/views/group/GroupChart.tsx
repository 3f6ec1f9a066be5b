/**
 * Stacked bars of the group's spend per year, one segment per hospital, the year's total above
 * each bar. SVG with d3 scales; each bar is focusable and names its figures for screen readers.
 */
import { scaleBand, scaleLinear } from 'd3';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { GroupForecast } from '../../../shared/group';
import { useContentWidth } from '../forecast/ForecastChart';
import { formatMoney, formatNumber, localeOf, moneyUnitLabel, SERIES_COLOURS, toLang, toUnit } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

/** Calm, distinguishable colours for up to eight hospitals (then repeated). */
export const HOSPITAL_COLOURS = SERIES_COLOURS;

/** Width before the card is measured; then the drawing follows the card's width at a fixed height. */
const DEFAULT_WIDTH = 920;
const HEIGHT = 320;
const MARGIN = { top: 26, right: 16, bottom: 30, left: 64 };

export function GroupChart({ group, unit }: { group: GroupForecast; unit: MoneyUnit }) {
  const { t, i18n } = useTranslation('group');
  const lang = toLang(i18n.language);
  const figure = useRef<HTMLElement>(null);
  const width = Math.max(560, useContentWidth(figure) ?? DEFAULT_WIDTH);
  const columns = group.hospitals.map((h, i) => ({ h, i })).filter(({ h }) => h.status === 'ok');
  const x = scaleBand<number>()
    .domain(group.years)
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.28);
  const max = Math.max(0, ...group.yearTotals.map((v) => toUnit(v, unit)));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(5)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const digits = unit === 'yuan' ? 0 : 1;
  const fmtTotal = (v: number) => new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  return (
    <figure className="grp-chart" ref={figure}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={t('chartLabel')} data-testid="group-chart">
        <g className="grp-grid">
          {y.ticks(5).map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatNumber(tick, lang, 1)}
              </text>
            </g>
          ))}
          <text x={MARGIN.left - 6} y={MARGIN.top - 12} textAnchor="end" className="grp-axis-title">
            {moneyUnitLabel(unit, lang)}
          </text>
        </g>
        {group.years.map((year, yi) => {
          let base = 0;
          const band = x(year) ?? 0;
          const total = group.yearTotals[yi] ?? 0;
          const parts = columns.map(({ h, i }) => `${h.name} ${formatMoney(group.spend[yi]![i]!, unit, lang)}`);
          const label = lang === 'zh' ? `${year}：${formatMoney(total, unit, lang)}（${parts.join('，')}）` : `${year}: ${formatMoney(total, unit, lang)} (${parts.join(', ')})`;
          return (
            <g key={year} className="grp-bar" tabIndex={0} role="img" aria-label={label} data-year={year} data-total={total.toFixed(2)}>
              <title>{label}</title>
              {columns.map(({ h, i }, c) => {
                const value = toUnit(group.spend[yi]![i]!, unit);
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return value > 0 ? <rect key={h.id} x={band} width={x.bandwidth()} y={top} height={Math.max(0, height)} fill={HOSPITAL_COLOURS[c % HOSPITAL_COLOURS.length]} data-hospital={h.id} data-value={group.spend[yi]![i]!.toFixed(2)} /> : null;
              })}
              {total > 0 ? (
                <text className="grp-total" x={band + x.bandwidth() / 2} y={y(base) - 5} textAnchor="middle">
                  {fmtTotal(toUnit(total, unit))}
                </text>
              ) : null}
              <text className="grp-xtick" x={band + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                {year}
              </text>
            </g>
          );
        })}
        <line className="grp-axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} />
      </svg>
      <figcaption className="grp-legend">
        {columns.map(({ h }, c) => (
          <span key={h.id}>
            <i style={{ background: HOSPITAL_COLOURS[c % HOSPITAL_COLOURS.length] }} />
            {h.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
