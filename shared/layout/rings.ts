/**
 * Deterministic concentric-ring layout of the estate (DESIGN.md "Principles": a force simulation
 * costs ~20 ms a tick at 5,000 nodes, so nodes are placed, not simulated). Core systems sit in the
 * centre and the edge outside, one band per effective tier; inside a band nodes are ordered by
 * system group, then site, then id, so an application and its platform stack sit side by side and
 * the same estate always gives the same picture. A crowded band wraps onto further tracks.
 * A short arc at 12 o'clock stays empty on every track outside the core (whose title sits in the
 * centre): the ring titles are written there.
 * Linear in nodes after one sort.
 */
import { TIERS } from '../model';
import type { Tier } from '../model';

export type RingNodeInput = {
  id: string;
  tier: Tier;
  /** System the node belongs to (its application, see `assignSystemGroups`). */
  group: string;
  site?: string;
  quantity: number;
};

export type RingBand = {
  tier: Tier;
  /** Radius of the band's innermost and outermost track. */
  inner: number;
  outer: number;
  count: number;
};

export type RingLayout = {
  /** Positions and radii, in the order of the input nodes. */
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  /** Bands from the centre out (core first). */
  bands: RingBand[];
  /** Radius of the whole drawing (outer edge of the outer band plus the largest node). */
  extent: number;
};

export type RingLayoutOptions = {
  /** Radius of the innermost track. */
  innerRadius?: number;
  /** Space between two neighbouring nodes along a track. */
  gap?: number;
  /** Distance between tracks inside a band. */
  trackGap?: number;
  /** Extra distance between bands. */
  bandGap?: number;
  /** Length of the arc kept free at 12 o'clock on every track outside the core band (for the ring titles); at most a sixth of the track. */
  titleArc?: number;
};

const DEFAULTS: Required<RingLayoutOptions> = { innerRadius: 60, gap: 4, trackGap: 22, bandGap: 46, titleArc: 120 };

/**
 * The angle kept free at 12 o'clock on a track of this radius.
 * @param radius track radius
 * @param titleArc arc length to keep free
 */
export function titleSectorAngle(radius: number, titleArc: number = DEFAULTS.titleArc): number {
  return radius > 0 ? Math.min(Math.PI / 3, Math.max(0, titleArc) / radius) : 0;
}

/**
 * Node radius from the number of units a row stands for: log-scaled so 300 workstations read as
 * "many" without swallowing their ring.
 * @param quantity units (≥ 0)
 * @returns radius in layout units, 3..12
 */
export function nodeRadius(quantity: number): number {
  const q = Number.isFinite(quantity) && quantity > 0 ? quantity : 1;
  return Math.min(12, 3 + 1.5 * Math.log2(q));
}

/**
 * Places every node on its tier's band.
 * @param nodes the nodes, any order (output arrays follow it)
 * @param options spacing
 * @returns positions, radii and the bands for drawing ring guides
 */
export function layoutRings(nodes: readonly RingNodeInput[], options: RingLayoutOptions = {}): RingLayout {
  const o = { ...DEFAULTS, ...options };
  const n = nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i += 1) r[i] = nodeRadius(nodes[i]!.quantity);

  const byTier: number[][] = TIERS.map(() => []);
  nodes.forEach((node, i) => byTier[Math.max(0, TIERS.indexOf(node.tier))]!.push(i));

  const bands: RingBand[] = [];
  let radius = o.innerRadius;
  let maxR = 0;
  // Core (last tier) in the centre, the edge outside.
  for (let t = TIERS.length - 1; t >= 0; t -= 1) {
    const members = byTier[t]!;
    members.sort((a, b) => compareNodes(nodes[a]!, nodes[b]!));
    const inner = radius;
    let bandMaxR = 0;
    for (const i of members) bandMaxR = Math.max(bandMaxR, r[i]!);
    // Tracks far enough apart that the largest nodes of two neighbouring tracks never touch.
    const step = Math.max(o.trackGap, 2 * bandMaxR + o.gap);
    let cursor = 0;
    while (cursor < members.length) {
      // Fill one track: as many nodes as its circumference (less the title sector) holds at their actual widths.
      const sector = t === TIERS.length - 1 ? 0 : titleSectorAngle(radius, o.titleArc);
      const circumference = (2 * Math.PI - sector) * radius;
      let width = 0;
      let end = cursor;
      while (end < members.length) {
        const w = 2 * r[members[end]!]! + o.gap;
        if (end > cursor && width + w > circumference) break;
        width += w;
        end += 1;
      }
      // Spread the track's nodes evenly by their widths, clockwise from the end of the title sector.
      let along = 0;
      const scale = circumference / Math.max(width, 1e-9);
      for (let k = cursor; k < end; k += 1) {
        const i = members[k]!;
        const w = 2 * r[i]! + o.gap;
        const angle = -Math.PI / 2 + sector / 2 + ((along + w / 2) * scale) / radius;
        x[i] = radius * Math.cos(angle);
        y[i] = radius * Math.sin(angle);
        maxR = Math.max(maxR, r[i]!);
        along += w;
      }
      cursor = end;
      if (cursor < members.length) radius += step;
    }
    bands.push({ tier: TIERS[t]!, inner, outer: radius, count: members.length });
    radius += o.bandGap + bandMaxR;
  }
  const outer = bands.length > 0 ? bands[bands.length - 1]!.outer : o.innerRadius;
  return { x, y, r, bands, extent: outer + maxR + o.gap };
}

function compareNodes(a: RingNodeInput, b: RingNodeInput): number {
  return cmp(a.group, b.group) || cmp(a.site ?? '', b.site ?? '') || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
