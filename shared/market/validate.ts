/**
 * Validation of user-edited market assumptions (from the view or `xcplan market --assumptions`):
 * missing parts fall back to the defaults; bad values are issues naming the field.
 */
import { z } from 'zod';

import { makeIssue } from '../model';
import type { Parsed } from '../model';
import { DEFAULT_MARKET_ASSUMPTIONS } from './assumptions';
import type { MarketAssumptions } from './types';

const count = z.number().min(0).max(1e7);
const byGrade = z.object({ tertiary: count, secondary: count, primary: count, ungraded: count });
const share = z.number().min(0).max(1);
const unitPrice = z.object({ price: z.number().min(0).max(1e8), annualChange: z.number().min(-0.9).max(1), supportRate: z.number().min(0).max(2) });
const prices = z.object({ terminal: unitPrice, server: unitPrice });
const yearShares = z.record(z.string().regex(/^\d{4}$/), share);

const schema = z.object({
  years: z.array(z.number().int().min(2000).max(2100)).min(1).max(50).optional(),
  hospitals: z.array(byGrade.extend({ year: z.number().int().min(2000).max(2100), source: z.string().max(500).default('') })).min(1).optional(),
  hospitalGrowth: z.object({ tertiary: z.number().min(-0.5).max(1), secondary: z.number().min(-0.5).max(1), primary: z.number().min(-0.5).max(1), ungraded: z.number().min(-0.5).max(1) }).optional(),
  terminalsPerHospital: byGrade.optional(),
  serversPerHospital: byGrade.optional(),
  adoption: z.object({ os: yearShares, cpu: yearShares }).optional(),
  adoptionBefore: z.object({ os: share, cpu: share }).optional(),
  priceYear: z.number().int().min(2000).max(2100).optional(),
  os: prices.optional(),
  cpu: prices.optional(),
});

/**
 * Reads market assumptions over the defaults.
 * @param raw parsed JSON (an object with any subset of the assumption fields)
 * @param file file name for messages
 * @returns the assumptions, or issues naming the field
 */
export function readMarketAssumptions(raw: unknown, file = 'assumptions'): Parsed<MarketAssumptions> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((zi) =>
        makeIssue({ code: 'market-assumption-invalid', file, field: zi.path.join('.'), zh: `市场假设取值无效：${zi.message}`, en: `invalid market assumption: ${zi.message}` }),
      ),
    };
  }
  const d = DEFAULT_MARKET_ASSUMPTIONS;
  const v = parsed.data;
  const toShares = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([k, s]) => [Number(k), s]));
  const years = v.years ? [...new Set(v.years)].sort((a, b) => a - b) : d.years;
  const gap = years.findIndex((y, i) => i > 0 && y !== years[i - 1]! + 1);
  if (gap > 0) {
    return { ok: false, issues: [makeIssue({ code: 'market-years-gap', file, field: 'years', value: years[gap], zh: '年份必须连续', en: 'years must be consecutive' })] };
  }
  return {
    ok: true,
    issues: [],
    value: {
      years,
      hospitals: v.hospitals ?? d.hospitals,
      hospitalGrowth: v.hospitalGrowth ?? d.hospitalGrowth,
      terminalsPerHospital: v.terminalsPerHospital ?? d.terminalsPerHospital,
      serversPerHospital: v.serversPerHospital ?? d.serversPerHospital,
      adoption: v.adoption ? { os: toShares(v.adoption.os), cpu: toShares(v.adoption.cpu) } : d.adoption,
      adoptionBefore: v.adoptionBefore ?? d.adoptionBefore,
      priceYear: v.priceYear ?? d.priceYear,
      os: v.os ?? d.os,
      cpu: v.cpu ?? d.cpu,
    },
  };
}
