/** The roadmap report: the model (`buildReport`), its workbook sheets and the words it carries. */
export * from './types';
export { buildReport, ReportError } from './build';
export type { BuildReportOptions } from './build';
export { REPORT_SECTIONS, reportSheets, reportXlsx } from './sections';
export type { ReportSectionData, ReportSectionId } from './sections';
export { ITEM_LABELS, LINE_LABELS, PLANNING_RULES, REPORT_TITLE } from './labels';
export { orderText } from './build';
export { planWarningRows } from './warnings';
export { footerTemplate, HEADER_TEMPLATE, mmToInches, pageCss, REPORT_PAGE, reportFooter } from './page';
export type { PageMargins, ReportFooter, ReportPageSetup } from './page';
