/**
 * Medical devices: listed so vendor names classify, and so procurement can show domestic options.
 * Devices are often certified only on their vendor's platform; planners retain many of them.
 */
import type { CatalogueEntry } from '../types';
import { entry } from './helpers';

const IMAGING_SUBS = ['medical.uih', 'medical.mindray', 'medical.wandong', 'medical.sonoscape'];

export const MEDICAL_ENTRIES: CatalogueEntry[] = [
  entry('medical.ge', 'ge', 'GE 医疗 CT/MR/超声', 'medical-device', 'foreign', ['revolution ct', 'optima', 'signa', 'logiq', 'voluson', 'discovery mr'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.siemens', 'siemens', '西门子医疗 CT/MR', 'medical-device', 'foreign', ['somatom', 'magnetom', 'acuson', 'syngo'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.philips', 'philips', '飞利浦 影像/监护', 'medical-device', 'foreign', ['ingenuity', 'intellivue', 'epiq', 'ingenia'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.lab', 'roche', '罗氏/希森美康 检验仪器', 'medical-device', 'foreign', ['cobas', 'xn 1000', 'xn 2000', 'xn1000'], { subtype: 'lab', primary: true, importOnly: true }),
  entry('medical.varian', 'varian', '瓦里安 放疗加速器 / ARIA', 'medical-device', 'foreign', ['truebeam', 'true beam', 'vitalbeam', 'halcyon', 'clinac', 'aria放疗', 'eclipse计划'], { subtype: 'radiotherapy', primary: true, substitutes: ['medical.uih'] }),
  entry('medical.beckman', 'beckman', '贝克曼库尔特 生化/血球分析', 'medical-device', 'foreign', ['au5800', 'au680', 'au480', 'dxh 800', 'dxi 800', 'dxc 700'], { subtype: 'lab', primary: true, substitutes: ['medical.mindray'] }),
  entry('medical.draeger', 'draeger', '德尔格 麻醉机/呼吸机/监护', 'medical-device', 'foreign', ['fabius', 'primus', 'perseus', 'evita', 'savina', 'infinity delta'], { subtype: 'anaesthesia', primary: true, substitutes: ['medical.mindray'] }),
  entry('medical.carestream-dr', 'carestream', '锐珂 DR / 胶片', 'medical-device', 'foreign', ['drx evolution', 'drx 1', 'dryview'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.uih', 'uih', '联影 CT/MR/PET', 'medical-device', 'domestic', ['联影', 'uct', 'umr', 'upmr'], { subtype: 'imaging', primary: true }),
  entry('medical.mindray', 'mindray', '迈瑞 监护/超声/检验', 'medical-device', 'domestic', ['迈瑞', 'bc 5390', 'resona', 'benevision'], { subtype: 'imaging', primary: true }),
  entry('medical.wandong', 'wandong', '万东 DR/MR', 'medical-device', 'domestic', ['新东方1000', '新东方 1000', '万东dr', '万东mr'], { subtype: 'imaging', primary: true }),
  entry('medical.sonoscape', 'sonoscape', '开立 超声/内镜', 'medical-device', 'domestic', ['sonoscape', '开立超声', '开立内镜'], { subtype: 'imaging', primary: true }),
  entry('medical.edan', 'edan', '理邦 心电/监护/超声', 'medical-device', 'domestic', ['理邦心电', 'se 1200', 'se1200', 'ipm 12'], { subtype: 'ecg', primary: true }),
];
