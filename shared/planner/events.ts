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
import type { PlanEvent, PlanResult, PlanUnit, UnitKind } from './types';
import { UNIT_SHARED, UNIT_SYSTEM, unitWaves } from './units';

const KIND_NAMES: UnitKind[] = ['system', 'shared-platform', 'standalone'];
const EVENT_ORDER = { build: 0, cutover: 1, retire: 2 } as const;

/**
 * Cut-over date of a unit placed in wave w: a system's weekend night (the Saturday; a core one
 * outside the core freezes too), any other unit's first open day.
 */
export function cutoverDateOf(context: PlanContext, u: number, w: number): string {
  const { calendar, units } = context;
  return (units.core[u] === 1 ? calendar.cutoverDate[w] : units.kind[u] === UNIT_SYSTEM ? calendar.systemDate[w] || calendar.changeDate[w] : calendar.changeDate[w]) || calendar.starts[w]!;
}

export function buildUnitsAndEvents(context: PlanContext): {
  planUnits: PlanUnit[];
  events: PlanEvent[];
  unitWave: Int32Array;
  /** Each shared platform's tenants (units) in the order its PlanUnit lists them, at `units.tenants.offsets`. */
  tenantOrder: Int32Array;
} {
  const { units, schedule: s, graph, calendar, scenario, meta } = context;
  const U = units.count;
  const unitWave = unitWaves(units, s);
  let lastWave = 0;
  for (let u = 0; u < U; u++) if (unitWave[u]! > lastWave) lastWave = unitWave[u]!;
  const headId = (u: number): string => graph.ids[units.head[u]!]!;
  const { idRank } = units;
  const byIdRank = new Int32Array(U);
  for (let u = 0; u < U; u++) byIdRank[idRank[u]!] = u;
  // Units by wave (unscheduled last), then id: a counting sort over the units in id order.
  const waveKey = (u: number): number => (unitWave[u]! > 0 ? unitWave[u]! : lastWave + 1);
  const byWave = countingSort(byIdRank, lastWave + 2, waveKey);

  // At most two events per unit (cut-over and retirement, or build and retirement).
  const events = new Array<PlanEvent>(2 * U);
  const eventUnit = new Int32Array(2 * U);
  let E = 0;
  const addEvent = (event: PlanEvent, u: number): void => {
    events[E] = event;
    eventUnit[E++] = u;
  };
  // A core cut-over's dual-track end and the wave it falls in depend on its wave only.
  const untilOf = new Array<string | undefined>(lastWave + 1);
  const untilWave = new Int32Array(lastWave + 1);
  for (let u = 0; u < U; u++) {
    const w = unitWave[u]!;
    if (w <= 0 || units.kind[u] === UNIT_SHARED) continue;
    const date = cutoverDateOf(context, u, w);
    if (units.core[u] === 1) {
      let until = untilOf[w];
      if (until === undefined) {
        until = addMonths(date, scenario.dualTrackMonths);
        untilOf[w] = until;
        untilWave[w] = waveOfDate(meta, until);
      }
      addEvent({ kind: 'cutover', unit: headId(u), wave: w, date, dualTrackUntil: until, rollbackBy: until }, u);
      if (units.kind[u] === UNIT_SYSTEM) addEvent({ kind: 'retire', unit: headId(u), wave: untilWave[w]!, date: until }, u);
    } else {
      addEvent({ kind: 'cutover', unit: headId(u), wave: w, date }, u);
    }
  }
  // Each shared platform's tenants by wave (unscheduled last), then id: the units in that order,
  // each appended to the lists of the platforms it runs on.
  const { offsets: pOffsets, targets: pTargets } = units.platforms;
  const tOffsets = units.tenants.offsets;
  const tenantsOf = new Int32Array(units.tenants.targets.length);
  const fill = tOffsets.slice(0, U);
  for (let i = 0; i < U; i++) {
    const t = byWave[i]!;
    for (let j = pOffsets[t]!; j < pOffsets[t + 1]!; j++) tenantsOf[fill[pTargets[j]!]!++] = t;
  }
  const retireOf = new Map<string, { date: string; wave: number }>();
  // Units by wave (unscheduled last), tier, id: one stable counting sort of the units in id order
  // by wave and tier together (linear, exact at any size), then each unit is made in its place.
  // The events do not depend on this order: they are sorted below by their unit's id, and a unit's
  // own events are added together.
  const unitOrder = countingSort(byIdRank, (lastWave + 2) * 4, (u) => waveKey(u) * 4 + units.tier[u]!);
  const orderedUnits = new Array<PlanUnit>(U);
  for (let place = 0; place < U; place++) {
    const u = unitOrder[place]!;
    const from = units.memberOffsets[u]!;
    const assets = new Array<string>(units.memberOffsets[u + 1]! - from);
    for (let i = from; i < units.memberOffsets[u + 1]!; i++) assets[i - from] = graph.ids[units.members[i]!]!;
    const id = headId(u);
    const kind = KIND_NAMES[units.kind[u]!]!;
    const tier = TIERS[units.tier[u]!]!;
    const core = units.core[u] === 1;
    if (units.kind[u] !== UNIT_SHARED) {
      orderedUnits[place] = { id, kind, assets, tier, core, wave: unitWave[u]! };
    } else {
      const first = tOffsets[u]!;
      const end = tOffsets[u + 1]!;
      const tenants = new Array<string>(end - first);
      let allPlaced = true;
      let last = '';
      for (let k = first; k < end; k++) {
        const t = tenantsOf[k]!;
        tenants[k - first] = headId(t);
        const w = unitWave[t]!;
        if (w <= 0) allPlaced = false;
        else {
          // A tenant is a system or a standalone unit, never a platform: it has a cut-over date.
          const date = cutoverDateOf(context, t, w);
          if (date > last) last = date;
        }
      }
      // The tenants are in the literal, not added after (a second hidden class and a property store per platform).
      const unit: PlanUnit = { id, kind, assets, tier, core, wave: unitWave[u]!, tenants };
      orderedUnits[place] = unit;
      if (unitWave[u]! > 0) {
        addEvent({ kind: 'build', unit: unit.id, wave: unitWave[u]!, date: calendar.starts[unitWave[u]!]! }, u);
        if (allPlaced) {
          let retire = retireOf.get(last);
          if (!retire) {
            const date = addMonths(last, scenario.dualTrackMonths);
            retire = { date, wave: waveOfDate(meta, date) };
            retireOf.set(last, retire);
          }
          addEvent({ kind: 'retire', unit: unit.id, wave: retire.wave, date: retire.date }, u);
        }
      }
    }
  }
  // Events by wave, kind, date, unit id: stable counting sorts as for the units.
  const dates = new Map<string, number>();
  for (let i = 0; i < E; i++) dates.set(events[i]!.date, 0);
  [...dates.keys()].sort().forEach((date, i) => dates.set(date, i));
  const kindKey = new Int32Array(E);
  const dateKey = new Int32Array(E);
  let minKind = 0;
  let maxKind = 0;
  for (let i = 0; i < E; i++) {
    kindKey[i] = events[i]!.wave * 3 + EVENT_ORDER[events[i]!.kind];
    dateKey[i] = dates.get(events[i]!.date)!;
    if (i === 0 || kindKey[i]! < minKind) minKind = kindKey[i]!;
    if (i === 0 || kindKey[i]! > maxKind) maxKind = kindKey[i]!;
  }
  // Events in unit id order (a unit's own events in the order they were added), then by date, then by wave and kind.
  const eventOffsets = new Int32Array(U + 1);
  for (let i = 0; i < E; i++) eventOffsets[idRank[eventUnit[i]!]! + 1]!++;
  for (let r = 0; r < U; r++) eventOffsets[r + 1]! += eventOffsets[r]!;
  const byUnitId = new Int32Array(E);
  const next = eventOffsets.slice(0, U);
  for (let i = 0; i < E; i++) byUnitId[next[idRank[eventUnit[i]!]!]!++] = i;
  const byDate = countingSort(byUnitId, Math.max(1, dates.size), (i) => dateKey[i]!);
  const eventOrder = countingSort(byDate, maxKind - minKind + 1, (i) => kindKey[i]! - minKind);
  const orderedEvents = new Array<PlanEvent>(E);
  for (let i = 0; i < E; i++) orderedEvents[i] = events[eventOrder[i]!]!;
  return { planUnits: orderedUnits, events: orderedEvents, unitWave, tenantOrder: tenantsOf };
}

/**
 * Stable counting sort of `items` by a small integer key in 0..range-1.
 * @param items the items in their current order
 * @param range one more than the largest key
 * @param key the key of an item
 */
function countingSort(items: Int32Array, range: number, key: (item: number) => number): Int32Array {
  const offsets = new Int32Array(range + 1);
  for (let i = 0; i < items.length; i++) offsets[key(items[i]!) + 1]!++;
  for (let k = 0; k < range; k++) offsets[k + 1]! += offsets[k]!;
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[offsets[key(items[i]!)]!++] = items[i]!;
  return out;
}

/**
 * The retirements that fall after the plan's last wave: the old systems and platforms that go when
 * the last core cut-overs' dual track ends. `xcplan plan` and the plan view list them.
 * @param plan a planner result
 */
export function retirementsAfterPlan(plan: Pick<PlanResult, 'waves' | 'events'>): PlanEvent[] {
  const lastWave = plan.waves.at(-1)?.index ?? 0;
  return plan.events.filter((e) => e.kind === 'retire' && e.wave > lastWave);
}
