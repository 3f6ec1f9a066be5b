/**
 * Builds the procurement list from a plan: one item per planned asset (wave >= 1), in its wave's
 * year, with domestic alternatives that fit the target platform, the price-book cost and flags.
 */
import { BUILT_IN_CATALOGUE } from '../catalogue';
import type { Catalogue, CatalogueEntry, CpuArch } from '../catalogue';
import { classifierFor, vendorOriginOf } from '../classify';
import type { Classifier } from '../classify';
import type { Asset, ProjectFile } from '../model';
import type { PlanResult } from '../planner/types';
import { PROVINCE_RULES, rulesForProvince } from './provinceRules';
import type { ProvinceRule } from './provinceRules';
import type { Alternative, ProcurementFlag, ProcurementItem, ProcurementList, ProcurementTarget, YearSummary } from './types';

export type ProcurementOptions = {
  /** Replacement cost of an asset row in yuan (the forecast's `costOf(book, project)`). */
  costOf: (asset: Asset) => number;
  catalogue?: Catalogue;
  rules?: readonly ProvinceRule[];
  target?: ProcurementTarget;
  /** Only this calendar year. */
  year?: number;
  /** At most this many alternatives per item (default 4). */
  maxAlternatives?: number;
};

/** The target CPU architecture implied by the price book's CPU family (`mixed` implies none). */
export function archOfCpuFamily(family: string | undefined): CpuArch | undefined {
  switch (family) {
    case 'kunpeng':
    case 'phytium':
      return 'ARMv8';
    case 'hygon':
    case 'zhaoxin':
      return 'x86-64';
    case 'loongson':
      return 'LoongArch';
    default:
      return undefined;
  }
}

/**
 * The target platform of a project: the CPU architecture of the price book's CPU family, and the
 * domestic server OS the project already runs most (by units), so database and middleware
 * suggestions fit both.
 * @param project the project
 * @param cpuFamily the price book's target CPU family
 * @param catalogue the catalogue used to recognise OS assets
 */
export function inferTarget(project: ProjectFile, cpuFamily: string | undefined, catalogue: Catalogue = BUILT_IN_CATALOGUE): ProcurementTarget {
  const target: ProcurementTarget = {};
  const cpuArch = archOfCpuFamily(cpuFamily);
  if (cpuArch) target.cpuArch = cpuArch;
  const classifier = classifierFor(catalogue);
  const units = new Map<string, number>();
  for (const asset of project.assets) {
    if (asset.category !== 'os') continue;
    const match = classifier.classify(asset).match;
    const entry = match ? classifier.entryById.get(match.entryId) : undefined;
    if (!entry || entry.origin !== 'domestic' || entry.role === 'desktop') continue;
    units.set(entry.id, (units.get(entry.id) ?? 0) + asset.quantity);
  }
  let best: [string, number] | undefined;
  for (const pair of units) if (!best || pair[1] > best[1]) best = pair;
  if (best) target.os = best[0];
  return target;
}

/**
 * @param project the project (assets, dependencies, province)
 * @param plan the plan for the active scenario
 * @param options cost function, catalogue, rules, target platform, year filter
 * @returns the list, sorted by year, wave, category and asset id, with per-year and grand totals
 */
export function buildProcurementList(project: ProjectFile, plan: PlanResult, options: ProcurementOptions): ProcurementList {
  const catalogue = options.catalogue ?? BUILT_IN_CATALOGUE;
  const classifier = classifierFor(catalogue);
  const target = options.target ?? {};
  const rules = rulesForProvince(options.rules ?? PROVINCE_RULES, project.project.province);
  const importRuleIds = rules.map((rule) => rule.id);
  const waveYear = yearsOfWaves(project, plan);
  const bundles = bundleIds(project, plan);
  const max = options.maxAlternatives ?? 4;

  const items: ProcurementItem[] = [];
  for (const asset of project.assets) {
    const placement = plan.placements[asset.id];
    if (!placement || placement.wave < 1) continue;
    const year = waveYear(placement.wave);
    if (options.year !== undefined && year !== options.year) continue;
    const classification = classifier.classify(asset);
    const entry = classification.match ? classifier.entryById.get(classification.match.entryId) : undefined;
    const alternatives = alternativesFor(asset, entry, classifier, target).slice(0, max);
    const flags: ProcurementFlag[] = [];
    if (asset.category !== 'application') {
      if (entry?.importOnly) flags.push('import-only');
      else if (alternatives.length === 0) flags.push('no-substitute', 'import-only');
      else if (!alternatives.some((alt) => alt.compatible)) flags.push('incompatible');
    }
    const bundleId = bundles.get(asset.id);
    if (bundleId) flags.push('bundle');
    if (classification.openSource || entry?.origin === 'foreign-open-source') flags.push('open-source');
    const cost = safeCost(options.costOf, asset);
    const item: ProcurementItem = {
      assetId: asset.id,
      assetName: asset.name,
      year,
      wave: placement.wave,
      category: asset.category,
      quantity: asset.quantity,
      origin: asset.vendorOrigin ?? vendorOriginOf(classification),
      replaces: {
        ...(asset.vendor ? { vendor: asset.vendor } : {}),
        ...(asset.product ? { product: asset.product } : {}),
        ...(entry ? { entryId: entry.id, family: entry.family } : {}),
      },
      alternatives,
      unitCost: asset.quantity > 0 ? Math.round(cost / asset.quantity) : cost,
      cost,
      flags,
      ruleIds: flags.includes('import-only') ? importRuleIds : [],
    };
    if (bundleId) item.bundleId = bundleId;
    items.push(item);
  }
  items.sort((a, b) => a.year - b.year || a.wave - b.wave || a.category.localeCompare(b.category) || (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0));
  return { items, years: summarise(items), total: totalOf(items), rules, target };
}

/** Sums items by year. */
export function summarise(items: readonly ProcurementItem[]): YearSummary[] {
  const byYear = new Map<number, YearSummary>();
  for (const item of items) {
    const sum = byYear.get(item.year) ?? { year: item.year, items: 0, quantity: 0, cost: 0, flagged: 0 };
    sum.items++;
    sum.quantity += item.quantity;
    sum.cost += item.cost;
    if (item.flags.some((flag) => flag !== 'bundle')) sum.flagged++;
    byYear.set(item.year, sum);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function totalOf(items: readonly ProcurementItem[]): ProcurementList['total'] {
  return items.reduce((t, item) => ({ items: t.items + 1, quantity: t.quantity + item.quantity, cost: t.cost + item.cost }), { items: 0, quantity: 0, cost: 0 });
}

function safeCost(costOf: (asset: Asset) => number, asset: Asset): number {
  if (asset.unitCost !== undefined) return Math.round(asset.unitCost * asset.quantity);
  const cost = costOf(asset);
  return Number.isFinite(cost) && cost > 0 ? Math.round(cost) : 0;
}

function yearsOfWaves(project: ProjectFile, plan: PlanResult): (wave: number) => number {
  const byIndex = new Map(plan.waves.map((wave) => [wave.index, Number(wave.start.slice(0, 4))]));
  const [startYear, startMonth] = project.project.startDate.split('-').map(Number) as [number, number];
  return (wave) => {
    const known = byIndex.get(wave);
    if (known !== undefined && Number.isFinite(known)) return known;
    const months = startMonth - 1 + (wave - 1) * project.project.waveMonths;
    return startYear + Math.floor(months / 12);
  };
}

/** Plan bundles (cycles) and software placed in the same wave as its `runs-on` platform. */
function bundleIds(project: ProjectFile, plan: PlanResult): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const bundle of plan.bundles) for (let i = 1; i < bundle.assets.length; i++) union(bundle.assets[0]!, bundle.assets[i]!);
  for (const dep of project.dependencies) {
    if (dep.kind !== 'runs-on') continue;
    const a = plan.placements[dep.from]?.wave ?? -1;
    const b = plan.placements[dep.to]?.wave ?? -1;
    if (a >= 1 && a === b) union(dep.from, dep.to);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const ids = new Map<string, string>();
  [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .forEach(([, members], index) => members.forEach((id) => ids.set(id, `B${index + 1}`)));
  return ids;
}

function alternativesFor(asset: Asset, entry: CatalogueEntry | undefined, classifier: Classifier, target: ProcurementTarget): Alternative[] {
  // A domestic developer's application on a foreign stack is adapted, not replaced by another product.
  if (asset.category === 'application' && entry?.origin === 'domestic') return [];
  let candidates: CatalogueEntry[] = [];
  if (entry?.substitutes?.length) {
    // Substitutes of the same kind as the asset (a PC matched by its CPU gets PCs, not CPUs).
    candidates = entry.substitutes.map((id) => classifier.entryById.get(id)).filter((e): e is CatalogueEntry => e !== undefined && e.category === asset.category);
  }
  // Applications only get the catalogue's named substitutes: any other application would be a guess.
  if (candidates.length === 0 && asset.category !== 'application') {
    const domestic = classifier.catalogue.entries.filter((e) => e.origin === 'domestic' && e.category === asset.category && !e.roleVariants);
    const sameKind = entry?.subtype ? domestic.filter((e) => e.subtype === entry.subtype) : domestic;
    const sameRole = entry?.role ? sameKind.filter((e) => !e.role || e.role === entry.role) : sameKind;
    candidates = [...sameRole].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
  }
  const alternatives = candidates
    .filter((e) => e.origin === 'domestic')
    .map((e): Alternative => {
      const vendor = classifier.vendorById.get(e.vendorId);
      const alt: Alternative = { entryId: e.id, vendor: vendor?.zh ?? e.vendorId, product: e.family, compatible: isCompatible(e, target) };
      if (e.assessment) alt.assessment = `安全可靠${e.assessment.level ? ` ${e.assessment.level}级` : ''} ${e.assessment.notice}`;
      return alt;
    });
  // Stable: compatible ones first, catalogue order kept within each group.
  return [...alternatives.filter((a) => a.compatible), ...alternatives.filter((a) => !a.compatible)];
}

function isCompatible(entry: CatalogueEntry, target: ProcurementTarget): boolean {
  if (target.cpuArch && entry.arches && !entry.arches.includes(target.cpuArch)) return false;
  if (target.os && entry.platforms && entry.category !== 'os' && !entry.platforms.includes(target.os)) return false;
  return true;
}
