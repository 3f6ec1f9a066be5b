/**
 * Spend per calendar year and line, from a plan and a price book. The year a wave starts in pays
 * for the replacement of its assets at that year's prices (the same rounded parts as the plan's
 * budget and the procurement list); support runs from the following year to the end of the
 * horizon. The analysis (shared/analysis) adds the lines that need the plan's events: dual-track
 * running, the savings of retired foreign support, 等保测评/密评 and change management. Coverage
 * follows planning rule 13: business systems first, platforms by units beside them.
 */
import type { Asset, Category, ProjectFile } from '../model';
import { dispositionOf, isCompliant, isRetained as isRetainedAsset } from '../model';
import type { PlanResult } from '../planner/types';
import { pricedParts, serversWithSeparateOs } from './cost';
import type { PricedPart } from './cost';
import { PRICE_LINES, VARIANTS } from './types';
import type { CoverageShares, ForecastResult, ForecastYear, LineAmounts, PriceBook, PriceLine, Variant } from './types';
import { rowPlacements } from '../planner/placements';
import type { Placement } from '../planner/types';

/** 国卫规划发〔2022〕29号 Art. 30: new IT projects reserve at least 5% for network security. */
export const SECURITY_MINIMUM_SHARE = 0.05;

/** Per-year amounts the analysis computes from the plan's events (index = year − start year), yuan. */
export type ForecastExtras = {
  dualTrack?: ArrayLike<number>;
  savings?: ArrayLike<number>;
  change?: ArrayLike<number>;
  /** 等保测评 and 密评 per variant. */
  assessments?: Record<Variant, ArrayLike<number>>;
  /** Security share each year must reach (default 5%). */
  reserveShare?: number;
  /** The priced parts of an asset bought in a year (the analysis's memo of `pricedParts`). */
  priced?: (asset: Asset, year: number) => readonly PricedPart[];
};

type Accumulator = Record<Variant, Float64Array[]>;

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
const COVERAGE_CATEGORY: Record<keyof CoverageShares, Category> = { systems: 'application', terminals: 'terminal', servers: 'server', os: 'os', database: 'database' };

/**
 * Forecasts spend per year and line over the project's horizon.
 * @param project the project (start date, horizon, assets, dependencies, scenario budget)
 * @param plan the plan: placements with wave indexes, waves with dates
 * @param book the price book
 * @param extras the analysis's per-year lines (dual track, savings, assessments, change) and reserve share
 * @returns the years from the start year to the end of the horizon, totals and flags
 */
export function forecastSpend(project: ProjectFile, plan: PlanResult, book: PriceBook, extras: ForecastExtras = {}): ForecastResult {
  const startYear = yearOf(project.project.startDate);
  const count = project.project.horizonYears;
  const endYear = startYear + count - 1;
  const waveStart = new Map<number, number>();
  const waveEnd = new Map<number, number>();
  for (const wave of plan.waves) {
    waveStart.set(wave.index, wave.budgetYear ?? yearOf(wave.start));
    waveEnd.set(wave.index, yearOf(wave.end));
  }
  const separateOs = serversWithSeparateOs(project);
  const spend = newAccumulator(count);
  const oneOff = new Float64Array(count);
  const support = new Float64Array(count);
  const domesticFrom = new Float64Array(count + 1);
  const replacedCount = new Int32Array(count);
  // Rule 13 coverage: per kind, the total in scope and how many become domestic in each year (index 0 = already).
  const coverTotal: Record<keyof CoverageShares, number> = { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 };
  const coverFrom = Object.fromEntries(Object.keys(COVERAGE_CATEGORY).map((k) => [k, new Float64Array(count + 1)])) as Record<keyof CoverageShares, Float64Array>;
  const kindOf = new Map<Category, keyof CoverageShares>(Object.entries(COVERAGE_CATEGORY).map(([k, c]) => [c, k as keyof CoverageShares]));
  let totalUnits = 0;
  let retainedUnits = 0;
  let retainedAssets = 0;
  let beyondHorizon = 0;

  const placed = rowPlacements(plan, project.assets).placements;
  for (let row = 0; row < project.assets.length; row++) {
    const asset = project.assets[row]!;
    const placement = placed[row];
    totalUnits += asset.quantity;
    const wave = waveOf(asset, placement);
    const kind = kindOf.get(asset.category);
    const counted = kind !== undefined && dispositionOf(asset) !== 'retire';
    const weight = kind === 'systems' ? 1 : asset.quantity;
    if (counted) coverTotal[kind] += weight;
    if (wave === 0) {
      domesticFrom[0]! += asset.quantity;
      if (counted) coverFrom[kind][0]! += weight;
      continue;
    }
    if (wave < 1) {
      if (isRetained(asset, placement)) {
        retainedUnits += asset.quantity;
        retainedAssets++;
      }
      continue;
    }
    const payYear = Math.max(startYear, waveStart.get(wave) ?? startYear);
    const doneYear = Math.max(startYear, waveEnd.get(wave) ?? payYear);
    if (doneYear <= endYear) {
      domesticFrom[doneYear - startYear]! += asset.quantity;
      if (counted) coverFrom[kind][doneYear - startYear]! += weight;
    }
    const parts = extras.priced ? extras.priced(asset, payYear) : pricedParts(asset, book, payYear, separateOs.has(asset.id));
    if (payYear > endYear) {
      beyondHorizon += parts.reduce((sum, part) => sum + part.base, 0);
      continue;
    }
    const at = payYear - startYear;
    replacedCount[at]! += 1;
    for (const part of parts) {
      const lineIndex = PRICE_LINES.indexOf(part.line);
      oneOff[at]! += part.base;
      for (const variant of VARIANTS) {
        spend[variant][at]![lineIndex]! += part[variant];
        if (part.recurringRate <= 0) continue;
        const yearly = Math.round(part[variant] * part.recurringRate);
        for (let y = at + 1; y < count; y++) {
          spend[variant][y]![lineIndex]! += yearly;
          if (variant === 'base') support[y]! += yearly;
        }
      }
    }
  }
  const security = PRICE_LINES.indexOf('security');
  if (extras.assessments) {
    for (const variant of VARIANTS) for (let i = 0; i < count; i++) spend[variant][i]![security]! += extras.assessments[variant][i] ?? 0;
  }

  const reserveShare = extras.reserveShare ?? SECURITY_MINIMUM_SHARE;
  const years: ForecastYear[] = [];
  let domestic = 0;
  const covered: Record<keyof CoverageShares, number> = { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 };
  for (let i = 0; i < count; i++) {
    // Done by the end of year i: already domestic (slot 0) and those finished in years ≤ i.
    domestic += domesticFrom[i]!;
    for (const key of Object.keys(covered) as (keyof CoverageShares)[]) covered[key] += coverFrom[key][i]!;
    const coverageBy = {} as CoverageShares;
    for (const key of Object.keys(covered) as (keyof CoverageShares)[]) coverageBy[key] = coverTotal[key] === 0 ? 1 : round4(covered[key] / coverTotal[key]);
    years.push(buildYear(startYear + i, spend, i, {
      oneOff: oneOff[i]!,
      support: support[i]!,
      dualTrack: Math.round(extras.dualTrack?.[i] ?? 0),
      savings: Math.round(extras.savings?.[i] ?? 0),
      change: Math.round(extras.change?.[i] ?? 0),
      assessments: Math.round(extras.assessments?.base[i] ?? 0),
      reserveShare,
      coverageBy,
      domestic,
      totalUnits,
      replaced: replacedCount[i]!,
      budget: project.scenario?.budgetPerYear,
    }));
  }
  return summarise(years, beyondHorizon, retainedUnits, retainedAssets, reserveShare);
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

/** The wave of an asset: the plan's placement, else 0 for assets already domestic or replaced, else -1. */
function waveOf(asset: Asset, placement: Placement | undefined): number {
  if (placement) return placement.wave;
  return isCompliant(asset) ? 0 : -1;
}

/** Retained on purpose (status or the planner's reason): outside "应替尽替", so it does not block full coverage. */
function isRetained(asset: Asset, placement: Placement | undefined): boolean {
  return isRetainedAsset(asset) || placement?.reason.code === 'retained';
}

function newAccumulator(count: number): Accumulator {
  const make = () => Array.from({ length: count }, () => new Float64Array(PRICE_LINES.length));
  return { low: make(), base: make(), high: make() };
}

type YearContext = {
  oneOff: number;
  support: number;
  dualTrack: number;
  savings: number;
  change: number;
  assessments: number;
  reserveShare: number;
  coverageBy: CoverageShares;
  domestic: number;
  totalUnits: number;
  replaced: number;
  budget: number | undefined;
};

/**
 * Security spend missing for the share: the amount s' to add so that (security + s') ≥ share ×
 * (total + s'), rounded up to the yuan; 0 when the share is met or nothing is spent.
 */
export function securityShortfall(security: number, total: number, share: number): number {
  if (total <= 0 || share <= 0 || share >= 1) return 0;
  const missing = (share * total - security) / (1 - share);
  return missing > 0.5 ? Math.ceil(missing - 1e-9) : 0;
}

function buildYear(year: number, spend: Accumulator, i: number, ctx: YearContext): ForecastYear {
  const lines = roundLines(spend.base[i]!);
  const extra = ctx.dualTrack + ctx.change;
  const total = sumLines(lines) + extra;
  const low = sumLines(roundLines(spend.low[i]!)) + extra;
  const high = sumLines(roundLines(spend.high[i]!)) + extra;
  const securityShare = total > 0 ? lines.security / total : 0;
  // The 5% rule is about the programme's new projects: a year with no one-off spend (support
  // renewals only, after the last wave) has no project budget to take it from.
  const shortfall = ctx.oneOff > 0 ? securityShortfall(lines.security, total, ctx.reserveShare) : 0;
  const result: ForecastYear = {
    year,
    ...lines,
    total,
    transition: extra,
    low,
    high,
    oneOff: Math.round(ctx.oneOff),
    recurring: Math.round(ctx.support) + ctx.dualTrack,
    support: Math.round(ctx.support),
    dualTrack: ctx.dualTrack,
    assessments: ctx.assessments,
    change: ctx.change,
    savings: ctx.savings,
    net: total + ctx.savings,
    coverage: ctx.coverageBy.systems,
    coverageBy: ctx.coverageBy,
    securityShare,
    securityShortfall: shortfall,
    highOverBudget: ctx.budget !== undefined && high > ctx.budget,
    securityBelowMinimum: shortfall > 0,
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

/**
 * What the stopped foreign support contracts save, as people read a saving: a positive amount (the
 * forecast's `savings` line is negative, so `net = total + savings`; `xcplan forecast --json` keeps that sign).
 * @param savings a `savings` amount (0 or less)
 */
export function savedAmount(savings: number): number {
  return savings < 0 ? -savings : 0;
}

/** Sum of the line amounts. */
export function sumLines(lines: LineAmounts): number {
  return PRICE_LINES.reduce((sum, line) => sum + lines[line], 0);
}

function summarise(years: ForecastYear[], beyondHorizon: number, retainedUnits: number, retainedAssets: number, reserveShare: number): ForecastResult {
  const totals = { total: 0, transition: 0, low: 0, high: 0, oneOff: 0, recurring: 0, support: 0, dualTrack: 0, assessments: 0, change: 0, savings: 0, net: 0, securityShortfall: 0 } as ForecastResult['totals'];
  for (const line of PRICE_LINES) totals[line] = 0;
  let peakYear: number | null = null;
  let peak = 0;
  for (const y of years) {
    for (const line of PRICE_LINES) totals[line] += y[line];
    totals.total += y.total;
    totals.transition += y.transition;
    totals.low += y.low;
    totals.high += y.high;
    totals.oneOff += y.oneOff;
    totals.recurring += y.recurring;
    totals.support += y.support;
    totals.dualTrack += y.dualTrack;
    totals.assessments += y.assessments;
    totals.change += y.change;
    totals.savings += y.savings;
    totals.net += y.net;
    totals.securityShortfall += y.securityShortfall;
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
    securityMinimum: reserveShare,
    securityFlags: years.filter((y) => y.securityBelowMinimum).map((y) => y.year),
    fullCoverageYear: full ? full.year : null,
    retainedAssets,
    peakYear,
  };
}

/** One year in the documented `xcplan forecast --json` shape (amounts in yuan, shares as fractions). */
export type ForecastYearRecord = LineAmounts &
  Pick<ForecastYear, 'year' | 'total' | 'low' | 'high' | 'coverage' | 'securityShare' | 'oneOff' | 'recurring' | 'support' | 'dualTrack' | 'assessments' | 'change' | 'savings' | 'net' | 'securityShortfall' | 'coverageBy' | 'highOverBudget'>;

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
    oneOff: y.oneOff,
    recurring: y.recurring,
    support: y.support,
    dualTrack: y.dualTrack,
    assessments: y.assessments,
    change: y.change,
    savings: y.savings,
    net: y.net,
    securityShortfall: y.securityShortfall,
    coverageBy: { ...y.coverageBy },
    highOverBudget: y.highOverBudget,
  };
}
