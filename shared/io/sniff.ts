/**
 * Content sniffing (QUALITY.md R-I2) and text decoding. The kind comes from the bytes, never the
 * extension: a CSV renamed `.xlsx` is read as CSV, and a PNG renamed `.csv` is refused.
 */
import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { checkFileSize, fail, IMPORT_LIMITS } from './limits';
import { listZip, workbookTypeIssue } from './zip';

export type ImportKind = 'json' | 'csv' | 'xlsx' | 'xls' | 'ods';
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const BINARY_MAGIC: readonly { name: string; magic: number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF', magic: [0x25, 0x50, 0x44, 0x46] },
  { name: 'GZIP', magic: [0x1f, 0x8b] },
  { name: 'RAR', magic: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'EXE', magic: [0x4d, 0x5a] },
];

/**
 * Decodes text: a BOM decides; otherwise strict UTF-8, else GB18030 (the usual encoding of
 * Chinese Excel "CSV" exports).
 * @param bytes the file
 * @returns the text without BOM and the encoding found
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Byte offsets where strict UTF-8 decoding fails, and how many well-formed multi-byte sequences
 * the file holds (a UTF-8 file with Chinese text has many; a GBK file has almost none).
 */
function utf8Survey(bytes: Uint8Array, maxBad = 5): { bad: number[]; badCount: number; multiByte: number } {
  const bad: number[] = [];
  let badCount = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      badCount++;
      if (bad.length < maxBad) bad.push(i);
      i++;
    }
  }
  return { bad, badCount, multiByte };
}

/**
 * Decodes a CSV's bytes like `decodeText`, and says so whenever it had to judge (issue 15 #8):
 * - a file that is UTF-8 except for a few lines (one line pasted from a GBK file) is refused,
 *   naming the lines, instead of decoding the whole file as GB18030;
 * - a file read as GB18030 reports the encoding with its facts, as before;
 * - bytes that are not GB18030 either (Big5, Shift-JIS, Latin-1…) are refused naming the line:
 *   nothing is guessed silently.
 */
export function decodeTableText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncodingName; issues: Issue[] } | { issues: Issue[]; text?: undefined } {
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'gb18030') return { ...decoded, issues: [] };
  const survey = utf8Survey(bytes);
  // Mostly well-formed UTF-8 with Chinese text and a handful of bad bytes: mixed encodings.
  if (survey.multiByte >= 8 && survey.badCount * 20 < survey.multiByte) {
    const lines = [...new Set(survey.bad.map((offset) => lineAt(bytes, offset)))];
    return {
      issues: [
        makeIssue({
          code: 'mixed-encoding',
          file,
          row: lines[0],
          value: lines.join(', '),
          zh: `文件是 UTF-8 编码，但第 ${lines.join('、')} 行不是（多半是从 GBK 文件粘贴来的）。请在 Excel 或记事本中统一另存为 UTF-8 后再导入`,
          en: `the file is UTF-8 but line(s) ${lines.join(', ')} are not (likely pasted from a GBK file). Save the whole file as UTF-8 and import again`,
        }),
      ],
    };
  }
  const replacement = decoded.text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const line = decoded.text.slice(0, replacement).split(/\r\n|\n|\r/).length;
    return {
      issues: [
        makeIssue({
          code: 'unknown-encoding',
          file,
          row: line,
          zh: `无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK（第 ${line} 行起无法解码，可能是 Big5 或其他编码）。请另存为 UTF-8 后再导入`,
          en: `unknown encoding: neither UTF-8 nor GB18030/GBK (line ${line} cannot be decoded; perhaps Big5 or another code page). Save as UTF-8 and import again`,
        }),
      ],
    };
  }
  // Plain GB18030/GBK, the usual Chinese Excel export: the encoding is shown with the file's facts
  // (wizard) and in the summary (CLI), so the user sees how it was read.
  return { ...decoded, issues: [] };
}

/** True when the head of a file looks like binary data rather than text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  // A stray NUL in a text file is not binary: the CSV reader refuses it naming its row and column.
  for (const b of head) {
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control > head.length / 50;
}

/** True when an OLE directory names a stream (names are UTF-16LE). */
function hasOleName(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name, (ch) => [ch.charCodeAt(0), 0]).flat();
  pattern.push(0, 0);
  outer: for (let i = 512; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function refused(file: string, code: string, zh: string, en: string): Issue {
  return makeIssue({ code, file, zh, en });
}

/**
 * Detects what a file really is by its bytes.
 * @param bytes the file
 * @param fileName file name, for messages only
 * @returns 'json', 'csv' or 'xlsx'; macro/binary workbooks, old `.xls`/encrypted (OLE) files and
 *   other binaries are refused with a clear issue
 */
export function sniffKind(bytes: Uint8Array, fileName: string): Parsed<ImportKind> {
  const tooLarge = checkFileSize(bytes.length, fileName);
  if (tooLarge) return fail(tooLarge);
  if (bytes.length === 0) return fail(refused(fileName, 'empty-file', '文件为空', 'the file is empty'));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const listed = listZip(bytes, fileName);
    if (!listed.ok) return listed;
    if (listed.value.some((entry) => entry.name === 'content.xml') && listed.value.some((entry) => entry.name === 'mimetype')) return { ok: true, value: 'ods', issues: [] };
    const issue = workbookTypeIssue(listed.value, fileName);
    return issue ? fail(issue) : { ok: true, value: 'xlsx', issues: [] };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE container: a BIFF workbook has a `Workbook` (or `Book`) stream, an encrypted OOXML
    // workbook an `EncryptedPackage` one; anything else (a Word file) is refused below.
    if (!hasOleName(bytes, 'EncryptedPackage') && (hasOleName(bytes, 'Workbook') || hasOleName(bytes, 'Book'))) return { ok: true, value: 'xls', issues: [] };
    return fail(
      refused(
        fileName,
        'ole-rejected',
        '这是加密的工作簿或其他 Office（OLE）文件，无法读取：请在 Excel 或 WPS 中取消密码，另存为 Excel 工作簿（.xlsx）后再导入',
        'this is an encrypted workbook or another Office (OLE) file and cannot be read: remove the password in Excel or WPS and save as Excel Workbook (.xlsx)',
      ),
    );
  }
  const known = BINARY_MAGIC.find((entry) => startsWith(bytes, entry.magic));
  if (known || looksBinary(bytes)) {
    const what = known ? known.name : '二进制';
    return fail(
      refused(
        fileName,
        'binary-file',
        `这是${known ? ` ${what} ` : '二进制'}文件，不是 CSV、XLSX 或项目文件（请检查扩展名是否被改动）`,
        `this is a ${known ? known.name : 'binary'} file, not CSV, XLSX or a project file (was the extension changed?)`,
      ),
    );
  }
  const { text } = decodeText(bytes.subarray(0, 4096));
  const first = text.trimStart()[0];
  const kind: ImportKind = first === '{' || first === '[' ? 'json' : 'csv';
  // Only a real project file may use the larger project-file cap its `.json` name allowed.
  const listTooLarge = kind === 'json' ? undefined : checkFileSize(bytes.length, fileName, IMPORT_LIMITS.bytes);
  if (listTooLarge) return fail(listTooLarge);
  return { ok: true, value: kind, issues: [] };
}
