/**
 * The plan's units and events (DESIGN.md planning rules 1, 2 and 7): each unit's wave, the cut-over
 * of each system and standalone unit on the first day its wave allows (outside the freeze windows
 * of its scope), the dual-track period and rollback deadline of each core cut-over, and the build
 * and retirement of each shared platform (built with its first tenant, retired after its last
 * tenant's cut-over plus the dual-track period).
 */
import { TIERS } from '../model';
import { addMonths, waveOfDate } from './calendar';
import type { PlanContext } from './context';
import type { PlanEvent, PlanUnit, UnitKind } from './types';
import { UNIT_SHARED, UNIT_SYSTEM } from './units';

const KIND_NAMES: UnitKind[] = ['system', 'shared-platform', 'standalone'];
const EVENT_ORDER = { build: 0, cutover: 1, retire: 2 } as const;

/** Cut-over date of a unit placed in wave w. */
export function cutoverDateOf(context: PlanContext, u: number, w: number): string {
  const { calendar, units } = context;
  return (units.core[u] === 1 ? calendar.cutoverDate[w] : calendar.changeDate[w]) || calendar.starts[w]!;
}

export function buildUnitsAndEvents(context: PlanContext): {
  planUnits: PlanUnit[];
  events: PlanEvent[];
  unitWave: Int32Array;
  firstTenant: (string | undefined)[];
} {
  const { units, schedule: s, graph, calendar, scenario, meta } = context;
  const U = units.count;
  const unitWave = new Int32Array(U);
  for (let u = 0; u < U; u++) {
    const w = units.kind[u] === UNIT_SHARED ? s.built[u]! : s.wave[s.comps.component[u]!]!;
    unitWave[u] = w > 0 ? w : -1;
  }
  const headId = (u: number): string => graph.ids[units.head[u]!]!;
  const { idRank } = units;

  const events: PlanEvent[] = [];
  const eventUnit: number[] = [];
  const addEvent = (event: PlanEvent, u: number): void => {
    events.push(event);
    eventUnit.push(u);
  };
  const cutoverDate = new Array<string>(U).fill('');
  for (let u = 0; u < U; u++) {
    const w = unitWave[u]!;
    if (w <= 0 || units.kind[u] === UNIT_SHARED) continue;
    const date = cutoverDateOf(context, u, w);
    cutoverDate[u] = date;
    if (units.core[u] === 1) {
      const until = addMonths(date, scenario.dualTrackMonths);
      addEvent({ kind: 'cutover', unit: headId(u), wave: w, date, dualTrackUntil: until, rollbackBy: until }, u);
      if (units.kind[u] === UNIT_SYSTEM) addEvent({ kind: 'retire', unit: headId(u), wave: waveOfDate(meta, until), date: until }, u);
    } else {
      addEvent({ kind: 'cutover', unit: headId(u), wave: w, date }, u);
    }
  }
  const firstTenant: (string | undefined)[] = new Array<string | undefined>(U);
  const planUnits = new Array<PlanUnit>(U);
  for (let u = 0; u < U; u++) {
    const assets = new Array<string>(units.memberOffsets[u + 1]! - units.memberOffsets[u]!);
    for (let i = units.memberOffsets[u]!; i < units.memberOffsets[u + 1]!; i++) assets[i - units.memberOffsets[u]!] = graph.ids[units.members[i]!]!;
    const unit: PlanUnit = { id: headId(u), kind: KIND_NAMES[units.kind[u]!]!, assets, tier: TIERS[units.tier[u]!]!, core: units.core[u] === 1, wave: unitWave[u]! };
    if (units.kind[u] === UNIT_SHARED) {
      const tenants: number[] = [];
      for (let k = units.tenants.offsets[u]!; k < units.tenants.offsets[u + 1]!; k++) tenants.push(units.tenants.targets[k]!);
      tenants.sort((a, b) => (unitWave[a]! > 0 ? unitWave[a]! : 1e9) - (unitWave[b]! > 0 ? unitWave[b]! : 1e9) || idRank[a]! - idRank[b]!);
      unit.tenants = tenants.map(headId);
      firstTenant[u] = tenants.length > 0 ? headId(tenants[0]!) : undefined;
      if (unitWave[u]! > 0) {
        addEvent({ kind: 'build', unit: unit.id, wave: unitWave[u]!, date: calendar.starts[unitWave[u]!]! }, u);
        if (tenants.every((t) => unitWave[t]! > 0)) {
          const last = tenants.reduce((max, t) => (cutoverDate[t]! > max ? cutoverDate[t]! : max), '');
          const date = addMonths(last, scenario.dualTrackMonths);
          addEvent({ kind: 'retire', unit: unit.id, wave: waveOfDate(meta, date), date }, u);
        }
      }
    }
    planUnits[u] = unit;
  }
  // Units by wave (unscheduled last), tier, id; events by wave, kind, date, unit id. Each as one
  // exact numeric key (the id rank last, which makes it unique) sorted natively, decoded through
  // the id rank; a comparator only if an estate were too large for exact keys.
  const byIdRank = new Int32Array(U);
  for (let u = 0; u < U; u++) byIdRank[idRank[u]!] = u;
  let lastWave = 0;
  for (let u = 0; u < U; u++) lastWave = Math.max(lastWave, unitWave[u]!);
  const waveKey = (u: number): number => (unitWave[u]! > 0 ? unitWave[u]! : lastWave + 1);
  let unitOrder: ArrayLike<number>;
  if ((lastWave + 2) * 4 * U < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(U);
    for (let u = 0; u < U; u++) keys[u] = (waveKey(u) * 4 + units.tier[u]!) * U + idRank[u]!;
    keys.sort();
    unitOrder = Int32Array.from(keys, (key) => byIdRank[key % U]!);
  } else {
    unitOrder = Array.from({ length: U }, (_, u) => u).sort((a, b) => waveKey(a) - waveKey(b) || units.tier[a]! - units.tier[b]! || idRank[a]! - idRank[b]!);
  }
  const E = events.length;
  const kindKey = new Int32Array(E);
  const dateKey = new Int32Array(E);
  const dates = new Map<string, number>();
  for (let i = 0; i < E; i++) if (!dates.has(events[i]!.date)) dates.set(events[i]!.date, 0);
  [...dates.keys()].sort().forEach((date, i) => dates.set(date, i));
  let minKind = 0;
  let maxKind = 0;
  for (let i = 0; i < E; i++) {
    kindKey[i] = events[i]!.wave * 3 + EVENT_ORDER[events[i]!.kind];
    dateKey[i] = dates.get(events[i]!.date)!;
    minKind = Math.min(minKind, kindKey[i]!);
    maxKind = Math.max(maxKind, kindKey[i]!);
  }
  let eventOrder: ArrayLike<number>;
  const D = Math.max(1, dates.size);
  if (minKind >= 0 && (maxKind + 1) * D * U < Number.MAX_SAFE_INTEGER) {
    // A unit has at most one event of each kind.
    const eventOf = new Int32Array(U * 3);
    const keys = new Float64Array(E);
    for (let i = 0; i < E; i++) {
      eventOf[eventUnit[i]! * 3 + (kindKey[i]! % 3)] = i;
      keys[i] = (kindKey[i]! * D + dateKey[i]!) * U + idRank[eventUnit[i]!]!;
    }
    keys.sort();
    eventOrder = Int32Array.from(keys, (key) => {
      const rank = key % U;
      const kindAndDate = (key - rank) / U;
      const kind = ((kindAndDate - (kindAndDate % D)) / D) % 3;
      return eventOf[byIdRank[rank]! * 3 + kind]!;
    });
  } else {
    eventOrder = Array.from({ length: E }, (_, i) => i).sort((a, b) => kindKey[a]! - kindKey[b]! || dateKey[a]! - dateKey[b]! || idRank[eventUnit[a]!]! - idRank[eventUnit[b]!]!);
  }
  return { planUnits: Array.from(unitOrder, (u) => planUnits[u]!), events: Array.from(eventOrder, (i) => events[i]!), unitWave, firstTenant };
}
