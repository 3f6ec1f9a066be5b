/** Words of the report that the data itself carries (line, tier, item names, sheet headers), zh and en. */
import type { ScaleBasis } from '../forecast/cost';
import type { PriceItem, SpendLine } from '../forecast/types';
import { GLOSSARY } from '../model';
import type { Lang } from '../model';

export const REPORT_TITLE: Record<Lang, string> = {
  zh: '信息技术应用创新替代路线图',
  en: 'Xinchuang Substitution Roadmap',
};

export const LINE_LABELS: Record<Lang, Record<SpendLine, string>> = { zh: GLOSSARY.zh.costLine, en: GLOSSARY.en.costLine };

/** Names of the price book's items (the price book editor, the report's assumptions). */
export const ITEM_LABELS: Record<Lang, Record<PriceItem, string>> = {
  zh: {
    'os-desktop': '桌面操作系统', 'os-server': '服务器操作系统', 'cpu-terminal': '国产 CPU 终端', 'cpu-server': '国产 CPU 服务器', database: '数据库',
    middleware: '中间件', 'security-appliance': '安全设备', 'security-software': '安全软件', application: '应用系统适配（科室级）', 'application-large': '应用系统适配（全院级）', 'application-small': '小型系统适配（网站、邮件等）', 'application-new': '新购国产业务系统（科室级）', 'application-new-large': '新购国产业务系统（全院级）', 'application-new-small': '新购国产小型系统（网站、邮件等）', storage: '存储', network: '网络设备（接入/汇聚）',
    'network-core': '核心交换机', 'network-wireless': '无线 AP', 'network-adc': '应用交付/负载均衡', kiosk: '自助服务终端', handheld: '手持终端/PDA',
    virtualization: '虚拟化', office: '办公软件', peripheral: '外设', 'medical-device': '医疗设备', 'security-assessment': '等保测评',
    'crypto-assessment': '密评',
  },
  en: {
    'os-desktop': 'Desktop OS', 'os-server': 'Server OS', 'cpu-terminal': 'Domestic-CPU terminal', 'cpu-server': 'Domestic-CPU server',
    database: 'Database', middleware: 'Middleware', 'security-appliance': 'Security appliance', 'security-software': 'Security software',
    application: 'Application adaptation (departmental)', 'application-large': 'Application adaptation (hospital-wide)', 'application-small': 'Small system adaptation (website, mail…)', 'application-new': 'New domestic business system (departmental)', 'application-new-large': 'New domestic business system (hospital-wide)', 'application-new-small': 'New domestic small system (website, mail…)', storage: 'Storage', network: 'Network device (access/distribution)', 'network-core': 'Core switch',
    'network-wireless': 'Wireless AP', 'network-adc': 'Application delivery controller', kiosk: 'Self-service kiosk', handheld: 'Handheld/PDA',
    virtualization: 'Virtualisation', office: 'Office suite', peripheral: 'Peripheral', 'medical-device': 'Medical device',
    'security-assessment': 'Classified-protection assessment (MLPS)', 'crypto-assessment': 'Commercial cryptography assessment',
  },
};

/**
 * How the book-priced applications got their scale, as one sentence under the price book: the
 * reader checks the guessed scales before the tender. Empty when the book prices no application.
 */
export function scaleBasisText(basis: ScaleBasis, lang: Lang): string {
  const { priced, declared, fromName } = basis;
  if (priced === 0) return '';
  const guessed = fromName.large + fromName.departmental + fromName.small;
  if (lang === 'zh') {
    const head = `应用系统按规模（全院级 / 科室级 / 小型）计价：按价格本计价的 ${priced} 个应用系统`;
    if (guessed === 0) return `${head}全部按资产上填写的系统规模计价。`;
    const split = `按名称推定（全院级 ${fromName.large} 个、科室级 ${fromName.departmental} 个、小型 ${fromName.small} 个）`;
    const check = '；推定不符的，请在资产清单中填写“系统规模”后重新生成。';
    return declared === 0 ? `${head}全部${split}${check}` : `${head}中，${declared} 个按资产上填写的系统规模，${guessed} 个${split}${check}`;
  }
  const head = 'Applications are priced by scale (hospital-wide, departmental, small): ';
  if (guessed === 0) return `${head}all ${priced} priced from the book use the scale set on the asset.`;
  const split = `(hospital-wide ${fromName.large}, departmental ${fromName.departmental}, small ${fromName.small})`;
  const check = "; where a guess is wrong, set the asset's Scale in the inventory and generate again.";
  return declared === 0
    ? `${head}all ${priced} priced from the book use the scale their name stands for ${split}${check}`
    : `${head}of the ${priced} priced from the book, ${declared} ${declared === 1 ? 'uses' : 'use'} the scale set on the asset and ${guessed} the one their name stands for ${split}${check}`;
}

/** The default planning rules (DESIGN.md "Planning rules"), as the assumptions section states them. */
export const PLANNING_RULES: Record<Lang, string[]> = {
  zh: [
    '先外围后核心，分阶段推进：办公 → 运营管理 → 临床支持 → 核心临床（HIS、EMR、CDR、集成平台）；上一阶段的系统全部切换后下一阶段才开始（可设重叠批次），例外逐条列入警告。',
    '以业务系统为切换单元：应用系统与其专用的数据库、中间件、操作系统和服务器同批切换；多个系统共用的平台（共享数据库、虚拟化集群、存储）随首个迁移的系统建设国产平台，末个系统切换并双轨运行后再下线原平台。',
    '终端在其所用系统具备国产操作系统客户端后切换，且须早于其所连接的核心系统；终端按其服务的最高层级归入相应阶段。',
    '核心系统的前置条件：与核心系统相连的终端、外设、接口系统和网络链路须先完成国产化；保留的进口设备须经前置机或网关隔离，或办理例外审批。',
    '网络安全同步规划、同步建设、同步使用：安全产品不晚于其防护对象建设；每年预留不低于 5% 的投入用于安全（国卫规划发〔2022〕29号），替代项目不占用该预留。',
    '每批次工作量不超过实施力量，同一开发商团队每批系统数受限，每年支出不超过预算；每批核心切换数量受限，核心切换避开封网时段并设双轨运行期与回退截止日期。',
    '同等条件下先易后难：依赖少、等保级别低的先行，其次支持到期早的；不早于厂商适配就绪日期；依赖成环的资产同批迁移并列入警告。',
  ],
  en: [
    'Edge to core in phases: office → operations → clinical support → core clinical (HIS, EMR, CDR, integration platform); a phase starts once every system of the phase before has cut over (an overlap can be set); every exception is listed as a warning.',
    'The unit of cut-over is the business system: an application moves with its dedicated database, middleware, OS and servers; a platform several systems share (shared database, virtualisation cluster, storage) is built with its first tenant and the old one retired after the last tenant and the dual-track period.',
    'Terminals switch once the systems they use have a client for the domestic OS, and before any core system they connect to; a terminal sits in the lane of the highest tier it serves.',
    'The core gate: terminals, peripherals, interfaced systems and the network path connected to a core system are domestic first; a retained foreign device is isolated behind a gateway (前置机) or has an approved exception.',
    'Security is planned, built and used together with what it protects; each year keeps at least 5% of the spend for security (NHC planning notice 2022 No. 29), which replacements never use.',
    'Each wave within the delivery capacity and a limited number of systems per vendor team, each year within the budget; at most N core cut-overs per wave, none in a freeze window, each with a dual-track period and a rollback deadline.',
    'Easy first among equals: fewer dependants and lower 等保 level first, then earlier end of support; never before the vendor\'s ready date; a dependency cycle migrates together and is listed as a warning.',
  ],
};
