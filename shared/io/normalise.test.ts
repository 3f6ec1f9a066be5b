import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CATEGORIES, DISPOSITION_NAMES, VENDOR_ORIGIN_NAMES } from '../model';
import {
  CATEGORY_LABELS,
  cleanText,
  excelSerialToIso,
  parseCategory,
  parseDate,
  parseNumber,
  parseVendorOrigin,
  parseSecurityLevel,
  parseTier,
  TIER_LABELS,
} from './normalise';
import { statusMeaning } from './values';

describe('cleanText', () => {
  /** What cleanText means: NFKC, every run of white space one space, no space at either end. */
  const byDefinition = (value: string) => value.normalize('NFKC').replace(/[\s\u3000]+/g, ' ').trim();

  it.each([
    ['HIS 数据库服务器', 'HIS 数据库服务器'], ['  Dell  R740 ', 'Dell R740'], ['ＤＥＬＬ　Ｒ７４０', 'DELL R740'], ['Windows\tServer\n2016', 'Windows Server 2016'],
    ['（主）', '(主)'], ['ｶﾞ', 'ガ'], ['e\u0301', 'é'], ['\uF900', '豈'], ['', ''], [' ', ''],
  ])('%j → %j', (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });

  it('agrees with its definition on any text of ledger characters, look-alikes and marks', () => {
    const char = fc.constantFrom('a', 'Z', '0', '-', '~', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '数', '鲲', '（', '１', 'Ａ', '\u0301', '\u3099', 'ｶ', '\uF900', '\u1100', '\u1161', 'ﬁ', '²', '\u200b', '\ufeff');
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }), (chars) => cleanText(chars.join('')) === byDefinition(chars.join(''))), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => cleanText(text) === byDefinition(text)), { numRuns: 5_000 });
  });
});

describe('numbers', () => {
  it.each([
    ['12', 12], ['１２', 12], ['2台', 2], ['30 台', 30], ['1,200', 1200], ['¥12,000.00', 12000], ['12000元', 12000],
    ['1.2万', 12000], ['3.5万元', 35000], ['五', 5], ['0.5', 0.5], ['-5', -5], ['１５００套', 1500],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
  it.each(['abc', '', '1-2', '2台3', '十二', 'NaN', 'Infinity', '1e999'])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2019-03-05', '2019-03-05'], ['2019/3/5', '2019-03-05'], ['2019年3月5日', '2019-03-05'], ['2019.03.05', '2019-03-05'],
    ['20190305', '2019-03-05'], ['２０１９／３／５', '2019-03-05'], ['2019-3-5 00:00:00', '2019-03-05'], ['2019年 3月 5日', '2019-03-05'],
    ['2019-03', '2019-03-01'], ['2019年3月', '2019-03-01'], ['2019年', '2019-01-01'], ['43529', '2019-03-05'],
    ['2019-03-05T00:00:00.000Z', '2019-03-05'], ['2020/2/29', '2020-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it.each(['2019-13-45', '2019/2/30', '2021/2/29', 'abc', '12345', '3/5/2019', '1800-01-01', '1899-12-31', '2201-01-01', '0099-01-01'])('%s is not a date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
  it('reads Excel serials in the 1900 system (with its leap-year bug)', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
  });
  it('is idempotent: an ISO date it returns reads back as itself', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const iso = parseDate(text);
        return iso === undefined || parseDate(iso) === iso;
      }),
    );
  });
});

describe('words', () => {
  it.each([
    ['服务器', 'server'], ['机架式服务器', 'server'], ['PACS服务器', 'server'], ['台式机', 'terminal'], ['终端', 'terminal'],
    ['笔记本', 'terminal'], ['打印机', 'peripheral'], ['交换机', 'network'], ['核心交换机', 'network'], ['防火墙', 'security-appliance'],
    ['存储', 'storage'], ['磁盘阵列', 'storage'], ['数据库', 'database'], ['操作系统', 'os'], ['中间件', 'middleware'],
    ['应用系统', 'application'], ['业务系统', 'application'], ['办公软件', 'office'], ['杀毒软件', 'security-software'],
    ['医疗设备', 'medical-device'], ['Server', 'server'], ['PC', 'terminal'], ['security-appliance', 'security-appliance'],
  ])('category %s → %s', (word, category) => {
    expect(parseCategory(word)).toBe(category);
  });
  it('leaves unknown categories undefined', () => {
    expect(parseCategory('其他资产')).toBeUndefined();
    expect(parseCategory('')).toBeUndefined();
  });
  it('reads statuses, tiers, origins and security levels', () => {
    expect(statusMeaning('在用')).toBe('none');
    expect(statusMeaning('保留')).toBe('retain');
    expect(statusMeaning('已替换')).toBe('compliant');
    expect(statusMeaning('适配迁移')).toBe('adapt');
    expect(statusMeaning('报废')).toBe('retire');
    expect(statusMeaning('坏了')).toBeUndefined();
    expect(parseTier('办公')).toBe('office');
    expect(parseTier('运营')).toBe('operations');
    expect(parseTier('临床支持')).toBe('clinical-support');
    expect(parseTier('核心')).toBe('core');
    expect(parseVendorOrigin('国产')).toBe('domestic');
    expect(parseVendorOrigin('进口')).toBe('foreign');
    expect(parseVendorOrigin('Foreign')).toBe('foreign');
    expect(parseVendorOrigin('国外开源')).toBe('foreign-open-source');
    expect(parseSecurityLevel('三级')).toBe(3);
    expect(parseSecurityLevel('等保三级')).toBe(3);
    expect(parseSecurityLevel('第二级')).toBe(2);
    expect(parseSecurityLevel('3级')).toBe(3);
    expect(parseSecurityLevel('３')).toBe(3);
    expect(parseSecurityLevel('高')).toBeUndefined();
  });
  it('maps every export label back to its code', () => {
    for (const category of CATEGORIES) {
      expect(parseCategory(CATEGORY_LABELS[category].zh)).toBe(category);
      expect(parseCategory(CATEGORY_LABELS[category].en)).toBe(category);
    }
    for (const [code, names] of Object.entries(DISPOSITION_NAMES)) expect(statusMeaning(names.zh)).toBe(code);
    for (const [code, label] of Object.entries(TIER_LABELS)) expect(parseTier(label)).toBe(code);
    for (const [code, names] of Object.entries(VENDOR_ORIGIN_NAMES)) expect(parseVendorOrigin(names.zh)).toBe(code);
  });
  it('cleans full-width text and white space', () => {
    expect(cleanText('　ＨＩＳ　　服务器 ')).toBe('HIS 服务器');
    fc.assert(fc.property(fc.string(), (text) => cleanText(cleanText(text)) === cleanText(text)));
  });
});
