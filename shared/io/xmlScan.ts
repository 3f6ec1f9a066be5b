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

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
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
export function scanWorksheetXml(xml: string, file: string, section: string): Issue | undefined {
  let rows = 0;
  let pos = 0;
  for (;;) {
    const open = xml.indexOf('<', pos);
    if (open < 0) return undefined;
    const close = xml.indexOf('>', open);
    if (close < 0) return undefined;
    pos = close + 1;
    const head = xml.charCodeAt(open + 1);
    // Only <row ...>, <c ...>, <dimension ...>, <mergeCell ...> and <comment ...> carry indexes.
    if (head !== 0x72 && head !== 0x63 && head !== 0x64 && head !== 0x6d) continue;
    const tag = xml.slice(open, close);
    if (tag.startsWith('<row ') || tag.startsWith('<row>')) {
      rows++;
      if (rows > IMPORT_LIMITS.rows + 1000) return limitIssue('rows', rows, file, { section });
      const r = attribute(tag, 'r');
      if (r !== undefined && (!/^\d{1,12}$/.test(r) || Number(r) > IMPORT_LIMITS.excelMaxRow)) return outOfGrid(file, section, r, true);
      continue;
    }
    if (tag.startsWith('<comment ')) {
      // CVE-2023-30533 used a comment whose ref was `__proto__`: only real cell references pass.
      const ref = attribute(tag, 'ref') ?? '';
      if (!parseCellRef(ref.replace(/\$/g, ''))) {
        return makeIssue({ code: 'bad-reference', file, section, value: ref, zh: '批注引用的不是有效的单元格，文件已损坏或被篡改', en: 'a comment refers to something that is not a cell: corrupt or tampered file' });
      }
      const issue = checkRef(ref, file, section);
      if (issue) return issue;
      continue;
    }
    if (tag.startsWith('<c ') || tag.startsWith('<dimension ') || tag.startsWith('<mergeCell ')) {
      const ref = attribute(tag, tag.startsWith('<c ') ? 'r' : 'ref');
      if (ref === undefined) continue;
      const issue = checkRef(ref, file, section);
      if (issue) return issue;
    }
  }
}
