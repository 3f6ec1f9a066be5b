/**
 * The forecast view: the project's spend per year (chart + table, 万元 by default), the scenario
 * comparison, the national market model beside the seed's figures, and the price book.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ForecastResult } from '../../../shared/forecast';
import { formatIssue } from '../../../shared/model';
import type { ProjectFile } from '../../../shared/model';
import { BudgetLine } from '../../components/BudgetLine';
import { Button } from '../../components/Button';
import { MoneyUnitPicker } from '../../components/MoneyUnitPicker';
import { useAnalysis } from '../../hooks/useAnalysis';
import { TabList } from '../../components/TabList';
import { PriceBookSection } from '../settings/PriceBookSection';
import { ForecastChart } from './ForecastChart';
import { ForecastTable } from './ForecastTable';
import { MarketPanel } from './MarketPanel';
import { ScenarioComparison } from './ScenarioComparison';
import { useForecast } from './useForecast';
import type { ForecastState } from './useForecast';
import './forecast.css';
import { formatMoney, formatShare, toLang } from '../../../shared/format';
import type { Lang, MoneyUnit } from '../../../shared/format';

type Tab = 'project' | 'compare' | 'market' | 'book';
const TABS: Tab[] = ['project', 'compare', 'market', 'book'];

export function ForecastView() {
  const { t, i18n } = useTranslation('forecast');
  const [tab, setTab] = useState<Tab>('project');
  const [unit, setUnit] = useState<MoneyUnit>('wan');
  const state = useForecast(toLang(i18n.language), tab === 'compare');
  return (
    <section className="fc-view" aria-labelledby="fc-title">
      <header className="fc-header">
        <div>
          <h2 id="fc-title">{t('title')}</h2>
          <p>{t('subtitle')}</p>
        </div>
        <MoneyUnitPicker value={unit} onChange={setUnit} />
      </header>
      <TabList ids={TABS} selected={tab} label={t('title')} className="fc-tabs" idPrefix="fc-tab" panelId={(id) => `fc-panel-${id}`} labelOf={(id) => t(`tabs.${id}`)} onSelect={setTab} />
      <div role="tabpanel" id={`fc-panel-${tab}`} aria-labelledby={`fc-tab-${tab}`} className="fc-panel">
        {tab === 'market' ? <MarketPanel /> : tab === 'book' ? <PriceBookSection /> : <ProjectPanel state={state} tab={tab} unit={unit} />}
      </div>
    </section>
  );
}

function ProjectPanel({ state, tab, unit }: { state: ForecastState; tab: 'project' | 'compare'; unit: MoneyUnit }): ReactNode {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  if (state.status === 'loading') return <p className="fc-note">{t('loading')}</p>;
  if (state.status === 'no-project') return <p className="fc-note">{t('noProject')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className="fc-error">
        <strong>{t('error')}</strong>
        {state.message && <p>{state.message}</p>}
        <ul>{state.issues.map((issue, i) => <li key={i}>{formatIssue(issue, lang)}</li>)}</ul>
      </div>
    );
  }
  if (tab === 'compare') return <ScenarioComparison scenarios={state.scenarios} unit={unit} />;
  return (
    <>
      <Summary result={state.forecast} unit={unit} lang={lang} />
      {state.project.scenario?.budgetPerYear !== undefined && <BudgetPanel project={state.project} cap={state.project.scenario.budgetPerYear} unit={unit} lang={lang} />}
      <ForecastChart years={state.forecast.years} unit={unit} />
      <ForecastTable result={state.forecast} unit={unit} />
      <p className="fc-note">{t('summary.securityNote', { min: formatShare(state.forecast.securityMinimum, 0) })}</p>
    </>
  );
}

function Summary({ result, unit, lang }: { result: ForecastResult; unit: MoneyUnit; lang: Lang }) {
  const { t } = useTranslation('forecast');
  return (
    <dl className="fc-summary" data-testid="forecast-summary">
      <div><dt>{t('summary.total')}</dt><dd>{formatMoney(result.totals.total, unit, lang)}</dd><dd className="fc-summary-note">{t('summary.totalNote')}</dd></div>
      <div><dt>{t('summary.peak')}</dt><dd>{result.peakYear ?? '—'}</dd></div>
      <div>
        <dt>{t('summary.fullCoverage')}</dt>
        <dd data-testid="forecast-full-coverage">{result.fullCoverageYear ?? t('summary.notReached')}</dd>
        <dd className="fc-summary-note">{result.retainedAssets > 0 ? t('summary.fullCoverageRetained', { count: result.retainedAssets }) : t('summary.fullCoverageNote')}</dd>
      </div>
      <div><dt>{t('summary.flags')}</dt><dd className={result.securityFlags.length > 0 ? 'fc-flag' : undefined}>{result.securityFlags.length > 0 ? result.securityFlags.join(lang === 'zh' ? '、' : ', ') : '—'}</dd></div>
      {result.beyondHorizon > 0 && <div><dt /><dd>{t('summary.beyond', { amount: formatMoney(result.beyondHorizon, unit, lang) })}</dd></div>}
    </dl>
  );
}

/**
 * What the yearly cap costs in time, worked out on request: the worker reruns the scheduler under
 * other budgets (up to 14 times, about 1 s at 100,000 assets), so it is not done unasked.
 */
function BudgetPanel({ project, cap, unit, lang }: { project: ProjectFile; cap: number; unit: MoneyUnit; lang: Lang }) {
  const { t } = useTranslation('forecast');
  // Asked for this version of the project: after an edit the button comes back instead of the
  // worker rescheduling 14 times again on every keystroke.
  const [askedFor, setAskedFor] = useState<ProjectFile | undefined>(undefined);
  const asked = askedFor === project;
  const answer = useAnalysis('budget', asked ? project : undefined, lang);
  const money = (yuan: number) => formatMoney(yuan, unit, lang);
  return (
    <section className="fc-budget-need" aria-labelledby="fc-budget-need-title" data-testid="forecast-budget-need">
      <h3 id="fc-budget-need-title">{t('budgetNeed.title')}</h3>
      {!asked ? (
        <div className="fc-budget-need-ask">
          <p className="fc-note">{t('budgetNeed.hint', { cap: money(cap) })}</p>
          <Button onClick={() => setAskedFor(project)}>{t('budgetNeed.ask')}</Button>
        </div>
      ) : answer.status === 'ready' && answer.project === project ? (
        answer.value && <BudgetLine text={answer.value.text} />
      ) : answer.status === 'error' ? (
        <p role="alert" className="fc-error">{answer.failure.message}</p>
      ) : (
        <p className="fc-note" role="status">{t('budgetNeed.asking')}</p>
      )}
    </section>
  );
}
