/**
 * Stacked bars of spend per year by line, the low–high band, the budget cap as a line with the
 * one-off part it caps marked on each bar, and coverage on a second axis; hover a year for its
 * figures. Marks come from `layoutForecastChart`; this component only draws them.
 */
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { DEFAULT_CHART_SIZE, layoutForecastChart, linePath, SPEND_LINES } from '../../../shared/forecast';
import type { ChartSize, ForecastYear } from '../../../shared/forecast';
import { COST_LINE_COLOURS, formatMoney, formatNumber, formatShare, moneyUnitLabel, toLang } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

type Props = { years: readonly ForecastYear[]; unit: MoneyUnit; size?: ChartSize };

/** Chart heights: the drawing follows the card's width at a fixed, readable height. */
const CHART_HEIGHT = 340;
const MIN_WIDTH = 560;

/** The width of the figure's content box, followed while the window is resized (undefined before the first measure). */
export function useContentWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const inner = element.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
      if (inner > 0) setWidth(Math.round(inner));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The budget cap as a step line: one level across each year's whole band, joined where the cap
 * changes between consecutive years (a year without a cap breaks the line).
 */
export function budgetStepPath(points: readonly { year: number; y: number }[], years: readonly ForecastYear[], left: number, slot: number): string {
  const parts: string[] = [];
  let previous: { index: number; y: number } | undefined;
  for (const point of points) {
    const index = years.findIndex((y) => y.year === point.year);
    if (index < 0) continue;
    const x0 = left + slot * index;
    const x1 = x0 + slot;
    if (previous && previous.index === index - 1) parts.push(`L${x0.toFixed(1)},${point.y.toFixed(1)}`);
    else parts.push(`M${x0.toFixed(1)},${point.y.toFixed(1)}`);
    parts.push(`L${x1.toFixed(1)},${point.y.toFixed(1)}`);
    previous = { index, y: point.y };
  }
  return parts.join('');
}

export function ForecastChart({ years, unit, size }: Props) {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const figure = useRef<HTMLElement>(null);
  const measured = useContentWidth(figure);
  const fitted: ChartSize = size ?? (measured ? { ...DEFAULT_CHART_SIZE, width: Math.max(MIN_WIDTH, measured), height: CHART_HEIGHT } : DEFAULT_CHART_SIZE);
  const layout = layoutForecastChart(years, unit, fitted);
  const { width, height, margin } = layout.size;
  const right = width - margin.right;
  const bottom = height - margin.bottom;
  const slot = years.length > 0 ? (right - margin.left) / years.length : 0;
  const hovered = years.find((y) => y.year === hover);
  return (
    <figure className="fc-chart" ref={figure}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('chart.label')} data-testid="forecast-chart">
        <g className="fc-grid">
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={margin.left} x2={right} y1={tick.position} y2={tick.position} />
              <text x={margin.left - 6} y={tick.position} dy="0.32em" textAnchor="end">{formatNumber(tick.value, lang, 1)}</text>
            </g>
          ))}
          {layout.coverageTicks.map((tick) => (
            <text key={tick.value} x={right + 6} y={tick.position} dy="0.32em" className="fc-axis2">{formatShare(tick.value, 0)}</text>
          ))}
          <text x={margin.left - 6} y={margin.top - 12} textAnchor="end" className="fc-axis-title">{moneyUnitLabel(unit, lang)}</text>
          <text x={right + 6} y={margin.top - 12} className="fc-axis-title">{t('chart.coverageAxis')}</text>
        </g>
        {layout.bars.map((bar) => (
          <rect key={`${bar.year}-${bar.line}`} x={bar.x} y={bar.y} width={bar.width} height={Math.max(0, bar.height)} fill={COST_LINE_COLOURS[bar.line]} data-line={bar.line} data-year={bar.year} data-value={bar.value.toFixed(2)} />
        ))}
        {layout.bands.map((band) => (
          <g key={band.year} className="fc-band">
            <line x1={band.x + band.width / 2} x2={band.x + band.width / 2} y1={band.yLow} y2={band.yHigh} />
            <line x1={band.x} x2={band.x + band.width} y1={band.yLow} y2={band.yLow} />
            <line x1={band.x} x2={band.x + band.width} y1={band.yHigh} y2={band.yHigh} />
          </g>
        ))}
        {layout.oneOff.map((m) => (
          <line key={m.year} className="fc-oneoff" x1={m.x} x2={m.x + m.width} y1={m.y} y2={m.y} data-year={m.year} data-value={m.value.toFixed(2)} />
        ))}
        {layout.budget.length > 0 && <path className="fc-budget" d={budgetStepPath(layout.budget, years, margin.left, slot)} data-testid="forecast-budget" />}
        <path className="fc-coverage" d={linePath(layout.coverage)} />
        {layout.coverage.map((p) => <circle key={p.year} className="fc-coverage-dot" cx={p.x} cy={p.y} r={3} />)}
        {layout.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={bottom + 18} textAnchor="middle" className="fc-xtick">{tick.year}</text>
        ))}
        <line className="fc-axis" x1={margin.left} x2={right} y1={bottom} y2={bottom} />
        {years.map((y, i) => (
          <rect key={y.year} className="fc-hit" x={margin.left + slot * i} y={margin.top} width={slot} height={bottom - margin.top}
            onMouseEnter={() => setHover(y.year)} onMouseLeave={() => setHover(undefined)} onFocus={() => setHover(y.year)} onBlur={() => setHover(undefined)}
            tabIndex={0} role="img" aria-label={`${y.year}: ${formatMoney(y.total, unit, lang)}`} />
        ))}
      </svg>
      <figcaption className="fc-legend">
        {SPEND_LINES.map((line) => (
          <span key={line}><i style={{ background: COST_LINE_COLOURS[line] }} />{t(`lines.${line}`)}</span>
        ))}
        <span><i className="fc-legend-band" />{t('chart.band')}</span>
        {layout.oneOff.length > 0 && <span><i className="fc-legend-oneoff" />{t('chart.oneOff')}</span>}
        <span><i className="fc-legend-budget" />{t('chart.budget')}</span>
        <span><i className="fc-legend-coverage" />{t('chart.coverage')}</span>
      </figcaption>
      {hovered && (
        <div className="fc-tooltip" role="status">
          <strong>{hovered.year}</strong>
          {SPEND_LINES.filter((line) => hovered[line] > 0).map((line) => (
            <div key={line}><span>{t(`lines.${line}`)}</span><span>{formatMoney(hovered[line], unit, lang)}</span></div>
          ))}
          <div><span>{t('table.total')}</span><span>{formatMoney(hovered.total, unit, lang)}</span></div>
          <div><span>{t('table.range')}</span><span>{formatMoney(hovered.low, unit, lang)} – {formatMoney(hovered.high, unit, lang)}</span></div>
          <div><span>{t('table.oneOff')}</span><span>{formatMoney(hovered.oneOff, unit, lang)}</span></div>
          {hovered.budget !== undefined && <div><span>{t('table.budget')}</span><span>{formatMoney(hovered.budget, unit, lang)}</span></div>}
          <div><span>{t('table.coverage')}</span><span>{formatShare(hovered.coverage)}</span></div>
          <div><span>{t('table.securityShare')}</span><span>{formatShare(hovered.securityShare)}</span></div>
        </div>
      )}
    </figure>
  );
}
