/**
 * The standalone report page (report.html) for headless rendering: `xcplan report` loads it in
 * Chromium and calls `window.xcplanRenderReport(model)`, which draws the same ReportDocument the
 * app shows and resolves once fonts are loaded and the document is laid out.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import type { ReportModel } from '../shared/report';
import { initI18n } from './i18n';
import { ReportDocument } from './views/report/ReportDocument';

/** The page's entry point for the headless renderer: resolves with the number of sections that start a page. */
type ReportPage = Window & { xcplanRenderReport?: (model: ReportModel) => Promise<number> };

initI18n('zh');
const container = document.getElementById('report-root');
if (container) {
  const root = createRoot(container);
  (window as ReportPage).xcplanRenderReport = async (model: ReportModel) => {
    document.documentElement.lang = model.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${model.cover.hospital} · ${model.cover.title}`;
    flushSync(() => root.render(<ReportDocument model={model} />));
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    return document.querySelectorAll('.report-doc .rp-page').length;
  };
  document.documentElement.dataset.reportReady = 'true';
}
