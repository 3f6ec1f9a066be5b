import { describe, expect, it } from 'vitest';

import { BUILT_IN_CATALOGUE, entryFamilyName, familyName, mergeCatalogue, vendorName } from './index';
import { FAMILY_EN } from './familyEn';

const CJK = /[\u3400-\u9fff]/;

describe('English names of the built-in product families', () => {
  it('cover exactly the entries whose family is written in Chinese, in English only', () => {
    const chinese = BUILT_IN_CATALOGUE.entries.filter((e) => CJK.test(e.family)).map((e) => e.id);
    expect(Object.keys(FAMILY_EN).sort()).toEqual([...chinese].sort());
    for (const [id, en] of Object.entries(FAMILY_EN)) expect(CJK.test(en), `${id}: ${en}`).toBe(false);
    for (const e of BUILT_IN_CATALOGUE.entries) expect(e.en, e.id).toBe(FAMILY_EN[e.id]);
  });

  it('are what English text shows, and Chinese text keeps the family as written', () => {
    expect(familyName('os.kylin-server', '银河麒麟高级服务器操作系统 V10/V11', 'en')).toBe('Kylin Advanced Server OS V10/V11');
    expect(familyName('os.kylin-server', '银河麒麟高级服务器操作系统 V10/V11', 'zh')).toBe('银河麒麟高级服务器操作系统 V10/V11');
    // A family already in English has no translation; an unknown entry keeps its name.
    expect(familyName('database.oracle', 'Oracle Database', 'en')).toBe('Oracle Database');
    expect(familyName('user.his', '自研 HIS', 'en')).toBe('自研 HIS');
    // By entry id, as the target platform is named; none for an id the catalogue does not have.
    expect(entryFamilyName(BUILT_IN_CATALOGUE, 'cpu.hygon', 'en')).toBe('Hygon C86');
    expect(entryFamilyName(BUILT_IN_CATALOGUE, 'cpu.hygon', 'zh')).toBe('海光 Hygon C86');
    expect(entryFamilyName(BUILT_IN_CATALOGUE, 'cpu.none', 'en')).toBeUndefined();
    expect(entryFamilyName(BUILT_IN_CATALOGUE, undefined, 'en')).toBeUndefined();
  });

  it('are not put on a user entry that renamed a built-in one', () => {
    const renamed = { ...BUILT_IN_CATALOGUE.entries.find((e) => e.id === 'server.hygon')!, family: '曙光 I620-G40（院内标准机型）' };
    const merged = mergeCatalogue(BUILT_IN_CATALOGUE, { vendors: [], entries: [renamed] });
    const entry = merged.entries.find((e) => e.id === 'server.hygon')!;
    expect(familyName(entry.id, entry.family, 'en')).toBe('曙光 I620-G40（院内标准机型）');
  });

  it('name a catalogued vendor in English by its Chinese name or an alias, and leave others as written', () => {
    expect(vendorName('东华医为', 'en')).toBe('DHC iMedical');
    expect(vendorName('麦迪斯顿', 'en')).toBe('Medicalsystem');
    expect(vendorName('东华医为', 'zh')).toBe('东华医为');
    expect(vendorName('某某软件', 'en')).toBe('某某软件');
  });
});
