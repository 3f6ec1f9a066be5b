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
  const events: PlanEvent[] = [];
  const cutoverDate = new Array<string>(U).fill('');
  for (let u = 0; u < U; u++) {
    const w = unitWave[u]!;
    if (w <= 0 || units.kind[u] === UNIT_SHARED) continue;
    const date = cutoverDateOf(context, u, w);
    cutoverDate[u] = date;
    if (units.core[u] === 1) {
      const until = addMonths(date, scenario.dualTrackMonths);
      events.push({ kind: 'cutover', unit: headId(u), wave: w, date, dualTrackUntil: until, rollbackBy: until });
      if (units.kind[u] === UNIT_SYSTEM) events.push({ kind: 'retire', unit: headId(u), wave: waveOfDate(meta, until), date: until });
    } else {
      events.push({ kind: 'cutover', unit: headId(u), wave: w, date });
    }
  }
  const firstTenant: (string | undefined)[] = new Array<string | undefined>(U);
  const planUnits: PlanUnit[] = [];
  for (let u = 0; u < U; u++) {
    const assets: string[] = [];
    for (let i = units.memberOffsets[u]!; i < units.memberOffsets[u + 1]!; i++) assets.push(graph.ids[units.members[i]!]!);
    const unit: PlanUnit = { id: headId(u), kind: KIND_NAMES[units.kind[u]!]!, assets, tier: TIERS[units.tier[u]!]!, core: units.core[u] === 1, wave: unitWave[u]! };
    if (units.kind[u] === UNIT_SHARED) {
      const tenants: number[] = [];
      for (let k = units.tenants.offsets[u]!; k < units.tenants.offsets[u + 1]!; k++) tenants.push(units.tenants.targets[k]!);
      tenants.sort((a, b) => (unitWave[a]! > 0 ? unitWave[a]! : 1e9) - (unitWave[b]! > 0 ? unitWave[b]! : 1e9) || (headId(a) < headId(b) ? -1 : 1));
      unit.tenants = tenants.map(headId);
      firstTenant[u] = tenants.length > 0 ? headId(tenants[0]!) : undefined;
      if (unitWave[u]! > 0) {
        events.push({ kind: 'build', unit: unit.id, wave: unitWave[u]!, date: calendar.starts[unitWave[u]!]! });
        if (tenants.every((t) => unitWave[t]! > 0)) {
          const last = tenants.reduce((max, t) => (cutoverDate[t]! > max ? cutoverDate[t]! : max), '');
          const date = addMonths(last, scenario.dualTrackMonths);
          events.push({ kind: 'retire', unit: unit.id, wave: waveOfDate(meta, date), date });
        }
      }
    }
    planUnits.push(unit);
  }
  planUnits.sort((a, b) => (a.wave > 0 ? a.wave : 1e9) - (b.wave > 0 ? b.wave : 1e9) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  events.sort((a, b) => a.wave - b.wave || EVENT_ORDER[a.kind] - EVENT_ORDER[b.kind] || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { planUnits, events, unitWave, firstTenant };
}
