/**
 * Servers, terminals, storage and peripherals (DOMAIN.md §1.6). A hardware family's origin is
 * its CPU platform's: Chinese-brand lines built on Intel (ThinkCentre, 浪潮 NF, H3C R4900, Huawei
 * RH2288) are not 信创 and are marked foreign with a note; an asset's CPU text, when present,
 * decides over the family.
 */
import type { CatalogueEntry } from '../types';
import { ARM, entry, X86 } from './helpers';

const XC_SERVERS = ['server.hygon', 'server.taishan', 'server.phytium', 'server.loongson'];
const XC_PCS = ['terminal.xc-desktop', 'terminal.kaitian', 'terminal.qingyun'];
const XC_STORAGE = ['storage.oceanstor', 'storage.macrosan', 'storage.inspur-as'];
const INTEL_NOTE = { zh: '国产品牌，Intel/AMD x86 平台：非信创', en: 'Chinese brand on an Intel/AMD x86 platform: not Xinchuang' };

export const SERVER_ENTRIES: CatalogueEntry[] = [
  entry('server.dell-poweredge', 'dell', 'Dell PowerEdge', 'server', 'foreign', ['poweredge', 'power edge', 'poweredeg', 'r620', 'r630', 'r640', 'r650', 'r660', 'r720', 'r730', 'r740', 'r750', 'r760', 'r820', 'r830', 'r840', 'r920', 'r930', 'r940', 't430', 't440', 't630', 't640'], { primary: true, arches: X86, substitutes: XC_SERVERS }),
  entry('server.hpe-proliant', 'hpe', 'HPE ProLiant', 'server', 'foreign', ['proliant', 'pro liant', 'dl360', 'dl380', 'dl388', 'dl560', 'dl580', 'ml350', 'ml110', 'bl460', 'synergy'], { primary: true, arches: X86, substitutes: XC_SERVERS }),
  entry('server.ibm', 'ibm', 'IBM Power / System x', 'server', 'foreign', ['power system', 'ibm power', 'p750', 'p770', 'p780', 's822', 's824', 's922', 's924', 'e980', 'ibm小型机', 'ibm server'], { substitutes: XC_SERVERS }),
  entry('server.ibm-systemx', 'ibm', 'IBM System x (x86, 现属联想)', 'server', 'foreign', ['system x', 'systemx', 'x3650', 'x3850', 'x3550', 'x3500', 'x3250', 'x3750'], { arches: X86, substitutes: XC_SERVERS }),
  entry('server.sparc', 'oracle', 'Oracle SPARC / Sun Fire', 'server', 'foreign', ['sun fire', 'sparc t', 'sparc m', 'sun server', 'oracle sparc'], { substitutes: XC_SERVERS }),
  entry('server.cisco-ucs', 'cisco', 'Cisco UCS', 'server', 'foreign', ['ucs', 'ucs c220', 'ucs c240', 'ucs b200'], { arches: X86, substitutes: XC_SERVERS }),
  entry('server.fujitsu', 'fujitsu', 'Fujitsu PRIMERGY', 'server', 'foreign', ['primergy'], { primary: true, arches: X86, substitutes: XC_SERVERS }),
  entry('server.supermicro', 'supermicro', 'Supermicro SuperServer', 'server', 'foreign', ['supermicro', 'superserver', 'sys 6029', 'sys 1029', 'sys 2029', 'sys 6019', 'sys 1019', 'sys 7049', 'sys 2049'], { primary: true, arches: X86, substitutes: XC_SERVERS }),
  entry('server.lenovo-x86', 'lenovo', '联想 ThinkSystem / ThinkServer (x86)', 'server', 'foreign', ['thinksystem', 'thinkserver', 'think system', 'sr550', 'sr570', 'sr588', 'sr590', 'sr630', 'sr650', 'sr658', 'sr850', 'sr860', 'st558', 'wa5480'], { arches: X86, substitutes: XC_SERVERS, note: INTEL_NOTE }),
  entry('server.inspur-x86', 'inspur', '浪潮 NF 系列 (x86)', 'server', 'foreign', ['nf5180', 'nf5270', 'nf5280', 'nf5466', 'nf8260', 'nf8480', 'nf5468', 'sa5212', 'sa5112', 'nf5288', 'np5570', 'yingxin', '英信'], { arches: X86, substitutes: XC_SERVERS, note: INTEL_NOTE }),
  entry('server.sugon-x86', 'sugon', '曙光 I 系列 (x86)', 'server', 'foreign', ['i620', 'i640', 'i840', 'i980', 'w580i'], { arches: X86, substitutes: XC_SERVERS, note: INTEL_NOTE }),
  entry('server.h3c-x86', 'h3c', '新华三 UniServer R4900/R2900/R6900 (x86)', 'server', 'foreign', ['r4900', 'r4700', 'r2900', 'r2700', 'r6900', 'r8900', 'r4950', 'r5300 g3', 'uniserver r49', 'b5700'], { arches: X86, substitutes: XC_SERVERS, note: INTEL_NOTE }),
  entry('server.fusionserver', 'xfusion', '超聚变/华为 FusionServer (x86)', 'server', 'foreign', ['fusionserver', 'fusion server', 'rh2288', 'rh1288', 'rh5885', '2288h', '1288h', '2488h', '5288 v', 'rh2285', 'xh321', 'ch121'], { arches: X86, substitutes: XC_SERVERS, note: INTEL_NOTE }),
  entry('server.hygon', 'sugon', '海光服务器（曙光/新华三/浪潮等）', 'server', 'domestic', ['h620', 'h640', 'h620 g30', 'h620g30', 'r6230ha', 'r6240h', 'r4930', 'uniserver r4930', 'cs5260h', 'cs5280h', 'cs5270h', 'cs5160h', '海光服务器', 'nf5280h', 'x785 g30', 'h3c r4930'], { arches: X86, primary: true, note: { zh: '海光 x86：x86 HIS 栈阻力最小的路径', en: 'Hygon x86: the lowest-friction path for x86 HIS stacks' } }),
  entry('server.taishan', 'huawei', '华为 TaiShan 泰山（鲲鹏）', 'server', 'domestic', ['taishan', '泰山服务器', 'taishan 200', 'taishan 2280', 'taishan 5280', 'ts200', '泰山200', 'kunpeng server', '鲲鹏服务器'], { arches: ARM }),
  entry('server.phytium', 'greatwall', '长城/飞腾服务器（擎天等）', 'server', 'domestic', ['擎天', 'qingtian', 'ef860', 'ds120', 'cs5260f', 'cs5280f', '飞腾服务器', 'ft2000+服务器', 'r5210 f', '长城服务器'], { arches: ARM }),
  entry('server.loongson', 'loongson', '龙芯服务器（3C5000 等）', 'server', 'domestic', ['龙芯服务器', '3c5000服务器', 'loongson server'], { arches: ['LoongArch'] }),
];

export const TERMINAL_ENTRIES: CatalogueEntry[] = [
  entry('terminal.dell', 'dell', 'Dell OptiPlex / Vostro / Latitude / Precision', 'terminal', 'foreign', ['optiplex', 'opti plex', 'vostro', '成就', '灵越', 'latitude', 'inspiron', 'precision', 'xps'], { arches: X86, substitutes: XC_PCS }),
  entry('terminal.hp', 'hpe', 'HP ProDesk / EliteDesk / ProBook / EliteBook', 'terminal', 'foreign', ['prodesk', 'elitedesk', 'probook', 'elitebook', 'pavilion', 'hp pro', 'hp 280', 'hp 288', '280 pro', '288 pro', '282 pro', 'hp 398', 'hp z2', 'hp z4', 'eliteone', 'proone', 'zhan 66', '战66', '战99'], { arches: X86, substitutes: XC_PCS }),
  entry('terminal.lenovo-x86', 'lenovo', '联想 ThinkCentre / ThinkPad / 启天 / 扬天 / 昭阳 (x86)', 'terminal', 'foreign', ['thinkcentre', 'think centre', 'thinkcenter', 'thinkpad', 'think pad', '启天', '扬天', '昭阳', 'ideacentre', 'ideapad', 'thinkstation', 'thinkbook', 'm720', 'm920', 'm710', 'm910', 'm4000', 'm6600', 'e75', 'm430', 'm437', 'm455', 'p330', 'p340', 'legion', '拯救者', '小新'], { arches: X86, primary: true, substitutes: XC_PCS, note: INTEL_NOTE }),
  entry('terminal.huawei-x86', 'huawei', '华为 MateBook / MateStation (x86)', 'terminal', 'foreign', ['matebook', 'mate book', 'matestation', 'mate station'], { arches: X86, substitutes: XC_PCS, note: INTEL_NOTE }),
  entry('terminal.surface', 'microsoft', 'Microsoft Surface', 'terminal', 'foreign', ['surface pro', 'surface laptop', 'surface book', 'surface go', 'surface studio'], { arches: X86, substitutes: XC_PCS }),
  entry('terminal.urovo', 'urovo', '优博讯 手持终端 / PDA', 'terminal', 'foreign', ['i6310', 'i6300', 'dt50', 'dt40', 'rt40', '优博讯pda'], { primary: true, arches: ARM, note: { zh: '国产整机，高通 CPU + Android：按 CPU 判定为非信创', en: 'Chinese handheld on Qualcomm + Android: not Xinchuang by its CPU' } }),
  entry('terminal.apple', 'apple', 'Apple Mac', 'terminal', 'foreign', ['mac mini', 'macbook', 'imac', 'mac pro', 'mac studio'], { primary: true, substitutes: XC_PCS }),
  entry('terminal.kaitian', 'lenovo', '联想开天（信创）', 'terminal', 'domestic', ['开天', 'kaitian', 'kai tian', '联想开天', 'm740z', 'm90z', 'm70z', 'm630z', 'n60z'], { arches: X86, note: { zh: '兆芯/飞腾/海光平台的联想信创机', en: 'Lenovo Xinchuang PCs on Zhaoxin/Phytium/Hygon' } }),
  entry('terminal.qingyun', 'huawei', '华为擎云（鲲鹏）', 'terminal', 'domestic', ['擎云', 'qingyun', 'w515', 'w525', 'w585', 'l410', 'l420'], { arches: ARM }),
  entry('terminal.xc-desktop', 'greatwall', '信创台式机（长城/同方/紫光等，飞腾/兆芯/龙芯/海光）', 'terminal', 'domestic', ['世恒', '长城台式机', '长城信创', 'uf712', 'tn140a', '超翔', '超越e500', '同方信创', '紫光信创', 'fb5280', '信创终端', '信创电脑', '国产终端', '国产电脑', '信创台式机', '信创一体机', '国产台式机'], { arches: ['x86-64', 'ARMv8', 'LoongArch'], primary: true }),
  // Role lines offered as substitutes (no aliases, so classification is unchanged).
  entry('terminal.xc-kiosk', 'xc-oem', '信创自助服务终端（国产 CPU，麒麟/统信）', 'terminal', 'domestic', [], { fills: ['kiosk'], arches: ['x86-64', 'ARMv8', 'LoongArch'] }),
  entry('terminal.xc-handheld', 'xc-oem', '国产操作系统手持终端/PDA（OpenHarmony 等）', 'terminal', 'domestic', [], { fills: ['handheld'], arches: ['ARMv8'] }),
  entry('terminal.xc-thin-client', 'xc-oem', '信创云终端/瘦客户机（国产 CPU）', 'terminal', 'domestic', [], { fills: ['thin-client'], arches: ['ARMv8', 'x86-64'] }),
  entry('terminal.tongfang-x86', 'tongfang', '同方 精锐/超扬 (x86)', 'terminal', 'foreign', ['精锐', '超扬', 'tongfang x86'], { arches: X86, substitutes: XC_PCS, note: INTEL_NOTE }),
];

export const STORAGE_ENTRIES: CatalogueEntry[] = [
  entry('storage.dellemc', 'dell', 'Dell EMC Unity / VNX / PowerStore / Isilon', 'storage', 'foreign', ['unity', 'vnx', 'powervault', 'power vault', 'powerstore', 'isilon', 'data domain', 'datadomain', 'vmax', 'xtremio', 'compellent', 'me4024', 'me4012', 'me5024', 'sc5020', 'powerscale', 'emc存储'], { subtype: 'san', substitutes: XC_STORAGE }),
  entry('storage.hpe', 'hpe', 'HPE 3PAR / MSA / Nimble / Primera', 'storage', 'foreign', ['3par', 'msa 2040', 'msa 2050', 'msa2040', 'msa2050', 'msa 2060', 'nimble', 'primera', 'storeonce', 'storeeasy'], { subtype: 'san', substitutes: XC_STORAGE }),
  entry('storage.netapp', 'netapp', 'NetApp FAS / AFF', 'storage', 'foreign', ['fas2', 'fas8', 'fas9', 'aff a', 'ontap', 'netapp fas', 'e2800'], { subtype: 'san', primary: true, substitutes: XC_STORAGE }),
  entry('storage.ibm', 'ibm', 'IBM Storwize / FlashSystem / DS', 'storage', 'foreign', ['storwize', 'v7000', 'v5000', 'v3700', 'ds8000', 'ds5020', 'ds3500', 'flashsystem', 'ts3100', 'ts4300'], { subtype: 'san', substitutes: XC_STORAGE }),
  entry('storage.hitachi', 'hitachi', 'Hitachi VSP', 'storage', 'foreign', ['vsp g', 'vsp e', 'vsp f', 'hus130', 'hus150', 'ams2100'], { subtype: 'san', primary: true, substitutes: XC_STORAGE }),
  entry('storage.oceanstor', 'huawei', '华为 OceanStor', 'storage', 'domestic', ['oceanstor', 'ocean stor', 'oceanstore', 'dorado', 'oceanprotect', '2200 v3', '5300 v5', '5500 v5', 'oceanstor 5'], { subtype: 'san' }),
  entry('storage.macrosan', 'macrosan', '宏杉 MacroSAN', 'storage', 'domestic', ['macrosan', 'ms3000', 'ms5500', 'ms5580', 'ms7000', 'ms2500'], { subtype: 'san', primary: true }),
  entry('storage.inspur-as', 'inspur', '浪潮 AS 存储', 'storage', 'domestic', ['as5300', 'as5500', 'as5600', 'as2200', 'as13000', 'inspur as', '浪潮存储'], { subtype: 'san' }),
  entry('storage.sugon', 'sugon', '曙光 ParaStor / DS 存储', 'storage', 'domestic', ['parastor', 'ds800', 'ds600', '曙光存储'], { subtype: 'san' }),
  entry('storage.toyou', 'toyou', '同有科技 NetStor 存储', 'storage', 'domestic', ['netstor', '同有存储', 'isum'], { subtype: 'san', primary: true }),
  entry('storage.h3c', 'h3c', '新华三 UniStor', 'storage', 'domestic', ['unistor', 'cf22000', 'cf8800', 'x10000'], { subtype: 'san' }),
];

export const PERIPHERAL_ENTRIES: CatalogueEntry[] = [
  entry('peripheral.hp-printer', 'hpe', 'HP LaserJet / 打印机', 'peripheral', 'foreign', ['laserjet', 'laser jet', 'officejet', 'deskjet', 'hp m1136', 'hp 1020', 'hp m403', 'hp m427', 'm1136', 'p1108', 'p1106', 'hp打印机'], { subtype: 'printer', substitutes: ['peripheral.pantum', 'peripheral.domestic-printer'] }),
  entry('peripheral.canon', 'canon', '佳能 打印/复印', 'peripheral', 'foreign', ['imageclass', 'imagerunner', 'lbp2900', 'lbp6018', 'lbp', 'ir adv', 'ir2525', 'mf4700', 'g3800'], { subtype: 'printer', primary: true, substitutes: ['peripheral.pantum', 'peripheral.domestic-printer'] }),
  entry('peripheral.epson', 'epson', '爱普生 针式/票据打印机', 'peripheral', 'foreign', ['lq 630', 'lq630', 'lq 730', 'lq730', 'lq 735', 'lq735', 'lq 635', 'lq635', 'lq 590', 'lq590', 'tm t', 'l3158', 'workforce'], { subtype: 'printer', primary: true, substitutes: ['peripheral.dascom', 'peripheral.domestic-printer'] }),
  entry('peripheral.foreign-printer', 'brother', '兄弟/理光/施乐/京瓷 打印复印', 'peripheral', 'foreign', ['hl 2260', 'mfc 7', 'dcp 7', 'docuprint', 'docucentre', 'apeosport', 'ecosys', 'taskalfa', 'aficio', 'mp 2014', 'mp c'], { subtype: 'printer', primary: true, substitutes: ['peripheral.pantum', 'peripheral.domestic-printer'] }),
  entry('peripheral.zebra', 'zebra', 'Zebra 标签/腕带打印机', 'peripheral', 'foreign', ['zt410', 'zt230', 'gk888', 'gk420', 'zd888', 'zd420', 'gt800', '105sl'], { subtype: 'label-printer', primary: true, substitutes: ['peripheral.domestic-label-printer'] }),
  entry('peripheral.honeywell', 'honeywell', 'Honeywell 扫码枪', 'peripheral', 'foreign', ['1900g', '1250g', '1450g', 'xenon', 'voyager'], { subtype: 'scanner', primary: true, substitutes: ['peripheral.newland'] }),
  entry('peripheral.konica', 'konica', '柯尼卡美能达 bizhub 复印打印', 'peripheral', 'foreign', ['bizhub', 'biz hub'], { subtype: 'printer', primary: true, substitutes: ['peripheral.pantum', 'peripheral.domestic-printer'] }),
  entry('peripheral.newland', 'newland', '新大陆 扫码枪/扫码器', 'peripheral', 'domestic', ['nls', 'nls hr', 'nls fr', 'nls oy', '新大陆扫码'], { subtype: 'scanner', primary: true }),
  entry('peripheral.decard', 'decard', '德卡 读卡器（医保/社保卡）', 'peripheral', 'domestic', ['德卡读卡器', 'decard t10', 't10 读卡', 'd8 读卡'], { subtype: 'card-reader', primary: true }),
  entry('peripheral.mingtai', 'mingtai', '明泰 读卡器', 'peripheral', 'domestic', ['明泰读卡器', 'mt3 读卡'], { subtype: 'card-reader', primary: true }),
  entry('peripheral.dascom', 'dascom', '得实 针式/票据打印机', 'peripheral', 'domestic', ['ds 1860', 'ds1860', 'ds 1870', 'ds 2600', 'ds 5400', 'ds 7860', 'dascom ds', '得实打印机'], { subtype: 'printer', primary: true, arches: ['x86-64', 'ARMv8', 'LoongArch', 'MIPS'] }),
  entry('peripheral.eloam', 'eloam', '良田 高拍仪', 'peripheral', 'domestic', ['良田高拍仪', 's500l', 's1000l'], { subtype: 'scanner', primary: true, fills: ['document-scanner'] }),
  entry('peripheral.pantum', 'pantum', '奔图 Pantum 打印机', 'peripheral', 'domestic', ['pantum', '奔图', 'p3305', 'p3010', 'm6202', 'm7105', 'cp2500'], { subtype: 'printer', primary: true, arches: ['x86-64', 'ARMv8', 'LoongArch', 'MIPS'] }),
  entry('peripheral.domestic-printer', 'tostar', '国产打印机（光电通/得力/联想等）', 'peripheral', 'domestic', ['光电通', '得力打印机', '国产打印机', '信创打印机', 'dp330'], { subtype: 'printer', primary: true }),
  entry('peripheral.domestic-label-printer', 'snbc', '国产标签/腕带打印机（新北洋/汉印/佳博等）', 'peripheral', 'domestic', ['新北洋', '汉印', '佳博', 'snbc', 'hprt', 'gprinter', '国产标签打印机'], { subtype: 'label-printer', primary: true }),
];
