/**
 * Builds the procurement list from a plan: one item per planned asset (wave >= 1), in its wave's
 * year, with domestic alternatives that fit the target platform, the price-book cost and flags.
 */
import { assetRole, BUILT_IN_CATALOGUE, entryRoles } from '../catalogue';
import type { Catalogue, CatalogueEntry, CpuArch, ProductRole } from '../catalogue';
import { classifierFor, vendorOriginOf as classifiedVendorOrigin } from '../classify';
import type { Classifier } from '../classify';
import { memoByKey } from '../model';
import type { Asset, Category, ProjectFile } from '../model';
import { addMonths } from '../planner/calendar';
import type { PlanResult } from '../planner/types';
import { certificationOf } from './adaptation';
import type { AdaptationCert } from './adaptation';
import { dispositionOf, targetPlatformOf, tenderTimingOf, vendorOriginOf } from './assetState';
import { compareLots, TENDER_PACKAGES, tenderLotOf, tenderPackageOf } from './packages';
import type { TenderLot } from './packages';
import { PROVINCE_RULES, ruleAppliesTo, rulesForProvince } from './provinceRules';
import type { ProvinceRule } from './provinceRules';
import type { Alternative, Listing, ProcurementFlag, ProcurementItem, ProcurementList, ProcurementTarget, YearSummary } from './types';
import { planIndex, rowPlacements } from '../planner/placements';

export type ProcurementOptions = {
  /** Replacement cost of an asset row in yuan (the forecast's `costOf(book, project)`), given the asset and its row in the project. */
  costOf: (asset: Asset, row: number) => number;
  catalogue?: Catalogue;
  rules?: readonly ProvinceRule[];
  target?: ProcurementTarget;
  /** Only this calendar year. */
  year?: number;
  /** At most this many alternatives per item (default 4). */
  maxAlternatives?: number;
  /** Certifications (互认证) of applications on domestic stacks. */
  adaptationMatrix?: readonly AdaptationCert[];
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
 * The target platform: `project.targetPlatform` when the project sets it, otherwise inferred from
 * the price book's CPU family and the domestic server OS the project already runs most.
 * @param project the project
 * @param cpuFamily the price book's target CPU family (used when the project names no CPU)
 * @param catalogue the catalogue used to recognise OS names
 */
export function resolveTarget(project: ProjectFile, cpuFamily: string | undefined, catalogue: Catalogue = BUILT_IN_CATALOGUE): ProcurementTarget {
  const declared = targetPlatformOf(project);
  const inferred = inferTarget(project, cpuFamily, catalogue);
  if (!declared) return { ...inferred, source: 'inferred' };
  const target: ProcurementTarget = { source: 'project' };
  const cpuEntry = declared.cpu ? cpuEntryOf(declared.cpu, catalogue) : undefined;
  if (cpuEntry) {
    target.cpu = cpuEntry.id;
    if (cpuEntry.arches?.length === 1) target.cpuArch = cpuEntry.arches[0]!;
  } else if (inferred.cpuArch) target.cpuArch = inferred.cpuArch;
  const os = declared.os ? osEntriesOf(declared.os, catalogue) : {};
  if (os.server) target.os = os.server;
  else if (inferred.os && !declared.os) target.os = inferred.os;
  if (os.desktop) target.desktopOs = os.desktop;
  return target;
}

function cpuEntryOf(text: string, catalogue: Catalogue): CatalogueEntry | undefined {
  const lower = text.toLowerCase();
  if (archOfCpuFamily(lower)) return catalogue.entries.find((e) => e.id === `cpu.${lower}`);
  const cpus = catalogue.entries.filter((e) => e.category === 'cpu' && e.origin === 'domestic');
  return cpus.find((e) => e.aliases.some((alias) => alias.length >= 2 && lower.includes(alias.toLowerCase())));
}

function osEntriesOf(text: string, catalogue: Catalogue): { server?: string; desktop?: string } {
  const classifier = classifierFor(catalogue);
  const match = classifier.classify({ id: 'target-os', name: text, category: 'os', quantity: 1, product: text }).match;
  const entry = match ? classifier.entryById.get(match.entryId) : undefined;
  if (!entry || entry.category !== 'os' || entry.origin !== 'domestic') return {};
  if (entry.roleVariants) return { ...(entry.roleVariants.server ? { server: entry.roleVariants.server } : {}), ...(entry.roleVariants.desktop ? { desktop: entry.roleVariants.desktop } : {}) };
  // A desktop product names the desktop target; its server sibling (same vendor) the server one.
  if (entry.role === 'desktop') {
    const sibling = catalogue.entries.find((e) => e.category === 'os' && e.vendorId === entry.vendorId && e.role === 'server' && e.origin === 'domestic');
    return { desktop: entry.id, ...(sibling ? { server: sibling.id } : {}) };
  }
  const sibling = catalogue.entries.find((e) => e.category === 'os' && e.vendorId === entry.vendorId && e.role === 'desktop' && e.origin === 'domestic');
  return { server: entry.id, ...(sibling ? { desktop: sibling.id } : {}) };
}

/**
 * @param project the project (assets, dependencies, province, scenario timing)
 * @param plan the plan for the active scenario
 * @param options cost function, catalogue, rules, target platform, adaptation matrix, year filter
 * @returns the list, sorted by year, tender package, wave and asset id (items kept by exception last), with per-year and grand totals
 */
export function buildProcurementList(project: ProjectFile, plan: PlanResult, options: ProcurementOptions): ProcurementList {
  const catalogue = options.catalogue ?? BUILT_IN_CATALOGUE;
  const classifier = classifierFor(catalogue);
  const target = options.target ?? {};
  const rules = rulesForProvince(options.rules ?? PROVINCE_RULES, project.project.province);
  // Each rule by what it applies to (imports, custom development, servers and computers), once per treatment and category.
  const ruleIdsOf = memoByKey((key: string) => {
    const [treatment, category] = key.split('\u0001') as [ProcurementItem['treatment'], Category];
    return rules.filter((rule) => ruleAppliesTo(rule, { treatment, category })).map((rule) => rule.id);
  });
  const waveStart = waveStarts(project, plan);
  const { assets } = project;
  // Rows by id for the lookups below: the plan's own index when it lists these rows in order (no
  // id twice), else one built here (the last row of an id wins).
  const { placements: placed, aligned } = rowPlacements(plan, assets);
  const rowOf = aligned ? planIndex(plan) : lastRows(assets);
  const byId: AssetLookup = { get: (id) => { const row = rowOf.get(id); return row === undefined ? undefined : assets[row]; } };
  const bundles = bundleRows(plan, assets, rowOf, byId, aligned);
  const max = options.maxAlternatives ?? 4;
  const timing = tenderTimingOf(project);
  const matrix = options.adaptationMatrix ?? [];
  // One index of what runs on what, read by the x86 hosts and the databases' node counts.
  const carried = runsOnIndex(project);
  const needsX86 = rowMarks(hostsNeedingX86(project, carried, byId, classifier), assets, rowOf, aligned);
  const targetNames = {
    os: target.os ? classifier.entryById.get(target.os)?.family : undefined,
    cpu: target.cpu ? classifier.entryById.get(target.cpu)?.family : undefined,
  };
  const startYear = Number(project.project.startDate.slice(0, 4));
  // Estates repeat a few hundred products thousands of times: what depends only on the wave or on
  // the product (dates, alternatives) is worked out once per distinct value, not once per row.
  const purchaseByOf = memoByKey((start: string) => addMonths(start, -timing.leadMonths));
  const alternativesMemo = new Map<string, Alternative[]>();

  const nodesUnder = nodesUnderDatabases(carried, byId);
  const items: ProcurementItem[] = [];
  for (let row = 0; row < assets.length; row++) {
    const asset = assets[row]!;
    const placement = placed[row];
    const disposition = dispositionOf(asset);
    const classification = classifier.classify(asset);
    const origin = vendorOriginOf(asset, classifiedVendorOrigin(classification));
    const retainedImport = disposition === 'retain' && origin !== 'domestic';
    if (!retainedImport && (!placement || placement.wave < 1)) continue;
    const wave = retainedImport ? 0 : placement!.wave;
    const start = wave >= 1 ? waveStart(wave) : undefined;
    const year = start ? Number(start.slice(0, 4)) : startYear;
    if (options.year !== undefined && year !== options.year) continue;
    const entry = classification.match ? classifier.entryById.get(classification.match.entryId) : undefined;
    const role = assetRole(asset, entry);
    const purchaseBy = start ? purchaseByOf(start) : undefined;
    let alternatives: Alternative[] = [];
    if (!retainedImport) {
      const requiredArch = needsX86[row] === 1 ? 'x86-64' : undefined;
      const rewrite = needsRewrite(asset, entry);
      // alternativesFor reads the asset's category only; the rest is the entry, role and context.
      const key = `${asset.category}\u0001${entry?.id ?? ''}\u0001${role ?? ''}\u0001${requiredArch ?? ''}\u0001${rewrite ? 1 : 0}\u0001${purchaseBy ?? ''}`;
      let known = alternativesMemo.get(key);
      if (!known) {
        known = alternativesFor(asset, entry, role, classifier, { target, requiredArch, rewrite, purchaseBy }).slice(0, max);
        alternativesMemo.set(key, known);
      }
      // Items share the alternatives (read-only) of the same product in the same context.
      alternatives = known;
    }
    const flags: ProcurementFlag[] = [];
    let treatment: ProcurementItem['treatment'] = 'replace';
    if (retainedImport) {
      treatment = 'retain';
      flags.push('retained-import');
      if (asset.category === 'application') flags.push('import-justification');
    } else if (asset.category === 'application') {
      if (alternatives.length === 0) {
        if (origin === 'domestic' || entry?.origin === 'domestic' || disposition === 'adapt') treatment = 'adapt';
        // A foreign or unknown application that the hospital replaces (DESIGN.md: "a foreign
        // application → a domestic one") is a tender for a domestic system of its kind: the
        // catalogue lists platforms and some applications, not every hospital system, and domestic
        // call-centre, ECG, dialysis or energy systems exist where it names none. Nothing about it
        // is an import; one kept foreign is retained by exception (above). Before the tender, an
        // unknown developer's origin is worth checking: a domestic developer adapts the system,
        // unless its support ended before the wave (a developer gone out of business adapts nothing).
        else if (origin === 'unknown' && !supportEndedBy(asset, start ?? project.project.startDate)) flags.push('origin-unverified');
      }
    } else {
      if (entry?.importOnly) flags.push('import-only');
      else if (alternatives.length === 0) flags.push('no-substitute', 'import-only');
      else if (!alternatives.some((alt) => alt.compatible || alt.caveat === 'application-rewrite')) flags.push('incompatible');
      if (flags.includes('import-only')) treatment = 'import';
    }
    if (alternatives.some((alt) => alt.caveat === 'isa-change')) flags.push('isa-change');
    if (alternatives.some((alt) => alt.caveat === 'application-rewrite')) flags.push('application-rewrite');
    const recommended = recommendedAlternative(alternatives);
    // Unknown stays unknown (shown in the assessment column); a listing that lapses before the purchase is flagged.
    if (recommended?.listing?.status === 'expires') flags.push('assessment');
    let certification: ProcurementItem['certification'];
    if (treatment === 'adapt') {
      const suggestion = start ? laterOf(asset.readyFrom, addMonths(start, ADAPTATION_MONTHS)) : asset.readyFrom;
      certification = certificationOf(asset, targetNames, matrix, suggestion);
      if (certification?.status === 'not-certified') flags.push('not-certified');
    }
    const bundle = bundles[row];
    if (bundle && !retainedImport) flags.push('bundle');
    if (classification.openSource || entry?.origin === 'foreign-open-source') flags.push('open-source');
    if (!retainedImport && asset.category === 'database' && asset.quantity === 1 && (HA_WORDS.test(`${asset.name} ${asset.product ?? ''} ${asset.notes ?? ''}`) || (nodesUnder.get(asset.id) ?? 1) > 1)) flags.push('ha-nodes');
    const cost = retainedImport ? 0 : safeCost(options.costOf, asset, row);
    const item: ProcurementItem = {
      assetId: asset.id,
      assetName: asset.name,
      year,
      wave,
      category: asset.category,
      quantity: asset.quantity,
      origin,
      treatment,
      replaces: replacesOf(asset, entry),
      alternatives,
      unitCost: unitPriceOf(cost, asset.quantity),
      cost,
      flags,
      ruleIds: ruleIdsOf(`${treatment}\u0001${asset.category}`),
    };
    if (role) item.role = role;
    if (purchaseBy) {
      item.purchaseBy = purchaseBy;
      // The spend counts in its wave's year, as in the plan and the forecast, even when the tender
      // must close in the year before (a first-quarter wave); with 预算提前一年编报 the request is
      // made the year before that.
      item.budgetYear = year - (timing.yearBefore ? 1 : 0);
    }
    if (certification) item.certification = certification;
    if (bundle && !retainedImport) {
      item.bundleId = bundle.id;
      item.bundleName = bundle.name;
    }
    items.push(item);
  }
  const sorted = sortItems(items);
  return { items: sorted, years: summarise(items), total: totalOf(items), rules, target, tenderLeadMonths: timing.leadMonths };
}

/** What an item replaces (no object spreads: this runs once per row). */
function replacesOf(asset: Asset, entry: CatalogueEntry | undefined): ProcurementItem['replaces'] {
  const replaces: ProcurementItem['replaces'] = {};
  if (asset.vendor) replaces.vendor = asset.vendor;
  if (asset.product) replaces.product = asset.product;
  if (entry) {
    replaces.entryId = entry.id;
    replaces.family = entry.family;
  }
  return replaces;
}

/**
 * Items in the order a Chinese reader goes through a year: by year, then by tender package (in
 * `TENDER_PACKAGES` order: servers, terminals, network … imports, free substitutes; adaptation by
 * developer, each its own contract, and new business systems by system), then wave,
 * then asset id, rather than by the English category id (which put 网络设备 before 办公软件 and
 * 外设, and 安全软件 before 服务器). The retained exceptions (nothing bought) come after all purchases.
 */
function sortItems(items: readonly ProcurementItem[]): ProcurementItem[] {
  const waveKey = (wave: number) => (wave === 0 ? Number.MAX_SAFE_INTEGER : wave);
  // Year, package and wave read once per item into columns; the comparator reads the columns (at
  // 100,000 items, reading fields from the items in every comparison was most of the sort) and
  // the ids only to break ties.
  const n = items.length;
  const year = new Float64Array(n);
  const wave = new Float64Array(n);
  const pkg = new Int32Array(n);
  const lot = new Array<TenderLot>(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const tender = tenderPackageOf(item);
    year[i] = tender === undefined ? Number.MAX_SAFE_INTEGER : item.year;
    wave[i] = waveKey(item.wave);
    pkg[i] = tender === undefined ? TENDER_PACKAGES.length : PACKAGE_RANK.get(tender)!;
    lot[i] = tenderLotOf(item, tender);
    ids[i] = item.assetId;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => year[a]! - year[b]! || pkg[a]! - pkg[b]! || compareLots(lot[a]!, lot[b]!) || wave[a]! - wave[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return order.map((i) => items[i]!);
}

const PACKAGE_RANK = new Map(TENDER_PACKAGES.map((p, i) => [p, i]));

/** Months a developer needs to adapt and certify an application on a new stack, when nothing says otherwise (an estimate). */
const ADAPTATION_MONTHS = 6;

const laterOf = (a: string | undefined, b: string): string => (a && a > b ? a : b);

/** Whether the asset's vendor stopped supporting it before `date` (its `endOfSupport`). */
const supportEndedBy = (asset: Pick<Asset, 'endOfSupport'>, date: string): boolean => asset.endOfSupport !== undefined && asset.endOfSupport < date;

/**
 * The substitute an item recommends: the first that fits the target platform and the software on
 * it, else the first listed (the report and the view show the first two).
 * @param alternatives an item's alternatives, in the list's order
 */
export function recommendedAlternative(alternatives: readonly Alternative[]): Alternative | undefined {
  return alternatives.find((alt) => alt.compatible) ?? alternatives[0];
}

/**
 * The unit price a tender or budget form shows for a row: the row's amount (the plan's and the
 * forecast's yuan, never changed here) over its quantity, to the fen, so that 单价 × 数量 = 金额
 * checks out to the fen wherever the amount allows it (rounding to the yuan made 63 of the
 * tertiary sample's 305 rows fail). Where no price to the fen times the quantity gives the amount
 * (its price-book parts were each rounded to the yuan), `unitPriceRemainder` says by how much.
 * @param cost the row's amount in yuan
 * @param quantity its quantity
 * @returns yuan per unit, rounded to 0.01
 */
export function unitPriceOf(cost: number, quantity: number): number {
  return quantity > 0 ? Math.round((cost * 100) / quantity) / 100 : cost;
}

/**
 * What the row's amount differs from its unit price × quantity by, in yuan to the fen (0 when they
 * agree): the tables say it, so a reader's 单价×数量=金额 check is explained rather than failed.
 * @param item a list item
 */
export function unitPriceRemainder(item: Pick<ProcurementItem, 'cost' | 'unitCost' | 'quantity'>): number {
  return item.quantity > 0 ? (Math.round(item.cost * 100) - Math.round(item.unitCost * 100) * item.quantity) / 100 : 0;
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

function safeCost(costOf: ProcurementOptions['costOf'], asset: Asset, row: number): number {
  if (asset.unitCost !== undefined) return Math.round(asset.unitCost * asset.quantity);
  const cost = costOf(asset, row);
  return Number.isFinite(cost) && cost > 0 ? Math.round(cost) : 0;
}

function waveStarts(project: ProjectFile, plan: PlanResult): (wave: number) => string {
  const byIndex = new Map(plan.waves.map((wave) => [wave.index, wave.start]));
  const memo = new Map<number, string>();
  return (wave) => {
    let start = memo.get(wave);
    if (start === undefined) {
      const known = byIndex.get(wave);
      start = known && /^\d{4}-\d{2}-\d{2}$/.test(known) ? known : addMonths(project.project.startDate, (wave - 1) * project.project.waveMonths);
      memo.set(wave, start);
    }
    return start;
  };
}

/**
 * What each item moves with (planning rule 1): the cut-over unit, a system with its dedicated stack
 * or a shared platform with its parts, named by its head asset (the head itself is the system, not
 * bundled); then cycles of units, which the plan puts in one wave. Assets alone in their unit are not
 * bundled.
 */
type AssetLookup = { get: (id: string) => Asset | undefined };

/** 1 for each row whose id is in `ids`. */
function rowMarks(ids: ReadonlySet<string>, assets: readonly Asset[], rowOf: ReadonlyMap<string, number>, unique: boolean): Uint8Array {
  const marks = new Uint8Array(assets.length);
  if (ids.size === 0) return marks;
  if (unique) {
    for (const id of ids) {
      const row = rowOf.get(id);
      if (row !== undefined) marks[row] = 1;
    }
  } else {
    for (let row = 0; row < assets.length; row++) if (ids.has(assets[row]!.id)) marks[row] = 1;
  }
  return marks;
}

/** The last row of each asset id. */
function lastRows(assets: readonly Asset[]): Map<string, number> {
  const rows = new Map<string, number>();
  assets.forEach((asset, row) => rows.set(asset.id, row));
  return rows;
}

/**
 * What each row moves with, by row: the unit it belongs to (not its head), else the cycle bundle
 * (its head: the cycle's next system).
 * Every row of a repeated id reads the same bundle.
 */
function bundleRows(plan: PlanResult, assets: readonly Asset[], rowOf: ReadonlyMap<string, number>, byId: AssetLookup, unique: boolean): ({ id: string; name: string } | undefined)[] {
  const bundles = new Array<{ id: string; name: string } | undefined>(assets.length);
  const set = (id: string, bundle: { id: string; name: string }, keep: boolean): void => {
    const row = rowOf.get(id);
    if (row !== undefined && !(keep && bundles[row])) bundles[row] = bundle;
  };
  for (const unit of plan.units ?? []) {
    if (unit.assets.length < 2) continue;
    const bundle = { id: unit.id, name: byId.get(unit.id)?.name ?? unit.id };
    for (const id of unit.assets) if (id !== unit.id) set(id, bundle, false);
  }
  for (const cycle of plan.bundles) {
    const head = cycle.assets[0];
    if (head === undefined) continue;
    const bundle = { id: head, name: byId.get(head)?.name ?? head };
    // The head moves with the cycle's next system, not with itself.
    const partner = cycle.cycle.find((id) => id !== head);
    const headBundle = partner === undefined ? bundle : { id: partner, name: byId.get(partner)?.name ?? partner };
    for (const id of cycle.assets) set(id, id === head ? headBundle : bundle, true);
  }
  // Rows that share an id with a later row (an invalid file): the id's bundle, as the later row has it.
  if (!unique) for (let row = 0; row < assets.length; row++) {
    const last = rowOf.get(assets[row]!.id);
    if (last !== undefined && last !== row) bundles[row] = bundles[last];
  }
  return bundles;
}

type FitContext = { target: ProcurementTarget; requiredArch: CpuArch | undefined; rewrite: boolean; purchaseBy: string | undefined };

function alternativesFor(asset: Asset, entry: CatalogueEntry | undefined, role: ProductRole | undefined, classifier: Classifier, context: FitContext): Alternative[] {
  // A domestic developer's application on a foreign stack is adapted, not replaced by another product.
  if (asset.category === 'application' && entry?.origin === 'domestic') return [];
  const byId = (id: string) => classifier.entryById.get(id);
  const named = (entry?.substitutes ?? []).map(byId).filter((e): e is CatalogueEntry => e !== undefined);
  let candidates: CatalogueEntry[] = [];
  if (role) {
    // Role to role: the named substitutes that fill the role, then every domestic product that does.
    const fills = (e: CatalogueEntry) => entryRoles(e).includes(role);
    const all = classifier.catalogue.entries.filter((e) => e.origin === 'domestic' && fills(e) && !e.roleVariants);
    candidates = [...named.filter(fills), ...all.sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false))];
  }
  if (candidates.length === 0 && named.length > 0) {
    // Substitutes of the same kind as the asset (a PC matched by its CPU gets PCs, not CPUs).
    candidates = named.filter((e) => e.category === asset.category && (!role || entryRoles(e).length === 0 || entryRoles(e).includes(role)));
  }
  // Applications only get the catalogue's named substitutes or products of their role: any other application would be a guess.
  if (candidates.length === 0 && asset.category !== 'application' && !(role && ROLE_ONLY.has(role))) {
    const domestic = classifier.catalogue.entries.filter((e) => e.origin === 'domestic' && e.category === asset.category && !e.roleVariants && !e.fills);
    const sameKind = entry?.subtype ? domestic.filter((e) => e.subtype === entry.subtype) : domestic;
    const sameRole = entry?.role ? sameKind.filter((e) => !e.role || e.role === entry.role) : sameKind;
    candidates = [...sameRole].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
  }
  // A community edition is bought as one of its commercial distributions, from their suppliers.
  const expanded: CatalogueEntry[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const list = candidate.distributions?.length ? candidate.distributions.map(byId).filter((e): e is CatalogueEntry => e !== undefined) : [candidate];
    for (const e of list) {
      if (seen.has(e.id) || e.origin !== 'domestic') continue;
      seen.add(e.id);
      expanded.push(e);
    }
  }
  const alternatives = expanded.map((e): Alternative => {
    const vendor = classifier.vendorById.get(e.vendorId);
    const fit = fitOf(e, asset, context);
    // Generic lines sold by many OEMs name no supplier.
    const supplier = e.vendorId === GENERIC_OEM ? '' : (vendor?.zh ?? e.vendorId);
    const alt: Alternative = { entryId: e.id, vendor: supplier, product: e.family, compatible: fit.compatible };
    if (fit.target) alt.target = true;
    if (fit.caveat) alt.caveat = fit.caveat;
    if (e.assessment) alt.assessment = assessmentText(e.assessment);
    const listing = listingOf(e, context.purchaseBy);
    if (listing) alt.listing = listing;
    return alt;
  });
  // Stable: the target's own products first, then others that fit, then those that do not.
  const rank = (a: Alternative) => (a.compatible ? (a.target ? 0 : 1) : 2);
  return alternatives.map((alt, index) => ({ alt, index })).sort((a, b) => rank(a.alt) - rank(b.alt) || a.index - b.index).map(({ alt }) => alt);
}

const GENERIC_OEM = 'xc-oem';

/** Roles whose products the catalogue lists explicitly: no fallback to "any product of the category". */
const ROLE_ONLY: ReadonlySet<ProductRole> = new Set(['core-switch', 'wireless-ap', 'wlan-controller', 'adc', 'kiosk', 'handheld', 'thin-client', 'db-audit', 'db-firewall', 'waf', 'ngfw']);

/** `安全可靠 I级 2025年第3号（V11）`. */
export function assessmentText(assessment: NonNullable<CatalogueEntry['assessment']>): string {
  return `安全可靠${assessment.level ? ` ${assessment.level}级` : ''} ${assessment.notice}${assessment.version ? `（${assessment.version}）` : ''}`;
}

/** 测评 status of a product at the purchase date; only OS, database and CPU products are assessed. */
function listingOf(entry: CatalogueEntry, purchaseBy: string | undefined): Listing | undefined {
  if (!['os', 'database', 'cpu'].includes(entry.category)) return undefined;
  const a = entry.assessment;
  if (!a) return { status: 'unknown' };
  const expires = a.validUntil !== undefined && purchaseBy !== undefined && a.validUntil < purchaseBy;
  return { status: expires ? 'expires' : 'listed', notice: a.notice, ...(a.version ? { version: a.version } : {}), ...(a.validUntil ? { validUntil: a.validUntil } : {}) };
}

function fitOf(entry: CatalogueEntry, asset: Asset, context: FitContext): { compatible: boolean; target: boolean; caveat?: Alternative['caveat'] } {
  const { target, requiredArch, rewrite } = context;
  if (rewrite) return { compatible: false, target: false, caveat: 'application-rewrite' };
  if (requiredArch && entry.arches && !entry.arches.includes(requiredArch)) return { compatible: false, target: false, caveat: 'isa-change' };
  if (target.cpuArch && entry.arches && !entry.arches.includes(target.cpuArch)) return { compatible: false, target: false, caveat: 'platform' };
  if (target.os && entry.platforms && entry.category !== 'os' && !entry.platforms.includes(target.os)) return { compatible: false, target: false, caveat: 'platform' };
  let isTarget = false;
  if (entry.category === 'os') isTarget = entry.id === target.os || entry.id === target.desktopOs;
  else if (target.cpuArch && entry.arches && (asset.category === 'server' || asset.category === 'terminal' || entry.category === 'cpu')) isTarget = entry.arches.includes(target.cpuArch);
  return { compatible: true, target: isTarget };
}

/** A database swap away from Caché/IRIS (MUMPS globals) is an application rewrite, not a drop-in. */
function needsRewrite(asset: Asset, entry: CatalogueEntry | undefined): boolean {
  if (asset.category !== 'database') return false;
  if (entry?.id === 'database.cache') return true;
  return /cach[eé]|intersystems|\biris\b|mumps/i.test(`${asset.product ?? ''} ${asset.name} ${asset.vendor ?? ''}`);
}

/** What runs on each asset: platform id → the ids of the rows with a `runs-on` edge to it. */
function runsOnIndex(project: ProjectFile): Map<string, string[]> {
  const carried = new Map<string, string[]>();
  for (const dep of project.dependencies) {
    if (dep.kind !== 'runs-on') continue;
    const list = carried.get(dep.to);
    if (list) list.push(dep.from);
    else carried.set(dep.to, [dep.from]);
  }
  return carried;
}

/** Names that say a database runs on several nodes (SQL Server Always On, Oracle RAC, 主从, 双机热备…). */
const HA_WORDS = /always\s*on|\brac\b|集群|主从|主备|双机|多节点|高可用|cluster|\bha\b|镜像/i;

/**
 * The most nodes a database runs on: the largest quantity among the OS and server rows it runs on
 * directly (a 2-node HIS database is one database row on an OS row of two).
 */
function nodesUnderDatabases(carried: ReadonlyMap<string, readonly string[]>, byId: AssetLookup): Map<string, number> {
  const nodes = new Map<string, number>();
  for (const [platformId, above] of carried) {
    const platform = byId.get(platformId);
    if (platform?.category !== 'os' && platform?.category !== 'server') continue;
    for (const id of above) if (byId.get(id)?.category === 'database') nodes.set(id, Math.max(nodes.get(id) ?? 1, platform.quantity));
  }
  return nodes;
}

/**
 * Servers and virtualization hosts that carry x86-only software (Windows, directly or in VMs,
 * through `runs-on` up to three levels): a substitute on another instruction set would need that
 * software rebuilt or replaced first.
 */
function hostsNeedingX86(project: ProjectFile, carried: ReadonlyMap<string, readonly string[]>, byId: AssetLookup, classifier: Classifier): Set<string> {
  const windows = new Map<Asset, boolean>();
  const isWindows = (asset: Asset): boolean => {
    let known = windows.get(asset);
    if (known === undefined) {
      known = readsAsWindows(asset);
      windows.set(asset, known);
    }
    return known;
  };
  const readsAsWindows = (asset: Asset): boolean => {
    if (/windows|win\s?(7|10|11|20\d\d)|\.net framework/i.test(`${asset.os ?? ''} ${asset.category === 'os' ? `${asset.product ?? ''} ${asset.name}` : ''}`)) return true;
    if (asset.category !== 'os') return false;
    const id = classifier.classify(asset).match?.entryId ?? '';
    return id.startsWith('os.windows');
  };
  const result = new Set<string>();
  for (const asset of project.assets) {
    if (asset.category !== 'server' && asset.category !== 'virtualization') continue;
    let frontier = carried.get(asset.id) ?? [];
    for (let depth = 0; depth < 3 && frontier.length > 0 && !result.has(asset.id); depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        const above = byId.get(id);
        if (!above) continue;
        if (isWindows(above)) {
          result.add(asset.id);
          break;
        }
        next.push(...(carried.get(id) ?? []));
      }
      frontier = next;
    }
  }
  return result;
}
