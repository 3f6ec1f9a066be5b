// Main process. The PDF options of the app's "生成 PDF": the report's page setup and footer
// (shared/report/page.ts, the same data `xcplan report` prints with), in Electron's units (inches).
import type { PrintToPdfRequest } from '../shared/ipc';
import { footerTemplate, HEADER_TEMPLATE, mmToInches, REPORT_PAGE } from '../shared/report/page';
import type { ReportPageSetup } from '../shared/report/page';

/** The options `webContents.printToPDF` takes for the report page with this footer. */
export function electronPdfOptions(footer: PrintToPdfRequest['footer'], page: ReportPageSetup = REPORT_PAGE) {
  const m = page.marginMm;
  return {
    pageSize: page.paper,
    landscape: false,
    printBackground: page.printBackground,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(footer, page),
    margins: { top: mmToInches(m.top), bottom: mmToInches(m.bottom), left: mmToInches(m.left), right: mmToInches(m.right) },
    generateDocumentOutline: page.outline,
    generateTaggedPDF: page.tagged,
  };
}
