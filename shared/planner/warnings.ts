/**
 * The plan's warnings, produced here only (the views and the report read them): pins that could
 * not be honoured or break a limit, support ending before the wave, the edge → core order broken
 * (`phase-order`), the core gate (`core-gate`, `retained-on-core-path`), terminals switching before
 * a core system's domestic client is known (`client-not-ready`) and security built after what it
 * protects (`security-late`), a unit bigger than a wave taking one alone (`over-capacity`), systems
 * planned as office systems because they have no tier (`no-tier`). Each code lists at most MAX_PER_CODE warnings, then one summary, so
 * a hostile estate cannot blow the plan up.
 */
import { isRetained } from '../model';
import { KIND_PROTECTS } from '../graph';
import type { PlanContext } from './context';
import { coreReach } from './coreGate';
import { text } from './messages';
import { subject } from './messages';
import type { Subject } from './messages';
import type { Placement, PlanWarning, PlanWarningCode, Wave } from './types';
import { R_PINNED } from './schedule';
import { UNIT_SHARED, UNIT_SYSTEM } from './units';
import { CAT } from './codes';

const MAX_PER_CODE = 100;

export function planWarnings(context: PlanContext, placements: readonly Placement[], waves: readonly Wave[], unitWave: Int32Array): PlanWarning[] {
  const { lang, graph, assets, units, calendar, scenario, active } = context;
  // Each code keeps its first MAX_PER_CODE warnings; the rest are only counted (never formatted).
  const out: PlanWarning[] = [];
  const seen = new Map<PlanWarningCode, number>();
  const want = (code: PlanWarningCode): boolean => {
    const count = (seen.get(code) ?? 0) + 1;
    seen.set(code, count);
    return count <= MAX_PER_CODE;
  };
  for (const w of context.warnings) if (want(w.code)) out.push(w);
  const headId = (u: number): string => graph.ids[units.head[u]!]!;
  // The asset a warning is about, as a reader knows it (its name, then its id); lists of examples
  // stay ids (short, and each is a link in the plan view).
  const named = (v: number): Subject => ({ id: graph.ids[v]!, name: assets[v]!.name });
  const headName = (u: number): Subject => named(units.head[u]!);
  // A list of examples as a reader knows them (name and id), the first `max` of them; the rest are only counted.
  const examplesOf = (ids: readonly string[], max = 6): string[] => ids.map((id, k) => (k < max ? subject(lang, named(graph.indexOf.get(id)!)) : id));
  const waveOf = (v: number): number => {
    const u = units.unitOf[v]!;
    return u < 0 ? 0 : unitWave[u]!;
  };
  // The category codes the loops below compare with, read once.
  const { cat } = context;
  const APP = CAT.application;
  const TERMINAL = CAT.terminal;

  // Pins.
  for (let u = 0; u < units.count; u++) {
    const pinned = context.pin[u]!;
    if (pinned > 0 && unitWave[u] !== pinned) {
      const id = headId(u);
      if (want('pin-broken')) out.push({ code: 'pin-broken', assets: [id], wave: pinned, detail: text.pinBroken(lang, headName(u), pinned, unitWave[u]!, placements[units.head[u]!]?.reason.detail ?? '') });
    }
  }
  // Systems without a tier are planned as office systems (the edge): one warning naming some.
  let untiered = 0;
  const examples: string[] = [];
  const exampleIds: string[] = [];
  for (let v = 0; v < assets.length; v++) {
    if (active[v] === 0 || cat[v] !== APP || assets[v]!.tier) continue;
    untiered++;
    if (examples.length < 8) {
      examples.push(assets[v]!.name || graph.ids[v]!);
      exampleIds.push(graph.ids[v]!);
    }
  }
  if (untiered > 0 && want('no-tier')) out.push({ code: 'no-tier', assets: exampleIds, detail: text.noTier(lang, untiered, examples) });
  // Support ending before the wave.
  let expired = 0;
  const planStart = calendar.starts[1]!;
  const planEnd = calendar.ends[calendar.count]!;
  for (let v = 0; v < assets.length; v++) {
    const w = waveOf(v);
    // The wave first: an asset not planned is not read, except a foreign asset kept by exception
    // (it has no wave, and its support still runs out).
    if (w <= 0) {
      if (units.unitOf[v]! >= 0) continue;
      const asset = assets[v]!;
      const end = asset.endOfSupport;
      if (end && end <= planEnd && isRetained(asset) && asset.vendorOrigin !== 'domestic' && want('past-end-of-support')) {
        out.push({ code: 'past-end-of-support', assets: [graph.ids[v]!], detail: text.retainedSupport(lang, named(v), end, end < planStart) });
      }
      continue;
    }
    const end = assets[v]!.endOfSupport;
    if (!end || end >= calendar.starts[w]!) continue;
    if (end < planStart) expired++;
    else if (want('past-end-of-support')) out.push({ code: 'past-end-of-support', assets: [graph.ids[v]!], wave: w, detail: text.pastSupport(lang, named(v), end, w) });
  }
  if (expired > 0 && want('past-end-of-support')) out.push({ code: 'past-end-of-support', assets: [], detail: text.expired(lang, expired, planStart) });
  // Units bigger than a wave, each alone in its wave (their wave is over capacity by design).
  const s = context.schedule;
  const alone = new Uint8Array(waves.length + 1);
  for (let i = 0; i < s.placedCount; i++) {
    const c = s.placedOrder[i]!;
    const need = s.effort[c]! + s.buildEffort[c]!;
    if (need <= scenario.capacityPerWave + 1e-6 || s.reason[c] === R_PINNED) continue;
    const w = s.wave[c]!;
    alone[w] = 1;
    const u = s.comps.members[s.comps.memberOffsets[c]!]!;
    if (want('over-capacity')) out.push({ code: 'over-capacity', assets: [headId(u)], wave: w, detail: text.overCapacity(lang, headName(u), need, scenario.capacityPerWave, w) });
  }
  // Waves over a limit (only pins can do that).
  const budget = scenario.budgetPerYear;
  const spentByYear = new Map<number, number>();
  for (const w of waves) spentByYear.set(w.budgetYear!, (spentByYear.get(w.budgetYear!) ?? 0) + w.cost);
  for (const w of waves) {
    const over: string[] = [];
    if (w.effort > scenario.capacityPerWave + 1e-6 && alone[w.index] === 0) over.push(text.limitName(lang, 'capacity'));
    if ((w.coreCutovers ?? 0) > scenario.maxCoreCutoversPerWave) over.push(text.limitName(lang, 'core-limit'));
    if (budget !== undefined && (spentByYear.get(w.budgetYear!) ?? 0) > budget + 1e-6) over.push(text.limitName(lang, 'budget'));
    if (over.length > 0 && want('pin-over-limit')) out.push({ code: 'pin-over-limit', assets: [], wave: w.index, detail: text.pinOverLimit(lang, w.index, over.join(lang === 'zh' ? '、' : ', ')) });
  }
  // Edge → core: a system before the last system of a lower tier (beyond the allowed overlap).
  const lastWave = [0, 0, 0, 0];
  const lastUnit = [-1, -1, -1, -1];
  for (let u = 0; u < units.count; u++) {
    const w = unitWave[u]!;
    if (units.kind[u] !== UNIT_SYSTEM || w <= 0) continue;
    const t = units.tier[u]!;
    if (w > lastWave[t]! || (w === lastWave[t] && units.idRank[u]! < units.idRank[lastUnit[t]!]!)) {
      lastWave[t] = w;
      lastUnit[t] = u;
    }
  }
  for (let u = 0; u < units.count; u++) {
    const w = unitWave[u]!;
    if (units.kind[u] !== UNIT_SYSTEM || w <= 0) continue;
    let worst = -1;
    for (let t = 0; t < units.tier[u]!; t++) if (lastUnit[t]! >= 0 && (worst < 0 || lastWave[t]! > lastWave[units.tier[worst]!]!)) worst = lastUnit[t]!;
    if (worst >= 0 && w < unitWave[worst]! - scenario.phaseOverlapWaves) {
      if (want('phase-order')) out.push({ code: 'phase-order', assets: [headId(u), headId(worst)], wave: w, detail: text.phaseOrder(lang, headName(u), w, headName(worst), unitWave[worst]!) });
    }
  }
  // The core gate, from each placed core system in wave order.
  const roots: number[] = [];
  for (let u = 0; u < units.count; u++) if (units.kind[u] === UNIT_SYSTEM && units.core[u] === 1 && unitWave[u]! > 0) roots.push(u);
  roots.sort((a, b) => unitWave[a]! - unitWave[b]! || units.idRank[a]! - units.idRank[b]!);
  if (roots.length > 0) {
    const label = coreReach(graph, assets, roots.map((u) => units.head[u]!), context.cat);
    const late = new Map<number, string[]>();
    const kept = new Map<number, string[]>();
    for (let v = 0; v < assets.length; v++) {
      const r = label[v]!;
      if (r < 0 || r === v) continue;
      const root = units.unitOf[r]!;
      const u = units.unitOf[v]!;
      if (u === root) continue;
      if (u < 0) {
        if (isRetained(assets[v]!) && assets[v]!.vendorOrigin !== 'domestic') push(kept, root, graph.ids[v]!);
        continue;
      }
      if (units.core[u] === 1 || units.kind[u] === UNIT_SHARED) continue;
      if (unitWave[u]! <= 0 || unitWave[u]! > unitWave[root]!) push(late, root, graph.ids[v]!);
    }
    for (const root of roots) {
      const ids = late.get(root);
      if (ids && want('core-gate')) out.push({ code: 'core-gate', assets: [headId(root), ...ids.slice(0, 50)], wave: unitWave[root]!, detail: text.coreGate(lang, headName(root), unitWave[root]!, examplesOf(ids)) });
      const retained = kept.get(root);
      if (retained && want('retained-on-core-path')) out.push({ code: 'retained-on-core-path', assets: [headId(root), ...retained.slice(0, 50)], wave: unitWave[root]!, detail: text.retainedOnPath(lang, headName(root), examplesOf(retained)) });
    }
  }
  // Terminals that must switch before a core system whose domestic client date is unknown.
  for (const root of roots) {
    const v = units.head[root]!;
    if (assets[v]!.clientReadyFrom) continue;
    const early: string[] = [];
    const inn = graph.dependedOnBy;
    for (let e = inn.offsets[v]!; e < inn.offsets[v + 1]!; e++) {
      const t = inn.targets[e]!;
      if (cat[t] !== TERMINAL || active[t] === 0) continue;
      const w = waveOf(t);
      if (w > 0 && w < unitWave[root]!) early.push(graph.ids[t]!);
    }
    if (early.length > 0 && want('client-not-ready')) out.push({ code: 'client-not-ready', assets: [headId(root), ...early.slice(0, 50)], wave: unitWave[root]!, detail: text.clientNotReady(lang, headName(root), early.length, examplesOf(early, 4)) });
  }
  // Security built with what it protects: per security product, the first protected asset to go
  // domestic (ties: the first dependency), from one pass over the dependencies.
  const firstProtected = new Int32Array(assets.length).fill(-1);
  const firstProtectedWave = new Int32Array(assets.length);
  const { m, edgeKind, edgeFrom, edgeTo } = graph;
  for (let e = 0; e < m; e++) {
    if (edgeKind[e] !== KIND_PROTECTS) continue;
    const v = edgeFrom[e]!;
    if (active[v] === 0) continue;
    const x = edgeTo[e]!;
    const w = waveOf(x);
    if (w > 0 && (firstProtectedWave[v] === 0 || w < firstProtectedWave[v]!)) {
      firstProtectedWave[v] = w;
      firstProtected[v] = x;
    }
  }
  for (let v = 0; v < assets.length; v++) {
    const first = firstProtected[v]!;
    if (first < 0) continue;
    const firstWave = firstProtectedWave[v]!;
    const mine = waveOf(v);
    if (mine <= 0 || mine > firstWave) {
      if (want('security-late')) out.push({ code: 'security-late', assets: [graph.ids[v]!, graph.ids[first]!], wave: mine, detail: text.securityLate(lang, named(v), mine, named(first), firstWave) });
    }
  }
  for (const [code, count] of seen) if (count > MAX_PER_CODE) out.push({ code: 'truncated', assets: [], detail: text.truncated(lang, code, count - MAX_PER_CODE) });
  return out;
}

function push(map: Map<number, string[]>, key: number, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
