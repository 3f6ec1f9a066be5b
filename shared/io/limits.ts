/**
 * Import limits (QUALITY.md R-I1, R-I3, R-I6) and the issues that name them. Oversized input is
 * refused before it is read or parsed, with a message that states the limit.
 */
import { formatBytes } from '../format';
import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';

export const IMPORT_LIMITS = {
  /** CSV and XLSX (compressed) asset lists and dependency files, bytes. */
  bytes: 20 * 1024 * 1024,
  /**
   * Project files (`*.xcplan.json`, the app's own lossless format, also used by backups), bytes.
   * Larger than the list cap because a 100,000-asset estate with 400,000 dependencies exports to
   * about 54 MB; the schema check still bounds every row and field.
   */
  projectBytes: 256 * 1024 * 1024,
  rows: 100_000,
  /** Issues listed for one file; the rest are counted in one more issue (issue 15 #5). */
  listedIssues: 1000,
  columns: 200,
  /** Excel's own limit on the characters in a cell. */
  cellChars: 32_767,
  sheets: 50,
  /**
   * Cells of all worksheets of an XLSX. ExcelJS holds about 500 bytes a cell while it reads (1
   * million cells: 770 MB measured), so this keeps an import under 1 GB; larger lists go as CSV.
   */
  xlsxCells: 1_000_000,
  headerNames: 200,
  zipEntries: 1000,
  /** Sum of the uncompressed sizes of all ZIP entries, bytes. */
  zipUncompressedBytes: 200 * 1024 * 1024,
  /** Uncompressed : compressed, per entry (entries under `ratioMinBytes` are exempt). */
  zipRatio: 100,
  ratioMinBytes: 256 * 1024,
  /** Excel's grid: anything beyond is a corrupt or hostile file. */
  excelMaxRow: 1_048_576,
  excelMaxColumn: 16_384,
} as const;

/** A failed parse with one error. */
export function fail<T>(issue: Issue): Parsed<T> {
  return { ok: false, issues: [issue] };
}

/** Whether a file name says it is a project file (`.json`, `.xcplan.json`), which has a larger cap. */
export const isProjectFileName = (file: string): boolean => /\.json$/i.test(file);

/** The size cap for a file, chosen from its name before anything is read. */
export const sizeCapFor = (file: string): number => (isProjectFileName(file) ? IMPORT_LIMITS.projectBytes : IMPORT_LIMITS.bytes);

/**
 * The file-size check of R-I1, to run before anything is read or decoded.
 * @param size size in bytes (from the file system or `Uint8Array.length`)
 * @param file file name for the message (a `.json` name gets the project-file cap)
 * @param cap the cap in bytes, by default chosen from the name
 * @returns an error issue when the file is too large, else undefined
 */
export function checkFileSize(size: number, file: string, cap: number = sizeCapFor(file)): Issue | undefined {
  if (size <= cap) return undefined;
  const got = formatBytes(size);
  const max = formatBytes(cap);
  return makeIssue({
    code: 'file-too-large',
    file,
    value: got,
    zh: `文件过大（${got} > ${max}），请拆分后再导入`,
    en: `file too large (${got} > ${max}); split it and import the parts`,
  });
}

/** An error for a shape limit (rows, columns, sheets, cell length). */
export function limitIssue(
  what: 'rows' | 'columns' | 'sheets' | 'cell' | 'header' | 'cells',
  got: number,
  file: string,
  where: { section?: string; row?: number; field?: string } = {},
): Issue {
  const text = {
    rows: { code: 'too-many-rows', zh: `行数过多（${got} > ${IMPORT_LIMITS.rows}）`, en: `too many rows (${got} > ${IMPORT_LIMITS.rows})` },
    columns: { code: 'too-many-columns', zh: `列数过多（${got} > ${IMPORT_LIMITS.columns}）`, en: `too many columns (${got} > ${IMPORT_LIMITS.columns})` },
    sheets: { code: 'too-many-sheets', zh: `工作表过多（${got} > ${IMPORT_LIMITS.sheets}）`, en: `too many sheets (${got} > ${IMPORT_LIMITS.sheets})` },
    cell: { code: 'cell-too-long', zh: `单元格内容过长（${got} > ${IMPORT_LIMITS.cellChars} 个字符）`, en: `cell too long (${got} > ${IMPORT_LIMITS.cellChars} characters)` },
    cells: { code: 'too-many-cells', zh: `XLSX 单元格过多（超过 ${IMPORT_LIMITS.xlsxCells}），请另存为 CSV 后导入`, en: `too many XLSX cells (over ${IMPORT_LIMITS.xlsxCells}); save as CSV and import that` },
    header: { code: 'too-many-columns', zh: `表头列数过多（${got} > ${IMPORT_LIMITS.headerNames}）`, en: `too many header names (${got} > ${IMPORT_LIMITS.headerNames})` },
  }[what];
  return makeIssue({ code: text.code, file, ...where, zh: text.zh, en: text.en });
}

/**
 * At most `max` issues, then one that says how many more there were (errors first, so a cap
 * never hides that a file failed).
 * @param leftOut issues already dropped before this call (counted in the summary)
 */
export function capIssues(issues: readonly Issue[], max: number, file: string, leftOut = 0): Issue[] {
  if (issues.length <= max && leftOut === 0) return issues as Issue[];
  const sorted = issues.length <= max ? issues : [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const kept = sorted.slice(0, max);
  const more = issues.length - kept.length + leftOut;
  const severity = leftOut > 0 || sorted.slice(max).some((issue) => issue.severity === 'error') ? 'error' : 'warning';
  return [...kept, makeIssue({ severity, code: 'more-issues', file, zh: `另有 ${more} 条问题未列出`, en: `${more} more problems not listed` })];
}
