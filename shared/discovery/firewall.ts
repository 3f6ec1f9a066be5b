/**
 * Firewall session and traffic exports: CSV with Chinese or English headers (深信服, 奇安信/网神,
 * 天融信 and 华为 web exports; Palo Alto traffic logs: `Source address`, `Destination address`,
 * `Destination Port`, `Repeat Count`; FortiAnalyzer CSV: `srcip`, `dstip`, `dstport`, `date`,
 * `time`), FortiGate raw `key=value` log lines, and the text of Huawei USG
 * `display firewall session table`. Denied traffic is left out: it is not a dependency.
 */
import { parseCsv } from '../io';
import { makeIssue } from '../model';
import type { Parsed } from '../model';
import type { Flow } from './sockets';

const SYNONYMS = {
  src: ['源地址', '源ip', '源ip地址', '源', '发起方ip', 'sourceaddress', 'sourceip', 'srcip', 'src', 'source'],
  dst: ['目的地址', '目的ip', '目的ip地址', '目标地址', '目标ip', '目的', 'destinationaddress', 'destinationip', 'dstip', 'dst', 'destination'],
  port: ['目的端口', '目标端口', '服务端口', 'destinationport', 'dstport', 'dport'],
  time: ['时间', '开始时间', '接收时间', '创建时间', '会话创建时间', '记录时间', '最近时间', 'receivetime', 'generatetime', 'starttime', 'datetime', 'date'],
  clock: ['time'],
  count: ['会话数', '次数', '连接数', '命中次数', '会话次数', 'repeatcount', 'count', 'sessions', 'repeatcnt'],
  action: ['动作', '处理动作', '执行动作', 'action'],
} as const;
const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_\-/（）()#]/g, '');
const DENIED = /^(deny|drop|reset|block|blocked|reject|拒绝|阻断|丢弃|deny-all)/i;

/** `2027/03/02 09:15:22`, `2027-03-02T09:15:22Z`… → `2027-03-02T09:15:22`. */
function isoTime(text: string): string | undefined {
  const match = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) return undefined;
  const p = (s: string | undefined, n = 2) => (s ?? '0').padStart(n, '0');
  return `${match[1]}-${p(match[2])}-${p(match[3])}T${p(match[4])}:${p(match[5])}:${p(match[6])}`;
}

function addFlow(flows: Map<string, Flow>, flow: Omit<Flow, 'count'> & { count: number }): void {
  const key = `${flow.clientIp}>${flow.serverIp}:${flow.port}`;
  const existing = flows.get(key);
  if (!existing) {
    flows.set(key, { ...flow });
    return;
  }
  existing.count += flow.count;
  if (flow.first && (!existing.first || flow.first < existing.first)) existing.first = flow.first;
  if (flow.last && (!existing.last || flow.last > existing.last)) existing.last = flow.last;
}

function parseKeyValueLines(text: string, source: string): Flow[] {
  const flows = new Map<string, Flow>();
  for (const line of text.split(/\r?\n/)) {
    const fields = Object.fromEntries([...line.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
    if (!fields['srcip'] || !fields['dstip'] || !fields['dstport']) continue;
    if (fields['action'] && DENIED.test(fields['action'])) continue;
    const time = isoTime(`${fields['date'] ?? ''} ${fields['time'] ?? ''}`);
    addFlow(flows, { clientIp: fields['srcip'], serverIp: fields['dstip'], port: Number(fields['dstport']), count: 1, source, ...(time ? { first: time, last: time } : {}) });
  }
  return [...flows.values()];
}

function parseHuaweiSessionTable(text: string, source: string, capturedAt?: string): Flow[] {
  const flows = new Map<string, Flow>();
  const row = /^\s*(\S+)\s+VPN:\s*\S+\s*-->\s*\S+\s+([\d.]+):(\d+)(?:\[[^\]]*\])?\s*-->\s*([\d.]+):(\d+)/;
  for (const line of text.split(/\r?\n/)) {
    const m = row.exec(line);
    if (m) addFlow(flows, { clientIp: m[2]!, serverIp: m[4]!, port: Number(m[5]), count: 1, source, ...(capturedAt ? { first: capturedAt, last: capturedAt } : {}) });
  }
  return [...flows.values()];
}

/**
 * @param text the decoded export
 * @param source file name (evidence and messages)
 * @param capturedAt for exports without a time column (the session table): first and last seen
 */
export function parseFirewallExport(text: string, source: string, capturedAt?: string): Parsed<Flow[]> {
  if (/\bsrcip=/.test(text)) return { ok: true, value: parseKeyValueLines(text, source), issues: [] };
  if (/VPN:\s*\S+\s*-->/.test(text)) return { ok: true, value: parseHuaweiSessionTable(text, source, capturedAt), issues: [] };
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), source);
  if (!parsed.ok) return parsed;
  const records = parsed.value.filter((r) => r.cells.some((c) => c.trim() !== ''));
  // Some exports put a title or the query above the header: the header is the first row naming source and destination.
  const headerAt = records.findIndex((r) => {
    const names = r.cells.map(norm);
    return names.some((n) => (SYNONYMS.src as readonly string[]).includes(n)) && names.some((n) => (SYNONYMS.dst as readonly string[]).includes(n));
  });
  if (headerAt < 0) return { ok: false, issues: [makeIssue({ code: 'firewall-header', file: source, zh: '没有找到源地址、目的地址列', en: 'no source and destination address columns found' })] };
  const header = records[headerAt]!;
  const names = header.cells.map(norm);
  const col = (key: keyof typeof SYNONYMS) => names.findIndex((n) => (SYNONYMS[key] as readonly string[]).includes(n));
  const at = { src: col('src'), dst: col('dst'), port: col('port'), time: col('time'), clock: col('clock'), count: col('count'), action: col('action') };
  if (at.port < 0) return { ok: false, issues: [makeIssue({ code: 'firewall-header', file: source, row: header.line, zh: '没有找到目的端口列', en: 'no destination port column found' })] };
  const flows = new Map<string, Flow>();
  for (const record of records.slice(headerAt + 1)) {
    const cell = (i: number) => (i < 0 ? '' : (record.cells[i] ?? '').trim());
    if (at.action >= 0 && DENIED.test(cell(at.action))) continue;
    const port = Number(cell(at.port).replace(/\D.*$/, ''));
    if (!cell(at.src) || !cell(at.dst) || !Number.isInteger(port) || port <= 0) {
      return { ok: false, issues: [makeIssue({ code: 'firewall-row', file: source, row: record.line, field: header.cells[at.port], value: cell(at.port) || cell(at.src), zh: '源地址、目的地址或目的端口无法读取', en: 'source, destination or destination port unreadable' })] };
    }
    const time = isoTime(`${cell(at.time)} ${at.clock >= 0 && at.clock !== at.time ? cell(at.clock) : ''}`) ?? capturedAt;
    const count = at.count >= 0 ? Number(cell(at.count)) || 1 : 1;
    addFlow(flows, { clientIp: cell(at.src), serverIp: cell(at.dst), port, count, source, ...(time ? { first: time, last: time } : {}) });
  }
  return { ok: true, value: [...flows.values()], issues: [] };
}
