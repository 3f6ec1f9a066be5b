/**
 * Generic nouns that name a category or an edition without naming a product. In Chinese the head
 * noun comes last (数据库服务器 is a server, 服务器操作系统 is an OS), so the last keyword wins.
 */
import type { Category } from '../model';
import type { CpuArch, Role } from '../catalogue';

/** `weak` keywords (系统, 平台) only decide when nothing stronger is present. */
export type Keyword = { text: string; category?: Category; role?: Role; weak?: boolean; arch?: CpuArch };

const k = (category: Category | undefined, role: Role | undefined, words: string[]): Keyword[] =>
  words.map((text) => ({ text, ...(category ? { category } : {}), ...(role ? { role } : {}) }));

export const KEYWORDS: Keyword[] = [
  ...k('server', 'server', ['服务器', 'server', '刀片', '小型机', '机架式', '塔式服务器', 'pc服务器']),
  ...k('terminal', 'desktop', ['工作站', '台式机', '台式电脑', '电脑', '计算机', '笔记本', '一体机', 'pc$', '终端机', '医生站', '护士站', 'desktop', 'laptop', 'notebook', '自助机', '瘦客户机']),
  ...k('storage', undefined, ['存储', '磁盘阵列', '磁阵', '磁带库', 'nas$', 'san$', '备份一体机', '光纤交换', 'storage']),
  ...k('network', undefined, ['交换机', '路由器', 'switch', 'router', '无线ap', '无线控制器', 'ac控制器', '负载均衡', '核心交换', '接入交换', '汇聚交换']),
  ...k('security-appliance', undefined, ['防火墙', 'firewall', '网闸', '安全隔离', 'waf$', 'ips$', 'ids$', '入侵检测', '入侵防御', '堡垒机', '运维审计', '数据库审计', '日志审计', '漏洞扫描', '漏扫', '上网行为', 'vpn', '抗ddos', '安全网关', 'web应用防火墙', '数据库防火墙']),
  ...k('security-software', undefined, ['杀毒', '防病毒', '终端安全', 'edr$', '态势感知', '安全管理平台', 'antivirus', '主机加固', '防勒索']),
  ...k('peripheral', undefined, ['打印机', '扫描仪', '扫码枪', '复印机', '高拍仪', '读卡器', '显示器', '叫号', '摄像头', '监控', 'printer', 'scanner', '针式', '条码', '腕带']),
  ...k('medical-device', undefined, ['ct$', 'mri', '核磁', '超声', '彩超', '监护仪', '呼吸机', '生化分析', '血球', '内镜', '麻醉机', '医疗设备', 'dr$', 'dsa$']),
  ...k('os', undefined, ['操作系统', 'os$', 'linux']),
  ...k('database', undefined, ['数据库', 'database', 'db$', 'rdbms']),
  ...k('middleware', undefined, ['中间件', '应用服务器', '消息队列', 'middleware', 'web服务器']),
  ...k('virtualization', undefined, ['虚拟化', '超融合', '云桌面', '云平台', 'hypervisor', '私有云']),
  ...k('office', undefined, ['办公软件', '浏览器', '邮件系统', '邮箱', 'browser', 'pdf阅读']),
  ...k('application', undefined, ['his$', 'emr$', 'lis$', 'pacs', 'ris$', 'hrp$', 'oa$', '电子病历', '集成平台', '医保', '挂号', '收费', '病案', '体检', '手麻', '院感', 'cdr$']),
  ...k('application', undefined, ['管理系统', '信息系统', '业务系统', '系统', '平台', '数据中心']).map((w) => ({ ...w, weak: true })),
  ...k(undefined, 'desktop', ['桌面', '桌面版', '专业版', '家庭版']),
  ...k(undefined, 'server', ['服务器版']),
  ...k('terminal', 'desktop', ['桌面终端', '信创终端', 'pda$', '手持终端', '平板电脑']),
  ...k('security-software', undefined, ['终端威胁', '威胁防御', '桌面管理', '终端管理', '准入控制', '网络准入']),
  // Build names (`x86_64`, `aarch64`): they fix the architecture of a software build or machine, not its origin.
  ...arch('x86-64', ['x86_64', 'x86-64', 'amd64', 'x64$']),
  ...arch('ARMv8', ['aarch64', 'arm64', 'armv8']),
  ...arch('LoongArch', ['loongarch64']),
  ...arch('MIPS', ['mips64el', 'mips64']),
];

function arch(cpuArch: CpuArch, words: string[]): Keyword[] {
  return words.map((text) => ({ text, arch: cpuArch }));
}
