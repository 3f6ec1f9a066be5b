/**
 * Human names of the model's enumerations, in both languages, for views, tables, reports, exports
 * and the CLI. One name per word: every place that shows a tier, category, vendor origin or
 * disposition reads it from here.
 */
import type { Category, Disposition, Tier, VendorOrigin } from './types';

type Names<K extends string> = Record<K, { zh: string; en: string }>;

/** Category names as a planner reads them (exports use `shared/io`'s round-trip tokens instead). */
export const CATEGORY_NAMES: Names<Category> = {
  terminal: { zh: '终端', en: 'Terminal' },
  server: { zh: '服务器', en: 'Server' },
  storage: { zh: '存储', en: 'Storage' },
  network: { zh: '网络设备', en: 'Network' },
  'security-appliance': { zh: '安全设备', en: 'Security appliance' },
  peripheral: { zh: '外设', en: 'Peripheral' },
  'medical-device': { zh: '医疗设备', en: 'Medical device' },
  os: { zh: '操作系统', en: 'Operating system' },
  database: { zh: '数据库', en: 'Database' },
  middleware: { zh: '中间件', en: 'Middleware' },
  virtualization: { zh: '虚拟化', en: 'Virtualisation' },
  office: { zh: '办公软件', en: 'Office software' },
  application: { zh: '应用系统', en: 'Application' },
  'security-software': { zh: '安全软件', en: 'Security software' },
  other: { zh: '其他（不纳入规划）', en: 'Other (not planned)' },
};

/** The four phases of the programme, edge to core (DESIGN.md planning rule 3). */
export const TIER_NAMES: Names<Tier> = {
  office: { zh: '办公', en: 'Office' },
  operations: { zh: '运营管理', en: 'Operations' },
  'clinical-support': { zh: '临床支持', en: 'Clinical support' },
  core: { zh: '核心临床', en: 'Core clinical' },
};

/** 产地: who makes the product. */
export const VENDOR_ORIGIN_NAMES: Names<VendorOrigin> = {
  domestic: { zh: '国产', en: 'Domestic' },
  foreign: { zh: '进口', en: 'Foreign' },
  'foreign-open-source': { zh: '国外开源', en: 'Foreign open source' },
  unknown: { zh: '未知', en: 'Unknown' },
};

/** 处置方式: what the programme does with the item. */
export const DISPOSITION_NAMES: Names<Disposition> = {
  compliant: { zh: '已信创', en: 'Compliant' },
  adapt: { zh: '适配迁移', en: 'Adapt' },
  replace: { zh: '替代', en: 'Replace' },
  retain: { zh: '保留', en: 'Retain' },
  retire: { zh: '下线', en: 'Retire' },
};
