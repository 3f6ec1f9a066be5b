/**
 * The report's pictures as inline SVG (crisp in print and PDF): the estate on edge-to-core rings,
 * the wave timeline by tier, and the spend chart. They draw only what the report model holds.
 */
import type { TFunction } from 'i18next';

import { layoutForecastChart, linePath } from '../../../shared/forecast';
import type { ForecastYear } from '../../../shared/forecast';
import { TIERS } from '../../../shared/model';
import type { ReportSectionData, ReportSpendYear } from '../../../shared/report';
import { COST_LINE_COLOURS, formatNumber, SERIES_COLOURS, STATE_COLOURS as STATE } from '../../../shared/format';

/** One distinct colour per migration year (blue, teal, amber, orange...), in year order. */
const YEAR_COLOURS = SERIES_COLOURS;
export const STATE_COLOURS = { domestic: STATE.domestic, retained: STATE.retained, unscheduled: STATE.unscheduled } as const;

export const yearColour = (years: readonly number[], year: number | null): string => {
  const i = year === null ? -1 : years.indexOf(year);
  return i < 0 ? '#9aa0a8' : YEAR_COLOURS[Math.min(i, YEAR_COLOURS.length - 1)]!;
};

const EDGE_STYLE = [
  { stroke: '#8a93a3', dash: undefined },
  { stroke: '#c3c9d2', dash: '2 3' },
  { stroke: '#7d9dcc', dash: '6 4' },
] as const;

export function GraphPicture({ model, t }: { model: ReportSectionData<'path'>; t: TFunction }) {
  const { graph } = model;
  if (graph.omitted) {
    return (
      <figure className="rp-figure rp-graph">
        <figcaption>{t('doc.graphTitle')}</figcaption>
        <p className="rp-intro" data-testid="report-graph-omitted">
          {t('doc.graphOmitted', { nodes: formatNumber(graph.omitted.nodes, model.lang), edges: formatNumber(graph.omitted.dependencies, model.lang) })}
        </p>
      </figure>
    );
  }
  const size = 560;
  const scale = (size / 2 - 8) / Math.max(graph.extent, 1);
  const c = size / 2;
  const X = (v: number) => c + v * scale;
  const legend = [
    { colour: STATE_COLOURS.domestic, label: t('doc.legendDomestic') },
    ...graph.years.map((year) => ({ colour: yearColour(graph.years, year), label: t('doc.legendYear', { year }) })),
    { colour: STATE_COLOURS.retained, label: t('doc.legendRetained') },
    ...(graph.nodes.some((n) => n.state === 'unscheduled') ? [{ colour: STATE_COLOURS.unscheduled, label: t('doc.legendUnscheduled') }] : []),
  ];
  return (
    <figure className="rp-figure rp-graph">
      <figcaption>{t('doc.graphTitle')}</figcaption>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('doc.graphAlt', { nodes: graph.nodes.length, edges: graph.edges.length })} data-testid="report-graph">
        <g fill="none" stroke="#e6e9ee">
          {graph.bands.filter((b) => b.count > 0).map((b) => (
            <circle key={b.tier} cx={c} cy={c} r={((b.inner + b.outer) / 2) * scale} strokeWidth={Math.max(10, (b.outer - b.inner) * scale + 14)} stroke={b.tier === 'core' ? '#f3ede2' : '#f1f3f6'} />
          ))}
        </g>
        {EDGE_STYLE.map((style, kind) => {
          const d = graph.edges.filter((e) => e[2] === kind).map(([a, b]) => `M${X(graph.nodes[a]!.x).toFixed(1)} ${X(graph.nodes[a]!.y).toFixed(1)}L${X(graph.nodes[b]!.x).toFixed(1)} ${X(graph.nodes[b]!.y).toFixed(1)}`).join('');
          return d ? <path key={kind} d={d} fill="none" stroke={style.stroke} strokeOpacity={0.45} strokeWidth={0.6} strokeDasharray={style.dash} /> : null;
        })}
        <g>
          {graph.nodes.map((n) => (
            <circle
              key={n.id}
              cx={X(n.x)}
              cy={X(n.y)}
              r={Math.max(1.6, n.r * scale)}
              fill={n.state === 'planned' ? yearColour(graph.years, n.year) : n.state === 'retained' ? STATE_COLOURS.retained : n.state === 'unscheduled' ? '#fff' : STATE_COLOURS.domestic}
              stroke={n.state === 'unscheduled' ? STATE_COLOURS.unscheduled : '#fff'}
              strokeWidth={n.state === 'unscheduled' ? 1.5 : 0.5}
            >
              <title>{n.name}</title>
            </circle>
          ))}
        </g>
        <g fontSize={11} fill="#4a5262" textAnchor="middle" fontWeight={600}>
          {graph.bands.map((b, i) => (b.count > 0 ? (
            <text key={b.tier} x={c} y={i === 0 ? c + 4 : c - b.inner * scale + 2} paintOrder="stroke" stroke="#fff" strokeWidth={3}>
              {model.tierLabels[b.tier]}
            </text>
          ) : null))}
        </g>
      </svg>
      <ul className="rp-legend">
        {legend.map((item) => (
          <li key={item.label}>
            <span className="rp-swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function TimelinePicture({ model, t, money }: { model: ReportSectionData<'path'>; t: TFunction; money: (yuan: number) => string }) {
  const waves = model.waves;
  const lanes = [...TIERS];
  const left = 92;
  const width = 720;
  const headH = 40;
  const laneH = 40;
  const costH = 58;
  const colW = (width - left - 8) / Math.max(1, waves.length);
  const height = headH + lanes.length * laneH + costH + 8;
  const maxCount = Math.max(1, ...waves.flatMap((w) => lanes.map((tier) => w.tiers[tier])));
  const maxCost = Math.max(1, ...waves.map((w) => w.cost));
  const years = [...new Set(waves.map((w) => w.year))];
  const yearColours = model.graph.years.length > 0 ? model.graph.years : years;
  const barBase = headH + lanes.length * laneH + costH - 14;
  return (
    <figure className="rp-figure">
      <figcaption>{t('doc.timelineTitle')}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('doc.timelineAlt', { waves: waves.length })} data-testid="report-timeline">
        {years.map((year) => {
          const first = waves.findIndex((w) => w.year === year);
          const count = waves.filter((w) => w.year === year).length;
          const x = left + first * colW;
          return (
            <g key={year}>
              <rect x={x + 1} y={2} width={count * colW - 2} height={16} rx={3} fill={yearColour(yearColours, year)} opacity={0.9} />
              <text x={x + (count * colW) / 2} y={14} fontSize={11} fill="#fff" textAnchor="middle" fontWeight={600}>{year}</text>
              <line x1={x} x2={x} y1={20} y2={height - 4} stroke="#d9dde3" />
            </g>
          );
        })}
        {waves.map((w, i) => (
          <text key={w.index} x={left + i * colW + colW / 2} y={34} fontSize={10} fill="#5c6470" textAnchor="middle">{`${model.lang === 'zh' ? '第' : 'W'}${w.index}${model.lang === 'zh' ? '批' : ''}`}</text>
        ))}
        {lanes.map((tier, l) => {
          const y = headH + l * laneH;
          return (
            <g key={tier}>
              <rect x={0} y={y} width={width} height={laneH} fill={l % 2 === 0 ? '#f7f8fa' : '#fff'} />
              <text x={8} y={y + laneH / 2 + 4} fontSize={11} fill="#1f2329">{model.tierLabels[tier]}</text>
              {waves.map((w, i) => {
                const n = w.tiers[tier];
                if (n === 0) return null;
                const x = left + i * colW;
                const isCore = tier === 'core' && w.coreCutovers > 0;
                return (
                  <g key={w.index}>
                    <rect x={x + 3} y={y + 6} width={colW - 6} height={laneH - 12} rx={4} fill={yearColour(yearColours, w.year)} opacity={0.25 + 0.75 * (n / maxCount)} />
                    <text x={x + colW / 2} y={y + laneH / 2 + 4} fontSize={11} textAnchor="middle" fill={n / maxCount > 0.45 ? '#fff' : '#1f2329'} fontWeight={600}>{n}</text>
                    {isCore ? <path d={`M${x + colW - 9} ${y + 3}l5 5-5 5-5-5z`} fill="#b42318"><title>{t('doc.coreCutover')}</title></path> : null}
                  </g>
                );
              })}
            </g>
          );
        })}
        <text x={8} y={barBase - 10} fontSize={11} fill="#1f2329">{t('doc.timelineCost')}</text>
        {waves.map((w, i) => {
          const h = (w.cost / maxCost) * (costH - 26);
          const x = left + i * colW;
          return (
            <g key={w.index}>
              <rect x={x + colW * 0.25} y={barBase - h} width={colW * 0.5} height={h} fill="#5c6470" opacity={0.7} />
              <text x={x + colW / 2} y={barBase + 11} fontSize={9} textAnchor="middle" fill="#5c6470">{w.cost > 0 ? money(w.cost).replace(/\s*(万元|×10k yuan)$/, '') : '–'}</text>
            </g>
          );
        })}
      </svg>
      <ul className="rp-legend">
        <li><span className="rp-swatch rp-swatch-diamond" aria-hidden="true" />{t('doc.coreCutover')}</li>
        <li>{model.lang === 'zh' ? '格内数字为该层级资产条目数；底部为批次费用（万元）' : 'Numbers are asset rows per tier; bottom: wave cost (×10k yuan)'}</li>
      </ul>
    </figure>
  );
}

const asForecastYear = (y: ReportSpendYear): ForecastYear => ({
  ...y,
  budget: y.budget ?? undefined,
  support: 0,
  assessments: 0,
  coverageBy: { systems: y.coverage, terminals: 0, servers: 0, os: 0, database: 0 },
  domesticUnits: 0,
  totalUnits: 0,
  assetsReplaced: 0,
});

export function SpendChart({ model, t }: { model: ReportSectionData<'spend'>; t: TFunction }) {
  const spend = model.spend;
  const layout = layoutForecastChart(spend.years.map(asForecastYear), 'wan', { width: 720, height: 300, margin: { top: 20, right: 52, bottom: 30, left: 64 } });
  const { size } = layout;
  const right = size.width - size.margin.right;
  return (
    <figure className="rp-figure">
      <figcaption>{t('doc.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={t('doc.chartAlt', { years: spend.years.length })} data-testid="report-spend-chart">
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={size.margin.left} x2={right} y1={tick.position} y2={tick.position} stroke="#e6e9ee" />
            <text x={size.margin.left - 6} y={tick.position + 4} fontSize={10} textAnchor="end" fill="#5c6470">{formatNumber(tick.value, model.lang)}</text>
          </g>
        ))}
        {layout.coverageTicks.map((tick) => (
          <text key={tick.value} x={right + 6} y={tick.position + 4} fontSize={10} fill="#2f7d4f">{`${Math.round(tick.value * 100)}%`}</text>
        ))}
        {layout.bars.map((bar) => (
          <rect key={`${bar.year}-${bar.line}`} x={bar.x} y={bar.y} width={bar.width} height={Math.max(0, bar.height)} fill={COST_LINE_COLOURS[bar.line]} data-line={bar.line} data-value={bar.value.toFixed(1)}>
            <title>{`${bar.year} ${spend.lineLabels[bar.line]} ${bar.value.toFixed(1)}`}</title>
          </rect>
        ))}
        {layout.bands.map((band) => (
          <line key={band.year} x1={band.x + band.width / 2} x2={band.x + band.width / 2} y1={band.yLow} y2={band.yHigh} stroke="#1f2329" strokeWidth={1} opacity={0.55} />
        ))}
        {layout.oneOff.map((m) => <line key={m.year} x1={m.x} x2={m.x + m.width} y1={m.y} y2={m.y} stroke="#1f2329" strokeWidth={1.6} data-oneoff={m.value.toFixed(1)} />)}
        {layout.budget.length > 0 ? <path d={linePath(layout.budget)} fill="none" stroke="#b42318" strokeDasharray="5 4" strokeWidth={1.2} /> : null}
        <path d={linePath(layout.coverage)} fill="none" stroke="#2f7d4f" strokeWidth={1.8} />
        {layout.coverage.map((p) => <circle key={p.year} cx={p.x} cy={p.y} r={2.6} fill="#2f7d4f" />)}
        {layout.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={size.height - size.margin.bottom + 16} fontSize={11} textAnchor="middle" fill="#1f2329">{tick.year}</text>
        ))}
      </svg>
      <ul className="rp-legend">
        {spend.lines.filter((line) => spend.totals[line] > 0).map((line) => (
          <li key={line}><span className="rp-swatch" style={{ background: COST_LINE_COLOURS[line] }} aria-hidden="true" />{spend.lineLabels[line]}</li>
        ))}
        <li><span className="rp-swatch rp-swatch-line" style={{ background: '#2f7d4f' }} aria-hidden="true" />{t('doc.coverage')}</li>
        {layout.oneOff.length > 0 ? <li><span className="rp-swatch rp-swatch-line" style={{ background: '#1f2329' }} aria-hidden="true" />{t('doc.oneOffMark')}</li> : null}
        {layout.budget.length > 0 ? <li><span className="rp-swatch rp-swatch-line" style={{ background: '#b42318' }} aria-hidden="true" />{t('doc.budget')}</li> : null}
      </ul>
    </figure>
  );
}
