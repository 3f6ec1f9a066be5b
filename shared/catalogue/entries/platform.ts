/** CPUs and operating systems (DOMAIN.md §1.1, §1.2). */
import type { CatalogueEntry } from '../types';
import { ALL_ARCHES, ARM, entry, X86, XC_ARCHES } from './helpers';

const DESKTOP_OS = ['os.kylin-desktop', 'os.uos-desktop', 'os.nfs-desktop'];
const SERVER_OS = ['os.kylin-server', 'os.uos-server', 'os.openeuler', 'os.anolis'];
const DOMESTIC_CPUS = ['cpu.hygon', 'cpu.kunpeng', 'cpu.phytium', 'cpu.zhaoxin', 'cpu.loongson'];

export const CPU_ENTRIES: CatalogueEntry[] = [
  entry('cpu.intel-xeon', 'intel', 'Intel Xeon 至强', 'cpu', 'foreign', ['xeon', '至强', 'xoen', 'e5 26', 'e5 24', 'e7 48', 'xeon gold', 'xeon silver', 'xeon platinum'], { arches: X86, role: 'server', substitutes: DOMESTIC_CPUS }),
  entry('cpu.intel-core', 'intel', 'Intel Core / Pentium / Celeron', 'cpu', 'foreign', ['core i3', 'core i5', 'core i7', 'core i9', 'i3', 'i5', 'i7', 'i9', '酷睿', 'pentium', '奔腾', 'celeron', '赛扬', 'core ultra', 'core 2'], { arches: X86, role: 'desktop', primary: true, substitutes: ['cpu.zhaoxin', 'cpu.hygon', 'cpu.phytium', 'cpu.loongson'] }),
  entry('cpu.amd-epyc', 'amd', 'AMD EPYC 霄龙 / Opteron', 'cpu', 'foreign', ['epyc', '霄龙', 'opteron', '皓龙'], { arches: X86, role: 'server', substitutes: DOMESTIC_CPUS }),
  entry('cpu.amd-ryzen', 'amd', 'AMD Ryzen 锐龙 / Athlon', 'cpu', 'foreign', ['ryzen', '锐龙', 'athlon', '速龙', 'ryzan'], { arches: X86, role: 'desktop', primary: true, substitutes: ['cpu.hygon', 'cpu.zhaoxin', 'cpu.phytium'] }),
  entry('cpu.ibm-power', 'ibm', 'IBM POWER', 'cpu', 'foreign', ['power7', 'power8', 'power9', 'power10', 'ibm power'], { role: 'server', substitutes: DOMESTIC_CPUS }),
  entry('cpu.sparc', 'oracle', 'SPARC', 'cpu', 'foreign', ['sparc', 'ultrasparc'], { role: 'server', substitutes: DOMESTIC_CPUS }),
  entry('cpu.kunpeng', 'huawei', '鲲鹏 Kunpeng 920/916', 'cpu', 'domestic', ['鲲鹏', 'kunpeng', 'kun peng', 'hi1620', 'kunpeng920', '920 arm'], { arches: ARM, primary: true }),
  entry('cpu.phytium', 'phytium', '飞腾 Phytium 腾云 S / 腾锐 D', 'cpu', 'domestic', ['飞腾', 'phytium', 'ft 2000', 'ft2000', 'ft 1500', 'ft1500', 'd2000', 'd3000', 's2500', 's5000c', 'fts5000', '腾云', '腾锐', '腾珑', 'e2000q', 'phytuim'], { arches: ARM, primary: true }),
  entry('cpu.hygon', 'hygon', '海光 Hygon C86', 'cpu', 'domestic', ['海光', 'hygon', 'c86', 'dhyana', '海光一号', '海光二号', '海光三号', '海光四号', 'c86 3g', 'c86 4g', 'hygon c86', 'higon', '海光cpu'], { arches: X86, primary: true, assessment: { level: 'II', notice: '2024年第1号', version: 'C86-4G', validFrom: '2024-05-20', validUntil: '2027-05-20' }, note: { zh: 'x86 架构（AMD Zen 授权），x86 软件基本无需改动', en: 'x86 (licensed AMD Zen): x86 software runs with little change' } }),
  entry('cpu.zhaoxin', 'zhaoxin', '兆芯 Zhaoxin 开先 KX / 开胜 KH', 'cpu', 'domestic', ['兆芯', 'zhaoxin', 'kx 6000', 'kx6000', 'kx 7000', 'kx7000', 'kx u6780', 'kxu6780', 'kh 40000', 'kh40000', 'kh 30000', '开先', '开胜', 'zhaoxing'], { arches: X86, primary: true, note: { zh: 'x86 架构（VIA 授权），多用于桌面', en: 'x86 (VIA licence), mostly desktops' } }),
  entry('cpu.loongson', 'loongson', '龙芯 Loongson 3A5000/3A6000/3C5000 (LoongArch)', 'cpu', 'domestic', ['龙芯', 'loongson', '3a5000', '3a6000', '3c5000', '3b5000', '3c6000', '3d5000', '3a5000m', 'loongarch', 'la464', '2k2000', 'loogson'], { arches: ['LoongArch'], primary: true }),
  entry('cpu.loongson-mips', 'loongson', '龙芯 Loongson 3A4000/3A3000 (MIPS)', 'cpu', 'domestic', ['3a4000', '3a3000', '3b4000', '3b3000', '3b1500', '2k1000', '龙芯mips', 'loongson mips'], { arches: ['MIPS'] }),
  entry('cpu.qualcomm', 'qualcomm', 'Qualcomm Snapdragon 骁龙', 'cpu', 'foreign', ['骁龙', 'snapdragon', 'sdm660', 'sdm450', 'msm8953'], { arches: ARM, role: 'desktop', primary: true, substitutes: ['cpu.phytium', 'cpu.kunpeng'], note: { zh: '手持终端/PDA 常见：即使整机为国产品牌也不是信创', en: 'Common in handhelds/PDAs: not Xinchuang even under a Chinese brand' } }),
  entry('cpu.sunway', 'sunway', '申威 Sunway SW3231/SW1621', 'cpu', 'domestic', ['申威', 'sunway', 'sw3231', 'sw1621', 'sw831', 'sw421', 'sw64', 'sw 64'], { arches: ['SW64'], primary: true }),
];

export const OS_ENTRIES: CatalogueEntry[] = [
  entry('os.windows-desktop', 'microsoft', 'Windows 7/10/11 桌面版', 'os', 'foreign', ['windows', 'win7', 'win 7', 'win10', 'win 10', 'win11', 'win 11', 'winxp', 'win xp', 'windows xp', 'windows7', 'windows 10', 'windws', 'widows', 'windos', 'window10', 'window7', 'windows专业版', 'windows 企业版', '视窗'], { role: 'desktop', arches: X86, primary: true, substitutes: DESKTOP_OS }),
  entry('os.windows-server', 'microsoft', 'Windows Server', 'os', 'foreign', ['windows server', 'win server', 'winserver', 'win2003', 'win2008', 'win2012', 'win2016', 'win2019', 'win2022', 'windows 2003', 'windows 2008', 'windows 2012', 'windows 2016', 'windows 2019', 'windows 2022', 'windowsserver', 'windows sever', 'win svr', 'windows服务器'], { role: 'server', arches: X86, substitutes: SERVER_OS }),
  entry('os.windows-cmit', 'cmit', 'Windows 10 神州网信政府版 (CMIT G)', 'os', 'foreign', ['神州网信', '神州网信政府版', 'windows 10 政府版', 'windows政府版', 'win10政府版', 'cmit', 'v2020 l', 'windows 10 cmit'], { role: 'desktop', arches: X86, substitutes: DESKTOP_OS, note: { zh: '中外合资（中国电科–微软），微软代码：按外源产品处理', en: 'CETC–Microsoft JV shipping Microsoft code: treated as foreign-derived' } }),
  entry('os.rhel', 'redhat', 'Red Hat Enterprise Linux', 'os', 'foreign', ['rhel', 'red hat enterprise linux', 'redhat linux', 'red hat linux', '红帽企业版', 'redhat enterprise', 'rhel7', 'rhel8'], { role: 'server', primary: true, arches: ['x86-64', 'ARMv8'], substitutes: SERVER_OS }),
  entry('os.centos', 'centos', 'CentOS', 'os', 'foreign', ['centos', 'cent os', 'cnetos', 'centso', 'centos7', 'centos8'], { role: 'server', primary: true, arches: ['x86-64', 'ARMv8'], substitutes: ['os.openeuler', 'os.anolis', 'os.kylin-server', 'os.uos-server', 'os.opencloudos'], note: { zh: 'CentOS 8 于 2021-12-31、CentOS 7 于 2024-06-30 停止维护', en: 'EOL: CentOS 8 on 2021-12-31, CentOS 7 on 2024-06-30' } }),
  entry('os.oracle-linux', 'oracle', 'Oracle Linux', 'os', 'foreign', ['oracle linux', 'oel', 'oracle enterprise linux'], { role: 'server', substitutes: SERVER_OS }),
  entry('os.suse', 'suse', 'SUSE Linux Enterprise', 'os', 'foreign', ['sles', 'suse linux', 'suse enterprise', 'opensuse'], { role: 'server', primary: true, substitutes: SERVER_OS }),
  entry('os.ubuntu', 'canonical', 'Ubuntu', 'os', 'foreign', ['ubuntu', 'ubantu', 'ubuntu server'], { primary: true, substitutes: ['os.kylin-desktop', 'os.uos-desktop', 'os.openeuler'] }),
  entry('os.debian', 'canonical', 'Debian', 'os', 'foreign-open-source', ['debian'], { substitutes: ['os.uos-server', 'os.kylin-server', 'os.openeuler'] }),
  entry('os.unix', 'ibm', 'AIX / HP-UX / Solaris', 'os', 'foreign', ['aix', 'hp ux', 'hpux', 'solaris', 'sunos'], { role: 'server', substitutes: SERVER_OS }),
  entry('os.macos', 'apple', 'macOS', 'os', 'foreign', ['macos', 'mac os', 'os x', 'osx'], { role: 'desktop', substitutes: DESKTOP_OS }),
  entry('os.android', 'google', 'Android', 'os', 'foreign-open-source', ['android', '安卓', 'android os'], { role: 'desktop', substitutes: ['os.openharmony'], note: { zh: '境外开源（AOSP）：手持终端/PDA 常见', en: 'Foreign-origin open source (AOSP): common on handhelds' } }),
  entry('os.kylin', 'kylinsoft', '银河麒麟操作系统 V10/V11', 'os', 'domestic', ['银河麒麟', '麒麟', 'kylin', 'kylinos', 'kylin os', 'kylin v10', '麒麟v10', '麒麟v11', 'ky10', 'kylin10', 'kirin os', 'kyiln'], { primary: true, arches: ALL_ARCHES, roleVariants: { desktop: 'os.kylin-desktop', server: 'os.kylin-server' } }),
  entry('os.kylin-desktop', 'kylinsoft', '银河麒麟桌面操作系统 V10/V11', 'os', 'domestic', ['银河麒麟桌面', '麒麟桌面', 'kylin desktop', 'kylin桌面', '银河麒麟桌面操作系统', 'kylin v10 desktop', '麒麟桌面版', '麒麟v10桌面'], { role: 'desktop', arches: ALL_ARCHES, assessment: { notice: '2025年第3号', version: 'V11', validFrom: '2025-09-12', validUntil: '2028-09-12' }, note: { zh: 'Debian/Ubuntu 系（deb/apt）；V11 通过安全可靠测评', en: 'Debian/Ubuntu lineage (deb/apt); V11 assessed' } }),
  entry('os.kylin-server', 'kylinsoft', '银河麒麟高级服务器操作系统 V10/V11', 'os', 'domestic', ['银河麒麟高级服务器', '麒麟高级服务器', 'kylin advanced server', 'kylin server', '麒麟服务器', 'kylin v10 server', 'kylin服务器', '银河麒麟服务器', 'kylin linux advanced server', '麒麟服务器版'], { role: 'server', arches: ALL_ARCHES, assessment: { level: 'I', notice: '2025年第3号', version: 'V11', validFrom: '2025-09-12', validUntil: '2028-09-12' }, note: { zh: 'RPM/RHEL 系，基于 openEuler；V11 安全可靠 I 级', en: 'RPM/RHEL lineage on openEuler; V11 rated Level I' } }),
  entry('os.neokylin', 'kylinsoft', '中标麒麟 NeoKylin', 'os', 'domestic', ['中标麒麟', 'neokylin', 'neo kylin', '中标linux', 'neokyin'], { arches: ['x86-64', 'ARMv8', 'MIPS'], note: { zh: 'V7 后无桌面新版本，建议升级为银河麒麟', en: 'no desktop release after V7: upgrade to Kylin' } }),
  entry('os.uos', 'uniontech', '统信 UOS', 'os', 'domestic', ['uos', '统信uos', 'uniontech os', 'unity os', '统信操作系统', 'uos v20', 'uso'], { primary: true, arches: ALL_ARCHES, roleVariants: { desktop: 'os.uos-desktop', server: 'os.uos-server' } }),
  entry('os.uos-desktop', 'uniontech', '统信 UOS 桌面操作系统 V20/V25', 'os', 'domestic', ['uos桌面', 'uos desktop', '统信桌面', '统信uos桌面', 'uos专业版', 'uos 专业版', '统信桌面操作系统'], { role: 'desktop', arches: ALL_ARCHES, assessment: { notice: '2026年第1号', version: 'V25', validFrom: '2026-01-16', validUntil: '2029-01-16' } }),
  entry('os.uos-server', 'uniontech', '统信 UOS 服务器操作系统 V20', 'os', 'domestic', ['uos server', 'uos服务器', '统信服务器', '统信uos服务器', 'uos 服务器版', 'uos服务器版'], { role: 'server', arches: ALL_ARCHES }),
  entry('os.deepin', 'deepin', 'deepin 深度操作系统', 'os', 'domestic', ['deepin', '深度操作系统', '深度linux'], { role: 'desktop', arches: XC_ARCHES }),
  entry('os.openeuler', 'openatom', 'openEuler 欧拉', 'os', 'domestic', ['openeuler', 'open euler', '欧拉', 'openeular'], { role: 'server', primary: true, arches: ['x86-64', 'ARMv8', 'LoongArch', 'SW64'], distributions: ['os.kylin-server', 'os.uos-server', 'os.kylinsec', 'os.euleros'], note: { zh: '社区版本由开放原子开源基金会运营；采购时选择其商业发行版及供应商', en: 'The community edition is run by the OpenAtom Foundation; buy one of its commercial distributions from its supplier' } }),
  entry('os.euleros', 'huawei', 'Huawei EulerOS', 'os', 'domestic', ['euleros', 'euler os'], { role: 'server', arches: ['x86-64', 'ARMv8'] }),
  entry('os.anolis', 'alibaba', 'Anolis OS 龙蜥', 'os', 'domestic', ['anolis', '龙蜥', 'anolis os', 'alinux', 'alibaba cloud linux'], { role: 'server', arches: ['x86-64', 'ARMv8', 'LoongArch'] }),
  entry('os.opencloudos', 'tencent', 'OpenCloudOS / TencentOS', 'os', 'domestic', ['opencloudos', 'tencentos', 'tencent os'], { role: 'server', arches: ['x86-64', 'ARMv8'] }),
  entry('os.nfs-desktop', 'nfs', '方德桌面操作系统 V5.0', 'os', 'domestic', ['方德桌面', '中科方德桌面', 'nfs desktop', '方德操作系统', 'nfschina desktop'], { role: 'desktop', primary: true, arches: ALL_ARCHES, assessment: { notice: '2025年第3号', version: 'Pro V5.0', validFrom: '2025-09-12', validUntil: '2028-09-12' } }),
  entry('os.isoft', 'isoft', '普华操作系统', 'os', 'domestic', ['普华操作系统', '普华桌面', 'isoft linux', 'isoft desktop'], { role: 'desktop', primary: true, arches: XC_ARCHES }),
  entry('os.openkylin', 'kylinsoft', 'openKylin 开放麒麟', 'os', 'domestic', ['openkylin', '开放麒麟', 'open kylin'], { role: 'desktop', arches: XC_ARCHES, distributions: ['os.kylin-desktop'] }),
  entry('os.kylinsec', 'kylinsec', '麒麟信安操作系统', 'os', 'domestic', ['麒麟信安操作系统', 'kylinsec os'], { role: 'server', primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('os.newstart', 'zte', '新支点 NewStart', 'os', 'domestic', ['新支点', 'newstart', 'cgsl'], { arches: ['x86-64', 'ARMv8'] }),
  entry('os.linx', 'linx', '凝思安全操作系统', 'os', 'domestic', ['凝思操作系统', 'linx os', 'rocky凝思'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
  entry('os.loongnix', 'loongson', 'Loongnix', 'os', 'domestic', ['loongnix'], { arches: ['LoongArch', 'MIPS'] }),
  entry('os.yiming', 'yiming', '一铭操作系统', 'os', 'domestic', ['一铭操作系统', '一铭桌面', '一铭服务器'], { role: 'desktop', primary: true, arches: XC_ARCHES }),
  entry('os.openharmony', 'openatom', 'OpenHarmony 开源鸿蒙', 'os', 'domestic', ['openharmony', '开源鸿蒙', '鸿蒙'], { arches: ['ARMv8'] }),
  entry('os.redflag', 'redflag', '红旗 Linux', 'os', 'domestic', ['红旗linux', 'red flag linux', 'redflag linux'], { primary: true, arches: ['x86-64', 'ARMv8'] }),
];
