/** Words of the report that the data itself carries (line, tier, item names, sheet headers), zh and en. */
import type { PriceItem, PriceLine } from '../forecast/types';
import type { Lang, Tier } from '../model';

export const REPORT_TITLE: Record<Lang, string> = {
  zh: '信息技术应用创新替代路线图',
  en: 'Xinchuang Substitution Roadmap',
};

export const LINE_LABELS: Record<Lang, Record<PriceLine, string>> = {
  zh: { os: '操作系统', cpu: 'CPU 平台', database: '数据库', middleware: '中间件', security: '网络安全', application: '应用适配', other: '其他' },
  en: { os: 'Operating systems', cpu: 'CPU platforms', database: 'Databases', middleware: 'Middleware', security: 'Security', application: 'Application adaptation', other: 'Other' },
};

export const TIER_NAMES: Record<Lang, Record<Tier, string>> = {
  zh: { office: '办公', operations: '运营管理', 'clinical-support': '医技支持', core: '核心临床' },
  en: { office: 'Office', operations: 'Operations', 'clinical-support': 'Clinical support', core: 'Core clinical' },
};

export const ITEM_LABELS: Record<Lang, Record<PriceItem, string>> = {
  zh: {
    'os-desktop': '桌面操作系统',
    'os-server': '服务器操作系统',
    'cpu-terminal': '国产 CPU 终端',
    'cpu-server': '国产 CPU 服务器',
    database: '数据库',
    middleware: '中间件',
    'security-appliance': '安全设备',
    'security-software': '安全软件',
    application: '应用系统适配',
    storage: '存储',
    network: '网络设备（接入/汇聚）',
    'network-core': '核心交换机',
    'network-wireless': '无线 AP',
    'network-adc': '应用交付/负载均衡',
    kiosk: '自助服务终端',
    handheld: '手持终端/PDA',
    virtualization: '虚拟化',
    office: '办公软件',
    peripheral: '外设',
    'medical-device': '医疗设备',
  },
  en: {
    'os-desktop': 'Desktop OS',
    'os-server': 'Server OS',
    'cpu-terminal': 'Domestic-CPU terminal',
    'cpu-server': 'Domestic-CPU server',
    database: 'Database',
    middleware: 'Middleware',
    'security-appliance': 'Security appliance',
    'security-software': 'Security software',
    application: 'Application adaptation',
    storage: 'Storage',
    network: 'Network device (access/distribution)',
    'network-core': 'Core switch',
    'network-wireless': 'Wireless AP',
    'network-adc': 'Application delivery controller',
    kiosk: 'Self-service kiosk',
    handheld: 'Handheld/PDA',
    virtualization: 'Virtualisation',
    office: 'Office suite',
    peripheral: 'Peripheral',
    'medical-device': 'Medical device',
  },
};

/** The default planning rules (DESIGN.md "Planning rules"), as the assumptions section states them. */
export const PLANNING_RULES: Record<Lang, string[]> = {
  zh: [
    '由边缘到核心：先办公、再运营管理、再医技支持，核心临床系统（HIS、EMR、集成平台）最后替换。',
    '依赖约束：平台（服务器、操作系统、数据库）不晚于其上运行的软件替换；连接与接口关系中靠近边缘的一端先行，同一批次视为同步迁移。',
    '每项非国产、非保留资产恰好排入一个批次，或列为未排入并说明原因；已国产资产视为完成。',
    '不早于厂商适配就绪日期（readyFrom）；同等条件下支持到期早、等保级别高的资产优先。',
    '每批次工作量不超过容量，每年支出不超过预算，每批核心切换数量受限，封网月份不做核心切换，用户固定的批次优先并逐项校验。',
    '依赖成环的资产作为一组在同一批次迁移，并在警告中列出。',
    '网络安全同步规划、同步建设、同步使用：新建信息化项目安全投入不低于 5%（国卫规划发〔2022〕29号）。',
  ],
  en: [
    'Edge to core: office first, then operations, then clinical support; the core clinical systems (HIS, EMR, integration platform) last.',
    'Dependencies: a platform (server, OS, database) is replaced no later than the software running on it; for connections and interfaces the end nearer the edge goes first; the same wave means migrated together.',
    'Every asset that is neither domestic nor retained gets exactly one wave, or is listed as unscheduled with its reason; domestic assets count as done.',
    'Nothing before the vendor-ready date (readyFrom); at equal standing, earlier end of support and higher security level go first.',
    'Effort per wave within capacity, spend per year within budget, a limit on core cut-overs per wave, no core cut-over in freeze months; user pins win and are checked.',
    'Assets in a dependency cycle migrate together in one wave and are listed among the warnings.',
    'Security planned, built and used together: at least 5% of new IT project budgets go to network security (国卫规划发〔2022〕29号).',
  ],
};
