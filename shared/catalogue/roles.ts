/**
 * Product roles: the job a product does in the hospital (a core switch, a wireless AP, a database
 * audit appliance, a self-service kiosk, a BI tool…). Procurement matches an asset to substitutes
 * role to role, and the price book prices some roles on their own (a core chassis is not an access
 * switch). An asset's role is read from its name and product first (`数据库防火墙` is a database
 * audit appliance even when the catalogue only knows the vendor's WAF), then from its catalogue
 * entry, then from its category.
 */
import type { Asset, Category } from '../model';
import type { CatalogueEntry } from './types';

export const PRODUCT_ROLES = [
  'core-switch',
  'access-switch',
  'router',
  'wireless-ap',
  'wlan-controller',
  'adc',
  'fc-switch',
  'ngfw',
  'ips',
  'waf',
  'db-audit',
  'db-firewall',
  'gap',
  'situational',
  'edr',
  'bastion',
  'vuln-scanner',
  'behaviour',
  'desktop-pc',
  'kiosk',
  'handheld',
  'thin-client',
  'printer',
  'label-printer',
  'barcode-scanner',
  'document-scanner',
  'card-reader',
  'bi',
  'erp',
  'hrp',
  'oa',
  'backup',
  'mail',
] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export const ROLE_NAMES: Record<ProductRole, { zh: string; en: string }> = {
  'core-switch': { zh: '核心交换机', en: 'core switch' },
  'access-switch': { zh: '接入/汇聚交换机', en: 'access/distribution switch' },
  router: { zh: '路由器', en: 'router' },
  'wireless-ap': { zh: '无线 AP', en: 'wireless AP' },
  'wlan-controller': { zh: '无线控制器', en: 'WLAN controller' },
  adc: { zh: '应用交付/负载均衡', en: 'application delivery controller' },
  'fc-switch': { zh: '光纤交换机', en: 'FC switch' },
  ngfw: { zh: '下一代防火墙', en: 'next-generation firewall' },
  ips: { zh: '入侵检测/防御', en: 'IDS/IPS' },
  waf: { zh: 'Web 应用防火墙', en: 'web application firewall' },
  'db-audit': { zh: '数据库审计', en: 'database audit' },
  'db-firewall': { zh: '数据库防火墙', en: 'database firewall' },
  gap: { zh: '安全隔离网闸', en: 'secure isolation gap' },
  situational: { zh: '态势感知', en: 'situational awareness' },
  edr: { zh: '终端安全/EDR', en: 'endpoint security / EDR' },
  bastion: { zh: '堡垒机', en: 'bastion host' },
  'vuln-scanner': { zh: '漏洞扫描', en: 'vulnerability scanner' },
  behaviour: { zh: '上网行为管理', en: 'internet behaviour management' },
  'desktop-pc': { zh: '台式机/笔记本', en: 'desktop / laptop' },
  kiosk: { zh: '自助服务终端', en: 'self-service kiosk' },
  handheld: { zh: '手持终端/PDA', en: 'handheld / PDA' },
  'thin-client': { zh: '云终端/瘦客户机', en: 'thin client' },
  printer: { zh: '打印机', en: 'printer' },
  'label-printer': { zh: '标签/腕带打印机', en: 'label printer' },
  'barcode-scanner': { zh: '扫码枪/扫码器', en: 'barcode scanner' },
  'document-scanner': { zh: '高拍仪/文档扫描', en: 'document camera / scanner' },
  'card-reader': { zh: '读卡器', en: 'card reader' },
  bi: { zh: 'BI/报表', en: 'BI / reporting' },
  erp: { zh: 'ERP/财务', en: 'ERP / finance' },
  hrp: { zh: '医院资源规划 HRP', en: 'hospital resource planning (HRP)' },
  oa: { zh: '协同办公 OA', en: 'office automation (OA)' },
  backup: { zh: '备份', en: 'backup' },
  mail: { zh: '邮件', en: 'mail' },
};

type Rule = { role: ProductRole; categories: readonly Category[]; pattern: RegExp };

const SECURITY: readonly Category[] = ['security-appliance', 'security-software'];
const NETWORK: readonly Category[] = ['network'];
const DEVICES: readonly Category[] = ['terminal', 'peripheral'];
const APPS: readonly Category[] = ['application'];

/** First match wins: the specific before the general (a database firewall before a firewall). */
const RULES: readonly Rule[] = [
  // A database firewall sits inline and blocks; an audit appliance watches a mirror port: not the same job.
  { role: 'db-firewall', categories: SECURITY, pattern: /数据库防火墙|数据库防护|db\s*firewall|database\s*firewall/i },
  { role: 'db-audit', categories: SECURITY, pattern: /数据库(审计|安全)|db\s*audit|database\s*(audit|activity)|guardium/i },
  { role: 'waf', categories: SECURITY, pattern: /\bwaf\b|web\s*应用防火墙|web\s*application\s*firewall|fortiweb|网站防护/i },
  { role: 'gap', categories: SECURITY, pattern: /网闸|安全隔离/ },
  { role: 'ips', categories: SECURITY, pattern: /入侵(防御|检测|防护)|\bips\b|\bids\b|tippingpoint/i },
  { role: 'bastion', categories: SECURITY, pattern: /堡垒机|运维(安全|审计)|bastion|privileged\s*access|cyberark|beyondtrust/i },
  { role: 'situational', categories: SECURITY, pattern: /态势感知|\bsiem\b|splunk|qradar|arcsight|安全管理平台|\bsoc\b/i },
  { role: 'vuln-scanner', categories: SECURITY, pattern: /漏洞扫描|漏扫|vulnerability\s*scan|nessus|rsas/i },
  { role: 'behaviour', categories: SECURITY, pattern: /上网行为|行为管理/ },
  { role: 'edr', categories: SECURITY, pattern: /终端安全|杀毒|防病毒|\bedr\b|endpoint|antivirus|officescan|apex\s*one|symantec|mcafee|kaspersky|trellix|eset/i },
  { role: 'ngfw', categories: SECURITY, pattern: /防火墙|firewall|ngfw|fortigate|\basa\b|firepower|palo\s*alto|\bsrx\b|utm/i },
  { role: 'adc', categories: NETWORK, pattern: /负载均衡|应用交付|load\s*balanc|\badc\b|big-?\s*ip|\bf5\b|netscaler|radware|\ba10\b/i },
  { role: 'wlan-controller', categories: NETWORK, pattern: /无线控制器|wlan\s*controller|wireless\s*(lan\s*)?controller|\bwlc\b|air-ct\d|c9800|ac6[0-9]{3}|无线\s*ac\b/i },
  { role: 'wireless-ap', categories: NETWORK, pattern: /无线\s*ap|\bap\b|接入点|access\s*point|air-?ap|aironet|airengine\s*\d{4}|wi-?fi/i },
  { role: 'fc-switch', categories: NETWORK, pattern: /光纤交换|san\s*switch|\bfc\s*switch|brocade|mds\s*9\d{3}/i },
  { role: 'core-switch', categories: NETWORK, pattern: /核心交换|core\s*switch|nexus\s*7\d{3}|\bn7k\b|nexus\s*9[5-9]\d{2}|catalyst\s*6\d{3}|c6[58]\d{2}|c9[56]\d{2}|s127\d{2}|ce1[26]8\d{2}|s125\d{2}|s105\d{2}/i },
  { role: 'router', categories: NETWORK, pattern: /路由器|router|\bisr\s*\d|\basr\s*\d|\bmsr\s*\d|出口网关/i },
  { role: 'kiosk', categories: DEVICES, pattern: /自助|kiosk|self-?service|取号机|排队机|报告打印终端/i },
  { role: 'handheld', categories: DEVICES, pattern: /\bpda\b|手持|掌上|handheld|移动护理终端|移动终端/i },
  { role: 'thin-client', categories: DEVICES, pattern: /瘦客户机|云终端|零终端|thin\s*client|云桌面终端/i },
  { role: 'label-printer', categories: DEVICES, pattern: /标签打印|腕带打印|条码打印|label\s*printer/i },
  { role: 'card-reader', categories: DEVICES, pattern: /读卡器|card\s*reader/i },
  { role: 'document-scanner', categories: DEVICES, pattern: /高拍仪|文档扫描|文件扫描|document\s*(scanner|camera)|visualizer/i },
  { role: 'barcode-scanner', categories: DEVICES, pattern: /扫码|扫描枪|条码枪|barcode|scanner/i },
  { role: 'printer', categories: DEVICES, pattern: /打印|复印|printer|laserjet/i },
  { role: 'hrp', categories: APPS, pattern: /\bhrp\b|医院资源规划|医院运营管理平台/i },
  { role: 'bi', categories: APPS, pattern: /\bbi\b|商业智能|businessobjects|business\s*objects|tableau|power\s*bi|qlik|cognos|microstrategy|运营决策|数据分析平台|报表平台/i },
  { role: 'backup', categories: APPS, pattern: /备份|backup|netbackup|veeam|容灾软件/i },
  { role: 'mail', categories: APPS, pattern: /邮件|\bexchange\b|\bmail\b|lotus\s*notes/i },
  { role: 'oa', categories: APPS, pattern: /\boa\b|协同办公|办公自动化|domino/i },
  { role: 'erp', categories: APPS, pattern: /\berp\b|\bsap\s*(erp|ecc|s\/?4)|s\/?4\s*hana|e-?business\s*suite|peoplesoft/i },
];

/** Roles a catalogue subtype fills when the entry names none itself (`fills`). */
const SUBTYPE_ROLES: Partial<Record<string, readonly ProductRole[]>> = {
  'network:switch': ['access-switch', 'router'],
  'network:load-balancer': ['adc'],
  'network:fc-switch': ['fc-switch'],
  'security-appliance:firewall': ['ngfw'],
  'security-appliance:ips': ['ips'],
  'security-appliance:waf': ['waf'],
  'security-appliance:db-audit': ['db-audit'],
  'security-appliance:gap': ['gap'],
  'security-appliance:bastion': ['bastion'],
  'security-appliance:scanner': ['vuln-scanner'],
  'security-appliance:behaviour': ['behaviour'],
  'security-software:situational': ['situational'],
  'security-software:edr': ['edr'],
  'peripheral:printer': ['printer'],
  'peripheral:label-printer': ['label-printer'],
  'peripheral:scanner': ['barcode-scanner'],
  'peripheral:card-reader': ['card-reader'],
  'application:bi': ['bi'],
  'application:erp': ['erp'],
  'application:oa': ['oa'],
  'application:backup': ['backup'],
  'office:mail': ['mail'],
};

/**
 * The roles a catalogue entry fills: its own `fills`, or those of its category and subtype.
 * Desktop PCs fill `desktop-pc`.
 */
export function entryRoles(entry: Pick<CatalogueEntry, 'category' | 'subtype' | 'fills'>): readonly ProductRole[] {
  if (entry.fills) return entry.fills;
  if (entry.category === 'terminal') return ['desktop-pc'];
  return SUBTYPE_ROLES[`${entry.category}:${entry.subtype ?? ''}`] ?? [];
}

/**
 * The role of an asset: from its name and product text, else from its catalogue entry (a PC
 * matched by its CPU is a desktop), else none (the category alone decides).
 * @param asset the asset
 * @param entry its catalogue match, when known
 */
export function assetRole(asset: Pick<Asset, 'name' | 'product' | 'category' | 'vendor'>, entry?: Pick<CatalogueEntry, 'category' | 'subtype' | 'fills'>): ProductRole | undefined {
  const byText = textRole(asset.category, `${asset.name} ${asset.product ?? ''} ${asset.vendor ?? ''}`);
  if (byText) return byText;
  if (asset.category === 'network') return entry && entry.category === 'network' ? entryRoles(entry)[0] ?? 'access-switch' : 'access-switch';
  if (asset.category === 'terminal') return 'desktop-pc';
  if (entry && entry.category === asset.category) return entryRoles(entry)[0];
  return undefined;
}

/** The role the rules read from a category and text, remembered per distinct pair (estates repeat names thousands of times). */
const textRoles = new Map<string, ProductRole | null>();
const TEXT_ROLES_LIMIT = 100_000;

function textRole(category: Category, text: string): ProductRole | undefined {
  const key = `${category}\u0001${text}`;
  let role = textRoles.get(key);
  if (role === undefined) {
    role = null;
    for (const rule of RULES) {
      if (rule.categories.includes(category) && rule.pattern.test(text)) {
        role = rule.role;
        break;
      }
    }
    if (textRoles.size >= TEXT_ROLES_LIMIT) textRoles.clear();
    textRoles.set(key, role);
  }
  return role ?? undefined;
}
