/**
 * Medical devices: listed so vendor names classify, and so procurement can show domestic options.
 * Devices are often certified only on their vendor's platform; planners retain many of them.
 */
import type { CatalogueEntry } from '../types';
import { entry } from './helpers';

const IMAGING_SUBS = ['medical.uih', 'medical.mindray'];

export const MEDICAL_ENTRIES: CatalogueEntry[] = [
  entry('medical.ge', 'ge', 'GE 医疗 CT/MR/超声', 'medical-device', 'foreign', ['revolution ct', 'optima', 'signa', 'logiq', 'voluson', 'discovery mr'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.siemens', 'siemens', '西门子医疗 CT/MR', 'medical-device', 'foreign', ['somatom', 'magnetom', 'acuson', 'syngo'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.philips', 'philips', '飞利浦 影像/监护', 'medical-device', 'foreign', ['ingenuity', 'intellivue', 'epiq', 'ingenia'], { subtype: 'imaging', primary: true, substitutes: IMAGING_SUBS }),
  entry('medical.lab', 'roche', '罗氏/希森美康 检验仪器', 'medical-device', 'foreign', ['cobas', 'xn 1000', 'xn 2000', 'xn1000'], { subtype: 'lab', primary: true, importOnly: true }),
  entry('medical.uih', 'uih', '联影 CT/MR/PET', 'medical-device', 'domestic', ['联影', 'uct', 'umr', 'upmr'], { subtype: 'imaging', primary: true }),
  entry('medical.mindray', 'mindray', '迈瑞 监护/超声/检验', 'medical-device', 'domestic', ['迈瑞', 'bc 5390', 'resona', 'benevision'], { subtype: 'imaging', primary: true }),
];
