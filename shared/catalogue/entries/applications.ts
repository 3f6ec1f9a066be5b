/**
 * Application software that hospital asset lists name by product (DOMAIN.md §2): backup, BI and
 * reporting, PACS, OA and the clinical systems of domestic developers. Listed so vendor and product
 * names classify, and so procurement can name a domestic alternative (Veritas → 爱数 AnyBackup).
 * In `products.csv` an application's origin is its developer's; whether a deployment is already
 * 信创 depends on its stack (the planner decides that, not this list).
 */
import type { CatalogueEntry } from '../types';
import { entry, XC_ARCHES } from './helpers';

const BACKUP_SUBS = ['application.anybackup'];
const BI_SUBS = ['application.finereport', 'application.smartbi', 'application.yonghong'];
const ERP_SUBS = ['application.yonyou', 'application.kingdee'];
const OA_SUBS = ['application.seeyon', 'application.weaver', 'application.landray-ekp'];

export const APPLICATION_ENTRIES: CatalogueEntry[] = [
  // Foreign
  entry('application.netbackup', 'veritas', 'Veritas NetBackup / Backup Exec', 'application', 'foreign', ['netbackup', 'net backup', 'backup exec', 'backupexec'], { subtype: 'backup', primary: true, substitutes: BACKUP_SUBS }),
  entry('application.veeam', 'veeam', 'Veeam Backup & Replication', 'application', 'foreign', ['veeam backup', 'veeam b r'], { subtype: 'backup', primary: true, substitutes: BACKUP_SUBS }),
  entry('application.ibm-tsm', 'ibm', 'IBM Spectrum Protect (TSM)', 'application', 'foreign', ['spectrum protect', 'tivoli storage manager', 'ibm tsm'], { subtype: 'backup', substitutes: BACKUP_SUBS }),
  entry('application.tableau', 'salesforce', 'Tableau Server / Desktop', 'application', 'foreign', ['tableau server', 'tableau desktop', 'tableau'], { subtype: 'bi', primary: true, substitutes: BI_SUBS }),
  entry('application.carestream-pacs', 'carestream', 'Carestream Vue PACS', 'application', 'foreign', ['vue pacs', 'carestream pacs', '锐珂pacs'], { subtype: 'pacs' }),
  entry('application.agfa-pacs', 'agfa', 'Agfa IMPAX / Enterprise Imaging', 'application', 'foreign', ['impax', 'agfa pacs', 'enterprise imaging'], { subtype: 'pacs' }),
  entry('application.sap', 'sap', 'SAP ERP / S/4HANA / BusinessObjects', 'application', 'foreign', ['sap erp', 'sap ecc', 'ecc 6', 's 4hana', 's4hana', 'sap hana', 'businessobjects', 'business objects', 'sap bo', 'sap hr'], { subtype: 'erp', primary: true, substitutes: ERP_SUBS }),
  entry('application.oracle-ebs', 'oracle', 'Oracle E-Business Suite / PeopleSoft', 'application', 'foreign', ['oracle ebs', 'e business suite', 'oracle erp', 'peoplesoft', 'oracle hcm'], { subtype: 'erp', substitutes: ERP_SUBS }),
  entry('application.domino', 'ibm', 'IBM (HCL) Domino / Lotus Notes', 'application', 'foreign', ['domino', 'lotus notes', 'lotus domino', 'hcl domino'], { subtype: 'oa', substitutes: OA_SUBS }),
  // Domestic
  entry('application.yonyou', 'yonyou', '用友 NC / U8 / BIP（含医疗 HRP）', 'application', 'domestic', ['用友nc', '用友u8', '用友bip', 'yonyou nc', '用友hrp'], { subtype: 'erp', fills: ['erp', 'hrp'], primary: true, arches: XC_ARCHES }),
  entry('application.kingdee', 'kingdee', '金蝶 EAS / 星瀚 / 云星空', 'application', 'domestic', ['金蝶eas', 'kingdee eas', '金蝶星瀚', '金蝶云星空', '金蝶k3', '金蝶hrp'], { subtype: 'erp', fills: ['erp', 'hrp'], primary: true, arches: XC_ARCHES }),
  entry('application.seeyon', 'seeyon', '致远 A8 / COP 协同 OA', 'application', 'domestic', ['致远a8', 'seeyon a8', '致远oa', '致远协同'], { subtype: 'oa', primary: true, arches: XC_ARCHES }),
  entry('application.weaver', 'weaver', '泛微 e-cology / e-office OA', 'application', 'domestic', ['e cology', 'ecology', 'e office', '泛微oa'], { subtype: 'oa', primary: true, arches: XC_ARCHES }),
  entry('application.anybackup', 'aishu', '爱数 AnyBackup 备份 / AnyShare', 'application', 'domestic', ['anybackup', 'any backup', 'anyshare', '爱数备份'], { subtype: 'backup', primary: true, arches: XC_ARCHES }),
  entry('application.finereport', 'fanruan', '帆软 FineReport / FineBI', 'application', 'domestic', ['finereport', 'fine report', 'finebi', 'fine bi', '帆软报表'], { subtype: 'bi', primary: true, arches: XC_ARCHES }),
  entry('application.smartbi', 'smartbi', '思迈特 Smartbi', 'application', 'domestic', ['smartbi', 'smart bi'], { subtype: 'bi', arches: XC_ARCHES }),
  entry('application.yonghong', 'yonghong', '永洪 BI', 'application', 'domestic', ['永洪bi', 'yonghong bi'], { subtype: 'bi', arches: XC_ARCHES }),
  entry('application.landray-ekp', 'landray', '蓝凌 EKP OA', 'application', 'domestic', ['蓝凌ekp', 'landray ekp', '蓝凌oa'], { subtype: 'oa', primary: true, arches: XC_ARCHES }),
  entry('application.docare', 'medicalsystem', '麦迪斯顿 DoCare 手术麻醉', 'application', 'domestic', ['docare', '麦迪斯顿手麻'], { subtype: 'anaesthesia', primary: true }),
  entry('application.pass', 'meikang', '美康 PASS 合理用药', 'application', 'domestic', ['美康pass', 'pass合理用药', '美康合理用药'], { subtype: 'prescription-review', primary: true }),
  entry('application.xinghe-lis', 'xinghe', '杏和 LIS', 'application', 'domestic', ['杏和lis', '杏和检验'], { subtype: 'lis', primary: true }),
  entry('application.maccura-lis', 'maccura', '迈克 LIS 检验信息系统', 'application', 'domestic', ['迈克lis', '迈克检验信息'], { subtype: 'lis', primary: true }),
  entry('application.lianzhong', 'lianzhong', '联众智慧 病案/无纸化', 'application', 'domestic', ['联众病案', '联众智慧病案', '联众无纸化'], { subtype: 'medical-records', primary: true }),
];
