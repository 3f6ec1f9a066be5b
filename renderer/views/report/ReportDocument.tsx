/**
 * The roadmap as a printable A4 document, drawn from the report model only. The app's report view
 * shows it on screen and prints it; the command line renders the same component headless
 * (renderer/report.html) and prints it to PDF, so both produce the same document.
 */
import { useTranslation } from 'react-i18next';

import { pageCss } from '../../../shared/report/page';
import { REPORT_SECTIONS } from '../../../shared/report';
import type { ReportModel } from '../../../shared/report';
import { docFormats } from './DocTable';
import { SECTION_VIEWS } from './sections';
import './report.css';

export function ReportDocument({ model }: { model: ReportModel }) {
  const { t } = useTranslation('report', { lng: model.lang });
  const { lang, cover, summary } = model;
  const f = docFormats(lang);
  const longDate = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    return lang === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  };

  return (
    <article className="report-doc" lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-label={t('doc.label')} data-testid="report-document" data-waves={summary.waves} data-total={summary.total}>
      <style>{pageCss()}</style>

      <section className="rp-cover" data-testid="report-cover">
        <p className="rp-cover-tag">{t('doc.confidential')}</p>
        <h1 className="rp-cover-title">{cover.title}</h1>
        <p className="rp-cover-hospital">{cover.hospital}</p>
        <dl className="rp-cover-meta">
          {cover.project !== cover.hospital ? (<><dt>{t('doc.preparedFor')}</dt><dd>{cover.project}</dd></>) : null}
          {cover.province ? (<><dt>{t('doc.province')}</dt><dd>{cover.province}</dd></>) : null}
          <dt>{t('doc.scenario')}</dt>
          <dd data-testid="report-scenario">{cover.scenario}</dd>
          <dt>{t('doc.period')}</dt>
          <dd>{t('doc.periodValue', { start: cover.startDate, years: cover.horizonYears, months: cover.waveMonths })}</dd>
          <dt>{t('doc.inventory')}</dt>
          <dd>{t('doc.inventoryValue', { rows: f.num(cover.assetRows), units: f.num(cover.units) })}</dd>
          <dt>{t('doc.date')}</dt>
          <dd>{longDate(cover.date)}</dd>
        </dl>
        <nav className="rp-contents" aria-label={t('doc.contents')}>
          <h2>{t('doc.contents')}</h2>
          <ol>
            {REPORT_SECTIONS.map((section) => <li key={section.id}>{t(section.title)}</li>)}
          </ol>
        </nav>
        <p className="rp-cover-note">{t('doc.generatedBy')}</p>
      </section>

      {REPORT_SECTIONS.map(({ id, title }) => {
        const View = SECTION_VIEWS[id];
        return (
          <section key={id} className="rp-section rp-page" aria-labelledby={`rp-${id}`}>
            <h2 id={`rp-${id}`}>{t(title)}</h2>
            <View data={model} t={t} f={f} />
          </section>
        );
      })}
    </article>
  );
}
