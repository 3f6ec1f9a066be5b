/**
 * Spend per calendar year and line, from a plan and a price book. The year a wave starts in pays
 * for the replacement of its assets (one-off price escalated to that year); recurring support runs
 * from the following year to the end of the horizon. Coverage counts an asset's units as domestic
 * from the end of its wave.
 */
import type { Asset, ProjectFile } from '../model';
import { isCompliant, isRetained as isRetainedAsset } from '../model';
import type { PlanResult } from '../planner/types';
import { replacementCost, serversWithSeparateOs } from './cost';
import { PRICE_LINES, VARIANTS } from './types';
import type { ForecastResult, ForecastYear, LineAmounts, PriceBook, PriceLine, Variant } from './types';

/** 国卫规划发〔2022〕29号 Art. 30: new IT projects reserve at least 5% for network security. */
export const SECURITY_MINIMUM_SHARE = 0.05;

type Accumulator = Record<Variant, Float64Array[]>;

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/**
 * Forecasts spend per year and line over the project's horizon.
 * @param project the project (start date, horizon, assets, dependencies, scenario budget)
 * @param plan the plan: placements with wave indexes, waves with dates
 * @param book the price book
 * @returns the years from the start year to the end of the horizon, totals and flags
 */
export function forecastSpend(project: ProjectFile, plan: PlanResult, book: PriceBook): ForecastResult {
  const startYear = yearOf(project.project.startDate);
  const count = project.project.horizonYears;
  const endYear = startYear + count - 1;
  const waveStart = new Map<number, number>();
  const waveEnd = new Map<number, number>();
  for (const wave of plan.waves) {
    waveStart.set(wave.index, yearOf(wave.start));
    waveEnd.set(wave.index, yearOf(wave.end));
  }
  const separateOs = serversWithSeparateOs(project);
  const spend = newAccumulator(count);
  const recurring = new Float64Array(count);
  const domesticFrom = new Float64Array(count + 1);
  const replacedCount = new Int32Array(count);
  let totalUnits = 0;
  let retainedUnits = 0;
  let beyondHorizon = 0;

  for (const asset of project.assets) {
    totalUnits += asset.quantity;
    const wave = waveOf(asset, plan);
    if (wave === 0) {
      domesticFrom[0]! += asset.quantity;
      continue;
    }
    if (wave < 1) {
      if (isRetained(asset, plan)) retainedUnits += asset.quantity;
      continue;
    }
    const payYear = Math.max(startYear, waveStart.get(wave) ?? startYear);
    const doneYear = Math.max(startYear, waveEnd.get(wave) ?? payYear);
    if (doneYear <= endYear) domesticFrom[doneYear - startYear]! += asset.quantity;
    if (payYear > endYear) {
      beyondHorizon += sumParts(asset, book, 'base', payYear, separateOs.has(asset.id));
      continue;
    }
    const at = payYear - startYear;
    replacedCount[at]! += 1;
    for (const variant of VARIANTS) {
      const parts = replacementCost(asset, book, variant, { year: payYear, osCarriedSeparately: separateOs.has(asset.id) });
      for (const part of parts) {
        const lineIndex = PRICE_LINES.indexOf(part.line);
        spend[variant][at]![lineIndex]! += part.amount;
        if (part.recurringRate <= 0) continue;
        const yearly = part.amount * part.recurringRate;
        for (let y = at + 1; y < count; y++) {
          spend[variant][y]![lineIndex]! += yearly;
          if (variant === 'base') recurring[y]! += yearly;
        }
      }
    }
  }

  const years: ForecastYear[] = [];
  let domestic = 0;
  for (let i = 0; i < count; i++) {
    domestic += domesticFrom[i]!;
    years.push(buildYear(startYear + i, spend, i, {
      recurring: recurring[i]!,
      domestic,
      totalUnits,
      replaced: replacedCount[i]!,
      budget: project.scenario?.budgetPerYear,
    }));
  }
  return summarise(years, beyondHorizon, retainedUnits);
}

/** The wave of an asset: the plan's placement, else 0 for assets already domestic or replaced, else -1. */
function waveOf(asset: Asset, plan: PlanResult): number {
  const placement = plan.placements[asset.id];
  if (placement) return placement.wave;
  return isCompliant(asset) ? 0 : -1;
}

/** Retained on purpose (status or the planner's reason): outside "应替尽替", so it does not block full coverage. */
function isRetained(asset: Asset, plan: PlanResult): boolean {
  return isRetainedAsset(asset) || plan.placements[asset.id]?.reason.code === 'retained';
}

function sumParts(asset: Asset, book: PriceBook, variant: Variant, year: number, osSeparate: boolean): number {
  return replacementCost(asset, book, variant, { year, osCarriedSeparately: osSeparate }).reduce((s, p) => s + p.amount, 0);
}

function newAccumulator(count: number): Accumulator {
  const make = () => Array.from({ length: count }, () => new Float64Array(PRICE_LINES.length));
  return { low: make(), base: make(), high: make() };
}

type YearContext = { recurring: number; domestic: number; totalUnits: number; replaced: number; budget: number | undefined };

function buildYear(year: number, spend: Accumulator, i: number, ctx: YearContext): ForecastYear {
  const lines = roundLines(spend.base[i]!);
  const total = sumLines(lines);
  const low = sumLines(roundLines(spend.low[i]!));
  const high = sumLines(roundLines(spend.high[i]!));
  const securityShare = total > 0 ? lines.security / total : 0;
  const result: ForecastYear = {
    year,
    ...lines,
    total,
    low,
    high,
    coverage: ctx.totalUnits > 0 ? ctx.domestic / ctx.totalUnits : 0,
    securityShare,
    recurring: Math.round(ctx.recurring),
    securityBelowMinimum: total > 0 && securityShare < SECURITY_MINIMUM_SHARE,
    domesticUnits: ctx.domestic,
    totalUnits: ctx.totalUnits,
    assetsReplaced: ctx.replaced,
  };
  if (ctx.budget !== undefined) result.budget = ctx.budget;
  return result;
}

function roundLines(values: Float64Array): LineAmounts {
  const lines = {} as Record<PriceLine, number>;
  PRICE_LINES.forEach((line, index) => {
    lines[line] = Math.round(values[index]!);
  });
  return lines;
}

/** Sum of the line amounts, so a total always equals its lines. */
export function sumLines(lines: LineAmounts): number {
  return PRICE_LINES.reduce((sum, line) => sum + lines[line], 0);
}

function summarise(years: ForecastYear[], beyondHorizon: number, retainedUnits: number): ForecastResult {
  const totals = { total: 0, low: 0, high: 0 } as ForecastResult['totals'];
  for (const line of PRICE_LINES) totals[line] = 0;
  let peakYear: number | null = null;
  let peak = 0;
  for (const y of years) {
    for (const line of PRICE_LINES) totals[line] += y[line];
    totals.total += y.total;
    totals.low += y.low;
    totals.high += y.high;
    if (y.total > peak) {
      peak = y.total;
      peakYear = y.year;
    }
  }
  const full = years.find((y) => y.totalUnits > retainedUnits && y.domesticUnits >= y.totalUnits - retainedUnits);
  return {
    currency: 'CNY',
    years,
    totals,
    beyondHorizon: Math.round(beyondHorizon),
    securityMinimum: SECURITY_MINIMUM_SHARE,
    securityFlags: years.filter((y) => y.securityBelowMinimum).map((y) => y.year),
    fullCoverageYear: full ? full.year : null,
    peakYear,
  };
}

/** One year in the documented `xcplan forecast --json` shape (amounts in yuan, shares as fractions). */
export type ForecastYearRecord = LineAmounts & Pick<ForecastYear, 'year' | 'total' | 'low' | 'high' | 'coverage' | 'securityShare'>;

/** Picks the contract keys of a forecast year, in the documented order (CLI JSON, report tables). */
export function forecastYearRecord(y: ForecastYear): ForecastYearRecord {
  return {
    year: y.year,
    os: y.os,
    cpu: y.cpu,
    database: y.database,
    middleware: y.middleware,
    security: y.security,
    application: y.application,
    other: y.other,
    total: y.total,
    low: y.low,
    high: y.high,
    coverage: y.coverage,
    securityShare: y.securityShare,
  };
}
