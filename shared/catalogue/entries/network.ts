/**
 * Network equipment and security products (DOMAIN.md §1.6, §1.7). Security substitutes match on
 * `subtype` (firewall, ips, gap, waf, db-audit, situational, edr, bastion, scanner); 网闸 has no
 * common foreign equivalent and is domestic by nature.
 */
import type { CatalogueEntry } from '../types';
import { entry } from './helpers';

const SWITCH_SUBS = ['network.huawei', 'network.h3c', 'network.ruijie', 'network.zte'];
const FW_SUBS = ['security.sangfor-af', 'security.qax-fw', 'security.topsec-fw', 'security.venus-fw', 'security.hillstone-fw', 'security.huawei-usg', 'security.h3c-secpath'];
const IPS_SUBS = ['security.nsfocus-ips', 'security.venus-ids', 'security.topsec-ips'];
const WAF_SUBS = ['security.nsfocus-waf', 'security.dbapp-waf', 'security.chaitin-waf', 'security.sangfor-waf'];
const DBAUDIT_SUBS = ['security.dbapp-audit', 'security.meichuang-audit', 'security.venus-audit'];
const SOC_SUBS = ['security.qax-skyeye', 'security.sangfor-sip', 'security.venus-soc'];
const EDR_SUBS = ['security.qax-tianqing', 'security.360-edr', 'security.sangfor-edr', 'security.huorong', 'security.rising'];
const BASTION_SUBS = ['security.qizhi-bastion', 'security.dbapp-bastion', 'security.nsfocus-bastion'];

export const NETWORK_ENTRIES: CatalogueEntry[] = [
  entry('network.cisco', 'cisco', 'Cisco Catalyst / Nexus / ISR 交换路由', 'network', 'foreign', ['catalyst', 'nexus', 'ws c', 'c2960', 'c3560', 'c3650', 'c3750', 'c3850', 'c4500', 'c6509', 'c9200', 'c9300', 'c9500', 'n9k', 'n5k', 'isr4', 'asr1', 'aironet', 'meraki', 'cisco 2960', 'cisco 3750'], { subtype: 'switch', primary: true, substitutes: SWITCH_SUBS }),
  entry('network.juniper', 'juniper', 'Juniper EX / MX / QFX', 'network', 'foreign', ['ex4300', 'ex2300', 'ex3400', 'qfx5', 'mx204', 'mx480'], { subtype: 'switch', primary: true, substitutes: SWITCH_SUBS }),
  entry('network.other-foreign', 'aruba', 'Aruba / Arista / Extreme', 'network', 'foreign', ['aruba ap', 'aruba 7', 'arista 7', 'dcs 7'], { subtype: 'switch', primary: true, substitutes: SWITCH_SUBS }),
  entry('network.f5', 'f5', 'F5 BIG-IP 负载均衡', 'network', 'foreign', ['big ip', 'bigip', 'f5 ltm', 'f5 负载'], { subtype: 'load-balancer', primary: true, substitutes: ['network.sangfor-ad', 'network.dptech-adx', 'network.topsec-lb'] }),
  entry('network.brocade', 'brocade', 'Brocade 光纤交换机', 'network', 'foreign', ['brocade 6510', 'brocade 300', 'brocade g6', 'ds 6510'], { subtype: 'fc-switch', primary: true, substitutes: ['network.huawei'] }),
  entry('network.huawei', 'huawei', '华为 CloudEngine / S / AR 交换路由', 'network', 'domestic', ['cloudengine', 's1720', 's2700', 's2750', 's3700', 's5700', 's5710', 's5720', 's5730', 's5731', 's5732', 's5735', 's5736', 's6700', 's6720', 's6730', 's7700', 's7703', 's7706', 's7712', 's9300', 's9700', 's12700', 'ce6800', 'ce6881', 'ce6857', 'ce12800', 'ce16800', 'ar2220', 'ar3260', 'ar6000', 'ne40e', 'airengine', 'ac6605', 'ac6805'], { subtype: 'switch', primary: true }),
  entry('network.h3c', 'h3c', '新华三 S / MSR / WX 交换路由', 'network', 'domestic', ['s5120', 's5130', 's5500', 's5560', 's5570', 's5820', 's6520', 's6800', 's6850', 's7503', 's7506', 's7510', 's10500', 's10506', 's12500', 's12508', 'msr36', 'msr56', 'msr26', 'wx3520', 'wx5540', 'comware', 'h3c交换机'], { subtype: 'switch', primary: true }),
  entry('network.ruijie', 'ruijie', '锐捷 RG-S / RG-N 交换', 'network', 'domestic', ['rg s', 'rg n', 'rg ap', 'rg eg', 'rg wall', 'rg ws', '锐捷交换机'], { subtype: 'switch', primary: true }),
  entry('network.zte', 'zte', '中兴 ZXR10 交换路由', 'network', 'domestic', ['zxr10', 'zxa10', '中兴交换机'], { subtype: 'switch', primary: true }),
  entry('network.maipu', 'maipu', '迈普 交换路由', 'network', 'domestic', ['迈普交换机', 'mypower', 'maipu s'], { subtype: 'switch', primary: true }),
  entry('network.tplink', 'tplink', 'TP-LINK 普联 交换/无线', 'network', 'domestic', ['tl sg', 'tl sf', 'tl er', 'tl ap', 'tl ac'], { subtype: 'switch', primary: true }),
  entry('network.sangfor-ad', 'sangfor', '深信服 AD 应用交付', 'network', 'domestic', ['sangfor ad', '深信服ad', '应用交付', 'ad 1000'], { subtype: 'load-balancer' }),
  // Role lines offered as substitutes (no aliases: the classifier keeps matching the vendor entries above).
  entry('network.huawei-core', 'huawei', '华为 CloudEngine S12700E / CE16800 框式核心交换机', 'network', 'domestic', [], { fills: ['core-switch'] }),
  entry('network.h3c-core', 'h3c', '新华三 S12500 / S10500 框式核心交换机', 'network', 'domestic', [], { fills: ['core-switch'] }),
  entry('network.ruijie-core', 'ruijie', '锐捷 RG-N18000 框式核心交换机', 'network', 'domestic', [], { fills: ['core-switch'] }),
  entry('network.zte-core', 'zte', '中兴 ZXR10 9900 框式核心交换机', 'network', 'domestic', [], { fills: ['core-switch'] }),
  entry('network.huawei-ap', 'huawei', '华为 AirEngine Wi-Fi 6 无线 AP', 'network', 'domestic', [], { fills: ['wireless-ap'] }),
  entry('network.h3c-ap', 'h3c', '新华三 WA6300 系列 Wi-Fi 6 无线 AP', 'network', 'domestic', [], { fills: ['wireless-ap'] }),
  entry('network.ruijie-ap', 'ruijie', '锐捷 RG-AP 系列 Wi-Fi 6 无线 AP', 'network', 'domestic', [], { fills: ['wireless-ap'] }),
  entry('network.huawei-ac', 'huawei', '华为 AirEngine 9700 系列无线控制器', 'network', 'domestic', [], { fills: ['wlan-controller'] }),
  entry('network.h3c-ac', 'h3c', '新华三 WX 系列无线控制器', 'network', 'domestic', [], { fills: ['wlan-controller'] }),
  entry('network.ruijie-ac', 'ruijie', '锐捷 RG-WS 系列无线控制器', 'network', 'domestic', [], { fills: ['wlan-controller'] }),
  entry('network.dptech-adx', 'dptech', '迪普科技 ADX 应用交付', 'network', 'domestic', [], { subtype: 'load-balancer' }),
  entry('network.topsec-lb', 'topsec', '天融信 TopApp-LB 负载均衡', 'network', 'domestic', [], { subtype: 'load-balancer' }),
];

export const SECURITY_ENTRIES: CatalogueEntry[] = [
  // Foreign security products
  entry('security.cisco-asa', 'cisco', 'Cisco ASA / Firepower 防火墙', 'security-appliance', 'foreign', ['asa 55', 'asa55', 'asa5', 'firepower', 'cisco asa', 'cisco防火墙'], { subtype: 'firewall', substitutes: FW_SUBS }),
  entry('security.fortigate', 'fortinet', 'Fortinet FortiGate', 'security-appliance', 'foreign', ['fortigate', 'forti gate', 'fg 100', 'fg 200', 'fg 600', 'fortigate 1'], { subtype: 'firewall', primary: true, substitutes: FW_SUBS }),
  entry('security.fortiweb', 'fortinet', 'Fortinet FortiWeb WAF', 'security-appliance', 'foreign', ['fortiweb'], { subtype: 'waf', substitutes: WAF_SUBS }),
  entry('security.paloalto', 'paloalto', 'Palo Alto NGFW', 'security-appliance', 'foreign', ['pa 220', 'pa 820', 'pa 3220', 'pa 5220', 'pan os'], { subtype: 'firewall', primary: true, substitutes: FW_SUBS }),
  entry('security.checkpoint', 'checkpoint', 'Check Point 防火墙', 'security-appliance', 'foreign', ['check point firewall', 'quantum'], { subtype: 'firewall', primary: true, substitutes: FW_SUBS }),
  entry('security.juniper-srx', 'juniper', 'Juniper SRX 防火墙', 'security-appliance', 'foreign', ['srx', 'srx300', 'srx1500', 'ssg'], { subtype: 'firewall', substitutes: FW_SUBS }),
  entry('security.tippingpoint', 'trendmicro', 'TippingPoint IPS', 'security-appliance', 'foreign', ['tippingpoint', 'tipping point'], { subtype: 'ips', substitutes: IPS_SUBS }),
  entry('security.imperva', 'imperva', 'Imperva SecureSphere WAF / 数据库审计', 'security-appliance', 'foreign', ['securesphere', 'imperva waf'], { subtype: 'waf', primary: true, substitutes: WAF_SUBS }),
  entry('security.f5-asm', 'f5', 'F5 ASM / Advanced WAF', 'security-appliance', 'foreign', ['f5 asm', 'advanced waf', 'big ip asm'], { subtype: 'waf', substitutes: WAF_SUBS }),
  entry('security.guardium', 'ibm', 'IBM Guardium 数据库审计', 'security-appliance', 'foreign', ['guardium'], { subtype: 'db-audit', substitutes: DBAUDIT_SUBS }),
  entry('security.siem', 'splunk', 'Splunk / IBM QRadar SIEM', 'security-software', 'foreign', ['splunk', 'qradar', 'arcsight'], { subtype: 'situational', primary: true, substitutes: SOC_SUBS }),
  entry('security.trend-av', 'trendmicro', 'Trend Micro OfficeScan / Apex One / Deep Security', 'security-software', 'foreign', ['officescan', 'office scan', 'apex one', 'deep security', '趋势防毒墙'], { subtype: 'edr', primary: true, substitutes: EDR_SUBS }),
  entry('security.symantec', 'symantec', 'Symantec Endpoint Protection', 'security-software', 'foreign', ['symantec endpoint', 'sep 14', 'sep14', 'sepm', '赛门铁克杀毒'], { subtype: 'edr', primary: true, substitutes: EDR_SUBS }),
  entry('security.mcafee', 'trellix', 'McAfee / Trellix Endpoint', 'security-software', 'foreign', ['mcafee endpoint', 'epolicy', 'mcafee epo', 'trellix endpoint', 'virusscan'], { subtype: 'edr', primary: true, substitutes: EDR_SUBS }),
  entry('security.kaspersky', 'kaspersky', 'Kaspersky Endpoint Security', 'security-software', 'foreign', ['kaspersky endpoint', '卡巴斯基杀毒'], { subtype: 'edr', primary: true, substitutes: EDR_SUBS }),
  entry('security.eset', 'eset', 'ESET Endpoint', 'security-software', 'foreign', ['eset endpoint', 'nod32'], { subtype: 'edr', primary: true, substitutes: EDR_SUBS }),
  entry('security.pam', 'cyberark', 'CyberArk / BeyondTrust 特权访问（堡垒机）', 'security-appliance', 'foreign', ['cyberark pas', 'privileged access', 'beyondtrust'], { subtype: 'bastion', primary: true, substitutes: BASTION_SUBS }),
  // Domestic security products
  entry('security.sangfor-af', 'sangfor', '深信服 AF 下一代防火墙', 'security-appliance', 'domestic', ['sangfor af', '深信服af', '深信服防火墙', 'af 1000', 'af1000', 'af 2000', 'sangfor ngaf', 'ngaf'], { subtype: 'firewall', primary: true }),
  entry('security.sangfor-waf', 'sangfor', '深信服 WAF', 'security-appliance', 'domestic', ['深信服waf', 'sangfor waf'], { subtype: 'waf' }),
  entry('security.sangfor-sip', 'sangfor', '深信服 SIP 安全感知平台', 'security-software', 'domestic', ['sangfor sip', '深信服sip', '安全感知平台', '深信服态势感知'], { subtype: 'situational' }),
  entry('security.sangfor-edr', 'sangfor', '深信服 EDR', 'security-software', 'domestic', ['sangfor edr', '深信服edr', '深信服终端'], { subtype: 'edr' }),
  entry('security.sangfor-ac', 'sangfor', '深信服 AC 上网行为管理', 'security-appliance', 'domestic', ['sangfor ac', '深信服ac', '上网行为管理'], { subtype: 'behaviour' }),
  entry('security.qax-fw', 'qianxin', '奇安信（网神）SecGate 防火墙', 'security-appliance', 'domestic', ['secgate', '网神防火墙', '奇安信防火墙', '网神secgate', 'secgate3600', '网神sg'], { subtype: 'firewall', primary: true }),
  entry('security.qax-gap', 'qianxin', '奇安信（网神）安全隔离网闸', 'security-appliance', 'domestic', ['网神网闸', '奇安信网闸', 'secgap'], { subtype: 'gap' }),
  entry('security.qax-skyeye', 'qianxin', '奇安信 天眼 / 态势感知', 'security-software', 'domestic', ['天眼', 'skyeye', 'sky eye', '奇安信态势感知', '网神态势感知'], { subtype: 'situational' }),
  entry('security.qax-tianqing', 'qianxin', '奇安信 天擎 终端安全', 'security-software', 'domestic', ['天擎', 'tianqing', '奇安信终端安全', '奇安信天擎'], { subtype: 'edr' }),
  entry('security.qax-bastion', 'qianxin', '奇安信 运维安全管理（堡垒机）', 'security-appliance', 'domestic', ['奇安信堡垒机', '网神堡垒机'], { subtype: 'bastion' }),
  entry('security.topsec-fw', 'topsec', '天融信 下一代防火墙', 'security-appliance', 'domestic', ['topsec ngfw', '天融信防火墙', 'ngfw4000', 'ngfw 4000', 'topsec fw', '天融信ngfw'], { subtype: 'firewall', primary: true }),
  entry('security.topsec-gap', 'topsec', '天融信 安全隔离与信息交换（网闸）', 'security-appliance', 'domestic', ['天融信网闸', 'topsec gap', 'topsec tg'], { subtype: 'gap' }),
  entry('security.topsec-ips', 'topsec', '天融信 IPS/IDS', 'security-appliance', 'domestic', ['天融信ips', '天融信ids', 'topsec ips', 'topsec ids'], { subtype: 'ips' }),
  entry('security.venus-fw', 'venustech', '启明星辰 天清汉马 防火墙', 'security-appliance', 'domestic', ['天清汉马', '天清防火墙', '启明星辰防火墙', 'usg fw'], { subtype: 'firewall', primary: true }),
  entry('security.venus-gap', 'venustech', '启明星辰 天清 安全隔离网闸', 'security-appliance', 'domestic', ['天清网闸', '天清安全隔离', '启明星辰网闸'], { subtype: 'gap' }),
  entry('security.venus-ids', 'venustech', '启明星辰 天阗 IDS/IPS', 'security-appliance', 'domestic', ['天阗', '启明星辰ids', '启明星辰ips'], { subtype: 'ips' }),
  entry('security.venus-audit', 'venustech', '启明星辰 天玥 审计', 'security-appliance', 'domestic', ['天玥', '启明星辰数据库审计'], { subtype: 'db-audit' }),
  entry('security.venus-soc', 'venustech', '启明星辰 泰合 安全管理平台', 'security-software', 'domestic', ['泰合', 'tsoc', '启明星辰态势感知'], { subtype: 'situational' }),
  entry('security.nsfocus-ips', 'nsfocus', '绿盟 NIPS/NIDS', 'security-appliance', 'domestic', ['nsfocus nips', '绿盟ips', '绿盟nips', '绿盟ids', 'nips', 'nids'], { subtype: 'ips', primary: true }),
  entry('security.nsfocus-waf', 'nsfocus', '绿盟 WAF', 'security-appliance', 'domestic', ['绿盟waf', 'nsfocus waf', 'wafnx'], { subtype: 'waf' }),
  entry('security.nsfocus-scanner', 'nsfocus', '绿盟 RSAS 漏洞扫描', 'security-appliance', 'domestic', ['rsas', '绿盟漏扫', '绿盟漏洞扫描', '极光'], { subtype: 'scanner' }),
  entry('security.nsfocus-bastion', 'nsfocus', '绿盟 运维安全管理（堡垒机）', 'security-appliance', 'domestic', ['绿盟堡垒机', 'nsfocus sas', '绿盟运维审计'], { subtype: 'bastion' }),
  entry('security.dbapp-waf', 'dbappsecurity', '安恒 明御 WAF', 'security-appliance', 'domestic', ['明御waf', '安恒waf', '明御web应用防火墙'], { subtype: 'waf' }),
  entry('security.dbapp-audit', 'dbappsecurity', '安恒 明御 数据库审计', 'security-appliance', 'domestic', ['明御数据库审计', '安恒数据库审计', '明御审计', 'das db'], { subtype: 'db-audit', primary: true }),
  entry('security.dbapp-bastion', 'dbappsecurity', '安恒 明御 运维审计（堡垒机）', 'security-appliance', 'domestic', ['明御运维审计', '安恒堡垒机'], { subtype: 'bastion' }),
  entry('security.chaitin-waf', 'chaitin', '长亭 雷池 WAF', 'security-appliance', 'domestic', ['雷池', 'safeline', '长亭waf'], { subtype: 'waf', primary: true }),
  entry('security.meichuang-audit', 'meichuang', '美创 数据库审计/防火墙', 'security-appliance', 'domestic', ['美创数据库审计', '美创数据库防火墙', '美创审计'], { subtype: 'db-audit', primary: true, fills: ['db-audit', 'db-firewall'] }),
  entry('security.qizhi-bastion', 'qizhi', '齐治 堡垒机', 'security-appliance', 'domestic', ['齐治堡垒机', 'shterm'], { subtype: 'bastion', primary: true }),
  entry('security.huawei-usg', 'huawei', '华为 USG / HiSecEngine 防火墙', 'security-appliance', 'domestic', ['usg6', 'usg5', 'usg 6', 'hisecengine', '华为防火墙', 'eudemon'], { subtype: 'firewall' }),
  entry('security.h3c-secpath', 'h3c', '新华三 SecPath 防火墙', 'security-appliance', 'domestic', ['secpath', 'f1000', 'f5000', 'h3c防火墙'], { subtype: 'firewall' }),
  entry('security.360-edr', 'qihoo', '360 终端安全', 'security-software', 'domestic', ['360终端安全', '360杀毒', '360安全卫士', '360天擎', '360企业版'], { subtype: 'edr', primary: true }),
  entry('security.huorong', 'huorong', '火绒 终端安全', 'security-software', 'domestic', ['火绒终端', '火绒安全', '火绒杀毒', 'huorong'], { subtype: 'edr', primary: true }),
  entry('security.hillstone-fw', 'hillstone', '山石网科 下一代防火墙', 'security-appliance', 'domestic', ['hillstone sg', 'sg 6000', 'sg6000', '山石防火墙', 'hillstone ngfw'], { subtype: 'firewall', primary: true }),
  entry('security.rising', 'rising', '瑞星 ESM 终端安全/杀毒', 'security-software', 'domestic', ['瑞星esm', '瑞星杀毒', 'rising esm', '瑞星终端'], { subtype: 'edr', primary: true }),
  entry('security.jiangmin', 'jiangmin', '江民 杀毒软件 KV 网络版', 'security-software', 'domestic', ['江民杀毒', 'kv网络版', 'kv 网络版', '江民kv'], { subtype: 'edr', primary: true }),
  entry('security.vrv', 'vrv', '北信源 VRV 终端安全管理', 'security-software', 'domestic', ['vrv edp', '北信源桌面', '北信源终端', '北信源内网安全'], { subtype: 'terminal-mgmt', primary: true }),
  entry('security.neusoft-fw', 'neusoft', '东软 NetEye 防火墙', 'security-appliance', 'domestic', ['neteye', '东软防火墙'], { subtype: 'firewall' }),
];
