/** Human names of the model's enumerations, in both languages, for tables, reports and the CLI. */
import type { Category } from './types';

/** Category names as a planner reads them (exports use `shared/io`'s round-trip tokens instead). */
export const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
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
};

