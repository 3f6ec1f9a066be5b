/**
 * Impact analysis and explanations for one asset: what depends on it (transitively), what must
 * precede it, what it waits for in the plan and what waits for it, and its wave's share of
 * capacity and budget. Also `findBundles`, used by `xcplan validate` to warn about cycles.
 */
import type { Asset, Dependency, ProjectFile, Tier } from '../model';
import { TIERS } from '../model';
import { buildAssetGraph, cycleThrough, impactIds, reverseCsr, stronglyConnectedComponents } from '../graph';
import type { AssetGraph, Csr, Impact, ImpactIndex } from '../graph';
import type { PlanContext } from './context';
import { relationText } from './messages';
import { buildPrecedence, computeEffectiveTiers } from './precedence';
import type { Bundle, Placement, PlanResult } from './types';
import { placementOf } from './placements';

/** A project's graph and precedence prepared once for repeated impact queries. */
export type ProjectImpactIndex = ImpactIndex & { graph: AssetGraph };

/**
 * Builds the index over every asset of the project (status and origin do not matter here).
 * @param project assets and dependencies
 */
export function buildImpactIndex(project: Pick<ProjectFile, 'assets' | 'dependencies'>): ProjectImpactIndex {
  const graph = buildAssetGraph(project.assets, project.dependencies);
  const assets = nodeAssets(graph, project.assets);
  const { rank } = computeEffectiveTiers(graph, assets);
  return indexOver(graph, assets, rank);
}

function indexOver(graph: AssetGraph, assets: readonly Asset[], rank: Uint8Array, cat?: Uint8Array): ProjectImpactIndex {
  const precedence = buildPrecedence(graph, assets, rank, undefined, cat);
  return { graph, precedes: precedence.csr, precededBy: reverseCsr(precedence.csr) };
}

/** What explaining the assets of one plan needs beyond its context, built on the first explanation. */
type Explaining = { waitsFor: Csr; impact: ProjectImpactIndex };
const explaining = new WeakMap<PlanContext, Explaining>();

/**
 * The reverse of the planner's precedence, and the impact index over every asset made from the
 * context's own graph and tiers (what `buildImpactIndex` of the project gives, without interning
 * the ids again): kept per context, so each further explanation walks only.
 */
function explainingOf(context: PlanContext): Explaining {
  let found = explaining.get(context);
  if (!found) {
    found = { waitsFor: reverseCsr(context.precedence.csr), impact: indexOver(context.graph, context.assets, context.tiers.rank, context.cat) };
    explaining.set(context, found);
  }
  return found;
}

/**
 * What depends on an asset and what must precede and follow it (shared/graph's walks).
 * @param source the project, or an index built once with `buildImpactIndex`
 * @param assetId the asset
 * @returns undefined when the id is not in the project
 */
export function analyseImpact(source: Pick<ProjectFile, 'assets' | 'dependencies'> | ProjectImpactIndex, assetId: string): Impact<string> | undefined {
  return impactIds('precedes' in source ? source : buildImpactIndex(source), assetId);
}

/**
 * Cycles of the precedence graph over all assets, each a bundle that must migrate together, with
 * one cycle through it for the report.
 * @param assets the project's assets
 * @param dependencies the project's dependencies
 */
export function findBundles(assets: readonly Asset[], dependencies: readonly Dependency[]): Bundle[] {
  const graph = buildAssetGraph(assets, dependencies);
  const byNode = nodeAssets(graph, assets);
  const { rank } = computeEffectiveTiers(graph, byNode);
  const precedence = buildPrecedence(graph, byNode, rank);
  const comps = stronglyConnectedComponents(precedence.csr);
  const bundles: Bundle[] = [];
  for (let c = comps.count - 1; c >= 0; c--) {
    const from = comps.memberOffsets[c]!;
    const to = comps.memberOffsets[c + 1]!;
    if (to - from < 2) continue;
    const members: string[] = [];
    for (let k = from; k < to; k++) members.push(graph.ids[comps.members[k]!]!);
    const cycle = cycleThrough(precedence.csr, comps.component, comps.members[from]!).map((w) => graph.ids[w]!);
    bundles.push({ assets: members, cycle });
  }
  return bundles;
}

export type Neighbour = { id: string; relation: string; wave: number };

export type AssetInsight = {
  id: string;
  placement: Placement | undefined;
  tier: Tier;
  /** The asset whose declared tier this one inherits (`runs-on`), when not its own. */
  tierFrom?: string;
  /** Direct prerequisites among planned assets, with their waves. */
  waitsFor: Neighbour[];
  /** Planned assets that directly wait for it. */
  waitedBy: Neighbour[];
  /**
   * Over every asset of the project (status and origin aside, as `analyseImpact`): how many must go
   * no later than it (`prerequisites`) and how many depend on it (`dependents`).
   */
  transitive: { before: number; after: number };
  /** The asset's own effort and cost, and its wave's totals against the limits. */
  effort: number;
  cost: number;
  /** The wave's effort against its capacity, its cost, and its budget year's spend against the budget. */
  share?: { waveEffort: number; capacity: number; waveCost: number; budgetYear: number; yearCost: number; budget?: number };
};

/**
 * Explains one asset of a plan for the planning view.
 * @param context from `planWithContext`
 * @param plan the plan of that context
 * @param assetId the selected asset
 */
export function assetInsight(context: PlanContext, plan: PlanResult, assetId: string): AssetInsight | undefined {
  const v = context.graph.indexOf.get(assetId);
  if (v === undefined) return undefined;
  const { precedence, graph, tiers, lang } = context;
  const waveOf = (w: number): number => placementOf(plan, graph.ids[w]!)?.wave ?? -1;
  const neighbours = (csr: Csr, ends: Int32Array): Neighbour[] => {
    const out: Neighbour[] = [];
    for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e++) {
      const edge = csr.data[e]!;
      const w = ends[edge]!;
      out.push({ id: graph.ids[w]!, relation: relationText(lang, precedence.rel[edge]!), wave: waveOf(w) });
    }
    return out;
  };
  const placement = placementOf(plan, assetId);
  const wave = placement && placement.wave > 0 ? plan.waves[placement.wave - 1] : undefined;
  const source = tiers.source[v]!;
  const { waitsFor, impact } = explainingOf(context);
  const reach = impactIds(impact, assetId);
  const insight: AssetInsight = {
    id: assetId,
    placement,
    tier: TIERS[tiers.rank[v]!]!,
    waitsFor: neighbours(waitsFor, precedence.pred),
    waitedBy: neighbours(precedence.csr, precedence.succ),
    transitive: { before: reach?.prerequisites.length ?? 0, after: reach?.dependents.length ?? 0 },
    effort: context.effort[v]!,
    cost: context.cost[v]!,
  };
  if (source >= 0 && source !== v) insight.tierFrom = graph.ids[source]!;
  if (wave) {
    const year = wave.budgetYear ?? Number(wave.start.slice(0, 4));
    const yearCost = plan.waves.filter((w) => (w.budgetYear ?? Number(w.start.slice(0, 4))) === year).reduce((sum, w) => sum + w.cost, 0);
    insight.share = { waveEffort: wave.effort, capacity: context.scenario.capacityPerWave, waveCost: wave.cost, budgetYear: year, yearCost };
    if (context.scenario.budgetPerYear !== undefined) insight.share.budget = context.scenario.budgetPerYear;
  }
  return insight;
}

function nodeAssets(graph: AssetGraph, assets: readonly Asset[]): Asset[] {
  const out = new Array<Asset>(graph.ids.length);
  for (let v = 0; v < out.length; v++) out[v] = assets[graph.firstRow[v]!]!;
  return out;
}
