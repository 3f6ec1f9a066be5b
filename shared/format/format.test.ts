import { describe, expect, it } from 'vitest';

import { formatBytes, formatDateTime, formatMoney, formatNumber, formatShare, listNames, moneyUnitLabel, safeFileName, toLang, toUnit } from './index';

describe('shared/format', () => {
  it('writes money in the chosen unit with the unit spelt out in both languages', () => {
    expect(formatMoney(12_345_678, 'wan', 'zh')).toBe('1,234.6 万元');
    expect(formatMoney(12_345_678, 'wan', 'en')).toBe('1,234.6 ×10k yuan');
    expect(formatMoney(250_000_000, 'yi', 'zh')).toBe('2.5 亿元');
    expect(formatMoney(1_500, 'yuan', 'en')).toBe('1,500 yuan');
    expect(formatMoney(1_500)).toBe('0.2 万元');
    expect(toUnit(30_000, 'wan')).toBe(3);
    expect(moneyUnitLabel('yi', 'en')).toBe('×100M yuan');
  });

  it('writes numbers, shares and sizes', () => {
    expect(formatNumber(12345.67, 'zh', 1)).toBe('12,345.7');
    expect(formatShare(0.125)).toBe('12.5%');
    expect(formatShare(0.5, 0)).toBe('50%');
    // In a table's column every share has the same decimals.
    expect([0.143, 0.08, 1, 0].map((v) => formatShare(v, 1, true))).toEqual(['14.3%', '8.0%', '100.0%', '0.0%']);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });

  it('writes dates for the locale and leaves other text alone', () => {
    expect(toLang('en-GB')).toBe('en');
    expect(toLang(undefined)).toBe('zh');
  });

  it('makes file names every OS accepts from user text', () => {
    expect(safeFileName('某医院/东院: "A*B"?')).toBe('某医院_东院_ _A_B_');
    expect(safeFileName('  ')).toBe('project');
    expect(safeFileName('..', 'report')).toBe('report');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});

describe('listNames', () => {
  it('names the first few and counts the rest, as each language writes a list', () => {
    const ids = ['A', 'B', 'C', 'D'];
    expect(listNames(ids, 'zh', 4)).toBe('A、B、C、D');
    expect(listNames(ids, 'zh', 2)).toBe('A、B 等 4 项');
    expect(listNames(ids, 'en', 2)).toBe('A, B and 2 more');
  });
});

describe('formatDateTime', () => {
  it('writes a timestamp as the local date (YYYY-MM-DD, as dates are everywhere) and 24-hour time', () => {
    // npm test runs in Asia/Shanghai (UTC+8).
    expect(formatDateTime('2026-12-05T06:02:36.635Z')).toBe('2026-12-05 14:02:36');
    expect(formatDateTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00:00');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
