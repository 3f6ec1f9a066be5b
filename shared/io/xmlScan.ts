/**
 * A linear scan of worksheet XML for indexes beyond Excel's grid (QUALITY.md R-I4, R-I6), done
 * before ExcelJS, whose row handling blocks the event loop on a crafted `r="999999999"`. No
 * backtracking regular expression runs over the whole document: tags are found with indexOf.
 */
import { makeIssue } from '../model';
import type { Issue } from '../model';
import { IMPORT_LIMITS, limitIssue } from './limits';

/** `A` → 1, `XFD` → 16384; NaN when the text is not column letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,7}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `AB12` into column 28 and row 12; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const match = /^([A-Za-z]{1,7})(\d{1,12})$/.exec(ref);
  if (!match) return undefined;
  return { column: columnNumber(match[1]!), row: Number(match[2]) };
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * An attribute's value as an XML parser reads it: any whitespace before the name, optional
 * whitespace around `=`, single or double quotes (`r='5'` and `<row\nr="5">` are both valid XML,
 * and a scan that only knew ` r="` let them through; issue 15 #3).
 */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + 1;
    if (!isSpace(tag.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (isSpace(tag.charCodeAt(i))) i++;
    if (tag[i] !== '=') continue;
    i++;
    while (isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, i + 1);
    return end < 0 ? undefined : tag.slice(i + 1, end);
  }
}

/** The local name of an element tag (`<x:row r="1">` → `row`), or '' for closing tags and others. */
function localName(tag: string): string {
  let end = 1;
  while (end < tag.length && !isSpace(tag.charCodeAt(end)) && tag[end] !== '/' && tag[end] !== '>') end++;
  const name = tag.slice(1, end);
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function outOfGrid(file: string, section: string, value: string, row: boolean): Issue {
  return makeIssue({
    code: 'index-out-of-range',
    file,
    section,
    value,
    zh: row
      ? `行号超出 Excel 上限（> ${IMPORT_LIMITS.excelMaxRow}），文件已损坏或被篡改`
      : `列号超出 Excel 上限（> ${IMPORT_LIMITS.excelMaxColumn}），文件已损坏或被篡改`,
    en: row
      ? `row index beyond Excel's limit (> ${IMPORT_LIMITS.excelMaxRow}): corrupt or tampered file`
      : `column index beyond Excel's limit (> ${IMPORT_LIMITS.excelMaxColumn}): corrupt or tampered file`,
  });
}

function checkRef(ref: string, file: string, section: string): Issue | undefined {
  for (const part of ref.split(':')) {
    const cell = parseCellRef(part.replace(/\$/g, ''));
    if (!cell) continue;
    if (cell.row > IMPORT_LIMITS.excelMaxRow) return outOfGrid(file, section, part, true);
    if (cell.column > IMPORT_LIMITS.excelMaxColumn) return outOfGrid(file, section, part, false);
  }
  return undefined;
}

/**
 * @param xml one worksheet's XML
 * @param file file name for messages
 * @param section the ZIP entry, e.g. `xl/worksheets/sheet1.xml`
 * @returns the first problem, or undefined when the sheet is inside the grid and the limits
 */
export function scanWorksheetXml(xml: string, file: string, section: string, counter: { cells: number } = { cells: 0 }): Issue | undefined {
  let rows = 0;
  let pos = 0;
  for (;;) {
    const open = xml.indexOf('<', pos);
    if (open < 0) return undefined;
    const close = xml.indexOf('>', open);
    if (close < 0) return undefined;
    pos = close + 1;
    // Only <row>, <c>, <dimension>, <mergeCell> and <comment> carry indexes (with any prefix).
    const name = localName(xml.slice(open, Math.min(close, open + 64)));
    if (name !== 'row' && name !== 'c' && name !== 'dimension' && name !== 'mergeCell' && name !== 'comment') continue;
    const tag = xml.slice(open, close);
    if (name === 'c') {
      counter.cells++;
      if (counter.cells > IMPORT_LIMITS.xlsxCells) return limitIssue('cells', counter.cells, file, { section });
    }
    if (name === 'row') {
      rows++;
      if (rows > IMPORT_LIMITS.rows + 1000) return limitIssue('rows', rows, file, { section });
      const r = attribute(tag, 'r');
      if (r !== undefined && (!/^\d{1,12}$/.test(r) || Number(r) > IMPORT_LIMITS.excelMaxRow)) return outOfGrid(file, section, r, true);
      continue;
    }
    if (name === 'comment') {
      // CVE-2023-30533 used a comment whose ref was `__proto__`: only real cell references pass.
      const ref = attribute(tag, 'ref') ?? '';
      if (!parseCellRef(ref.replace(/\$/g, ''))) {
        return makeIssue({ code: 'bad-reference', file, section, value: ref, zh: '批注引用的不是有效的单元格，文件已损坏或被篡改', en: 'a comment refers to something that is not a cell: corrupt or tampered file' });
      }
      const issue = checkRef(ref, file, section);
      if (issue) return issue;
      continue;
    }
    {
      const ref = attribute(tag, name === 'c' ? 'r' : 'ref');
      if (ref === undefined) continue;
      const issue = checkRef(ref, file, section);
      if (issue) return issue;
    }
  }
}
