/**
 * Types of the national hospital market model: domestic OS and domestic-CPU platform markets per
 * year, from hospital counts by grade, terminals and servers per hospital, an adoption curve and
 * unit prices. Amounts are yuan; shares are fractions.
 */

/** Hospital grades of the NHC statistics (DOMAIN.md §3.4). */
export const GRADES = ['tertiary', 'secondary', 'primary', 'ungraded'] as const;
export type Grade = (typeof GRADES)[number];

export type ByGrade = Record<Grade, number>;

/** One year of hospital counts, with where the figures come from. */
export type HospitalCountRow = ByGrade & { year: number; source: string };

export type UnitPrice = {
  /** Yuan per unit in `priceYear`. */
  price: number;
  /** Fractional change per year, e.g. -0.05. */
  annualChange: number;
  /** Recurring subscription/support per year on the installed domestic base, as a fraction of the price. */
  supportRate: number;
};

export type ProductPrices = { terminal: UnitPrice; server: UnitPrice };

export type MarketAssumptions = {
  /** Years to model, ascending and consecutive. */
  years: number[];
  /** Known (or estimated) counts; years after the last row grow by `hospitalGrowth`. */
  hospitals: HospitalCountRow[];
  hospitalGrowth: ByGrade;
  terminalsPerHospital: ByGrade;
  serversPerHospital: ByGrade;
  /** Cumulative share of the installed base that is domestic at the end of each year, by year. */
  adoption: { os: Record<number, number>; cpu: Record<number, number> };
  /** Share domestic at the end of the year before the first modelled year. */
  adoptionBefore: { os: number; cpu: number };
  priceYear: number;
  /** OS licence per desktop seat / server. */
  os: ProductPrices;
  /** Domestic-CPU platform value per terminal / server. */
  cpu: ProductPrices;
};

export type MarketYear = {
  year: number;
  hospitals: number;
  terminals: number;
  servers: number;
  osAdoption: number;
  cpuAdoption: number;
  /** Yuan: new licences plus support on the installed domestic base. */
  os: number;
  /** Yuan: new domestic-CPU platforms plus support. */
  cpu: number;
  /** Change against the previous year (null for the first year). */
  osGrowth: number | null;
  cpuGrowth: number | null;
};

export type MarketResult = { unit: 'CNY'; years: MarketYear[] };

/** A figure published in the seed report (亿欧智库, section 1.5). */
export type SeedPoint = {
  product: 'os' | 'cpu';
  year: number;
  /** value: an amount in yuan; range: between min and max yuan; growth: change over the previous year (1.5 = +150%). */
  kind: 'value' | 'range' | 'growth';
  value: number;
  min?: number;
  max?: number;
  /** Allowed relative deviation of the model (0.05 = 5%). */
  tolerance: number;
  /** The seed's wording. */
  text: { zh: string; en: string };
};

export type SeedComparison = SeedPoint & {
  /** The model's figure on the same basis (yuan, or growth fraction). */
  model: number;
  /** Relative deviation from the seed figure (0 inside a range). */
  deviation: number;
  within: boolean;
};
