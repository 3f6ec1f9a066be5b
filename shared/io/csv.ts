/**
 * An RFC 4180 CSV reader that keeps the line number the user sees in a text editor or Excel, and
 * enforces the shape limits while it reads (no silent truncation, no unbounded memory).
 * Quoted fields may span lines; `""` inside quotes is a quote; CRLF, LF and CR all end a record.
 * Written by hand rather than with Papa Parse because the importer needs each record's starting
 * line for its messages and must stop at the limits, which Papa Parse's streaming API makes awkward.
 */
import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { IMPORT_LIMITS, limitIssue } from './limits';
import { unkeepableTextIssue } from './text';

export type CsvRecord = { line: number; cells: string[] };

const CANDIDATES = [',', '\t', ';', '|'] as const;

/** Picks the delimiter that splits the first few lines most consistently (comma when unsure). */
export function detectDelimiter(text: string): string {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 10);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const max = Math.max(0, ...counts);
    const withIt = counts.filter((n) => n > 0).length;
    const score = withIt * 1000 + max;
    if (max > 0 && score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) n++;
  }
  return n;
}

/**
 * Parses CSV text into records with their 1-based starting line.
 * @param text decoded text without BOM
 * @param file file name for messages
 * @param delimiter field separator; detected when omitted
 */
export function parseCsv(text: string, file: string, delimiter = detectDelimiter(text)): Parsed<CsvRecord[]> {
  const records: CsvRecord[] = [];
  const issues: Issue[] = [];
  const sep = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let nonBlank = 0;
  const endField = (): boolean => {
    if (field.length > IMPORT_LIMITS.cellChars) {
      issues.push(limitIssue('cell', field.length, file, { row: recordLine, field: `#${cells.length + 1}` }));
      return false;
    }
    const badText = unkeepableTextIssue(field, { file, row: recordLine, field: `#${cells.length + 1}` });
    if (badText) {
      issues.push(badText);
      return false;
    }
    cells.push(field);
    field = '';
    if (cells.length > IMPORT_LIMITS.columns) {
      issues.push(limitIssue('columns', cells.length, file, { row: recordLine }));
      return false;
    }
    return true;
  };
  const endRecord = (): boolean => {
    if (!endField()) return false;
    records.push({ line: recordLine, cells });
    if (cells.some((cell) => cell.trim() !== '')) nonBlank++;
    cells = [];
    if (nonBlank > IMPORT_LIMITS.rows + 1000) {
      issues.push(limitIssue('rows', nonBlank, file));
      return false;
    }
    return true;
  };
  let quoteLine = 1;
  // A quoted cell that holds several lines that each look like a record (they contain the
  // delimiter) is most likely a missing closing quote that swallowed rows: say so, naming the row.
  const checkSwallowed = (cell: string, from: number, to: number): void => {
    const lines = cell.split(/\r\n|\n|\r/);
    if (lines.length < 3 || lines.slice(1).filter((part) => part.includes(delimiter)).length < 2) return;
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'quote-spans-rows',
        file,
        row: recordLine,
        field: `#${cells.length + 1}`,
        zh: `引号内的单元格从第 ${from} 行跨到第 ${to} 行，并包含 ${lines.length - 1} 个看似数据行的换行：可能缺少右引号，行被并入了这个单元格`,
        en: `a quoted cell runs from line ${from} to line ${to} across ${lines.length - 1} line breaks that look like rows: a closing quote may be missing and rows swallowed`,
      }),
    );
  };
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          field += text.slice(start, i + 1);
          i++;
          start = i + 1;
        } else {
          field += text.slice(start, i);
          inQuotes = false;
          start = i + 1;
          if (line > quoteLine) checkSwallowed(field, quoteLine, line);
        }
      } else if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
      }
      continue;
    }
    if (c === 0x22 && field === '' && start === i) {
      inQuotes = true;
      quoteLine = line;
      start = i + 1;
    } else if (c === sep) {
      field += text.slice(start, i);
      start = i + 1;
      if (!endField()) return { ok: false, issues };
    } else if (c === 0x0a || c === 0x0d) {
      field += text.slice(start, i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
      if (!endRecord()) return { ok: false, issues };
      line++;
      recordLine = line;
    }
  }
  if (inQuotes) {
    // An unclosed quote would silently turn every following row into one cell.
    issues.push(
      makeIssue({
        code: 'unclosed-quote',
        file,
        row: quoteLine,
        field: `#${cells.length + 1}`,
        zh: `第 ${quoteLine} 行的引号没有闭合，其后的 ${line - quoteLine} 行都被读进了一个单元格；请补上右引号`,
        en: `the quote opened on line ${quoteLine} is never closed: the ${line - quoteLine} lines after it would be read as one cell; add the closing quote`,
      }),
    );
    return { ok: false, issues };
  }
  field += text.slice(start, n);
  if (field !== '' || cells.length > 0) {
    if (!endRecord()) return { ok: false, issues };
  }
  return { ok: true, value: records, issues };
}
