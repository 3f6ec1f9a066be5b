/**
 * Normalisation of the values hospitals type into asset lists: full-width digits, "2台", "1,200",
 * "1.2万", Excel date serials and the usual Chinese date spellings, and Chinese words for
 * categories, statuses, tiers and origins. Each function returns undefined when it cannot read
 * the value, so the caller can report it with file, row and column. (The classifier's text
 * folding for product matching is shared/classify/matchText.ts.)
 */
import { CATEGORY_NAMES, TIER_NAMES, TIERS, isIsoDate } from '../model';
import type { Category, SystemScale, Tier, VendorOrigin } from '../model';

/** NFKC (full-width → half-width), trimmed, inner runs of white space collapsed. */
export function cleanText(value: string): string {
  return isCleanText(value) ? value : value.normalize('NFKC').replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * True when `cleanText` would return the text unchanged, decided without normalising: printable
 * ASCII and CJK unified ideographs (U+4E00–U+9FFF) are their own NFKC form and do not combine,
 * and single spaces between other characters are kept. Most cells of a ledger are such text.
 */
function isCleanText(value: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace || value.length === 0;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Reads a number: `１２`, `2台`, `1,200`, `¥12,000.00`, `1.2万`, `3 套`, `五`.
 * @returns the number, or undefined when the text holds no single number
 */
export function parseNumber(value: string): number | undefined {
  let text = cleanText(value).replace(/^[¥￥$]|元$|人民币/g, '').replace(/,/g, '').trim();
  let scale = 1;
  if (/万元?$/.test(text)) {
    scale = 10_000;
    text = text.replace(/万元?$/, '');
  } else if (/亿元?$/.test(text)) {
    scale = 100_000_000;
    text = text.replace(/亿元?$/, '');
  }
  text = text.replace(/\s*(台|套|个|件|块|部|只|条|份|项|组|把|张|副|具|个?用户|点|license|licenses|pcs|units?)$/i, '').trim();
  const digit = text.length === 1 ? CN_DIGITS[text] : undefined;
  if (digit !== undefined) return digit * scale;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text) * scale;
  return Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoFromParts(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200) return undefined;
  const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with its 1900-02-29 bug (serial 60). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** How a column writes day-first or month-first short dates (`1/23/23`, `23.1.2023`). */
export type DateOrder = 'mdy' | 'dmy';

const SHORT_DATE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/;
const TIME_SUFFIX = /(\s+|T)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]\.?m\.?)?$/i;

function shortYear(text: string): number {
  const y = Number(text);
  return text.length === 4 ? y : y < 70 ? 2000 + y : 1900 + y;
}

/**
 * Reads a date: `2019-03-05`, `2019/3/5`, `2019.03.05`, `2019年3月5日`, `20190305`, `2019-03`
 * (first of the month), `2019年` (1 January), a time after the date, an Excel serial
 * (20000..80000), and with `order` the short forms `1/23/23` (mdy) or `23.1.2023` (dmy).
 * @returns an ISO date, or undefined
 */
export function parseDate(value: string, order?: DateOrder): string | undefined {
  let text = cleanText(value);
  // Most ledgers write dates this way already (the same years as below).
  if (isIsoDate(text)) return isoFromParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  text = text.replace(/\s*(0?0:00(:00)?)$/, '').trim();
  if (text === '') return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  text = text.replace(TIME_SUFFIX, '').trim();
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})\s*年$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), 1, 1);
  m = order ? SHORT_DATE.exec(text) : null;
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'mdy' ? isoFromParts(shortYear(m[3]!), a, b) : isoFromParts(shortYear(m[3]!), b, a);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= 20_000 && serial <= 80_000) return excelSerialToIso(serial);
  }
  return undefined;
}

/**
 * The order of a column's short dates, inferred from its values: a first part above 12 means
 * day first, a second part above 12 means month first; a column that never says is read month
 * first (the US order of the tools that write `1/23/23`) and `decided` is false.
 * @returns undefined when the column has no short dates
 */
export function detectDateOrder(values: Iterable<string>): { order: DateOrder; decided: boolean; example?: string } | undefined {
  let mdy = false;
  let dmy = false;
  let example: string | undefined;
  for (const value of values) {
    const m = SHORT_DATE.exec(cleanText(value).replace(TIME_SUFFIX, '').trim());
    if (!m) continue;
    example ??= value;
    if (Number(m[1]) > 12) {
      dmy = true;
      example = value;
    }
    if (Number(m[2]) > 12) {
      mdy = true;
      example = value;
    }
    if (mdy && dmy) break;
  }
  if (example === undefined) return undefined;
  if (dmy && !mdy) return { order: 'dmy', decided: true, example };
  return { order: 'mdy', decided: mdy && !dmy, example };
}

/** Words per code: the code, then the words that mean it. */
export type WordTable<T> = readonly (readonly [T, readonly string[]])[];

const CATEGORY_WORDS: WordTable<Category> = [
  ['other', ['其他（不纳入规划）', '其他', '不纳入规划', 'other']],
  ['medical-device', ['医疗设备', '医疗器械', '医用设备', '影像设备', '检验设备', 'medical device', 'medical-device']],
  ['security-software', ['安全软件', '杀毒软件', '防病毒', '杀毒', '终端安全', '防病毒软件', 'antivirus', 'security software', 'security-software']],
  ['security-appliance', ['安全设备', '防火墙', '网闸', '堡垒机', '入侵检测', '入侵防御', 'waf', '态势感知', '日志审计', '漏洞扫描', '上网行为管理', 'vpn', 'firewall', 'security appliance', 'security-appliance']],
  ['virtualization', ['虚拟化', '虚拟化软件', '云平台', '超融合', '桌面云', 'virtualization', 'virtualisation']],
  ['middleware', ['中间件', '应用服务器软件', 'middleware']],
  ['database', ['数据库', '数据库软件', 'database', 'db', 'dbms']],
  ['os', ['操作系统', '服务器操作系统', '桌面操作系统', 'os', 'operating system']],
  ['office', ['办公软件', '版式软件', '流式软件', 'office', 'office suite']],
  ['application', ['应用系统', '应用软件', '业务系统', '软件系统', '信息系统', '应用', '软件', 'application', 'app', 'software']],
  ['server', ['服务器', '机架式服务器', '塔式服务器', '刀片服务器', '小型机', '一体机服务器', 'server']],
  ['storage', ['存储', '存储设备', '磁盘阵列', '存储阵列', '备份一体机', '磁带库', 'nas', 'san', 'storage']],
  ['network', ['网络设备', '交换机', '核心交换机', '接入交换机', '路由器', '无线ap', '无线控制器', 'ap', '负载均衡', 'switch', 'router', 'network']],
  ['peripheral', ['外设', '打印机', '扫描仪', '复印机', '条码打印机', '腕带打印机', '高拍仪', '读卡器', '自助机外设', 'printer', 'scanner', 'peripheral']],
  ['terminal', ['终端', '台式机', '台式电脑', '电脑', '计算机', '笔记本', '笔记本电脑', '一体机', '瘦客户机', '云终端', '工作站', '医生工作站', '护士工作站', '自助机', 'pc', 'desktop', 'laptop', 'notebook', 'workstation', 'thin client', 'terminal']],
];

const TIER_WORDS: WordTable<Tier> = [
  ['office', ['办公', '行政办公', '办公类', 'oa', '边缘', 'office', 'edge']],
  ['operations', ['运营', '运营管理', '经营管理', '后勤', '管理类', '运营类', 'operations', 'operation']],
  ['clinical-support', ['临床支持', '医技', '医技类', '临床辅助', 'clinical support', 'clinical-support']],
  ['core', ['核心', '核心临床', '核心业务', '临床核心', '核心类', 'core clinical', 'core']],
];

const SCALE_WORDS: WordTable<SystemScale> = [
  ['large', ['全院级', '全院', '院级', '大型', '大', '重大', 'hospital-wide', 'hospital wide', 'enterprise']],
  ['departmental', ['科室级', '科室', '部门级', '中型', '中', 'departmental', 'department', 'medium']],
  ['small', ['小型', '小', '轻量', 'small', 'light']],
];

const ORIGIN_WORDS: WordTable<VendorOrigin> = [
  ['domestic', ['国产', '国内', '自主', '自主可控', '信创', '是', 'domestic', 'yes', 'y']],
  ['foreign', ['进口', '国外', '外资', '境外', '非国产', '否', 'foreign', 'imported', 'import', 'no', 'n']],
  ['foreign-open-source', ['国外开源', '开源', 'foreign open source', 'foreign-open-source', 'open source']],
  ['unknown', ['未知', '不详', '待确认', 'unknown']],
];

/** The key a word is looked up by: NFKC, lower case, white space collapsed. */
export function wordKey(value: string): string {
  return cleanText(value).toLowerCase().replace(/[\s_]+/g, ' ');
}

/** A word → code map of a word table (codes map to themselves; the first code of a word wins). */
export function buildLookup<T>(table: WordTable<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, words] of table) {
    map.set(String(code), code);
    for (const word of words) if (!map.has(wordKey(word))) map.set(wordKey(word), code);
  }
  return map;
}

const CATEGORY_LOOKUP = buildLookup(CATEGORY_WORDS);
const TIER_LOOKUP = buildLookup(TIER_WORDS);
const SCALE_LOOKUP = buildLookup(SCALE_WORDS);
const ORIGIN_LOOKUP = buildLookup(ORIGIN_WORDS);

/**
 * A category from a code (`server`) or a Chinese/English word (服务器, 台式机, 交换机, 数据库...).
 * Longer words are tried as suffixes too, so `PACS服务器` and `核心交换机` resolve.
 */
export function parseCategory(value: string): Category | undefined {
  const key = wordKey(value);
  const exact = CATEGORY_LOOKUP.get(key);
  if (exact) return exact;
  for (const [code, words] of CATEGORY_WORDS) {
    if (words.some((word) => /[^\u0020-\u007e]/.test(word) && word.length >= 2 && key.endsWith(word))) return code;
  }
  return undefined;
}

/** 办公 / 运营 / 临床支持 / 核心 and English codes. */
export const parseTier = (value: string): Tier | undefined => TIER_LOOKUP.get(wordKey(value));
/** 全院级 / 科室级 / 小型 (大型, 中型…) and English codes. */
export const parseScale = (value: string): SystemScale | undefined => SCALE_LOOKUP.get(wordKey(value));
/** 国产 / 进口 / 国外开源 / 未知 and English codes. */
export const parseVendorOrigin = (value: string): VendorOrigin | undefined => ORIGIN_LOOKUP.get(wordKey(value));

/** 等保 level: `3`, `三级`, `等保三级`, `第三级`, `3级`, `level 3`. */
export function parseSecurityLevel(value: string): number | undefined {
  const text = cleanText(value).replace(/^(等保|等级保护|level|mlps)\s*/i, '').replace(/^第/, '').replace(/级$/, '').trim();
  const n = CN_DIGITS[text] ?? (/^\d+$/.test(text) ? Number(text) : undefined);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** Export label of each category: the Chinese name, or the id in English (each maps back through parseCategory). */
export const CATEGORY_LABELS = Object.fromEntries(
  (Object.keys(CATEGORY_NAMES) as Category[]).map((c) => [c, { zh: CATEGORY_NAMES[c].zh, en: c }]),
) as Record<Category, { zh: string; en: string }>;

export const TIER_LABELS = Object.fromEntries(TIERS.map((t) => [t, TIER_NAMES[t].zh])) as Record<Tier, string>;
