/**
 * How a plan goes from the analysis worker to the page without a graph of 200,000 objects.
 *
 * The page deserialises every answer on its own thread, one object and one property key at a
 * time. At 100,000 assets a plan holds 100,000 placements (64,000 distinct objects), 44,000 units
 * with their asset lists, 55,000 events and every wave's asset list: deserialising them froze the
 * page for about half a second after every analysis. Packed, the same plan travels as typed
 * arrays (transferred, not copied), its reasons once each and its few distinct dates once each,
 * and every asset or unit id as its position in `assetIds` (which travels once); the page rebuilds
 * the objects in plain loops.
 *
 * An id that is not in `assetIds` (a plan read from a file may name one) travels as a string, so
 * the round trip is exact for any plan (tests compare it field by field).
 */
import { TIERS } from '../../shared/model';
import type { Tier } from '../../shared/model';
import type { Placement, PlacementReason, PlanEvent, PlanResult, PlanUnit, Wave } from '../../shared/planner';
import { planIndex, REASON_CODES, UNIT_KINDS } from '../../shared/planner';

/** The fields of a reason, placement, unit and event that this codec does not write: none, or the compiler stops below. */
type Unpacked = [
  Exclude<keyof PlacementReason, 'code' | 'detail' | 'blockedBy'>,
  Exclude<keyof Placement, 'wave' | 'reason' | 'tier' | 'unit' | 'cutoverMonth'>,
  Exclude<keyof PlanUnit, 'id' | 'kind' | 'assets' | 'tier' | 'core' | 'wave' | 'tenants'>,
  Exclude<keyof PlanEvent, 'kind' | 'unit' | 'wave' | 'date' | 'dualTrackUntil' | 'rollbackBy'>,
];
const _everyFieldPacked: Unpacked extends [never, never, never, never] ? true : never = true;

const EVENT_KINDS = ['build', 'cutover', 'retire'] as const satisfies readonly PlanEvent['kind'][];
const NO_TIER = 255;

/** Ids as numbers: i >= 0 is `assetIds[i]`, -1 none, -2 - k the k-th string of the table. */
type Codes = Int32Array;

type PackedWave = Omit<Wave, 'assets' | 'units'> & { assets: Codes; units?: Codes };

export type PackedPlan = Omit<PlanResult, 'placements' | 'units' | 'events' | 'waves'> & {
  packed: true;
  /** Strings other than asset ids (dates, months, ids not in `assetIds`), each once. */
  strings: string[];
  /** Each row's placement (`row`, an index into the distinct placements), and the distinct placements by column. */
  placements: { row: Int32Array; wave: Int32Array; reason: Int32Array; tier: Uint8Array; unit: Codes; month: Codes };
  /** The distinct reasons (tens of thousands at 100,000 assets), by column. */
  reasons: { code: Uint8Array; detail: string[]; blockedBy: Codes };
  units: { id: Codes; kind: Uint8Array; tier: Uint8Array; core: Uint8Array; wave: Int32Array; assetOffsets: Int32Array; assets: Codes; tenantOffsets: Int32Array; tenants: Codes; hasTenants: Uint8Array };
  events: { kind: Uint8Array; unit: Codes; wave: Int32Array; date: Codes; until: Codes; rollback: Codes };
  waves: PackedWave[];
};

/** Distinct values by a key, each once, with their positions (the string tables of the packed answers). */
export class Table<T> {
  readonly values: T[] = [];
  private readonly at = new Map<unknown, number>();

  add(value: T, key: unknown = value): number {
    let k = this.at.get(key);
    if (k === undefined) {
      k = this.values.push(value) - 1;
      this.at.set(key, k);
    }
    return k;
  }
}

class Encoder {
  private readonly index: ReadonlyMap<string, number>;
  private readonly table = new Table<string>();

  constructor(plan: PlanResult) {
    this.index = planIndex(plan);
  }

  /** An id (an asset id where it can be) as a number. */
  id(value: string | undefined): number {
    if (value === undefined) return -1;
    const at = this.index.get(value);
    return at !== undefined ? at : this.text(value);
  }

  /** A string through the table, as a number (-1 none). */
  text(value: string | undefined): number {
    return value === undefined ? -1 : -2 - this.table.add(value);
  }

  ids(values: readonly string[]): Codes {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = this.id(values[i]);
    return out;
  }

  strings(): string[] {
    return this.table.values;
  }
}

/**
 * Packs a plan for postMessage.
 * @param plan a plan (the planner's, or one read from a file)
 * @returns the packed plan and the buffers to transfer with it
 */
export function packPlan(plan: PlanResult): { packed: PackedPlan; transfer: ArrayBuffer[] } {
  const code = new Encoder(plan);
  // The distinct placements (the planner shares one among the assets of a stack, and among the
  // assets kept for the same reason), and each row's.
  const n = plan.placements.length;
  const row = new Int32Array(n);
  const placementAt = new Map<Placement, number>();
  const distinctPlacements: Placement[] = [];
  let last: Placement | undefined;
  for (let i = 0; i < n; i++) {
    const p = plan.placements[i]!;
    if (p === last) {
      row[i] = row[i - 1]!;
      continue;
    }
    last = p;
    let k = placementAt.get(p);
    if (k === undefined) {
      k = distinctPlacements.push(p) - 1;
      placementAt.set(p, k);
    }
    row[i] = k;
  }
  const P = distinctPlacements.length;
  const placements: PackedPlan['placements'] = { row, wave: new Int32Array(P), reason: new Int32Array(P), tier: new Uint8Array(P), unit: new Int32Array(P), month: new Int32Array(P) };
  const reasonAt = new Map<PlacementReason, number>();
  const distinct: PlacementReason[] = [];
  for (let k = 0; k < P; k++) {
    const p = distinctPlacements[k]!;
    placements.wave[k] = p.wave;
    let r = reasonAt.get(p.reason);
    if (r === undefined) {
      r = distinct.push(p.reason) - 1;
      reasonAt.set(p.reason, r);
    }
    placements.reason[k] = r;
    placements.tier[k] = p.tier === undefined ? NO_TIER : TIERS.indexOf(p.tier);
    placements.unit[k] = code.id(p.unit);
    placements.month[k] = code.text(p.cutoverMonth);
  }

  const reasons: PackedPlan['reasons'] = { code: new Uint8Array(distinct.length), detail: new Array<string>(distinct.length), blockedBy: new Int32Array(distinct.length) };
  distinct.forEach((reason, r) => {
    reasons.code[r] = REASON_CODES.indexOf(reason.code);
    reasons.detail[r] = reason.detail;
    reasons.blockedBy[r] = code.id(reason.blockedBy);
  });

  const U = plan.units.length;
  const units: PackedPlan['units'] = {
    id: new Int32Array(U),
    kind: new Uint8Array(U),
    tier: new Uint8Array(U),
    core: new Uint8Array(U),
    wave: new Int32Array(U),
    assetOffsets: new Int32Array(U + 1),
    assets: new Int32Array(0),
    tenantOffsets: new Int32Array(U + 1),
    tenants: new Int32Array(0),
    hasTenants: new Uint8Array(U),
  };
  for (let u = 0; u < U; u++) {
    const unit = plan.units[u]!;
    units.assetOffsets[u + 1] = units.assetOffsets[u]! + unit.assets.length;
    units.tenantOffsets[u + 1] = units.tenantOffsets[u]! + (unit.tenants?.length ?? 0);
  }
  units.assets = new Int32Array(units.assetOffsets[U]!);
  units.tenants = new Int32Array(units.tenantOffsets[U]!);
  for (let u = 0; u < U; u++) {
    const unit = plan.units[u]!;
    units.id[u] = code.id(unit.id);
    units.kind[u] = UNIT_KINDS.indexOf(unit.kind);
    units.tier[u] = TIERS.indexOf(unit.tier);
    units.core[u] = unit.core ? 1 : 0;
    units.wave[u] = unit.wave;
    let at = units.assetOffsets[u]!;
    for (const id of unit.assets) units.assets[at++] = code.id(id);
    if (unit.tenants) {
      units.hasTenants[u] = 1;
      at = units.tenantOffsets[u]!;
      for (const id of unit.tenants) units.tenants[at++] = code.id(id);
    }
  }

  const E = plan.events.length;
  const events: PackedPlan['events'] = { kind: new Uint8Array(E), unit: new Int32Array(E), wave: new Int32Array(E), date: new Int32Array(E), until: new Int32Array(E), rollback: new Int32Array(E) };
  for (let e = 0; e < E; e++) {
    const event = plan.events[e]!;
    events.kind[e] = EVENT_KINDS.indexOf(event.kind);
    events.unit[e] = code.id(event.unit);
    events.wave[e] = event.wave;
    events.date[e] = code.text(event.date);
    events.until[e] = code.text(event.dualTrackUntil);
    events.rollback[e] = code.text(event.rollbackBy);
  }

  // Each wave keeps its fields in their order; its asset and unit lists become codes.
  const waves = plan.waves.map((wave): PackedWave => {
    const out = { ...wave, assets: code.ids(wave.assets) } as PackedWave;
    if (wave.units) out.units = code.ids(wave.units);
    return out;
  });

  // The plan's own fields in their order, the four packed ones in their places.
  const packed: PackedPlan = { ...plan, placements, units, events, waves, packed: true, strings: code.strings(), reasons };
  const transfer = [
    ...Object.values(placements),
    reasons.code,
    reasons.blockedBy,
    ...Object.values(units),
    ...Object.values(events),
    ...waves.flatMap((w) => (w.units ? [w.assets, w.units] : [w.assets])),
  ].map((array) => array.buffer as ArrayBuffer);
  return { packed, transfer };
}

/**
 * The plan a `packPlan` was made from (a copy, as postMessage gives).
 * @param packed what `packPlan` returned, after postMessage
 */
export function unpackPlan(packed: PackedPlan): PlanResult {
  const { assetIds, strings } = packed;
  const id = (code: number): string | undefined => (code >= 0 ? assetIds[code] : code === -1 ? undefined : strings[-2 - code]);
  const ids = (codes: Codes, from = 0, to = codes.length): string[] => {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(id(codes[i]!)!);
    return out;
  };

  // The distinct reasons once each, shared by their placements.
  const { code, detail, blockedBy } = packed.reasons;
  const reasons: PlacementReason[] = [];
  for (let r = 0; r < code.length; r++) {
    const reason: PlacementReason = { code: REASON_CODES[code[r]!]!, detail: detail[r]! };
    const by = id(blockedBy[r]!);
    if (by !== undefined) reason.blockedBy = by;
    reasons.push(reason);
  }
  // The distinct placements once each, shared by their rows as the worker's were.
  const p = packed.placements;
  const distinctPlacements: Placement[] = [];
  for (let k = 0; k < p.wave.length; k++) {
    const placement: Placement = { wave: p.wave[k]!, reason: reasons[p.reason[k]!]! };
    if (p.tier[k] !== NO_TIER) placement.tier = TIERS[p.tier[k]!];
    const unit = id(p.unit[k]!);
    if (unit !== undefined) placement.unit = unit;
    const month = id(p.month[k]!);
    if (month !== undefined) placement.cutoverMonth = month;
    distinctPlacements.push(placement);
  }
  const placements: Placement[] = [];
  for (let i = 0; i < p.row.length; i++) placements.push(distinctPlacements[p.row[i]!]!);

  const u = packed.units;
  const units: PlanUnit[] = [];
  for (let k = 0; k < u.id.length; k++) {
    const unit: PlanUnit = { id: id(u.id[k]!)!, kind: UNIT_KINDS[u.kind[k]!]!, assets: ids(u.assets, u.assetOffsets[k], u.assetOffsets[k + 1]), tier: TIERS[u.tier[k]!] as Tier, core: u.core[k] === 1, wave: u.wave[k]! };
    if (u.hasTenants[k] === 1) unit.tenants = ids(u.tenants, u.tenantOffsets[k], u.tenantOffsets[k + 1]);
    units.push(unit);
  }

  const ev = packed.events;
  const events: PlanEvent[] = [];
  for (let e = 0; e < ev.kind.length; e++) {
    const event: PlanEvent = { kind: EVENT_KINDS[ev.kind[e]!]!, unit: id(ev.unit[e]!)!, wave: ev.wave[e]!, date: id(ev.date[e]!)! };
    const until = id(ev.until[e]!);
    if (until !== undefined) event.dualTrackUntil = until;
    const rollback = id(ev.rollback[e]!);
    if (rollback !== undefined) event.rollbackBy = rollback;
    events.push(event);
  }

  const waves = packed.waves.map((wave): Wave => {
    const out = { ...wave, assets: ids(wave.assets) } as Wave;
    if (wave.units) out.units = ids(wave.units);
    return out;
  });

  const plan: Record<string, unknown> = { ...packed, waves, placements, units, events };
  delete plan.packed;
  delete plan.strings;
  delete plan.reasons;
  return plan as PlanResult;
}
