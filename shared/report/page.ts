/**
 * The printed page of the roadmap report, as data: paper, margins, footer and PDF features. The
 * desktop's "生成 PDF" (electron/print.ts), the browser's print (the report view's @page rules) and
 * `xcplan report` (shared/cli/reportPdf.ts) all read it, so the three print the same pages.
 */
import type { Lang } from '../model';
import { escapeMarkup } from '../format/markup';
import type { ReportModel } from './types';

export type PageMargins = { top: number; right: number; bottom: number; left: number };

export type ReportPageSetup = {
  /** Paper name as Chromium and Electron know it. */
  paper: 'A4';
  /** Paper size in millimetres (portrait). */
  widthMm: number;
  heightMm: number;
  /** Page margins in millimetres; the footer sits in the bottom margin. */
  marginMm: PageMargins;
  /** Background colours and fills print (the cover band, table stripes). */
  printBackground: boolean;
  /** A PDF outline (bookmarks) from the document's headings. */
  outline: boolean;
  /** A tagged (accessible) PDF. */
  tagged: boolean;
  /** Footer type size in points and colour. */
  footerPt: number;
  footerColor: string;
  fontFamily: string;
};

export const REPORT_PAGE: ReportPageSetup = {
  paper: 'A4',
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 18, right: 16, bottom: 20, left: 16 },
  printBackground: true,
  outline: true,
  tagged: true,
  footerPt: 7.5,
  footerColor: '#5c6470',
  fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
};

/** What the footer of every page says: the hospital and the title on the left, "第 n 页 / 共 m 页" on the right. */
export type ReportFooter = { text: string; lang: Lang };

/** The footer of a report model. */
export function reportFooter(model: Pick<ReportModel, 'cover' | 'lang'>): ReportFooter {
  return { text: `${model.cover.hospital} · ${model.cover.title}`, lang: model.lang };
}

export const mmToInches = (mm: number): number => mm / 25.4;

/** Chromium's empty header (a template must be given once the footer is shown). */
export const HEADER_TEMPLATE = '<span></span>';

/**
 * Chromium's footer template (`displayHeaderFooter`): the footer text, escaped, and the page
 * number; Chromium fills the `pageNumber` and `totalPages` spans.
 */
export function footerTemplate(footer: ReportFooter, page: ReportPageSetup = REPORT_PAGE): string {
  const pages = footer.lang === 'zh'
    ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
    : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  const style = [
    'width:100%',
    `padding:0 ${page.marginMm.right}mm 0 ${page.marginMm.left}mm`,
    `font-size:${page.footerPt}pt`,
    `color:${page.footerColor}`,
    `font-family:${page.fontFamily.replace(/"/g, "'")}`,
    'display:flex',
    'justify-content:space-between',
  ].join(';');
  return `<div style="${style}"><span>${escapeMarkup(footer.text)}</span><span>${pages}</span></div>`;
}

/** A CSS string literal (quotes, backslashes and line breaks escaped). */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

/**
 * The @page rules of the document: paper and margins always; with `footer`, the footer as page
 * margin boxes too (the browser's own print, where no Chromium footer template exists).
 */
export function pageCss(footer?: ReportFooter, page: ReportPageSetup = REPORT_PAGE): string {
  const m = page.marginMm;
  const rules = [`@page { size: ${page.paper}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`];
  if (footer) {
    const box = `font-family: ${page.fontFamily}; font-size: ${page.footerPt}pt; color: ${page.footerColor};`;
    const pages = footer.lang === 'zh' ? `"第 " counter(page) " 页 / 共 " counter(pages) " 页"` : `"Page " counter(page) " of " counter(pages)`;
    rules.push(`@page { @bottom-left { content: ${cssString(footer.text)}; ${box} } @bottom-right { content: ${pages}; ${box} } }`);
  }
  return rules.join('\n');
}
