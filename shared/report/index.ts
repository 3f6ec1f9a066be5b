/** The roadmap report: the model (`buildReport`), its workbook sheets and the words it carries. */
export * from './types';
export { buildReport, REPORT_GRAPH_NODES, REPORT_PROCUREMENT_ITEMS, ReportError } from './build';
export { REPORT_SECTIONS, reportSheets, reportXlsx } from './sections';
export type { ReportSectionData, ReportSectionId } from './sections';
export { planWarningRows } from './warnings';
export { pageCss, REPORT_PAGE, reportFooter } from './page';
