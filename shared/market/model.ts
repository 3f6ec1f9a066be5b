/**
 * The national hospital market model. Installed base per year = hospitals by grade × terminals
 * (servers) per hospital; units bought domestic in a year = growth of the domestic share of that
 * base; market = new units × unit price (escalated from the price year) + support on the domestic
 * units installed by the end of the previous year.
 */
import { GRADES } from './types';
import type { ByGrade, MarketAssumptions, MarketResult, MarketYear, ProductPrices, SeedComparison, SeedPoint, UnitPrice } from './types';

/**
 * Hospital counts by grade for a year: the row for that year, else the last earlier row grown by
 * `hospitalGrowth` per year, else the first row.
 * @param assumptions the assumptions
 * @param year calendar year
 */
export function hospitalsIn(assumptions: MarketAssumptions, year: number): ByGrade {
  const rows = [...assumptions.hospitals].sort((a, b) => a.year - b.year);
  const exact = rows.find((r) => r.year === year);
  const before = rows.filter((r) => r.year < year).pop();
  const base = exact ?? before ?? rows[0];
  const counts = { tertiary: 0, secondary: 0, primary: 0, ungraded: 0 } satisfies ByGrade;
  if (!base) return counts;
  const span = exact || !before ? 0 : year - base.year;
  for (const grade of GRADES) counts[grade] = base[grade] * Math.pow(1 + assumptions.hospitalGrowth[grade], span);
  return counts;
}

/**
 * Runs the market model.
 * @param assumptions hospital counts, devices per hospital, adoption curve, unit prices
 * @returns OS and CPU markets per year, in yuan
 */
export function marketModel(assumptions: MarketAssumptions): MarketResult {
  const years: MarketYear[] = [];
  const first = assumptions.years[0];
  if (first === undefined) return { unit: 'CNY', years };
  let prev = installedBase(assumptions, first - 1);
  let prevAdoption = { ...assumptions.adoptionBefore };
  let prevYear: MarketYear | undefined;
  for (const year of assumptions.years) {
    const base = installedBase(assumptions, year);
    const adoption = {
      os: assumptions.adoption.os[year] ?? prevAdoption.os,
      cpu: assumptions.adoption.cpu[year] ?? prevAdoption.cpu,
    };
    const os = productMarket(assumptions.os, assumptions.priceYear, year, base, prev, adoption.os, prevAdoption.os);
    const cpu = productMarket(assumptions.cpu, assumptions.priceYear, year, base, prev, adoption.cpu, prevAdoption.cpu);
    const row: MarketYear = {
      year,
      hospitals: Math.round(base.hospitals),
      terminals: Math.round(base.terminals),
      servers: Math.round(base.servers),
      osAdoption: adoption.os,
      cpuAdoption: adoption.cpu,
      os: Math.round(os),
      cpu: Math.round(cpu),
      osGrowth: prevYear && prevYear.os > 0 ? os / prevYear.os - 1 : null,
      cpuGrowth: prevYear && prevYear.cpu > 0 ? cpu / prevYear.cpu - 1 : null,
    };
    years.push(row);
    prevYear = row;
    prev = base;
    prevAdoption = adoption;
  }
  return { unit: 'CNY', years };
}

type Base = { hospitals: number; terminals: number; servers: number };

function installedBase(assumptions: MarketAssumptions, year: number): Base {
  const counts = hospitalsIn(assumptions, year);
  let hospitals = 0;
  let terminals = 0;
  let servers = 0;
  for (const grade of GRADES) {
    hospitals += counts[grade];
    terminals += counts[grade] * assumptions.terminalsPerHospital[grade];
    servers += counts[grade] * assumptions.serversPerHospital[grade];
  }
  return { hospitals, terminals, servers };
}

function productMarket(prices: ProductPrices, priceYear: number, year: number, base: Base, prev: Base, share: number, prevShare: number): number {
  const part = (price: UnitPrice, units: number, prevUnits: number) => {
    const unitPrice = price.price * Math.pow(1 + price.annualChange, year - priceYear);
    const newUnits = Math.max(0, share * units - prevShare * prevUnits);
    return newUnits * unitPrice + prevShare * prevUnits * unitPrice * price.supportRate;
  };
  return part(prices.terminal, base.terminals, prev.terminals) + part(prices.server, base.servers, prev.servers);
}

/**
 * Puts the model beside the seed's published figures.
 * @param result the model's output
 * @param points the seed's points
 * @returns each point with the model's figure, its deviation and whether it is within tolerance
 */
export function compareToSeed(result: MarketResult, points: readonly SeedPoint[]): SeedComparison[] {
  return points.map((point) => {
    const row = result.years.find((y) => y.year === point.year);
    const model = !row ? Number.NaN : point.kind === 'growth' ? (point.product === 'os' ? row.osGrowth : row.cpuGrowth) ?? Number.NaN : row[point.product];
    let deviation: number;
    if (point.kind === 'range') {
      const min = point.min ?? point.value;
      const max = point.max ?? point.value;
      deviation = model < min ? (model - min) / min : model > max ? (model - max) / max : 0;
    } else {
      deviation = (model - point.value) / point.value;
    }
    return { ...point, model, deviation, within: Number.isFinite(deviation) && Math.abs(deviation) <= point.tolerance };
  });
}
