/**
 * The default price book (DOMAIN.md §4) and its storage in a project's `extensions.priceBook`.
 * Every default is a planning estimate the user edits; a local tender quote should replace it.
 */
import { z } from 'zod';

import { makeIssue } from '../model';
import type { Issue, Parsed, ProjectFile } from '../model';
import { CPU_FAMILIES, PRICE_ITEMS, PRICE_LINES } from './types';
import type { CpuFamily, CpuFamilyFactor, PriceBook, PriceEntry, PriceItem, PriceLine, PriceRange } from './types';

/** The key under `ProjectFile.extensions` that holds the book, so it exports with the project. */
export const PRICE_BOOK_EXTENSION = 'priceBook';

const entry = (
  line: PriceLine,
  price: PriceRange,
  annualChange: number,
  recurringRate: number,
  zh: string,
  en: string,
): PriceEntry => ({ line, price, annualChange, recurringRate, estimate: true, source: { zh, en } });

const HW = -0.07;
const SW = -0.03;

const CPU_FACTORS: Record<CpuFamily, CpuFamilyFactor> = {
  mixed: { terminal: 1, server: 1 },
  kunpeng: { terminal: 1.05, server: 0.95 },
  phytium: { terminal: 0.95, server: 1 },
  loongson: { terminal: 1, server: 1.05 },
  hygon: { terminal: 1.1, server: 1.05 },
  zhaoxin: { terminal: 0.9, server: 1 },
};

/** Default unit prices in yuan at base year 2025, each marked `estimate: true` with its source note. */
export const DEFAULT_PRICE_BOOK: PriceBook = {
  baseYear: 2025,
  cpuFamily: 'mixed',
  cpuFamilies: CPU_FACTORS,
  // Sourcing (DOMAIN.md tags, kept here and not shown to users): every figure is an estimate [EST]
  // (DOMAIN §4.2) unless marked. os-desktop's comparison price is sourced [S] (S-P5, Guangdong
  // 定点采购 2020-08); cpu-server's upper end matches a secondary source [S2] (S-PR1). The role
  // items (core switch, wireless AP, ADC, kiosk, handheld) are [EST] from no published tender.
  items: {
    'os-desktop': entry('os', { low: 300, base: 600, high: 1000 }, SW, 0, '估算：麒麟/统信桌面版每席位 300–1,000 元（含 1–3 年服务）；对照：广东省政府采购定点采购平台神州网信政府版指导价 1,596 元（2020 年 8 月）', 'Estimate: Kylin/UOS desktop 300–1,000 yuan per seat incl. 1–3 years of service; for comparison, the CMIT Government Edition guide price on the Guangdong government procurement platform was 1,596 yuan (August 2020)'),
    'os-server': entry('os', { low: 3000, base: 8000, high: 20000 }, SW, 0.25, '估算：服务器操作系统每台 3,000–20,000 元；订阅支持约为许可费的 20–30%/年', 'Estimate: server OS 3,000–20,000 yuan per server; subscription support about 20–30% of the licence per year'),
    'cpu-terminal': entry('cpu', { low: 4000, base: 6000, high: 8500 }, HW, 0, '估算：国产 CPU 台式机含显示器与操作系统 4,500–9,000 元，此处扣除桌面操作系统许可', 'Estimate: domestic-CPU desktop with monitor and OS 4,500–9,000 yuan, less the desktop OS licence'),
    'cpu-server': entry('cpu', { low: 50000, base: 120000, high: 200000 }, HW, 0, '估算：国产 CPU 双路服务器 5–20 万元；上限与公开配置清单中新华三 R4930 G7（海光）15–20 万元的规划价一致', 'Estimate: domestic-CPU 2-socket server 50,000–200,000 yuan; the upper end matches the 150,000–200,000 yuan planning price of an H3C R4930 G7 (Hygon) in a public configuration list'),
    database: entry('database', { low: 50000, base: 150000, high: 300000 }, SW, 0.15, '估算：达梦/金仓企业版每实例 5–30 万元（高可用集群 ×2–3）；年度服务费按 15% 估计', 'Estimate: DM8/KingbaseES enterprise 50,000–300,000 yuan per instance (HA clusters ×2–3); support estimated at 15% a year'),
    middleware: entry('middleware', { low: 20000, base: 60000, high: 150000 }, SW, 0.15, '估算：东方通/宝兰德/金蝶天燕应用服务器每实例，无公开价格', 'Estimate: TongWeb/BES/Apusic application server per instance; no published price'),
    'security-appliance': entry('security', { low: 30000, base: 100000, high: 300000 }, -0.05, 0.1, '估算：国产防火墙/WAF/数据库审计等设备每台；特征库订阅约 10%/年', 'Estimate: domestic firewall/WAF/database audit appliance per unit; signature subscription about 10% a year'),
    'security-software': entry('security', { low: 300, base: 2000, high: 20000 }, SW, 0.2, '估算：终端安全/EDR 等软件每许可；年度订阅约 20%', 'Estimate: endpoint security/EDR software per licence; subscription about 20% a year'),
    application: entry('application', { low: 100000, base: 300000, high: 1000000 }, 0, 0, '估算：科室级业务系统由开发商做信创适配与迁移（改造、测试、割接）每系统 10–100 万元', 'Estimate: the developer adapting and migrating a departmental system (rework, testing, cut-over): 100,000–1,000,000 yuan per system'),
    'application-large': entry('application', { low: 300000, base: 600000, high: 3000000 }, 0, 0, '估算：全院级大型业务系统（HIS、电子病历、集成平台、PACS/RIS、LIS、HRP 等）由开发商做信创适配与迁移（改造、数据库迁移、联调、测试、割接）每系统 30–300 万元', 'Estimate: the developer adapting and migrating a hospital-wide system (HIS, EMR, integration platform, PACS/RIS, LIS, HRP…): rework, database migration, integration testing and cut-over, 300,000–3,000,000 yuan per system'),
    'application-small': entry('application', { low: 30000, base: 80000, high: 200000 }, 0, 0, '估算：网站、门户、邮件或信息发布等小型系统由开发商做信创适配与迁移每系统 3–20 万元', 'Estimate: the developer adapting and migrating a small system (website, portal, mail, notice board): 30,000–200,000 yuan per system'),
    'application-new': entry('application', { low: 200000, base: 500000, high: 1200000 }, SW, 0.1, '估算：新购国产科室级业务系统（如心电、透析、院感、输血、呼叫中心）替换进口或来源不明的系统，含软件许可、实施、接口与数据迁移，每系统 20–120 万元；维保约 10%/年', 'Estimate: a new domestic departmental system (ECG, dialysis, infection control, transfusion, call centre…) replacing a foreign one or one of unknown origin, licence, implementation, interfaces and data migration included: 200,000–1,200,000 yuan per system; support about 10% a year'),
    'application-new-large': entry('application', { low: 800000, base: 1500000, high: 8000000 }, SW, 0.1, '估算：新购国产全院级大型业务系统（HIS、电子病历、集成平台、PACS/RIS、LIS、HRP、运营决策 BI 等），含软件许可、实施、接口与历史数据迁移，每系统 80–800 万元；维保约 10%/年', 'Estimate: a new domestic hospital-wide system (HIS, EMR, integration platform, PACS/RIS, LIS, HRP, BI…), licence, implementation, interfaces and historical data migration included: 800,000–8,000,000 yuan per system; support about 10% a year'),
    'application-new-small': entry('application', { low: 50000, base: 150000, high: 400000 }, SW, 0.1, '估算：新购国产网站、门户、邮件或信息发布等小型系统替换进口或来源不明的系统，每系统 5–40 万元；维保约 10%/年', 'Estimate: a new domestic small system (website, portal, mail, notice board) replacing a foreign one or one of unknown origin: 50,000–400,000 yuan per system; support about 10% a year'),
    storage: entry('other', { low: 100000, base: 250000, high: 600000 }, HW, 0, '估算：国产存储（OceanStor、宏杉等）每台', 'Estimate: domestic storage array (OceanStor, MacroSAN…) per unit'),
    network: entry('other', { low: 3000, base: 15000, high: 80000 }, -0.05, 0, '估算：国产接入/汇聚交换机、路由器、无线控制器每台', 'Estimate: domestic access/distribution switch, router or WLAN controller per unit'),
    'network-core': entry('other', { low: 150000, base: 400000, high: 900000 }, -0.05, 0.05, '估算：国产框式核心交换机每台（含引擎、板卡与三年维保）；成对部署时一对约 30–180 万元', 'Estimate: domestic chassis core switch per unit (engines, line cards, three years of support); a pair is about 300,000–1,800,000 yuan'),
    'network-wireless': entry('other', { low: 1500, base: 3000, high: 6000 }, -0.07, 0, '估算：国产 Wi-Fi 6 无线 AP 每台（不含无线控制器）', 'Estimate: domestic Wi-Fi 6 wireless AP per unit (controller not included)'),
    'network-adc': entry('other', { low: 50000, base: 150000, high: 400000 }, -0.05, 0.1, '估算：国产应用交付/负载均衡设备每台', 'Estimate: domestic application delivery controller per unit'),
    kiosk: entry('cpu', { low: 15000, base: 30000, high: 60000 }, HW, 0, '估算：国产 CPU 自助服务终端每台（含读卡、打印模块与国产操作系统）', 'Estimate: domestic-CPU self-service kiosk per unit (card reader, printer modules and domestic OS included)'),
    handheld: entry('cpu', { low: 2500, base: 4500, high: 8000 }, HW, 0, '估算：国产操作系统手持终端/PDA 每台', 'Estimate: handheld/PDA on a domestic OS per unit'),
    virtualization: entry('other', { low: 10000, base: 30000, high: 60000 }, SW, 0.2, '估算：国产虚拟化/超融合每主机许可', 'Estimate: domestic virtualization/HCI licence per host'),
    office: entry('other', { low: 200, base: 400, high: 800 }, SW, 0, '估算：WPS/永中办公套件每席位', 'Estimate: WPS/Yozo office suite per seat'),
    peripheral: entry('other', { low: 800, base: 2500, high: 6000 }, -0.05, 0, '估算：国产打印机、扫描仪等外设每台', 'Estimate: domestic printer/scanner per unit'),
    'security-assessment': entry('security', { low: 40000, base: 80000, high: 150000 }, 0, 0, '估算：等级保护测评（等保测评）每系统每次，三级系统每年一次、系统重大变更（信创割接）后须重新测评', 'Estimate: classified-protection assessment (等保测评) per system and assessment; level-3 systems yearly and again after a major change such as a 信创 cut-over'),
    'crypto-assessment': entry('security', { low: 50000, base: 100000, high: 200000 }, 0, 0, '估算：商用密码应用安全性评估（密评）每系统每次，三级及以上系统割接后进行', 'Estimate: commercial cryptography application assessment (密评) per system, for level-3 systems after the cut-over'),
    'medical-device': entry('other', { low: 0, base: 0, high: 0 }, 0, 0, '医疗设备随临床采购更换，价格差异太大，请在资产上填写单价', 'medical devices are replaced through clinical procurement; prices vary too much: set a unit cost on the asset'),
  },
};

const rangeSchema = z
  .object({ low: z.number().min(0).max(1e10), base: z.number().min(0).max(1e10), high: z.number().min(0).max(1e10) })
  .refine((r) => r.low <= r.base && r.base <= r.high, { message: 'order' });

const entrySchema = z.object({
  line: z.enum(PRICE_LINES),
  price: rangeSchema,
  annualChange: z.number().min(-0.9).max(1),
  recurringRate: z.number().min(0).max(2),
  estimate: z.boolean(),
  source: z.object({ zh: z.string().max(2000), en: z.string().max(2000) }),
});

const factorSchema = z.object({ terminal: z.number().positive().max(10), server: z.number().positive().max(10) });

const bookSchema = z.object({
  baseYear: z.number().int().min(2000).max(2100).optional(),
  cpuFamily: z.enum(CPU_FAMILIES).optional(),
  cpuFamilies: z.partialRecord(z.enum(CPU_FAMILIES), factorSchema).optional(),
  items: z.partialRecord(z.enum(PRICE_ITEMS), entrySchema.partial()).optional(),
});

/**
 * Reads the price book of a project: the stored book over the defaults, entry by entry, so a book
 * saved by an older version gains the items added since.
 * @param project the project (its `extensions.priceBook`, if any)
 * @param file file name for messages
 * @returns the book, or issues naming `extensions.priceBook` and the field
 */
export function readPriceBook(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Parsed<PriceBook> {
  const raw = project.extensions?.[PRICE_BOOK_EXTENSION];
  if (raw === undefined) return { ok: true, value: DEFAULT_PRICE_BOOK, issues: [] };
  const parsed = bookSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((zi) =>
      makeIssue({
        code: 'price-book-invalid',
        file,
        section: `extensions.${PRICE_BOOK_EXTENSION}`,
        field: zi.path.join('.'),
        zh: zi.message === 'order' ? '价格应满足 低 ≤ 基准 ≤ 高' : `价格本取值无效：${zi.message}`,
        en: zi.message === 'order' ? 'prices must satisfy low ≤ base ≤ high' : `invalid price book value: ${zi.message}`,
      }),
    );
    return { ok: false, issues };
  }
  const stored = parsed.data;
  const items = { ...DEFAULT_PRICE_BOOK.items };
  for (const key of PRICE_ITEMS) {
    const override = stored.items?.[key];
    if (override) items[key] = { ...items[key], ...override };
  }
  return {
    ok: true,
    issues: [],
    value: {
      baseYear: stored.baseYear ?? DEFAULT_PRICE_BOOK.baseYear,
      cpuFamily: stored.cpuFamily ?? DEFAULT_PRICE_BOOK.cpuFamily,
      cpuFamilies: { ...DEFAULT_PRICE_BOOK.cpuFamilies, ...stored.cpuFamilies },
      items,
    },
  };
}

/**
 * Sets one price of one item; the edited entry stops being an estimate.
 * @param book the book
 * @param item the item
 * @param variant which price of the range
 * @param amount yuan per unit
 * @returns a new book, the range kept ordered (low ≤ base ≤ high) by moving the other bounds if needed
 */
export function setItemPrice(book: PriceBook, item: PriceItem, variant: keyof PriceRange, amount: number): PriceBook {
  const value = Math.max(0, amount);
  const price = { ...book.items[item].price, [variant]: value };
  if (variant === 'base') {
    price.low = Math.min(price.low, value);
    price.high = Math.max(price.high, value);
  } else if (variant === 'low') {
    price.base = Math.max(price.base, value);
    price.high = Math.max(price.high, price.base);
  } else {
    price.base = Math.min(price.base, value);
    price.low = Math.min(price.low, price.base);
  }
  return { ...book, items: { ...book.items, [item]: { ...book.items[item], price, estimate: false } } };
}

/**
 * Sets an item's annual price change or recurring rate (fractions).
 * @returns a new book
 */
export function setItemRate(book: PriceBook, item: PriceItem, field: 'annualChange' | 'recurringRate', value: number): PriceBook {
  return { ...book, items: { ...book.items, [item]: { ...book.items[item], [field]: value, estimate: false } } };
}
