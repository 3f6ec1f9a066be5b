/**
 * The glossary: the one place for the domain's words in both languages (tiers, categories, vendor
 * origins, dispositions, dependency kinds, asset statuses, cost lines, plan warnings, procurement
 * flags). Views (through the locale files), exports, the report and the CLI read it; nothing else
 * names these words. The two languages are typed alike, so a word missing in English fails the build.
 */
import type { Lang } from './issues';
import type { Category, DependencyKind, Disposition, SystemScale, Tier, VendorOrigin } from './types';

/** The forecast's spend lines (shared/forecast `PriceLine`). */
export type CostLineKey = 'os' | 'cpu' | 'database' | 'middleware' | 'security' | 'application' | 'other' | 'transition';

/** Where an asset stands in the plan (graph colours, timeline, report). */
export type AssetStatus = 'compliant' | 'migrated' | 'planned' | 'retained' | 'unscheduled' | 'retired';

/** What the plan view and the report warn about: the planner's warning codes (shared/planner `PlanWarningCode`) and the plan's other findings. */
export type WarningKey =
  | 'phase-order'
  | 'core-gate'
  | 'retained-on-core-path'
  | 'client-not-ready'
  | 'security-late'
  | 'pin-ignored'
  | 'pin-broken'
  | 'pin-over-limit'
  | 'past-end-of-support'
  | 'truncated'
  | 'no-tier'
  | 'over-capacity'
  | 'cycle'
  | 'unscheduled'
  | 'broken-reference'
  | 'security-share'
  | 'purchase-overdue';

/** Why the planner put an asset where it is (shared/planner `ReasonCode`). */
export type ReasonKey =
  | 'already-domestic'
  | 'retained'
  | 'earliest'
  | 'dependency'
  | 'ready-date'
  | 'capacity'
  | 'budget'
  | 'core-limit'
  | 'freeze'
  | 'pinned'
  | 'bundle'
  | 'retired'
  | 'out-of-scope'
  | 'with-system'
  | 'shared-platform'
  | 'phase'
  | 'core-gate'
  | 'client-not-ready'
  | 'vendor-team'
  | 'security-reserve'
  | 'unscheduled';

/** The procurement list's flags (shared/procurement `ProcurementFlag`). */
export type FlagKey =
  | 'no-substitute'
  | 'import-only'
  | 'import-justification'
  | 'retained-import'
  | 'incompatible'
  | 'isa-change'
  | 'application-rewrite'
  | 'assessment'
  | 'not-certified'
  | 'bundle'
  | 'open-source'
  | 'origin-unverified'
  | 'ha-nodes';

export type Glossary = {
  tier: Record<Tier, string>;
  scale: Record<SystemScale, string>;
  category: Record<Category, string>;
  /** 计量单位: what one of a category's quantity is (a box, a licence, a seat, a system). */
  measure: Record<Category, string>;
  vendorOrigin: Record<VendorOrigin, string>;
  disposition: Record<Disposition, string>;
  dependencyKind: Record<DependencyKind, string>;
  status: Record<AssetStatus, string>;
  costLine: Record<CostLineKey, string>;
  warning: Record<WarningKey, string>;
  flag: Record<FlagKey, string>;
  reason: Record<ReasonKey, string>;
};

const zh: Glossary = {
  /** The four phases of the programme, edge to core (DESIGN.md planning rule 3). */
  tier: { office: '办公', operations: '运营管理', 'clinical-support': '临床支持', core: '核心临床' },
  /** How big a system is to buy or adapt (the price book's application items). */
  scale: { large: '全院级', departmental: '科室级', small: '小型' },
  /** Category names as a planner reads them (exports use `shared/io`'s round-trip tokens instead). */
  category: {
    terminal: '终端',
    server: '服务器',
    storage: '存储',
    network: '网络设备',
    'security-appliance': '安全设备',
    peripheral: '外设',
    'medical-device': '医疗设备',
    os: '操作系统',
    database: '数据库',
    middleware: '中间件',
    virtualization: '虚拟化',
    office: '办公软件',
    application: '应用系统',
    'security-software': '安全软件',
    other: '其他（不纳入规划）',
  },
  measure: {
    terminal: '台',
    server: '台',
    storage: '台',
    network: '台',
    'security-appliance': '台',
    peripheral: '台',
    'medical-device': '台',
    os: '套',
    database: '套',
    middleware: '套',
    virtualization: '套',
    office: '套',
    application: '套',
    'security-software': '点',
    other: '台',
  },
  /** 产地: who makes the product. */
  vendorOrigin: { domestic: '国产', foreign: '进口', 'foreign-open-source': '国外开源', unknown: '未知' },
  /** 处置方式: what the programme does with the item. */
  disposition: { compliant: '已信创', adapt: '适配迁移', replace: '替代', retain: '保留', retire: '下线' },
  dependencyKind: { 'runs-on': '运行于', 'connects-to': '连接到', 'integrates-with': '接口集成', protects: '安全防护' },
  status: { compliant: '已信创', migrated: '已按计划替换', planned: '计划替换', retained: '保留', unscheduled: '未排入', retired: '下线' },
  costLine: { os: '操作系统', cpu: 'CPU 平台', database: '数据库', middleware: '中间件', security: '网络安全', application: '应用系统', other: '其他', transition: '双轨与培训' },
  warning: {
    'phase-order': '阶段顺序例外',
    'core-gate': '核心准入',
    'retained-on-core-path': '核心路径上的保留资产',
    'client-not-ready': '客户端未就绪',
    'security-late': '安全未同步建设',
    'pin-ignored': '固定批次无效',
    'no-tier': '未标注业务分层',
    'pin-broken': '固定批次冲突',
    'pin-over-limit': '固定批次超出上限',
    'past-end-of-support': '支持到期早于迁移',
    truncated: '其余未列出',
    'over-capacity': '超出单批容量',
    cycle: '依赖成环',
    unscheduled: '未排入计划',
    'broken-reference': '依赖引用缺失',
    'security-share': '安全投入低于下限',
    'purchase-overdue': '采购时限已过',
  },
  flag: {
    'no-substitute': '无已知国产替代',
    'import-only': '仍需进口',
    'import-justification': '无国产替代：进口论证',
    'retained-import': '保留进口产品：须按省级规则审批',
    incompatible: '替代品不适配目标平台',
    'isa-change': '部分替代品需更换指令集',
    'application-rewrite': '需改写应用（非兼容替换）',
    assessment: '测评有效期早于采购',
    'not-certified': '目标平台未见适配认证',
    bundle: '随系统切换',
    'open-source': '境外开源（按政策替换）',
    'origin-unverified': '原厂产地待核实：国产则适配',
    'ha-nodes': '多节点高可用：许可数按节点核实（现按 1 套计价）',
  },
  reason: {
    'already-domestic': '已国产',
    retained: '保留',
    earliest: '最早可行',
    dependency: '等待依赖',
    'ready-date': '适配就绪日期',
    capacity: '人力已满',
    budget: '预算上限',
    'core-limit': '核心切换上限',
    freeze: '封网时段',
    pinned: '用户固定',
    bundle: '成环同批',
    retired: '退役下线',
    'out-of-scope': '不在范围',
    'with-system': '随系统切换',
    'shared-platform': '共享平台',
    phase: '分期顺序',
    'core-gate': '核心准入',
    'client-not-ready': '客户端未就绪',
    'vendor-team': '厂商团队已满',
    'security-reserve': '安全预留',
    unscheduled: '未排入',
  },
};

const en: Glossary = {
  tier: { office: 'Office', operations: 'Operations', 'clinical-support': 'Clinical support', core: 'Core clinical' },
  scale: { large: 'Hospital-wide', departmental: 'Departmental', small: 'Small' },
  category: {
    terminal: 'Terminal',
    server: 'Server',
    storage: 'Storage',
    network: 'Network',
    'security-appliance': 'Security appliance',
    peripheral: 'Peripheral',
    'medical-device': 'Medical device',
    os: 'Operating system',
    database: 'Database',
    middleware: 'Middleware',
    virtualization: 'Virtualisation',
    office: 'Office software',
    application: 'Application',
    'security-software': 'Security software',
    other: 'Other (not planned)',
  },
  measure: {
    terminal: 'unit',
    server: 'unit',
    storage: 'unit',
    network: 'unit',
    'security-appliance': 'unit',
    peripheral: 'unit',
    'medical-device': 'unit',
    os: 'licence',
    database: 'licence',
    middleware: 'licence',
    virtualization: 'licence',
    office: 'licence',
    application: 'system',
    'security-software': 'seat',
    other: 'unit',
  },
  vendorOrigin: { domestic: 'Domestic', foreign: 'Foreign', 'foreign-open-source': 'Foreign open source', unknown: 'Unknown' },
  disposition: { compliant: 'Compliant', adapt: 'Adapt', replace: 'Replace', retain: 'Retain', retire: 'Retire' },
  dependencyKind: { 'runs-on': 'runs on', 'connects-to': 'connects to', 'integrates-with': 'integrates with', protects: 'protects' },
  status: { compliant: 'Compliant', migrated: 'Replaced as planned', planned: 'Planned', retained: 'Retained', unscheduled: 'Unscheduled', retired: 'Retired' },
  costLine: { os: 'Operating systems', cpu: 'CPU platforms', database: 'Databases', middleware: 'Middleware', security: 'Security', application: 'Applications', other: 'Other', transition: 'Dual track & training' },
  warning: {
    'phase-order': 'Phase-order exception',
    'core-gate': 'Core gate',
    'retained-on-core-path': 'Retained on a core path',
    'client-not-ready': 'Client not ready',
    'security-late': 'Security not built with what it protects',
    'pin-ignored': 'Pin ignored',
    'no-tier': 'No tier given',
    'pin-broken': 'Pin conflict',
    'pin-over-limit': 'Pin over a limit',
    'past-end-of-support': 'Support ends before migration',
    truncated: 'More not listed',
    'over-capacity': 'Over a wave\'s capacity',
    cycle: 'Dependency cycle',
    unscheduled: 'Not scheduled',
    'broken-reference': 'Missing dependency end',
    'security-share': 'Security below the minimum',
    'purchase-overdue': 'Tender deadline passed',
  },
  flag: {
    'no-substitute': 'no known domestic substitute',
    'import-only': 'import only',
    'import-justification': 'no domestic substitute: import justification',
    'retained-import': 'retained import: needs approval under the province rule',
    incompatible: 'no substitute fits the target platform',
    'isa-change': 'some substitutes need another instruction set',
    'application-rewrite': 'application rewrite (not a drop-in swap)',
    assessment: 'assessment expires before purchase',
    'not-certified': 'not certified on the target stack',
    bundle: 'moves with its system',
    'open-source': 'foreign open source (replace if policy requires)',
    'origin-unverified': 'verify the developer: domestic means adapt',
    'ha-nodes': 'multi-node (HA): check the licences per node (priced as one)',
  },
  reason: {
    'already-domestic': 'Already domestic',
    retained: 'Retained',
    earliest: 'Earliest possible',
    dependency: 'Waits for a dependency',
    'ready-date': 'Ready date',
    capacity: 'Capacity full',
    budget: 'Budget cap',
    'core-limit': 'Core limit',
    freeze: 'Freeze window',
    pinned: 'Pinned',
    bundle: 'Cycle bundle',
    retired: 'Retired',
    'out-of-scope': 'Out of scope',
    'with-system': 'With its system',
    'shared-platform': 'Shared platform',
    phase: 'Phase order',
    'core-gate': 'Core gate',
    'client-not-ready': 'Client not ready',
    'vendor-team': 'Vendor team busy',
    'security-reserve': 'Security reserve',
    unscheduled: 'Unscheduled',
  },
};

/** The glossary in each language. */
export const GLOSSARY: Readonly<Record<Lang, Glossary>> = { zh, en };

type Names<K extends string> = Record<K, { zh: string; en: string }>;

/** One section of the glossary as `{ zh, en }` pairs per word (for tables that carry both languages). */
export function glossaryPairs<S extends keyof Glossary>(section: S): Names<Extract<keyof Glossary[S], string>> {
  const out = {} as Record<string, { zh: string; en: string }>;
  for (const key of Object.keys(zh[section])) out[key] = { zh: (zh[section] as Record<string, string>)[key]!, en: (en[section] as Record<string, string>)[key]! };
  return out as Names<Extract<keyof Glossary[S], string>>;
}

export const CATEGORY_NAMES: Names<Category> = glossaryPairs('category');
/** 计量单位 per category, for quantities in purchase lists (台, 套, 点). */
export const MEASURE_NAMES: Names<Category> = glossaryPairs('measure');
export const TIER_NAMES: Names<Tier> = glossaryPairs('tier');
export const SCALE_NAMES: Names<SystemScale> = glossaryPairs('scale');
export const VENDOR_ORIGIN_NAMES: Names<VendorOrigin> = glossaryPairs('vendorOrigin');
export const DISPOSITION_NAMES: Names<Disposition> = glossaryPairs('disposition');
