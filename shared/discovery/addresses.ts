/**
 * Where each asset answers on the network: `extensions.discovery.addresses[assetId] = { ips, hosts,
 * ports }` (IPs may be CIDR ranges, for terminal rows that stand for a subnet), imported from a
 * ledger or CMDB CSV. Also the rejected proposals, so they are not proposed again.
 */
import { z } from 'zod';

import { decodeText, parseCsv } from '../io';
import { readExtension } from '../io/extensions';
import { makeIssue } from '../model';
import type { Asset, Category, Issue, Parsed, ProjectFile } from '../model';

export const DISCOVERY_KEY = 'discovery';

const addressSchema = z.object({ ips: z.array(z.string().max(64)).default([]), hosts: z.array(z.string().max(255)).default([]), ports: z.array(z.number().int().min(0).max(65535)).default([]) });
const sectionSchema = z.object({ addresses: z.record(z.string(), addressSchema).optional(), rejected: z.array(z.string()).optional() });
export type AssetAddress = z.infer<typeof addressSchema>;
export type DiscoverySection = z.infer<typeof sectionSchema>;

export function readDiscovery(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Parsed<DiscoverySection> {
  return readExtension(project, DISCOVERY_KEY, sectionSchema, file, { zh: '网络发现数据', en: 'discovery data' });
}

/** IPv4 as a number, or undefined. IPv4-mapped IPv6 (`::ffff:10.1.1.1`) counts as IPv4. */
export function ipv4(text: string): number | undefined {
  const match = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(text.trim());
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

function parseRange(text: string): { base: number; bits: number } | undefined {
  const [ip, bitsText] = text.split('/');
  const base = ipv4(ip ?? '');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  return { base, bits };
}

const HEADERS = {
  id: ['资产编号', '资产id', 'assetid', 'id', '编号'],
  ips: ['ip地址', 'ip', 'ipaddress', 'ip地址/网段', '管理ip', '业务ip', 'address', 'addresses'],
  hosts: ['主机名', 'hostname', 'host', '计算机名', '域名'],
  ports: ['服务端口', '端口', 'ports', 'port', 'listenports'],
} as const;
const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_\-（）()]/g, '');
const split = (cell: string) => cell.split(/[;,，；、\s]+/).map((s) => s.trim()).filter(Boolean);

/**
 * Reads an address list: one row per asset with its id, IPs or CIDR ranges, host names and the
 * ports it serves (several per cell, separated by `;`, `,`, `、` or spaces).
 * @param assetIds the project's asset ids: unknown ids are errors naming the row
 */
export function importAddressCsv(bytes: Uint8Array, file: string, assetIds: ReadonlySet<string>): Parsed<Record<string, AssetAddress>> {
  const parsed = parseCsv(decodeText(bytes).text.replace(/^\uFEFF/, ''), file);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { ok: false, issues: [makeIssue({ code: 'addresses-empty', file, zh: '文件为空', en: 'the file is empty' })] };
  const names = header.cells.map(norm);
  const col = (key: keyof typeof HEADERS) => names.findIndex((n) => (HEADERS[key] as readonly string[]).includes(n));
  const at = { id: col('id'), ips: col('ips'), hosts: col('hosts'), ports: col('ports') };
  if (at.id < 0 || at.ips < 0) return { ok: false, issues: [makeIssue({ code: 'addresses-header', file, row: header.line, zh: '需要“资产编号”和“IP地址”两列', en: 'needs an asset id column and an IP address column' })] };
  const issues: Issue[] = [];
  const result: Record<string, AssetAddress> = {};
  for (const row of rows) {
    const id = (row.cells[at.id] ?? '').trim();
    if (!assetIds.has(id)) {
      issues.push(makeIssue({ code: 'addresses-unknown-asset', file, row: row.line, field: header.cells[at.id], value: id, zh: '项目中没有这个资产', en: 'no such asset in the project' }));
      continue;
    }
    const ips = split(row.cells[at.ips] ?? '');
    const bad = ips.find((ip) => !parseRange(ip));
    if (bad) {
      issues.push(makeIssue({ code: 'addresses-bad-ip', file, row: row.line, field: header.cells[at.ips], value: bad, zh: '不是 IPv4 地址或网段', en: 'not an IPv4 address or range' }));
      continue;
    }
    const ports = at.ports < 0 ? [] : split(row.cells[at.ports] ?? '').map(Number);
    if (ports.some((p) => !Number.isInteger(p) || p < 0 || p > 65535)) {
      issues.push(makeIssue({ code: 'addresses-bad-port', file, row: row.line, field: header.cells[at.ports], value: row.cells[at.ports], zh: '端口应为 0–65535 的整数', en: 'ports must be integers 0–65535' }));
      continue;
    }
    const previous = result[id];
    result[id] = { ips: [...(previous?.ips ?? []), ...ips], hosts: [...(previous?.hosts ?? []), ...(at.hosts < 0 ? [] : split(row.cells[at.hosts] ?? ''))], ports: [...(previous?.ports ?? []), ...ports] };
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: result, issues };
}

/** Which category names the business endpoint when several assets share an address. */
const SPECIFICITY: Category[] = ['application', 'database', 'middleware', 'virtualization', 'os', 'server', 'storage', 'security-appliance', 'network', 'medical-device', 'terminal', 'peripheral'];

export type AddressIndex = { resolve: (ip: string, port?: number) => string | undefined };

/**
 * An index from addresses to assets: exact addresses before ranges (longest prefix wins); among
 * assets on one address, one that declares the port wins, then the most business-level category
 * (an application over the OS and server it runs on).
 */
export function buildAddressIndex(assets: readonly Pick<Asset, 'id' | 'category'>[], addresses: Readonly<Record<string, AssetAddress>>): AddressIndex {
  const category = new Map(assets.map((a) => [a.id, a.category]));
  const entries: { base: number; bits: number; id: string; ports: number[] }[] = [];
  for (const [id, address] of Object.entries(addresses)) {
    if (!category.has(id)) continue;
    for (const ip of address.ips) {
      const range = parseRange(ip);
      if (range) entries.push({ ...range, id, ports: address.ports });
    }
  }
  const rank = (id: string) => {
    const index = SPECIFICITY.indexOf(category.get(id)!);
    return index < 0 ? SPECIFICITY.length : index;
  };
  return {
    resolve(ip, port) {
      const value = ipv4(ip);
      if (value === undefined) return undefined;
      const hits = entries.filter((e) => e.bits === 0 || value >>> (32 - e.bits) === e.base >>> (32 - e.bits));
      if (hits.length === 0) return undefined;
      const longest = Math.max(...hits.map((h) => h.bits));
      const best = hits.filter((h) => h.bits === longest);
      // The client side of a flow has no meaningful port: the most business-level asset speaks for it.
      const score = (h: (typeof best)[number]) => (port === undefined ? 0 : h.ports.includes(port) ? 0 : h.ports.length === 0 ? 1 : 2) * 100 + rank(h.id);
      best.sort((a, b) => score(a) - score(b) || a.id.localeCompare(b.id));
      return best[0]!.id;
    },
  };
}
