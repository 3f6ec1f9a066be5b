/** Databases, middleware, virtualisation, office suites, browsers and mail (DOMAIN.md §1.3–§1.5, §1.8). */
import type { CatalogueEntry } from '../types';
import { ALL_ARCHES, entry, X86, XC_ARCHES } from './helpers';

const XC_OS = ['os.kylin-server', 'os.kylin-desktop', 'os.uos-server', 'os.uos-desktop', 'os.openeuler'];
const ORACLE_SUBS = ['database.dm', 'database.kingbase', 'database.oceanbase', 'database.gaussdb', 'database.shentong'];
const MSSQL_SUBS = ['database.kingbase', 'database.dm', 'database.gaussdb', 'database.highgo'];
const MYSQL_SUBS = ['database.kingbase', 'database.goldendb', 'database.tdsql', 'database.oceanbase', 'database.polardb', 'database.dm'];
const PG_SUBS = ['database.kingbase', 'database.highgo', 'database.opengauss', 'database.vastbase', 'database.uxdb'];
const APPSERVER_SUBS = ['middleware.tongweb', 'middleware.bes', 'middleware.apusic', 'middleware.inforsuite'];

export const DATABASE_ENTRIES: CatalogueEntry[] = [
  entry('database.oracle', 'oracle', 'Oracle Database', 'database', 'foreign', ['oracle database', 'oracle数据库', 'oracle db', 'oracle rac', 'oracle adg', 'oracle 10g', 'oracle 11g', 'oracle 12c', 'oracle 19c', 'oracle11', 'oracle12', 'oracle19', 'ora11g', 'oracle企业版', 'exadata'], { primary: true, substitutes: ORACLE_SUBS, note: { zh: '大型医院 HIS/EMR 最常见数据库；按处理器（Intel/AMD 核数×0.5）或 NUP 授权', en: 'The most common HIS/EMR DB; licensed per processor (cores × 0.5) or NUP' } }),
  entry('database.sqlserver', 'microsoft', 'Microsoft SQL Server', 'database', 'foreign', ['sql server', 'sqlserver', 'mssql', 'ms sql', 'sql sever', 'sqlsever', 'sql srv', 'sql2000', 'sql2005', 'sql2008', 'sql2012', 'sql2014', 'sql2016', 'sql2019', 'sqlserve', 'sql serevr'], { substitutes: MSSQL_SUBS }),
  entry('database.db2', 'ibm', 'IBM Db2', 'database', 'foreign', ['db2', 'db 2', 'ibm db2'], { substitutes: ORACLE_SUBS }),
  entry('database.sybase', 'sap', 'SAP ASE (Sybase)', 'database', 'foreign', ['sybase', 'sybase ase', 'sap ase', 'adaptive server enterprise', 'sysbase'], { substitutes: MSSQL_SUBS }),
  entry('database.informix', 'ibm', 'IBM Informix', 'database', 'foreign', ['informix'], { substitutes: ['database.gbase8s', 'database.dm'] }),
  entry('database.cache', 'intersystems', 'InterSystems Caché / IRIS', 'database', 'foreign', ['cache$', 'caché', 'intersystems cache', 'iris$', 'intersystems iris', 'cache数据库', 'cache 2010', 'cache 2016', 'cache 2018'], { primary: true, substitutes: ['database.kingbase', 'database.dm', 'database.gaussdb'], note: { zh: '国内 400 余家医院在用（东华 iMedical HIS 等）；Caché 已停售新许可', en: 'Used in >400 Chinese hospitals (e.g. DHC iMedical); Caché no longer sold' } }),
  entry('database.mysql', 'oracle', 'MySQL', 'database', 'foreign-open-source', ['mysql', 'my sql', 'mysq1', 'mysal', 'msyql', 'mysql8', 'mysql5'], { substitutes: MYSQL_SUBS }),
  entry('database.mariadb', 'mongodb', 'MariaDB', 'database', 'foreign-open-source', ['mariadb', 'maria db'], { substitutes: MYSQL_SUBS }),
  entry('database.postgresql', 'pgdg', 'PostgreSQL', 'database', 'foreign-open-source', ['postgresql', 'postgres', 'pgsql', 'postgre sql', 'postgre', 'postgressql', 'pg数据库', 'postgis', 'pg 9', 'pg 10', 'pg 11', 'pg 12', 'pg 13', 'pg 14', 'pg 15', 'pg 16', 'pg 17'], { primary: true, substitutes: PG_SUBS, note: { zh: '境外开源：仅在政策要求时替换', en: 'Foreign-origin open source: replace only if policy requires' } }),
  entry('database.mongodb', 'mongodb', 'MongoDB', 'database', 'foreign-open-source', ['mongodb', 'mongo db', 'mongo'], { primary: true, substitutes: ['database.gaussdb', 'database.kingbase'] }),
  entry('database.redis', 'redislabs', 'Redis', 'database', 'foreign-open-source', ['redis'], { primary: true, substitutes: ['database.tendis'] }),
  entry('database.dm', 'dameng', '达梦数据库 DM8', 'database', 'domestic', ['达梦数据库', 'dm8', 'dm7', 'dm 8', 'dmdbms', '达梦8', '达梦7', 'dameng db', 'dm database'], { primary: true, arches: ALL_ARCHES, platforms: XC_OS, note: { zh: '自研集中式，兼容 Oracle', en: 'Self-developed, Oracle-compatible' } }),
  entry('database.kingbase', 'kingbase', '金仓数据库 KingbaseES V8/V9', 'database', 'domestic', ['kingbasees', 'kingbase es', 'kes', 'kes v8', 'kes v9', '金仓数据库', '人大金仓数据库', 'kingbase v8', 'kingbse'], { primary: true, arches: ALL_ARCHES, platforms: [...XC_OS, 'os.deepin', 'os.redflag'], note: { zh: 'PG 系，兼容 Oracle/PG/MySQL/SQL Server；医院案例最多', en: 'PG lineage with Oracle/PG/MySQL/SQL Server modes; most hospital cases' } }),
  entry('database.gaussdb', 'huawei', 'GaussDB', 'database', 'domestic', ['gaussdb', 'gauss db', '高斯数据库', 'gauss'], { arches: ['x86-64', 'ARMv8'], platforms: ['os.openeuler', 'os.kylin-server', 'os.uos-server', 'os.euleros'] }),
  entry('database.opengauss', 'huawei', 'openGauss', 'database', 'domestic', ['opengauss', 'open gauss'], { arches: ['x86-64', 'ARMv8'], platforms: ['os.openeuler', 'os.kylin-server', 'os.uos-server'] }),
  entry('database.oceanbase', 'antgroup', 'OceanBase', 'database', 'domestic', ['oceanbase', 'ocean base'], { primary: true, arches: ['x86-64', 'ARMv8'], platforms: XC_OS }),
  entry('database.tdsql', 'tencent', 'TDSQL', 'database', 'domestic', ['tdsql'], { arches: ['x86-64', 'ARMv8'] }),
  entry('database.tendis', 'tencent', 'Tendis', 'database', 'domestic', ['tendis'], { arches: ['x86-64', 'ARMv8'] }),
  entry('database.polardb', 'alibaba', 'PolarDB', 'database', 'domestic', ['polardb', 'polar db', 'polardb postgresql', 'polardb for postgresql', 'polardb pg', 'polardb mysql', 'polardb for mysql', 'polardb o'], { arches: ['x86-64', 'ARMv8'], assessment: { notice: '2023年第1号', version: 'V2.0', validFrom: '2023-12-26', validUntil: '2026-12-26' } }),
  entry('database.gbase8s', 'gbase', 'GBase 8s', 'database', 'domestic', ['gbase 8s', 'gbase8s'], { primary: true, arches: XC_ARCHES, assessment: { notice: '2023年第1号', version: 'V8.8', validFrom: '2023-12-26', validUntil: '2026-12-26' } }),
  entry('database.gbase8a', 'gbase', 'GBase 8a MPP', 'database', 'domestic', ['gbase 8a', 'gbase8a'], { arches: XC_ARCHES, assessment: { notice: '2024年第2号', version: 'MPP V9', validFrom: '2024-09-30', validUntil: '2027-09-30' } }),
  entry('database.gbase8c', 'gbase', 'GBase 8c', 'database', 'domestic', ['gbase 8c', 'gbase8c'], { arches: XC_ARCHES }),
  entry('database.shentong', 'shentong', '神通数据库', 'database', 'domestic', ['神通数据库', 'shentong db', 'oscar db', '神舟通用数据库'], { primary: true, arches: ALL_ARCHES }),
  entry('database.uxdb', 'uxsino', '优炫数据库 UXDB', 'database', 'domestic', ['优炫数据库', 'uxdb'], { primary: true, arches: XC_ARCHES }),
  entry('database.highgo', 'highgo', '瀚高数据库 HighGo DB', 'database', 'domestic', ['瀚高数据库', 'highgo db', 'hgdb', '瀚高安全版'], { primary: true, arches: XC_ARCHES, platforms: XC_OS }),
  entry('database.vastbase', 'vastdata', '海量数据库 Vastbase', 'database', 'domestic', ['vastbase', '海量数据库'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('database.yashandb', 'yashan', '崖山数据库 YashanDB', 'database', 'domestic', ['yashandb', '崖山数据库'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('database.goldendb', 'zte', 'GoldenDB', 'database', 'domestic', ['goldendb', 'golden db'], { arches: ['x86-64', 'ARMv8'] }),
  entry('database.tidb', 'pingcap', 'TiDB', 'database', 'domestic', ['tidb', 'ti db'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('database.xugu', 'xugu', '虚谷数据库 XuguDB', 'database', 'domestic', ['虚谷数据库', 'xugudb', 'xugu db'], { primary: true, arches: XC_ARCHES }),
  entry('database.seasql', 'h3c', 'H3C SeaSQL', 'database', 'domestic', ['seasql'], { arches: X86 }),
];

export const MIDDLEWARE_ENTRIES: CatalogueEntry[] = [
  entry('middleware.weblogic', 'oracle', 'Oracle WebLogic', 'middleware', 'foreign', ['weblogic', 'web logic', 'weblogc', 'tuxedo'], { substitutes: APPSERVER_SUBS }),
  entry('middleware.websphere', 'ibm', 'IBM WebSphere', 'middleware', 'foreign', ['websphere', 'web sphere', 'ibm mq', 'websphere mq', 'ibm was'], { substitutes: APPSERVER_SUBS }),
  entry('middleware.jboss', 'redhat', 'JBoss EAP / WildFly', 'middleware', 'foreign', ['jboss', 'wildfly', 'jboss eap'], { substitutes: APPSERVER_SUBS }),
  entry('middleware.tomcat', 'apache', 'Apache Tomcat', 'middleware', 'foreign-open-source', ['tomcat', 'tomcat7', 'tomcat8', 'tomcat9', 'tomacat', 'tomcta'], { primary: true, substitutes: APPSERVER_SUBS, note: { zh: '境外开源：仅在政策要求时替换', en: 'Foreign-origin open source: replace only if policy requires' } }),
  entry('middleware.nginx', 'nginxinc', 'NGINX', 'middleware', 'foreign-open-source', ['nginx', 'ngnix', 'openresty'], { primary: true, substitutes: ['middleware.tongweb', 'middleware.bes'] }),
  entry('middleware.httpd', 'apache', 'Apache HTTP Server', 'middleware', 'foreign-open-source', ['apache http server', 'apache httpd', 'httpd', 'apache2', 'apache http'], { substitutes: ['middleware.tongweb', 'middleware.bes'], note: { zh: '境外开源：仅在政策要求时替换', en: 'Foreign-origin open source: replace only if policy requires' } }),
  entry('middleware.kafka', 'apache', 'Apache Kafka / ActiveMQ / RabbitMQ', 'middleware', 'foreign-open-source', ['kafka', 'activemq', 'rabbitmq', 'rocketmq'], { subtype: 'mq', substitutes: ['middleware.tonglinkq', 'middleware.inforsuite'] }),
  entry('middleware.iis', 'microsoft', 'Microsoft IIS', 'middleware', 'foreign', ['iis$', 'iis7', 'iis8', 'iis10', 'internet information services'], { substitutes: APPSERVER_SUBS }),
  entry('middleware.ensemble', 'intersystems', 'InterSystems Ensemble / HealthShare 集成引擎', 'middleware', 'foreign', ['ensemble$', 'healthshare', 'health share', 'intersystems ensemble'], { subtype: 'integration', substitutes: ['middleware.primeton'] }),
  entry('middleware.tongweb', 'tongtech', '东方通 TongWeb 应用服务器', 'middleware', 'domestic', ['tongweb', 'tong web', '东方通应用服务器', 'tongweb7'], { primary: true, arches: ALL_ARCHES, platforms: XC_OS }),
  entry('middleware.tonglinkq', 'tongtech', '东方通 TongLINK/Q 消息中间件', 'middleware', 'domestic', ['tonglink', 'tonglinkq', 'tlq$', 'tonggtp'], { subtype: 'mq', arches: ALL_ARCHES }),
  entry('middleware.bes', 'bes', '宝兰德 BES 应用服务器', 'middleware', 'domestic', ['bes application server', 'bes应用服务器', 'bes as', '宝兰德应用服务器', 'bes appserver'], { primary: true, arches: XC_ARCHES, platforms: XC_OS }),
  entry('middleware.apusic', 'apusic', '金蝶 Apusic AAS 应用服务器', 'middleware', 'domestic', ['apusic', 'apusic aas', '金蝶apusic', 'aas v9', 'aas v10'], { primary: true, arches: XC_ARCHES, platforms: XC_OS }),
  entry('middleware.inforsuite', 'inforbus', '中创 InforSuite AS / MQ', 'middleware', 'domestic', ['inforsuite', 'infor suite', '中创应用服务器', 'inforsuite as'], { primary: true, arches: XC_ARCHES, platforms: XC_OS }),
  entry('middleware.primeton', 'primeton', '普元 EOS / ESB', 'middleware', 'domestic', ['primeton eos', '普元eos', 'primeton esb', '普元esb'], { primary: true, subtype: 'integration', arches: XC_ARCHES }),
];

export const VIRTUALIZATION_ENTRIES: CatalogueEntry[] = [
  entry('virtualization.vmware', 'vmware', 'VMware vSphere / vSAN / VCF', 'virtualization', 'foreign', ['vsphere', 'esxi', 'esx', 'vcenter', 'vsan', 'vcf', 'vmware horizon', 'vmware esxi', 'vmware vsphere', 'vmvare', 'vmwere', 'wmware'], { primary: true, substitutes: ['virtualization.fusioncompute', 'virtualization.sangfor-hci', 'virtualization.zstack', 'virtualization.h3c-cas', 'virtualization.easystack'], note: { zh: '2025-12-01 起 VVF/VVEP 在华停售，仅余 VCF 订阅：强烈的迁移触发', en: 'VVF/VVEP no longer sold in China from 2025-12-01: a strong migration trigger' } }),
  entry('virtualization.citrix', 'citrix', 'Citrix Hypervisor / Virtual Apps', 'virtualization', 'foreign', ['xenserver', 'xendesktop', 'xenapp', 'citrix hypervisor', 'citrix virtual apps'], { primary: true, substitutes: ['virtualization.fusioncompute', 'virtualization.sangfor-hci', 'virtualization.zstack'] }),
  entry('virtualization.hyperv', 'microsoft', 'Microsoft Hyper-V', 'virtualization', 'foreign', ['hyper v', 'hyperv'], { substitutes: ['virtualization.fusioncompute', 'virtualization.sangfor-hci', 'virtualization.zstack'] }),
  entry('virtualization.nutanix', 'nutanix', 'Nutanix AHV / 超融合', 'virtualization', 'foreign', ['nutanix', 'ahv', 'acropolis', 'nutanix ahv', 'prism central'], { primary: true, arches: X86, substitutes: ['virtualization.sangfor-hci', 'virtualization.fusioncompute', 'virtualization.zstack', 'virtualization.h3c-cas', 'virtualization.easystack'] }),
  entry('virtualization.fusioncompute', 'huawei', '华为 FusionCompute / FusionSphere', 'virtualization', 'domestic', ['fusioncompute', 'fusion compute', 'fusionsphere', 'fusionaccess', '华为云桌面'], { arches: ['x86-64', 'ARMv8'] }),
  entry('virtualization.sangfor-hci', 'sangfor', '深信服超融合 HCI / aCloud', 'virtualization', 'domestic', ['sangfor hci', '深信服hci', '深信服超融合', 'acloud', '深信服桌面云', 'sangfor vdi', 'aserver'], { primary: false, arches: ['x86-64', 'ARMv8'] }),
  entry('virtualization.zstack', 'zstack', 'ZStack Cloud', 'virtualization', 'domestic', ['zstack', 'zstack cloud', 'zstack cube'], { primary: true, arches: XC_ARCHES }),
  entry('virtualization.easystack', 'easystack', 'EasyStack 易捷行云', 'virtualization', 'domestic', ['easystack', 'ecs stack'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('virtualization.h3c-cas', 'h3c', 'H3C CAS / UIS 超融合', 'virtualization', 'domestic', ['h3c cas', 'cas虚拟化', 'h3c uis', 'uis超融合'], { arches: ['x86-64', 'ARMv8'] }),
  entry('virtualization.incloud', 'inspur', '浪潮 InCloud Sphere', 'virtualization', 'domestic', ['incloud sphere', 'incloudsphere', 'icloud sphere'], { arches: ['x86-64', 'ARMv8'] }),
];

export const OFFICE_ENTRIES: CatalogueEntry[] = [
  entry('office.msoffice', 'microsoft', 'Microsoft Office', 'office', 'foreign', ['microsoft office', 'ms office', 'msoffice', 'office20', 'office 20', 'office365', 'office 365', 'microsoft 365', 'office专业', 'office办公软件', 'offic 20', 'offcie'], { subtype: 'suite', substitutes: ['office.wps', 'office.yozo'] }),
  entry('office.exchange', 'microsoft', 'Microsoft Exchange / Outlook', 'office', 'foreign', ['exchange server', 'exchange$', 'outlook'], { subtype: 'mail', substitutes: ['office.coremail'] }),
  entry('office.chrome', 'google', 'Google Chrome', 'office', 'foreign', ['chrome', '谷歌浏览器', 'chrom$', 'google chrome'], { subtype: 'browser', primary: true, substitutes: ['office.360browser', 'office.qax-browser'] }),
  entry('office.edge-ie', 'microsoft', 'Microsoft Edge / Internet Explorer', 'office', 'foreign', ['microsoft edge', 'edge浏览器', 'internet explorer', 'ie浏览器', 'ie6', 'ie8', 'ie9', 'ie10', 'ie11'], { subtype: 'browser', substitutes: ['office.360browser', 'office.qax-browser'] }),
  entry('office.firefox', 'mozilla', 'Mozilla Firefox', 'office', 'foreign-open-source', ['firefox', '火狐浏览器', 'fire fox'], { subtype: 'browser', primary: true, substitutes: ['office.360browser', 'office.qax-browser'] }),
  entry('office.acrobat', 'adobe', 'Adobe Acrobat / Reader', 'office', 'foreign', ['acrobat', 'adobe reader', 'acrobat reader', 'photoshop'], { subtype: 'pdf', primary: true, substitutes: ['office.foxit'] }),
  entry('office.wps', 'kingsoft', 'WPS Office（含政务版）', 'office', 'domestic', ['wps', 'wps office', 'wps office 20', 'wps政务版', 'wps2019', '金山wps', 'wps办公', 'wsp office'], { subtype: 'suite', primary: true, arches: ALL_ARCHES, platforms: XC_OS }),
  entry('office.yozo', 'yozo', '永中 Office', 'office', 'domestic', ['永中office', 'yozo office', '永中集成office', '永中办公'], { subtype: 'suite', primary: true, arches: ALL_ARCHES }),
  entry('office.puhua', 'isoft', '中标普华 Office', 'office', 'domestic', ['普华office', '中标普华office', '中标普华'], { subtype: 'suite', arches: XC_ARCHES }),
  entry('office.360browser', 'qihoo', '360 安全浏览器（信创版）', 'office', 'domestic', ['360安全浏览器', '360浏览器', '360信创浏览器', '360极速浏览器'], { subtype: 'browser', arches: XC_ARCHES }),
  entry('office.qax-browser', 'qianxin', '奇安信可信浏览器', 'office', 'domestic', ['奇安信可信浏览器', '可信浏览器', '奇安信浏览器'], { subtype: 'browser', arches: XC_ARCHES }),
  entry('office.coremail', 'coremail', 'Coremail 邮件系统', 'office', 'domestic', ['coremail', 'coremail xt'], { subtype: 'mail', primary: true, arches: XC_ARCHES }),
  entry('office.foxmail', 'tencent', 'Foxmail 邮件客户端', 'office', 'domestic', ['foxmail', 'fox mail'], { subtype: 'mail-client', arches: XC_ARCHES }),
  entry('office.suwell', 'suwell', '数科 OFD 版式阅读器', 'office', 'domestic', ['数科ofd', '数科阅读器', '数科版式', 'suwell reader', '数科网维'], { subtype: 'pdf', primary: true, arches: ALL_ARCHES }),
  entry('office.foxit', 'foxit', '福昕 PDF', 'office', 'domestic', ['福昕', 'foxit', 'foxit reader', '福昕阅读器'], { subtype: 'pdf', primary: true, arches: XC_ARCHES }),
];
