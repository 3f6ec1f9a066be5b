import { describe, expect, it } from 'vitest';

import { BUILT_IN_CATALOGUE, mergeCatalogue } from '../catalogue';
import type { Asset } from '../model';
import { classifyAsset } from './classifier';

const c = (asset: Partial<Asset>) => classifyAsset(asset);

describe('the built-in catalogue', () => {
  it('is consistent: unique ids, known vendors, substitutes that resolve', () => {
    const vendors = new Set(BUILT_IN_CATALOGUE.vendors.map((v) => v.id));
    const ids = BUILT_IN_CATALOGUE.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of BUILT_IN_CATALOGUE.entries) {
      expect(vendors.has(entry.vendorId), entry.id).toBe(true);
      for (const ref of [...(entry.substitutes ?? []), ...(entry.distributions ?? []), ...Object.values(entry.roleVariants ?? {})]) expect(ids, `${entry.id} -> ${ref}`).toContain(ref);
    }
  });

  it('offers only domestic products as substitutes', () => {
    const byId = new Map(BUILT_IN_CATALOGUE.entries.map((e) => [e.id, e]));
    for (const entry of BUILT_IN_CATALOGUE.entries) for (const id of entry.substitutes ?? []) expect(byId.get(id)?.origin, `${entry.id} -> ${id}`).toBe('domestic');
  });
});

describe('classifyAsset on tricky strings', () => {
  it.each([
    ['Windows 10 神州网信政府版 V2020-L', 'foreign', 'os.windows-cmit'],
    ['ＯＲＡＣＬＥ　１１ｇ　ＲＡＣ', 'foreign', 'database.oracle'],
    ['orcale 11g', 'foreign', 'database.oracle'],
    ['SQLSever2008R2', 'foreign', 'database.sqlserver'],
    ['Sql-Server 2016 企业版', 'foreign', 'database.sqlserver'],
    ['mysql5.7', 'foreign', 'database.mysql'],
    ['达梦DM8', 'domestic', 'database.dm'],
    ['人大金仓 KingbaseES V8R6', 'domestic', 'database.kingbase'],
    ['Caché 2016.2', 'foreign', 'database.cache'],
    ['中标麒麟 7.0', 'domestic', 'os.neokylin'],
    ['openKylin 2.0', 'domestic', 'os.openkylin'],
    ['银河麒麟高级服务器操作系统V10 SP3', 'domestic', 'os.kylin-server'],
    ['统信UOS桌面版V20', 'domestic', 'os.uos-desktop'],
    ['CentOS Linux 7.9.2009', 'foreign', 'os.centos'],
    ['Windows Server 2012 R2 标准版', 'foreign', 'os.windows-server'],
    ['WPS Office 2019 专业版', 'domestic', 'office.wps'],
    ['Microsoft Office 2016 专业增强版', 'foreign', 'office.msoffice'],
    ['新华三 S5130S-28S-EI 交换机', 'domestic', 'network.h3c'],
    ['Cisco WS-C2960X-48TS-L', 'foreign', 'network.cisco'],
    ['深信服 AF-1000-B1150 下一代防火墙', 'domestic', 'security.sangfor-af'],
    ['VMware vSphere 6.7 Enterprise', 'foreign', 'virtualization.vmware'],
    ['Apache Tomcat 8.5', 'foreign', 'middleware.tomcat'],
    ['东方通 TongWeb 7.0', 'domestic', 'middleware.tongweb'],
    ['HP LaserJet Pro M404dn', 'foreign', 'peripheral.hp-printer'],
  ])('%s -> %s %s', (name, origin, entryId) => {
    const result = c({ name });
    expect(result.origin).toBe(origin);
    expect(result.match?.entryId).toBe(entryId);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  // Written apart from fixtures/labelled/products.csv (other models and spellings of the vendors
  // added for it), so the labelled set is not the only evidence that the additions generalise.
  it.each([
    ['瑞星杀毒软件网络版 V24', 'domestic', 'security.rising', 'security-software'],
    ['江民 KV网络版 2015', 'domestic', 'security.jiangmin', 'security-software'],
    ['北信源 内网安全管理系统 V10', 'domestic', 'security.vrv', 'security-software'],
    ['Hillstone SG-6000-E3960 防火墙', 'domestic', 'security.hillstone-fw', 'security-appliance'],
    ['普联 TL-SG2452 千兆交换机', 'domestic', 'network.tplink', 'network'],
    ['Newland NLS-FR40 扫描平台', 'domestic', 'peripheral.newland', 'peripheral'],
    ['德卡 D8 社保卡读卡器', 'domestic', 'peripheral.decard', 'peripheral'],
    ['帆软 FineBI 6.0 自助分析', 'domestic', 'application.finereport', 'application'],
    ['AnyShare 文档云 7.0', 'domestic', 'application.anybackup', 'application'],
    ['SonoScape P60 彩超', 'domestic', 'medical.sonoscape', 'medical-device'],
    ['理邦 iPM 12 监护仪', 'domestic', 'medical.edan', 'medical-device'],
    ['Veritas Backup Exec 20', 'foreign', 'application.netbackup', 'application'],
    ['Veeam B&R 12', 'foreign', 'application.veeam', 'application'],
    ['Nutanix 超融合 NX-3060-G7', 'foreign', 'virtualization.nutanix', 'virtualization'],
    ['超微 SuperServer SYS-2029U-TR4 服务器', 'foreign', 'server.supermicro', 'server'],
    ['Agfa Enterprise Imaging 8', 'foreign', 'application.agfa-pacs', 'application'],
    ['PolarDB for MySQL 8.0', 'domestic', 'database.polardb', 'database'],
    ['虚谷 XuguDB 12', 'domestic', 'database.xugu', 'database'],
    ['IBM Lotus Domino 8.5', 'foreign', 'application.domino', 'application'],
  ])('%s -> %s %s (%s)', (name, origin, entryId, category) => {
    const result = c({ name });
    expect(result).toMatchObject({ origin, category });
    expect(result.match?.entryId).toBe(entryId);
  });

  it('decides Chinese-brand laptops and handhelds by their CPU (Intel, Qualcomm)', () => {
    expect(c({ name: '华为 MateBook D14 i7-1165G7' })).toMatchObject({ origin: 'foreign', category: 'terminal', cpuArch: 'x86-64' });
    expect(c({ name: '华为 MateBook', cpu: '鲲鹏 920' })).toMatchObject({ origin: 'domestic', cpuArch: 'ARMv8' });
    expect(c({ name: '优博讯 DT50 手持终端', cpu: '高通 骁龙 660' })).toMatchObject({ origin: 'foreign', category: 'terminal', cpuArch: 'ARMv8' });
    expect(c({ name: 'PolarDB PostgreSQL版 14' }).origin).toBe('domestic');
    expect(c({ name: 'PostgreSQL 14' }).origin).toBe('foreign');
  });

  it('reads the architecture from a build name when no CPU is named', () => {
    expect(c({ name: '银河麒麟高级服务器操作系统 V10 (aarch64)' })).toMatchObject({ origin: 'domestic', cpuArch: 'ARMv8' });
    expect(c({ name: 'CentOS 7.9 x86_64' })).toMatchObject({ origin: 'foreign', cpuArch: 'x86-64' });
    expect(c({ name: '统信 UOS 服务器版 loongarch64' }).cpuArch).toBe('LoongArch');
    // The CPU, when named, wins over a contradicting build name.
    expect(c({ name: '服务器 arm64', cpu: '海光 C86 7285' }).cpuArch).toBe('x86-64');
  });

  it('treats H3C as domestic and Hygon/Zhaoxin x86 as domestic', () => {
    expect(c({ name: 'H3C 交换机' }).origin).toBe('domestic');
    expect(c({ name: '服务器', cpu: 'Hygon C86 7285' })).toMatchObject({ origin: 'domestic', cpuArch: 'x86-64', category: 'server' });
    expect(c({ name: '台式机', cpu: '兆芯 KX-U6780A' })).toMatchObject({ origin: 'domestic', cpuArch: 'x86-64', category: 'terminal' });
    expect(c({ name: '服务器', cpu: 'AMD EPYC 7302' })).toMatchObject({ origin: 'foreign', cpuArch: 'x86-64' });
  });

  it('lets the CPU decide for Chinese-brand PCs and servers', () => {
    expect(c({ name: '门诊医生站', vendor: '联想', product: '启天 M430', cpu: 'Intel Core i5-8500' }).origin).toBe('foreign');
    expect(c({ name: '门诊医生站', vendor: '联想', product: '开天 M740Z', cpu: '兆芯 KX-U6780A' }).origin).toBe('domestic');
    expect(c({ name: '浪潮服务器', product: 'NF5280M5', cpu: 'Xeon Silver 4210' }).origin).toBe('foreign');
    expect(c({ name: '长城台式机', cpu: 'FT-2000/4' })).toMatchObject({ origin: 'domestic', cpuArch: 'ARMv8' });
    expect(c({ name: '龙芯终端', cpu: '龙芯3A5000' }).cpuArch).toBe('LoongArch');
    expect(c({ name: '龙芯终端', cpu: 'Loongson 3A4000' }).cpuArch).toBe('MIPS');
  });

  it('reads a device row that also names its CPU and OS as the device', () => {
    expect(c({ name: '联想 启天M430 i5-8500 Windows 10' })).toMatchObject({ category: 'terminal', origin: 'foreign', cpuArch: 'x86-64' });
    expect(c({ name: '长城 世恒 FT-2000/4 银河麒麟V10' })).toMatchObject({ category: 'terminal', origin: 'domestic', cpuArch: 'ARMv8' });
    expect(c({ name: 'Oracle 19c on Kylin V10 (Kunpeng)' })).toMatchObject({ category: 'database', origin: 'foreign' });
  });

  it('separates Kylin desktop from Kylin server by context', () => {
    expect(c({ name: '银河麒麟 V10', category: 'server' }).match?.entryId).toBe('os.kylin-server');
    expect(c({ name: '银河麒麟 V10', category: 'terminal' }).match?.entryId).toBe('os.kylin-desktop');
    expect(c({ name: '银河麒麟桌面操作系统 V10' }).match?.entryId).toBe('os.kylin-desktop');
  });

  it('reads the head noun for the category', () => {
    expect(c({ name: 'Oracle 数据库服务器' }).category).toBe('server');
    expect(c({ name: '服务器操作系统 Kylin' }).category).toBe('os');
    expect(c({ name: 'SUSE Linux Enterprise Server 12' }).category).toBe('os');
    expect(c({ name: 'HIS 系统', vendor: '卫宁健康' })).toMatchObject({ category: 'application', origin: 'domestic' });
  });

  it('does not fire short aliases inside other words', () => {
    expect(c({ name: 'chpt scheduler' }).match).toBeNull();
    expect(c({ name: 'Dell PowerEdge R740xd' }).match?.entryId).toBe('server.dell-poweredge');
  });

  it('infers category only when the asset has none', () => {
    expect(c({ name: 'Oracle 19c', category: 'database' }).category).toBeUndefined();
    expect(c({ name: 'Oracle 19c' }).category).toBe('database');
  });

  it('returns unknown with zero confidence for text it does not know', () => {
    expect(c({ name: 'zzqx 7781' })).toMatchObject({ origin: 'unknown', match: null, confidence: 0 });
    expect(c({})).toMatchObject({ origin: 'unknown', confidence: 0 });
  });

  it('uses user catalogue entries after a merge, without changing the built-in set', () => {
    const before = BUILT_IN_CATALOGUE.entries.length;
    const merged = mergeCatalogue(BUILT_IN_CATALOGUE, {
      vendors: [{ id: 'acme', zh: '某本地厂商', en: 'Acme', aliases: ['acme'], origin: 'domestic' }],
      entries: [{ id: 'application.acme-his', vendorId: 'acme', family: 'Acme HIS', aliases: ['acmehis'], category: 'application', origin: 'domestic' }],
    });
    expect(classifyAsset({ name: 'AcmeHIS 5.0' }, merged).match?.entryId).toBe('application.acme-his');
    expect(classifyAsset({ name: 'AcmeHIS 5.0' }).match).toBeNull();
    expect(BUILT_IN_CATALOGUE.entries.length).toBe(before);
  });
});

describe('a business system whose developer the catalogue does not know', () => {
  it.each(['杭州杏林', '南京飞诺信息技术有限公司', '深圳华声', '重庆某某软件', '湖南某某医疗（长沙）'])('%s, a Chinese enterprise name: a domestic developer who adapts its system, to confirm', (vendor) => {
    const result = c({ name: '院感监测系统', vendor, category: 'application' });
    expect(result.origin).toBe('domestic');
    expect(result.disposition).toBe('adapt');
    expect(result.confidence).toBeLessThanOrEqual(0.5);
    expect(result.dispositionReason.zh).toContain('请核实');
  });

  it.each([
    ['（原厂商已停止维护）', 'unknown'],
    ['Qvoxl', 'unknown'],
    ['西门子医疗', 'foreign'],
    ['飞利浦', 'foreign'],
  ] as const)('%s stays %s: a note is no developer, and a foreign vendor’s Chinese name is in the catalogue', (vendor, origin) => {
    const result = c({ name: '院感监测系统', vendor, category: 'application' });
    expect(result.origin).toBe(origin);
    expect(result.disposition).toBe('replace');
  });

  it('leaves hardware to its CPU: a Chinese brand name makes no PC domestic', () => {
    expect(c({ name: '门诊电脑', vendor: '北京某某科技', category: 'terminal', cpu: 'Intel Core i5-8500' }).origin).toBe('foreign');
    expect(c({ name: '门诊电脑', vendor: '北京某某科技', category: 'terminal' }).origin).toBe('unknown');
  });
});
