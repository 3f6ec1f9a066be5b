/**
 * The national market: the model's OS and CPU lines with the seed's published points marked, the
 * comparison table, and every assumption editable (saved app-wide, with a reset to defaults).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { linePath } from '../../../shared/forecast';
import { compareToSeed, DEFAULT_MARKET_ASSUMPTIONS, GRADES, layoutMarketChart, marketModel, readMarketAssumptions, SEED_POINTS, SEED_SOURCE } from '../../../shared/market';
import type { Grade, MarketAssumptions, UnitPrice } from '../../../shared/market';
import { readMarketSetting, saveMarketSetting } from '../../db/settings';
import { formatShare, SERIES_COLOURS, toLang } from '../../../shared/format';

const [OS_COLOUR, , CPU_COLOUR] = SERIES_COLOURS;

export function MarketPanel() {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  const saved = useLiveQuery(readMarketSetting, [], null);
  const assumptions = useMemo(() => {
    if (saved === null || saved === undefined) return DEFAULT_MARKET_ASSUMPTIONS;
    const read = readMarketAssumptions(saved);
    return read.ok ? read.value : DEFAULT_MARKET_ASSUMPTIONS;
  }, [saved]);
  const result = useMemo(() => marketModel(assumptions), [assumptions]);
  const seeds = useMemo(() => compareToSeed(result, SEED_POINTS), [result]);
  const layout = layoutMarketChart(result, seeds);
  const { width, height, margin } = layout.size;
  const yi = (v: number) => (v / 1e8).toFixed(1);
  const save = (next: MarketAssumptions) => void saveMarketSetting(next);

  return (
    <div className="fc-market">
      <figure className="fc-chart">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('market.title')} data-testid="market-chart">
          <g className="fc-grid">
            {layout.yTicks.map((tick) => (
              <g key={tick.value}>
                <line x1={margin.left} x2={width - margin.right} y1={tick.position} y2={tick.position} />
                <text x={margin.left - 6} y={tick.position} dy="0.32em" textAnchor="end">{tick.value}</text>
              </g>
            ))}
          </g>
          <path d={linePath(layout.os)} stroke={OS_COLOUR} className="fc-market-line" />
          <path d={linePath(layout.cpu)} stroke={CPU_COLOUR} className="fc-market-line" />
          {layout.os.map((p) => <circle key={`os${p.year}`} cx={p.x} cy={p.y} r={3} fill={OS_COLOUR}><title>{`${p.year} ${t('market.os')} ${p.value.toFixed(1)}`}</title></circle>)}
          {layout.cpu.map((p) => <circle key={`cpu${p.year}`} cx={p.x} cy={p.y} r={3} fill={CPU_COLOUR}><title>{`${p.year} CPU ${p.value.toFixed(1)}`}</title></circle>)}
          {layout.seeds.map((s) => (
            <g key={`${s.product}${s.year}${s.kind}`} className={s.within ? 'fc-seed' : 'fc-seed fc-seed-miss'} data-seed={`${s.product}-${s.year}`}>
              {s.kind === 'range' ? <line x1={s.x} x2={s.x} y1={s.yMin} y2={s.yMax} /> : <path d={`M${s.x},${s.y - 7} L${s.x + 7},${s.y} L${s.x},${s.y + 7} L${s.x - 7},${s.y} Z`} />}
              <text x={s.x + 9} y={s.y - 8}>{s.label}</text>
            </g>
          ))}
          {layout.xTicks.map((tick) => <text key={tick.year} x={tick.x} y={height - margin.bottom + 18} textAnchor="middle" className="fc-xtick">{tick.year}</text>)}
        </svg>
        <figcaption className="fc-legend">
          <span><i style={{ background: OS_COLOUR }} />{t('market.os')}（{t('market.model')}）</span>
          <span><i style={{ background: CPU_COLOUR }} />{t('market.cpu')}（{t('market.model')}）</span>
          <span><i className="fc-legend-seed" />{t('market.seed')}</span>
        </figcaption>
      </figure>

      <table className="fc-table" data-testid="market-seed-table">
        <caption>{t('market.seedTable')} · {SEED_SOURCE[lang]}</caption>
        <thead><tr><th>{t('market.point')}</th><th>{t('market.modelValue')}</th><th>{t('market.deviation')}</th><th /></tr></thead>
        <tbody>
          {seeds.map((s) => (
            <tr key={`${s.product}${s.year}${s.kind}`}>
              <td>{s.year} · {s.text[lang]}</td>
              <td>{s.kind === 'growth' ? `+${formatShare(s.model, 0)}` : yi(s.model)}</td>
              <td>{formatShare(s.deviation)}</td>
              <td className={s.within ? 'fc-best' : 'fc-flag'}>{s.within ? t('market.within') : t('market.outside')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="fc-table">
        <thead><tr><th>{t('table.year')}</th><th>{t('market.hospitals')}</th><th>{t('market.terminals')}</th><th>{t('market.servers')}</th><th>{t('market.os')}</th><th>{t('market.cpu')}</th></tr></thead>
        <tbody>
          {result.years.map((y) => (
            <tr key={y.year}><th scope="row">{y.year}</th><td>{y.hospitals.toLocaleString()}</td><td>{y.terminals.toLocaleString()}</td><td>{y.servers.toLocaleString()}</td><td>{yi(y.os)}</td><td>{yi(y.cpu)}</td></tr>
          ))}
        </tbody>
      </table>

      <AssumptionsEditor assumptions={assumptions} onChange={save} onReset={() => void saveMarketSetting(undefined)} />
      <p className="fc-note">{t('market.cpuNote')}</p>
    </div>
  );
}

type EditorProps = { assumptions: MarketAssumptions; onChange: (next: MarketAssumptions) => void; onReset: () => void };

function AssumptionsEditor({ assumptions: a, onChange, onReset }: EditorProps) {
  const { t } = useTranslation('forecast');
  const num = (value: string) => (value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value));
  const setGrade = (key: 'terminalsPerHospital' | 'serversPerHospital' | 'hospitalGrowth', grade: Grade, value: number) =>
    onChange({ ...a, [key]: { ...a[key], [grade]: value } });
  const setShare = (product: 'os' | 'cpu', year: number, value: number) =>
    onChange({ ...a, adoption: { ...a.adoption, [product]: { ...a.adoption[product], [year]: Math.min(1, Math.max(0, value)) } } });
  const setPrice = (product: 'os' | 'cpu', kind: 'terminal' | 'server', field: keyof UnitPrice, value: number) =>
    onChange({ ...a, [product]: { ...a[product], [kind]: { ...a[product][kind], [field]: value } } });
  const prices: [string, 'os' | 'cpu', 'terminal' | 'server'][] = [['osDesktop', 'os', 'terminal'], ['osServer', 'os', 'server'], ['cpuTerminal', 'cpu', 'terminal'], ['cpuServer', 'cpu', 'server']];
  return (
    <details className="fc-assumptions" open>
      <summary>{t('market.assumptions')}</summary>
      <div className="fc-assumption-grid">
        <table className="fc-table fc-edit">
          <thead><tr><th /><th>{t('market.perHospitalTerminals')}</th><th>{t('market.perHospitalServers')}</th><th>{t('market.growth')} %</th></tr></thead>
          <tbody>
            {GRADES.map((grade) => (
              <tr key={grade}>
                <th scope="row">{t(`market.grade.${grade}`)}</th>
                <td><input type="number" min={0} aria-label={`${t(`market.grade.${grade}`)} ${t('market.perHospitalTerminals')}`} value={a.terminalsPerHospital[grade]} onChange={(e) => { const v = num(e.target.value); if (v !== undefined && v >= 0) setGrade('terminalsPerHospital', grade, v); }} /></td>
                <td><input type="number" min={0} aria-label={`${t(`market.grade.${grade}`)} ${t('market.perHospitalServers')}`} value={a.serversPerHospital[grade]} onChange={(e) => { const v = num(e.target.value); if (v !== undefined && v >= 0) setGrade('serversPerHospital', grade, v); }} /></td>
                <td><input type="number" step={0.5} aria-label={`${t(`market.grade.${grade}`)} ${t('market.growth')} %`} value={+(a.hospitalGrowth[grade] * 100).toFixed(2)} onChange={(e) => { const v = num(e.target.value); if (v !== undefined) setGrade('hospitalGrowth', grade, v / 100); }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="fc-table fc-edit">
          <thead><tr><th>{t('market.adoption')} %</th>{a.years.map((y) => <th key={y}>{y}</th>)}</tr></thead>
          <tbody>
            {(['os', 'cpu'] as const).map((product) => (
              <tr key={product}>
                <th scope="row">{t(`market.${product}`)}</th>
                {a.years.map((y) => (
                  <td key={y}><input type="number" min={0} max={100} step={0.1} aria-label={`${t(`market.${product}`)} ${y}`} value={+((a.adoption[product][y] ?? 0) * 100).toFixed(2)} onChange={(e) => { const v = num(e.target.value); if (v !== undefined) setShare(product, y, v / 100); }} /></td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <table className="fc-table fc-edit">
          <thead><tr><th>{t('market.prices', { year: a.priceYear })}</th><th>{t('market.price')}</th><th>{t('market.change')} %</th><th>{t('market.support')} %</th></tr></thead>
          <tbody>
            {prices.map(([label, product, kind]) => (
              <tr key={label}>
                <th scope="row">{t(`market.${label}`)}</th>
                <td><input type="number" min={0} aria-label={`${t(`market.${label}`)} ${t('market.price')}`} value={a[product][kind].price} onChange={(e) => { const v = num(e.target.value); if (v !== undefined && v >= 0) setPrice(product, kind, 'price', v); }} /></td>
                <td><input type="number" step={0.5} aria-label={`${t(`market.${label}`)} ${t('market.change')} %`} value={+(a[product][kind].annualChange * 100).toFixed(2)} onChange={(e) => { const v = num(e.target.value); if (v !== undefined) setPrice(product, kind, 'annualChange', v / 100); }} /></td>
                <td><input type="number" min={0} step={1} aria-label={`${t(`market.${label}`)} ${t('market.support')} %`} value={+(a[product][kind].supportRate * 100).toFixed(2)} onChange={(e) => { const v = num(e.target.value); if (v !== undefined && v >= 0) setPrice(product, kind, 'supportRate', v / 100); }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="fc-button-secondary" onClick={onReset}>{t('market.reset')}</button>
    </details>
  );
}
