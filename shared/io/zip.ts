/**
 * ZIP pre-flight for XLSX (QUALITY.md R-I3, R-I4): a hand-written central-directory reader plus a
 * capped inflate of every entry, run before ExcelJS sees the bytes. It refuses zip bombs (too many
 * entries, declared or actual sizes over the cap, extreme ratios), unsafe names, encryption,
 * macro and binary workbooks, XML doctypes, and worksheet row/column indexes beyond Excel's grid.
 * Header sizes are not trusted: inflation stops as soon as output passes the declared size.
 */
import { Inflate } from 'fflate';

import { makeIssue } from '../model';
import type { Issue, Parsed } from '../model';
import { fail, IMPORT_LIMITS, limitIssue } from './limits';
import { scanWorksheetXml } from './xmlScan';
import { formatBytes } from '../format';

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const utf8 = new TextDecoder('utf-8');

function corrupt(file: string, en: string, zh: string): Issue {
  return makeIssue({ code: 'zip-corrupt', file, zh: `XLSX 文件已损坏或不是有效的压缩包：${zh}`, en: `the XLSX file is corrupt or not a valid ZIP: ${en}` });
}

/**
 * Lists the entries of a ZIP from its central directory, without inflating anything.
 * @param bytes the whole file
 * @param file file name for messages
 */
export function listZip(bytes: Uint8Array, file: string): Parsed<ZipEntry[]> {
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= minEnd; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return fail(corrupt(file, 'no end-of-central-directory record', '找不到中央目录结尾'));
  const count = u16(bytes, eocd + 10);
  const dirSize = u32(bytes, eocd + 12);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    return fail(makeIssue({ code: 'zip-unsupported', file, zh: '不支持 ZIP64 格式的文件', en: 'ZIP64 files are not supported' }));
  }
  if (count > IMPORT_LIMITS.zipEntries) {
    return fail(makeIssue({ code: 'zip-too-many-entries', file, value: count, zh: `压缩包条目过多（${count} > ${IMPORT_LIMITS.zipEntries}）`, en: `too many ZIP entries (${count} > ${IMPORT_LIMITS.zipEntries})` }));
  }
  if (dirOffset + dirSize > eocd) return fail(corrupt(file, 'central directory out of bounds', '中央目录越界'));
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE) return fail(corrupt(file, `bad central directory entry ${i + 1}`, `第 ${i + 1} 个目录项无效`));
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > eocd) return fail(corrupt(file, 'entry name out of bounds', '条目名称越界'));
    entries.push({
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: entries, issues: [] };
}

function isUnsafeName(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..') || name.includes('\u0000');
}

/** Refuses macro-enabled and binary workbooks, and ZIPs that are not workbooks at all. */
export function workbookTypeIssue(entries: readonly ZipEntry[], file: string): Issue | undefined {
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.has('xl/vbaproject.bin')) {
    return makeIssue({ code: 'xlsm-rejected', file, zh: '不接受含宏的工作簿（.xlsm），请另存为 .xlsx', en: 'macro-enabled workbooks (.xlsm) are not accepted; save as .xlsx' });
  }
  if (names.has('xl/workbook.bin')) {
    return makeIssue({ code: 'xlsb-rejected', file, zh: '不接受二进制工作簿（.xlsb），请另存为 .xlsx', en: 'binary workbooks (.xlsb) are not accepted; save as .xlsx' });
  }
  if (!names.has('xl/workbook.xml')) {
    return makeIssue({ code: 'not-xlsx', file, zh: '压缩包中没有工作簿，不是 XLSX 文件', en: 'the ZIP holds no workbook: not an XLSX file' });
  }
  return undefined;
}

function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'over' | 'bad' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  const step = 16 * 1024;
  try {
    for (let at = 0; at < data.length && !over; at += step) {
      inflater.push(data.subarray(at, Math.min(data.length, at + step)), at + step >= data.length);
    }
  } catch {
    return 'bad';
  }
  if (over) return 'over';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Where the local header disagrees with the central directory (name, method, flags, sizes): a
 * reader that trusts the other copy would see a different file than this pre-flight checked
 * (issue 15 #3). Undefined when they agree.
 */
function localHeaderMismatch(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) return 'no local header';
  const nameLength = u16(bytes, at + 26);
  if (at + 30 + nameLength > bytes.length) return 'local name out of bounds';
  if (utf8.decode(bytes.subarray(at + 30, at + 30 + nameLength)) !== entry.name) return 'local name differs';
  if (u16(bytes, at + 8) !== entry.method) return 'local compression method differs';
  const flags = u16(bytes, at + 6);
  if ((flags & 1) !== (entry.flags & 1)) return 'local encryption flag differs';
  // With bit 3 the sizes follow the data (and may be 0 here); otherwise they must match.
  if ((flags & 8) === 0 && (u32(bytes, at + 18) !== entry.compressedSize || u32(bytes, at + 22) !== entry.uncompressedSize)) return 'local sizes differ';
  return undefined;
}

/** True when the bytes start like XML (after a BOM and whitespace), whatever the entry is named. */
function looksLikeXml(content: Uint8Array): boolean {
  let i = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  while (i < content.length && (content[i] === 0x20 || content[i] === 0x09 || content[i] === 0x0a || content[i] === 0x0d)) i++;
  return content[i] === 0x3c;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end > bytes.length ? undefined : bytes.subarray(start, end);
}

/** Checks done on the central directory alone: counts, names, encryption, methods, sizes, ratios. */
function directoryIssue(entries: readonly ZipEntry[], file: string): Issue | undefined {
  let declared = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    // Two entries of one name: readers disagree on which one counts (the first or the last).
    const key = entry.name.toLowerCase();
    if (names.has(key)) return corrupt(file, `duplicate entry ${entry.name}`, `条目 ${entry.name} 重复`);
    names.add(key);
    if (isUnsafeName(entry.name)) {
      return makeIssue({ code: 'zip-unsafe-name', file, value: entry.name, zh: '压缩包含有不安全的路径', en: 'the ZIP contains an unsafe path' });
    }
    if (entry.flags & 1) return makeIssue({ code: 'encrypted-file', file, zh: '文件已加密，请先取消密码保护', en: 'the file is encrypted; remove the password first' });
    if (entry.method !== 0 && entry.method !== 8) return corrupt(file, `unsupported compression method ${entry.method}`, `不支持的压缩方式 ${entry.method}`);
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= IMPORT_LIMITS.ratioMinBytes && ratio > IMPORT_LIMITS.zipRatio) {
      return makeIssue({ code: 'zip-bomb', file, value: entry.name, zh: `压缩比异常（${Math.round(ratio)}:1 > ${IMPORT_LIMITS.zipRatio}:1），疑似压缩炸弹`, en: `abnormal compression ratio (${Math.round(ratio)}:1 > ${IMPORT_LIMITS.zipRatio}:1), possible zip bomb` });
    }
  }
  // Many entries each under the per-entry exemption can still add up to a bomb: the whole archive
  // must keep the ratio too (a 3 MB file of 800 small, very compressible sheets; issue 15 #5).
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (declared >= IMPORT_LIMITS.ratioMinBytes && declared / Math.max(1, compressed) > IMPORT_LIMITS.zipRatio) {
    const ratio = Math.round(declared / Math.max(1, compressed));
    return makeIssue({ code: 'zip-bomb', file, value: `${ratio}:1`, zh: `整体压缩比异常（${ratio}:1 > ${IMPORT_LIMITS.zipRatio}:1），疑似压缩炸弹`, en: `abnormal overall compression ratio (${ratio}:1 > ${IMPORT_LIMITS.zipRatio}:1), possible zip bomb` });
  }
  if (declared > IMPORT_LIMITS.zipUncompressedBytes) {
    return makeIssue({ code: 'zip-bomb', file, value: formatBytes(declared), zh: `解压后过大（${formatBytes(declared)} > ${formatBytes(IMPORT_LIMITS.zipUncompressedBytes)}），疑似压缩炸弹`, en: `too large when uncompressed (${formatBytes(declared)} > ${formatBytes(IMPORT_LIMITS.zipUncompressedBytes)}), possible zip bomb` });
  }
  return undefined;
}

/**
 * The whole pre-flight. Inflates each entry with a cap at its declared size (and the total cap),
 * so a lying header cannot make it allocate more than the limits.
 * @returns the number of sheets the workbook declares, or the first problem found
 */
export function preflightXlsx(bytes: Uint8Array, file: string): Parsed<{ sheetCount: number }> {
  const listed = listZip(bytes, file);
  if (!listed.ok) return listed;
  const entries = listed.value;
  const refused = directoryIssue(entries, file) ?? workbookTypeIssue(entries, file);
  if (refused) return fail(refused);
  let sheetCount = 0;
  let total = 0;
  const counter = { cells: 0 };
  for (const entry of entries) {
    const mismatch = localHeaderMismatch(bytes, entry);
    if (mismatch) return fail(corrupt(file, `entry ${entry.name}: ${mismatch} from the central directory`, `条目 ${entry.name} 的本地文件头与中央目录不一致`));
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const data = entryData(bytes, entry);
    if (!data) return fail(corrupt(file, `entry ${entry.name} is out of bounds`, `条目 ${entry.name} 越界`));
    const cap = Math.min(entry.uncompressedSize, IMPORT_LIMITS.zipUncompressedBytes - total);
    const content = entry.method === 0 ? data : inflateCapped(data, cap);
    if (content === 'over') {
      return fail(makeIssue({ code: 'zip-bomb', file, value: entry.name, zh: '解压后的实际大小超过声明或上限，疑似压缩炸弹', en: 'inflates beyond its declared size or the cap: possible zip bomb' }));
    }
    if (content === 'bad' || content.length !== entry.uncompressedSize) {
      return fail(corrupt(file, `entry ${entry.name} does not inflate to its declared size`, `条目 ${entry.name} 解压失败`));
    }
    total += content.length;
    const lower = entry.name.toLowerCase();
    // By content, not by name: ExcelJS reads any entry matching `xl/worksheets/sheetN.xml` anywhere
    // in its name, so `sheet1.xml.bin` is a worksheet too (issue 15 #3).
    if (!looksLikeXml(content)) {
      if (lower.startsWith('xl/worksheets/') || lower.endsWith('.xml') || lower.endsWith('.rels')) {
        return fail(corrupt(file, `entry ${entry.name} is not XML`, `条目 ${entry.name} 不是 XML`));
      }
      continue;
    }
    const xml = utf8.decode(content);
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
      return fail(makeIssue({ code: 'xml-doctype', file, value: entry.name, zh: 'XML 含有 DOCTYPE/实体声明，已拒绝', en: 'the XML declares a DOCTYPE or entities: refused' }));
    }
    if (lower === 'xl/workbook.xml') {
      sheetCount = xml.split('<sheet ').length - 1;
      if (sheetCount > IMPORT_LIMITS.sheets) return fail(limitIssue('sheets', sheetCount, file));
    } else if (lower.startsWith('xl/worksheets/') || lower.includes('comments') || xml.includes('sheetData>') || xml.includes('<comment')) {
      const issue = scanWorksheetXml(xml, file, entry.name, counter);
      if (issue) return fail(issue);
    }
  }
  return { ok: true, value: { sheetCount }, issues: [] };
}
