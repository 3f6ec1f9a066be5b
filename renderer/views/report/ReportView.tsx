/**
 * The roadmap report view: pick the scenario and the report language, preview the A4 document,
 * print it to PDF ("生成 PDF": the desktop shell's PDF, the browser's print in the web build) or
 * export the same sections as an XLSX workbook.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { projectScenarios } from '../../../shared/forecast';
import type { Lang } from '../../../shared/model';
import { pageCss, reportFooter, reportXlsx } from '../../../shared/report';
import type { ReportModel } from '../../../shared/report';
import { Button, pushToast, toLang } from '../../components';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAnalysis } from '../../hooks/useAnalysis';
import { useActiveProjectRow } from '../../hooks/useProjects';
import { isDesktop, PlatformError, printDocument, saveFile } from '../../platform';
import { ReportDocument } from './ReportDocument';
import './report.css';
import { localIsoDate, safeFileName } from '../../../shared/format';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Built = { status: 'loading' } | { status: 'no-project' } | { status: 'error'; message: string } | { status: 'ready'; model: ReportModel; scenarios: string[] };

/** A file name from the hospital's name: no characters file systems refuse. */
export function reportFileName(model: ReportModel, ext: 'pdf' | 'xlsx'): string {
  const base = `${model.cover.hospital}-${model.lang === 'zh' ? '信创替代路线图' : 'xinchuang-roadmap'}-${model.cover.scenario}`;
  return `${safeFileName(base, 'report')}.${ext}`;
}

export function ReportView() {
  const { t, i18n } = useTranslation('report');
  const uiLang = toLang(i18n.language);
  const project = useActiveProjectFile();
  const projectName = useActiveProjectRow()?.name;
  const [scenario, setScenario] = useState<string | undefined>(undefined);
  // The report is written in the UI language unless the user picks the other one.
  const [lang, setLang] = useState<Lang>(() => (uiLang === 'en' ? 'en' : 'zh'));
  const [busy, setBusy] = useState<'print' | 'xlsx' | undefined>(undefined);

  const scenarios = useMemo(() => (project ? projectScenarios(project).map((s) => s.name) : []), [project]);
  const chosen = scenario !== undefined && scenarios.includes(scenario) ? scenario : undefined;
  // The report model is built in the analysis worker from the project's one analysis.
  const answer = useAnalysis('report', project, lang, chosen, { date: localIsoDate(), ...(projectName ? { projectName } : {}) });
  const built = useMemo((): Built => {
    if (answer.status === 'loading' || answer.status === 'no-project') return answer;
    if (answer.status === 'error') {
      const { failure } = answer;
      const detail = failure.issues.length > 0 ? failure.issues.map((i) => i.message[uiLang]).join('; ') : uiLang === 'zh' ? (failure.zh ?? failure.message) : failure.message;
      return { status: 'error', message: detail };
    }
    return { status: 'ready', model: answer.value, scenarios };
  }, [answer, scenarios, uiLang]);

  const failed = (error: unknown) => {
    const message = error instanceof PlatformError ? (uiLang === 'zh' ? error.zh : error.en) : error instanceof Error ? error.message : String(error);
    pushToast({ text: t('failed', { message }), tone: 'error' });
  };

  const onPrint = async (model: ReportModel) => {
    setBusy('print');
    try {
      const done = await printDocument(reportFileName(model, 'pdf'), reportFooter(model));
      pushToast({ text: done ? t('printed') : t('cancelled'), tone: 'info' }, 4000);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(undefined);
    }
  };

  const onExport = async (model: ReportModel) => {
    setBusy('xlsx');
    try {
      const bytes = await reportXlsx(model);
      const saved = await saveFile(reportFileName(model, 'xlsx'), bytes, XLSX_MIME);
      pushToast({ text: saved ? t('exported') : t('cancelled'), tone: 'info' }, 4000);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="report-view" aria-labelledby="report-title">
      <header className="report-chrome">
        <h2 id="report-title">{t('title')}</h2>
        <p>{t('subtitle')}</p>
        {built.status === 'ready' ? (
          <div className="report-toolbar" role="toolbar" aria-label={t('toolbar')}>
            <label>
              {t('scenario')}
              <select value={built.model.cover.scenario} onChange={(e) => setScenario(e.target.value)} data-testid="report-scenario-select">
                {built.scenarios.map((name) => <option key={name} value={name}>{name}</option>)}
              </select>
            </label>
            <label>
              {t('language')}
              <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh')} data-testid="report-lang-select">
                <option value="zh">{t('langZh')}</option>
                <option value="en">{t('langEn')}</option>
              </select>
            </label>
            <div className="report-actions">
              {busy ? <span className="report-status" role="status">{busy === 'print' ? t('printing') : t('exporting')}</span> : null}
              <Button variant="primary" disabled={busy !== undefined} onClick={() => void onPrint(built.model)}>{t('print')}</Button>
              <Button disabled={busy !== undefined} onClick={() => void onExport(built.model)}>{t('exportXlsx')}</Button>
            </div>
          </div>
        ) : null}
      </header>
      {built.status === 'loading' ? <p className="loading">{t('loading')}</p> : null}
      {built.status === 'no-project' ? <p>{t('noProject')}</p> : null}
      {built.status === 'error' ? <p className="report-error" role="alert">{t('error')}：{built.message}</p> : null}
      {built.status === 'ready' ? (
        // Focusable, so the preview scrolls by keyboard too.
        <div className="report-preview" tabIndex={0} role="region" aria-label={t('doc.label')}>
          {/* The browser's print has no footer template: the footer comes as @page margin boxes. */}
          {isDesktop() ? null : <style>{pageCss(reportFooter(built.model))}</style>}
          <ReportDocument model={built.model} />
        </div>
      ) : null}
    </section>
  );
}
