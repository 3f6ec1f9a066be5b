/**
 * Import profiles: how the export of a given tool or ledger layout maps to asset fields. The
 * built-in ones carry the header names each tool writes (from its own source or documentation:
 * GLPI 10, Snipe-IT, iTop 3 zh_CN, OCS Inventory NG, NetBox 4, Lansweeper, Intune, Ralph 3,
 * 蓝鲸 bk-cmdb) and of common Chinese 固定资产台账 layouts; a user's mapping is saved in the same
 * shape and reused. A profile is detected from the header set (its signature headers) and shown
 * by name; headers it does not list fall back to the generic synonyms (mapping.ts).
 */
import type { Category } from '../model';
import { CATEGORIES, makeIssue } from '../model';
import type { Parsed } from '../model';
import type { ColumnMapping, ImportField } from './mapping';
import { guessMapping, MAPPABLE_FIELDS, normaliseHeader } from './mapping';
import type { RawSheet } from './table';
import type { ValueMap } from './values';
import { VALUE_CHOICES, VALUE_FIELDS, valueKey } from './values';

export type ImportProfile = {
  id: string;
  name: { zh: string; en: string };
  /** Header as the tool writes it → field, or null for a column that must not be mapped. */
  headers: Record<string, ImportField | null>;
  /** Headers that identify the tool; at least `minMatch` (default 3) must be present. */
  signature: readonly string[];
  minMatch?: number;
  /** Decisions for the tool's own value words (status words, roles). */
  values?: ValueMap;
  /** A category for rows that name none (a CMDB host list holds servers). */
  defaultCategory?: Category;
  builtIn?: boolean;
};

const p = (profile: ImportProfile): ImportProfile => ({ ...profile, builtIn: true });

/** The built-in profiles, most specific first. */
export const BUILT_IN_PROFILES: readonly ImportProfile[] = [
  p({
    id: 'glpi-10',
    name: { zh: 'GLPI 10 导出', en: 'GLPI 10 export' },
    headers: {
      Name: 'name', Entity: null, Status: 'disposition', Manufacturer: 'vendor', 'Serial number': null, Type: 'category', Model: 'product', 'Operating system - Name': 'os',
      'Operating system - Version': null, Location: 'site', 'Last update': null, 'Components - Processor': 'cpu', 'Inventory number': 'id', User: null, Group: 'department',
      'Alternate username': null, 'Technician in charge of the hardware': null,
      名称: 'name', 实体: null, 状态: 'disposition', 制造商: 'vendor', 序列号: null, 类型: 'category', 型号: 'product', '操作系统 - 名称': 'os', 位置: 'site', 最后更新: null, '组件 - 处理器': 'cpu', 库存编号: 'id', 资产编号: 'id', 组: 'department',
    },
    signature: ['Entity', 'Operating system - Name', 'Components - Processor', 'Inventory number', 'Last update', 'Alternate username', '实体', '操作系统 - 名称', '组件 - 处理器', '库存编号', '最后更新'],
  }),
  p({
    id: 'snipe-it',
    name: { zh: 'Snipe-IT 导出', en: 'Snipe-IT export' },
    headers: {
      'Asset Tag': 'id', Name: 'name', 'Item Name': 'name', Category: 'category', Manufacturer: 'vendor', Model: 'product', 'Model name': 'product', 'Model Number': null, 'Model Notes': null, Serial: null,
      Status: 'disposition', Location: 'site', Company: null, Supplier: null, 'Order Number': null, 'Purchase Date': 'purchaseDate', 'Purchase Cost': 'purchaseCost', 'Asset Notes': 'notes', Notes: 'notes',
      'Asset EOL Date': 'endOfSupport', Warranty: null, 'Checked Out To: Location': null, 'Full Name': null, Email: null, Username: null,
      资产标签: 'id', 资产名称: 'name', 名称: 'name', 类别: 'category', 制造商: 'vendor', 型号: 'product', 型号编号: null, 序列号: null, 状态: 'disposition', 位置: 'site', 公司: null, 供应商: null, 订单号: null,
      购买日期: 'purchaseDate', 购买价格: 'purchaseCost', 购买成本: 'purchaseCost', 备注: 'notes', 保修: null, 借出给: null, '已借出给': null, 资产报废日期: 'endOfSupport',
    },
    signature: ['Asset Tag', 'Model Number', 'Purchase Cost', 'Order Number', 'Company', 'Supplier', 'Asset EOL Date', 'Checked Out To: Username', 'Serial', '资产标签', '型号编号', '购买价格', '购买成本', '订单号', '公司', '借出给', '序列号'],
    minMatch: 4,
  }),
  p({
    id: 'itop-3',
    name: { zh: 'iTop 3 导出', en: 'iTop 3 export' },
    headers: {
      名称: 'name', 组织: null, '组织->名称': null, 状态: 'disposition', 业务重要性: null, 位置: 'site', '位置->名称': 'site', 品牌: 'vendor', '品牌->名称': 'vendor', 型号: 'product', '型号->名称': 'product',
      操作系统家族: 'os', '操作系统家族->名称': 'os', 操作系统版本: null, '操作系统版本->名称': null, CPU: 'cpu', 内存: null, 资产编号: 'id', 序列号: null, 采购日期: 'purchaseDate', 保修结束: 'endOfSupport', 投产日期: null, 描述: 'notes',
      Name: 'name', Organization: null, Status: 'disposition', 'Business criticality': null, Location: 'site', Brand: 'vendor', Model: 'product', 'OS family': 'os', 'OS version': null, RAM: null, 'Asset number': 'id', 'Serial number': null, 'Purchase date': 'purchaseDate', 'End of warranty': 'endOfSupport', Description: 'notes',
    },
    signature: ['组织', '组织->名称', '业务重要性', '操作系统家族', '操作系统家族->名称', '操作系统版本', '保修结束', '投产日期', '位置->名称', 'Business criticality', 'OS family', 'End of warranty', 'Organization'],
    values: { disposition: { 实施: 'none', 废弃: 'retire', implementation: 'none' } },
  }),
  p({
    id: 'ocs-inventory',
    name: { zh: 'OCS Inventory NG 导出', en: 'OCS Inventory NG export' },
    headers: {
      Computer: 'name', TAG: 'department', 'Account info: TAG': 'department', 'Last inventory': null, User: null, Username: null, 'Operating system': 'os', 'OS name': 'os', 'RAM (MB)': null, 'CPU (MHz)': null,
      'Processor type': 'cpu', Processor: 'cpu', Manufacturer: 'vendor', Model: 'product', 'Serial number': null, 'IP address': null, Domain: null, 'Last come': null,
    },
    signature: ['Computer', 'TAG', 'Account info: TAG', 'Last inventory', 'RAM (MB)', 'CPU (MHz)', 'Last come', 'Processor type'],
  }),
  p({
    id: 'netbox-4',
    name: { zh: 'NetBox 4 导出', en: 'NetBox 4 export' },
    headers: {
      ID: null, Name: 'name', Status: 'disposition', Tenant: 'department', Site: 'site', Location: null, Rack: null, Position: null, Role: 'category', Manufacturer: 'vendor', Type: 'product', 'Device type': 'product',
      Platform: 'os', 'IP Address': null, 'Primary IPv4': null, 'Serial number': null, 'Asset tag': 'id', Description: 'notes', Comments: 'notes', Region: null, Cluster: null,
    },
    signature: ['Tenant', 'Rack', 'Role', 'Platform', 'Asset tag', 'Site', 'Device type', 'Primary IPv4', 'Position'],
    minMatch: 4,
    values: {
      category: {
        'core switch': 'network', 'access switch': 'network', 'distribution switch': 'network', switch: 'network', router: 'network', 'wireless controller': 'network', 'access point': 'network', firewall: 'security-appliance',
        'load balancer': 'network', server: 'server', 'storage': 'storage', 'patch panel': 'other', pdu: 'other', 'console server': 'network', ups: 'other',
      },
    },
  }),
  p({
    id: 'lansweeper',
    name: { zh: 'Lansweeper 导出', en: 'Lansweeper export' },
    headers: {
      AssetName: 'name', AssetType: 'category', IPAddress: null, Domain: null, Manufacturer: 'vendor', Model: 'product', OS: 'os', SP: null, Serialnumber: null, Processor: 'cpu', Memory: null, LastSeen: null,
      State: 'disposition', Site: 'site', Description: 'notes', Building: null, Department: 'department', Location: null, Username: null, Userdomain: null, AssetID: null, Firstseen: null,
    },
    signature: ['AssetName', 'AssetType', 'IPAddress', 'Serialnumber', 'LastSeen', 'Userdomain', 'AssetID', 'Firstseen', 'SP'],
    values: { disposition: { 'non-active': 'none', broken: 'none', sold: 'retire' } },
  }),
  p({
    id: 'intune',
    name: { zh: 'Microsoft Intune 设备导出', en: 'Microsoft Intune devices export' },
    headers: {
      'Device ID': null, 'Device name': 'name', 'Managed by': null, Ownership: null, Compliance: null, OS: 'os', 'OS version': null, 'Last check-in': null, 'Primary user UPN': null,
      'Primary user display name': null, 'Primary user email address': null, 'Serial number': 'id', Manufacturer: 'vendor', Model: 'product', 'Total storage': null, 'Free storage': null, 'Enrollment date': 'purchaseDate', 'Azure AD Device ID': null, 'Entra Device ID': null,
    },
    signature: ['Device ID', 'Device name', 'Managed by', 'Ownership', 'Compliance', 'Last check-in', 'Primary user UPN', 'Azure AD Device ID', 'Entra Device ID', 'Enrollment date'],
    defaultCategory: 'terminal',
  }),
  p({
    id: 'ralph-3',
    name: { zh: 'Ralph 3 导出', en: 'Ralph 3 export' },
    headers: {
      id: null, hostname: 'name', barcode: 'id', sn: null, model: 'product', status: 'disposition', service_env: null, rack: null, position: null, orientation: null, management_ip: null, invoice_date: 'purchaseDate',
      invoice_no: null, price: 'purchaseCost', depreciation_rate: null, force_depreciation: null, remarks: 'notes', property_of: null, region: 'site', warehouse: 'site', owner: null, user: null, location: null, budget_info: null, order_no: null,
    },
    signature: ['hostname', 'barcode', 'sn', 'service_env', 'management_ip', 'invoice_date', 'force_depreciation', 'depreciation_rate', 'property_of', 'warehouse', 'invoice_no', 'order_no'],
    values: { disposition: { new: 'none', 'in progress': 'none', 'waiting for release': 'none', free: 'none', damaged: 'none', 'to deploy': 'none', reserved: 'none', cleaned: 'none', return: 'none', liquidated: 'retire', 'pre liquidated': 'retire', sale: 'retire' } },
  }),
  p({
    id: 'bk-cmdb',
    name: { zh: '蓝鲸 bk-cmdb 主机导出', en: 'BlueKing bk-cmdb hosts export' },
    headers: {
      内网IP: null, 外网IP: null, 主机名称: 'name', 操作系统类型: null, 操作系统名称: 'os', 操作系统版本: null, 操作系统位数: null, CPU逻辑核心数: null, CPU频率: null, CPU型号: 'cpu', CPU架构: null, 内存容量: null, 磁盘容量: null,
      设备SN: null, 固资编号: 'id', 主要维护人: null, 备份维护人: null, 所属云区域: null, 管控区域: null, 备注: 'notes', 当前状态: 'disposition', 质保年限: null, SLA级别: null, 所在国家: null, 所在省份: null, 所属运营商: null, 内网MAC地址: null, 外网MAC地址: null, 设备型号: 'product', 厂商: 'vendor',
      bk_host_innerip: null, bk_host_name: null, bk_os_name: null, bk_cpu_module: null, bk_asset_id: null,
    },
    signature: ['内网IP', '主机名称', '操作系统类型', 'CPU逻辑核心数', 'CPU型号', '固资编号', '主要维护人', '备份维护人', '所属云区域', '管控区域', '设备SN', '内存容量'],
    minMatch: 4,
    defaultCategory: 'server',
    values: { disposition: { '运营中[需告警]': 'none', '运营中[无告警]': 'none', '开发中[无告警]': 'none', '测试中[无告警]': 'none', 故障中: 'none', 备用机: 'none', 待回收: 'retire' } },
  }),
  p({
    id: 'ledger-finance-card',
    name: { zh: '财务固定资产卡片（用友/金蝶导出）', en: 'Finance fixed-asset cards (Yonyou/Kingdee export)' },
    headers: { 卡片编号: null, 资产编码: 'id', 资产名称: 'name', 资产类别: 'category', 规格型号: 'product', 使用部门: 'department', 存放地点: 'site', 使用状况: 'disposition', 开始使用日期: 'purchaseDate', 数量: 'quantity', 原值: 'totalCost', 累计折旧: null, 净值: null, 净残值: null, 折旧方法: null, 使用年限: null, 已计提月份: null, 增加方式: null },
    signature: ['卡片编号', '资产编码', '开始使用日期', '累计折旧', '净值', '净残值', '折旧方法', '使用年限', '已计提月份', '增加方式', '使用状况'],
  }),
  p({
    id: 'ledger-state-assets',
    name: { zh: '行政事业单位资产管理系统卡片导出', en: 'Public-sector asset management system export' },
    headers: { 资产编号: 'id', 资产名称: 'name', 资产分类代码: null, 资产分类名称: 'category', 资产分类: 'category', 品牌: 'vendor', 规格型号: 'product', 数量: 'quantity', 价值: 'totalCost', 取得日期: 'purchaseDate', 使用部门: 'department', 使用人: null, 存放地点: 'site', 使用状况: 'disposition', 财务入账日期: null, 取得方式: null, 价值类型: null, 资金来源: null, 凭证号: null },
    signature: ['资产分类代码', '资产分类名称', '取得日期', '使用人', '财务入账日期', '取得方式', '价值类型', '资金来源', '凭证号', '价值'],
  }),
  p({
    id: 'ledger-it-dept',
    name: { zh: '信息科设备台账', en: 'IT department equipment ledger' },
    headers: { 序号: null, 资产编号: 'id', 设备名称: 'name', 设备类型: 'category', 品牌: 'vendor', 型号规格: 'product', 数量: 'quantity', 单价: 'purchaseCost', 金额: 'totalCost', 在用科室: 'department', 使用科室: 'department', 存放位置: 'site', 院区: 'site', 使用状态: 'disposition', 购置日期: 'purchaseDate', 保修到期: 'endOfSupport', 备注: 'notes', 责任人: null },
    signature: ['序号', '资产编号', '设备名称', '型号规格', '在用科室', '存放位置', '使用状态', '保修到期', '责任人', '金额'],
    minMatch: 5,
  }),
  p({
    id: 'ledger-xinchuang-survey',
    name: { zh: '信创软硬件摸底表', en: 'Xinchuang hardware and software survey' },
    headers: { 序号: null, 系统名称: 'name', 设备名称: 'name', 资产类别: 'category', 设备类型: 'category', 厂商: 'vendor', 型号: 'product', 版本: 'version', 操作系统: 'os', CPU型号: 'cpu', 数据库: null, 中间件: null, 部署位置: 'site', 所属科室: 'department', 等保级别: 'securityLevel', 是否国产: 'vendorOrigin', 业务分层: 'tier', 是否信创: 'vendorOrigin', 联系人: null },
    signature: ['系统名称', '数据库', '中间件', '部署位置', '所属科室', '等保级别', '是否国产', '是否信创', '业务分层', 'CPU型号'],
    minMatch: 4,
  }),
  p({
    id: 'ledger-ops',
    name: { zh: '运维服务器/网络设备台账', en: 'Operations server and network ledger' },
    headers: { 设备编号: 'id', 主机名: 'name', 管理IP: null, 业务IP: null, 设备类型: 'category', 品牌: 'vendor', 型号: 'product', 序列号: null, 机房: 'site', 机柜: null, U位: null, 操作系统: 'os', CPU: 'cpu', 内存: null, 硬盘: null, 上线时间: 'purchaseDate', 维保到期: 'endOfSupport', 负责人: null, 状态: 'disposition', 用途: 'notes' },
    signature: ['主机名', '管理IP', '业务IP', '机房', '机柜', 'U位', '上线时间', '维保到期', '负责人', '用途'],
  }),
  p({
    id: 'ledger-department-count',
    name: { zh: '科室终端盘点表', en: 'Department terminal count sheet' },
    headers: { 科室: 'department', 院区: 'site', 楼层: null, 设备名称: 'name', 品牌: 'vendor', 型号: 'product', 数量: 'quantity', 操作系统: 'os', 使用年限: null, 盘点人: null, 盘点日期: null, 备注: 'notes' },
    signature: ['科室', '楼层', '设备名称', '数量', '使用年限', '盘点人', '盘点日期'],
    minMatch: 4,
  }),
  p({
    id: 'oa-export',
    name: { zh: 'OA 系统“导出Excel”', en: 'OA system "Export to Excel"' },
    headers: { 资产编号: 'id', 资产名称: 'name', 资产类型: 'category', 品牌: 'vendor', 规格型号: 'product', 使用部门: 'department', 使用人: null, 存放地点: 'site', 购置日期: 'purchaseDate', 资产状态: 'disposition', 金额: 'totalCost', 数量: 'quantity', 登记人: null, 登记时间: null, 流程状态: null },
    signature: ['资产类型', '使用人', '登记人', '登记时间', '流程状态', '资产状态', '使用部门'],
    minMatch: 4,
  }),
];

const keyOf = (header: string): string => normaliseHeader(header);

const INDEX = new WeakMap<ImportProfile, { headers: Map<string, ImportField | null>; signature: Set<string> }>();
function indexOf(profile: ImportProfile): { headers: Map<string, ImportField | null>; signature: Set<string> } {
  let index = INDEX.get(profile);
  if (!index) {
    const headers = new Map<string, ImportField | null>();
    for (const [header, field] of Object.entries(profile.headers)) if (!headers.has(keyOf(header))) headers.set(keyOf(header), field);
    index = { headers, signature: new Set(profile.signature.map(keyOf)) };
    INDEX.set(profile, index);
  }
  return index;
}

/** The field a profile gives a header: a field, null (never map), or undefined (not listed). */
export function profileField(profile: ImportProfile, header: string): ImportField | null | undefined {
  return indexOf(profile).headers.get(keyOf(header));
}

/** For header scoring: a listed header counts as known (an ignored one under its own name). */
export function profileFieldOf(profile: ImportProfile, header: string): string | undefined {
  const field = profileField(profile, header);
  return field === undefined ? undefined : (field ?? `ignored:${keyOf(header)}`);
}

/** The mapping of a header row under a profile (generic synonyms for headers it does not list). */
export function profileMapping(profile: ImportProfile | undefined, headers: readonly string[]): ColumnMapping {
  return profile ? guessMapping(headers, (header) => profileField(profile, header)) : guessMapping(headers);
}

/**
 * The profile whose signature headers the file shows most (in the first 30 rows of any sheet);
 * the user's own profiles are tried first.
 */
export function detectProfile(raws: readonly RawSheet[], userProfiles: readonly ImportProfile[] = []): ImportProfile | undefined {
  const seen = new Set<string>();
  for (const raw of raws) {
    if (raw.hidden) continue;
    for (const row of raw.rows.slice(0, 30)) for (const cell of row.cells) if (cell.trim() !== '') seen.add(keyOf(cell));
  }
  let best: { profile: ImportProfile; hits: number } | undefined;
  for (const profile of [...userProfiles, ...BUILT_IN_PROFILES]) {
    const { signature } = indexOf(profile);
    let hits = 0;
    for (const key of signature) if (seen.has(key)) hits++;
    const need = profile.builtIn ? (profile.minMatch ?? 3) : Math.max(2, Math.ceil(signature.size * 0.8));
    if (hits >= need && (!best || hits > best.hits)) best = { profile, hits };
  }
  return best?.profile;
}

/** A built-in profile by id or name (zh or en, case-insensitive). */
export function findBuiltInProfile(name: string): ImportProfile | undefined {
  const key = name.trim().toLowerCase();
  return BUILT_IN_PROFILES.find((profile) => profile.id === key || profile.name.zh.toLowerCase() === key || profile.name.en.toLowerCase() === key);
}

/**
 * A user profile from the wizard's current mapping: the header of each mapped column → its
 * field (unmapped columns → null), the value decisions, and the file's signature.
 */
export function profileFromMapping(name: string, headers: readonly string[], mapping: ColumnMapping, values: ValueMap = {}): ImportProfile {
  const byColumn = new Map<number, ImportField>();
  for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) byColumn.set(column, field);
  const map: Record<string, ImportField | null> = {};
  headers.forEach((header, column) => {
    if (header.trim() !== '') map[header] = byColumn.get(column) ?? null;
  });
  const signature = headers.filter((header) => header.trim() !== '');
  return { id: `user:${name}`, name: { zh: name, en: name }, headers: map, signature, values };
}

/**
 * Reads a user profile (JSON, as saved by the wizard or written by hand):
 * `{ "name": "…", "headers": { "表头": "field" | null }, "values"?: {…}, "defaultCategory"?: "server" }`.
 */
export function parseProfile(raw: unknown, file: string): Parsed<ImportProfile> {
  const bad = (zh: string, en: string): Parsed<ImportProfile> => ({ ok: false, issues: [makeIssue({ code: 'profile-invalid', file, zh: `导入配置无效：${zh}`, en: `invalid import profile: ${en}` })] });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return bad('应为 JSON 对象', 'expected a JSON object');
  const record = raw as Record<string, unknown>;
  const nested = typeof record.name === 'object' && record.name !== null ? (record.name as { zh?: unknown }).zh : undefined;
  const name = typeof record.name === 'string' ? record.name : typeof nested === 'string' ? nested : '';
  if (name.trim() === '') return bad('缺少 name', 'name is missing');
  if (record.headers === null || typeof record.headers !== 'object' || Array.isArray(record.headers)) return bad('headers 应为“表头 → 字段”的对象', 'headers must map header → field');
  const fields = new Set<string>(MAPPABLE_FIELDS);
  const headers: Record<string, ImportField | null> = Object.create(null) as Record<string, ImportField | null>;
  for (const [header, field] of Object.entries(record.headers as Record<string, unknown>)) {
    if (header === '__proto__' || header === 'constructor' || header === 'prototype') return bad(`不允许的表头 ${header}`, `forbidden header ${header}`);
    if (field !== null && (typeof field !== 'string' || !fields.has(field))) return bad(`“${header}”对应的字段 ${JSON.stringify(field)} 不存在`, `unknown field ${JSON.stringify(field)} for “${header}”`);
    headers[header] = field as ImportField | null;
  }
  const values: ValueMap = {};
  if (record.values !== undefined) {
    if (record.values === null || typeof record.values !== 'object') return bad('values 应为对象', 'values must be an object');
    for (const field of VALUE_FIELDS) {
      const words = (record.values as Record<string, unknown>)[field];
      if (words === undefined) continue;
      if (words === null || typeof words !== 'object') return bad(`values.${field} 应为对象`, `values.${field} must be an object`);
      const allowed = new Set<string>([...(VALUE_CHOICES[field] as readonly string[]), 'ignore']);
      const decided: Record<string, string> = {};
      for (const [word, meaning] of Object.entries(words as Record<string, unknown>)) {
        if (typeof meaning !== 'string' || !allowed.has(meaning)) return bad(`values.${field} 中“${word}”的含义 ${String(meaning)} 不可用`, `values.${field}: meaning ${String(meaning)} of “${word}” is not allowed`);
        decided[valueKey(word)] = meaning;
      }
      (values as Record<string, Record<string, string>>)[field] = decided;
    }
  }
  const defaultCategory = record.defaultCategory;
  if (defaultCategory !== undefined && !(CATEGORIES as readonly unknown[]).includes(defaultCategory)) return bad(`defaultCategory ${JSON.stringify(defaultCategory)} 不存在`, `unknown defaultCategory ${JSON.stringify(defaultCategory)}`);
  const signature = Array.isArray(record.signature) ? record.signature.filter((s): s is string => typeof s === 'string') : Object.keys(headers);
  const profile: ImportProfile = { id: `user:${name}`, name: { zh: name, en: name }, headers, signature, values };
  if (defaultCategory !== undefined) profile.defaultCategory = defaultCategory as Category;
  return { ok: true, value: profile, issues: [] };
}
