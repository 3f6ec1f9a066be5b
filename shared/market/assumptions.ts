/**
 * Default assumptions of the national market model and the seed's published points. Every
 * assumption is shown and editable in the view; the defaults are chosen so the model reproduces
 * the seed (亿欧智库 2023中国智慧医院研究报告, section 1.5) within 5%.
 */
import type { MarketAssumptions, SeedPoint } from './types';

const YI = 1e8;

/** Where the seed's figures come from, as the seed words it. */
export const SEED_SOURCE = {
  zh: '亿欧智库《2023中国智慧医院研究报告：医院信息与网络安全篇》（2023年6月）1.5 节：2022–2027 年中国医院国产操作系统 / 国产 CPU 芯片市场规模（亿元）',
  en: 'EO Intelligence (亿欧智库), 2023 China Smart Hospital Report: Hospital Information and Network Security (June 2023), section 1.5: hospital domestic OS / CPU market 2022–2027 (100M yuan)',
};

/** The seed's published points (section 1.5), in yuan; growth as a fraction. */
export const SEED_POINTS: SeedPoint[] = [
  {
    product: 'os', year: 2023, kind: 'value', value: 5.7 * YI, tolerance: 0.05,
    text: { zh: '预计2023年中国医院国产操作系统市场规模达到5.7亿元', en: 'hospital domestic OS market expected to reach 570M yuan in 2023' },
  },
  {
    product: 'os', year: 2027, kind: 'range', value: 95 * YI, min: 90 * YI, max: 100 * YI, tolerance: 0,
    text: { zh: '于2027年达到近百亿规模', en: 'close to 10 billion yuan by 2027' },
  },
  {
    product: 'cpu', year: 2023, kind: 'value', value: 40.9 * YI, tolerance: 0.05,
    text: { zh: '预计2023年（国产CPU芯片）市场规模达到40.9亿元', en: 'hospital domestic CPU market expected to reach 4.09 billion yuan in 2023' },
  },
  {
    product: 'cpu', year: 2026, kind: 'growth', value: 1.5, tolerance: 0.05,
    text: { zh: '2026年的增幅达到150%', en: 'growth of 150% in 2026' },
  },
  {
    product: 'cpu', year: 2027, kind: 'value', value: 521.9 * YI, tolerance: 0.05,
    text: { zh: '并于2027年达到521.9亿元', en: 'reaching 52.19 billion yuan in 2027' },
  },
];

/**
 * Default assumptions. Hospital counts: DOMAIN.md §3.4 (2022 [U]; 2023 total 38,355 [S] with
 * 三级 ~3,855 [U], other grades [EST] so the total matches). Devices per hospital: DOMAIN.md §3.3
 * [EST]. Prices: DOMAIN.md §4.2 [EST]; the CPU market is valued at the domestic-CPU platform
 * (machine) price, because bare chip prices cannot reach the seed's 521.9亿元 within the hospital
 * installed base. The adoption curve is the calibrated part: small and medium hospitals first,
 * large hospitals from 2025 on ("2025年后，进入全面爆发增长阶段").
 */
export const DEFAULT_MARKET_ASSUMPTIONS: MarketAssumptions = {
  years: [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030],
  hospitals: [
    { year: 2022, tertiary: 3523, secondary: 11145, primary: 12815, ungraded: 9493, source: '各级医院数：按历年卫生健康事业发展统计公报回忆的数字，未经核对，请以国家卫生健康委公报为准' },
    { year: 2023, tertiary: 3855, secondary: 11550, primary: 13150, ungraded: 9800, source: '《2023年我国卫生健康事业发展统计公报》：医院总数 38,355 家；分级数为估算，使合计与总数一致' },
  ],
  hospitalGrowth: { tertiary: 0.05, secondary: 0.02, primary: 0.01, ungraded: -0.01 },
  terminalsPerHospital: { tertiary: 2000, secondary: 500, primary: 60, ungraded: 40 },
  serversPerHospital: { tertiary: 120, secondary: 25, primary: 3, ungraded: 2 },
  adoption: {
    os: { 2022: 0.015, 2023: 0.038, 2024: 0.086, 2025: 0.18, 2026: 0.365, 2027: 0.728, 2028: 0.85, 2029: 0.93, 2030: 0.97 },
    cpu: { 2022: 0.014, 2023: 0.035, 2024: 0.073, 2025: 0.14, 2026: 0.312, 2027: 0.602, 2028: 0.8, 2029: 0.9, 2030: 0.95 },
  },
  adoptionBefore: { os: 0.003, cpu: 0.002 },
  priceYear: 2023,
  os: {
    terminal: { price: 800, annualChange: -0.03, supportRate: 0.1 },
    server: { price: 12000, annualChange: -0.03, supportRate: 0.25 },
  },
  cpu: {
    terminal: { price: 6000, annualChange: -0.05, supportRate: 0 },
    server: { price: 120000, annualChange: -0.05, supportRate: 0 },
  },
};
