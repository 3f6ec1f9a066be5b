/**
 * Canvas drawing of the scene. One pass per style (a single path per edge kind and per fill
 * colour), culled to the visible rectangle, circles below ~1.5 px drawn as squares and labels only
 * where they can be read, so 5,000 nodes and 20,000 edges stay interactive.
 */
import type { Transform } from '../../../shared/layout';
import { circleInRect, clipSegment, segmentMayBeVisible, visibleWorldRect } from '../../../shared/layout';
import { DEPENDENCY_KINDS } from '../../../shared/model';
import type { Tier } from '../../../shared/model';
import { EDGE, FILL_ORDER, HIGHLIGHT, RING, ROLE } from './scene';
import type { Scene } from './scene';

export type DrawOptions = {
  width: number;
  height: number;
  transform: Transform;
  /** Device pixel ratio of the canvas backing store. */
  dpr: number;
  /** Band labels per tier (localised). */
  tierLabels: Record<Tier, string>;
  /** Node being connected from (connect mode), or -1. */
  connectFrom: number;
  /** Node under the pointer, or -1. */
  hover: number;
};

const DASH: Record<string, number[]> = { 'runs-on': [], 'connects-to': [2, 3], 'integrates-with': [6, 4], protects: [1, 2] };
const MAX_LABELS = 250;
/**
 * Screen length (pixels) of one dashed edge kind above which it is drawn solid: about 200,000
 * dashes. The sample hospitals stay far below it (under 80,000 px at the fitted zoom); a 5,000-asset
 * estate's client links exceed it until zoomed in about four times, a 25,000-asset estate's all do.
 */
const DASH_BUDGET_PX = 1_000_000;

/** Draws one frame: the picture, then what goes over it. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  drawBase(ctx, scene, o);
  drawOverlay(ctx, scene, o);
}

/**
 * The picture without the pointer's marks and the text: background, ring guides, edges, nodes and
 * their status and selection rings. It depends only on the scene and the zoom, so the canvas keeps
 * it in a bitmap and a pan only moves that bitmap (GraphCanvas).
 */
export function drawBase(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  const { bands } = scene.model.layout;
  const { k, tx, ty } = o.transform;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  ctx.fillStyle = '#fbfcfd';
  ctx.fillRect(0, 0, o.width, o.height);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  const view = visibleWorldRect(o.transform, o.width, o.height, 20);
  const px = 1 / k; // one screen pixel in world units

  // Ring guides and tier labels.
  ctx.lineWidth = px;
  for (const band of bands) {
    if (band.count === 0) continue;
    ctx.strokeStyle = '#e3e7ed';
    ctx.beginPath();
    ctx.arc(0, 0, (band.inner + band.outer) / 2, 0, 2 * Math.PI);
    ctx.stroke();
  }
  drawEdges(ctx, scene, view, px);
  drawNodes(ctx, scene, view, px);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/**
 * What goes over the picture, drawn on every frame: the connect-mode and hover marks, node labels
 * and the ring titles (text stays at its screen size and placement whatever was panned).
 */
export function drawOverlay(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  const { k, tx, ty } = o.transform;
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  const view = visibleWorldRect(o.transform, o.width, o.height, 20);
  const px = 1 / k;
  if (o.connectFrom >= 0) strokeNode(ctx, scene, view, px, o.connectFrom, '#111827', 2.5, [4, 3], 4);
  if (o.hover >= 0) strokeNode(ctx, scene, view, px, o.hover, '#111827', 1.5, [], 2);
  // Tier names sit at 12 o'clock in the empty annulus just inside each band, where the layout keeps
  // a sector free of nodes; node labels give way to them (their screen boxes are reserved first).
  const titles = ringTitles(ctx, scene, o);
  drawLabels(ctx, scene, view, px, k, o, titles);
  ctx.font = `600 ${TITLE_FONT_PX * px}px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 4 * px;
  ctx.strokeStyle = 'rgba(251,252,253,0.95)';
  ctx.fillStyle = '#5b6577';
  for (const title of titles) {
    ctx.strokeText(title.text, title.wx, title.wy);
    ctx.fillText(title.text, title.wx, title.wy);
  }
  ctx.textBaseline = 'alphabetic';
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
const TITLE_FONT_PX = 12;

/** A ring title: its text, its world position and the screen box node labels must leave free. */
export type RingTitle = { text: string; wx: number; wy: number; box: { x0: number; y0: number; x1: number; y1: number } };

/** Where each non-empty band's title goes (world) and the screen box it covers. */
export function ringTitles(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): RingTitle[] {
  const { k, tx, ty } = o.transform;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.font = `600 ${TITLE_FONT_PX}px ${FONT_FAMILY}`;
  const titles: RingTitle[] = [];
  scene.model.layout.bands.forEach((band, b) => {
    if (band.count === 0) return;
    const text = o.tierLabels[band.tier];
    const wy = b === 0 ? 0 : -(band.inner - 22);
    const width = ctx.measureText(text).width;
    const sx = tx;
    const sy = wy * k + ty;
    titles.push({ text, wx: 0, wy, box: { x0: sx - width / 2 - 4, x1: sx + width / 2 + 4, y0: sy - TITLE_FONT_PX / 2 - 3, y1: sy + TITLE_FONT_PX / 2 + 3 } });
  });
  ctx.restore();
  return titles;
}

function drawEdges(ctx: CanvasRenderingContext2D, scene: Scene, view: ReturnType<typeof visibleWorldRect>, px: number): void {
  const { x, y } = scene.model.layout;
  const { edgeFrom, edgeTo, edgeKind } = scene.model.graph;
  const faded = scene.hasSelection;
  for (let kind = 0; kind < DEPENDENCY_KINDS.length; kind += 1) {
    const name = DEPENDENCY_KINDS[kind]!;
    const period = (DASH[name] ?? []).reduce((sum, d) => sum + d, 0);
    let screenLength = 0;
    ctx.beginPath();
    let any = false;
    for (let e = 0; e < edgeFrom.length; e += 1) {
      if (edgeKind[e] !== kind || scene.edgeFlag[e]! & 3) continue;
      const a = edgeFrom[e]!;
      const b = edgeTo[e]!;
      if (!segmentMayBeVisible(x[a]!, y[a]!, x[b]!, y[b]!, view)) continue;
      const drawn = addSegment(ctx, x[a]!, y[a]!, x[b]!, y[b]!, view, period * px);
      if (drawn) {
        any = true;
        screenLength += drawn;
      }
    }
    if (!any) continue;
    const dash = DASH[name] ?? [];
    // Level of detail: past the budget the dashes of a kind are too many to draw in a frame and
    // too fine to see; the lines are drawn solid at the alpha their dashes cover on average.
    const dashed = dash.length > 0 && screenLength / px <= DASH_BUDGET_PX;
    const duty = dash.length > 0 && !dashed ? (dash[0] ?? 0) / period : 1;
    ctx.strokeStyle = EDGE[name];
    ctx.globalAlpha = (faded ? 0.06 : kind === 1 ? 0.35 : 0.55) * duty;
    ctx.lineWidth = (kind === 0 ? 1.1 : 0.8) * px;
    ctx.setLineDash(dashed ? dash.map((d) => d * px) : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  // Cycle edges in red, then highlighted edges on top: towards prerequisites blue, among dependents purple.
  const passes = [
    [1, RING.cycle, 2, false],
    [2, HIGHLIGHT.prerequisite, 1.4, false],
    [2, HIGHLIGHT.dependent, 1.4, true],
  ] as const;
  for (const [flag, colour, width, dependentSide] of passes) {
    ctx.beginPath();
    let any = false;
    for (let e = 0; e < edgeFrom.length; e += 1) {
      if (!(scene.edgeFlag[e]! & flag)) continue;
      if (flag === 1 && scene.edgeFlag[e]! & 2) continue;
      if (flag === 2 && (scene.role[edgeFrom[e]!] === ROLE.dependent) !== dependentSide) continue;
      const a = edgeFrom[e]!;
      const b = edgeTo[e]!;
      if (!segmentMayBeVisible(x[a]!, y[a]!, x[b]!, y[b]!, view)) continue;
      any = addSegment(ctx, x[a]!, y[a]!, x[b]!, y[b]!, view, 0) > 0 || any;
    }
    if (!any) continue;
    ctx.strokeStyle = colour;
    ctx.globalAlpha = flag === 1 && faded ? 0.3 : 0.9;
    ctx.lineWidth = width * px;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/**
 * Adds the visible part of a segment to the path. A dashed edge's clipped start is moved back to a
 * whole number of dash periods from its node, so its dashes fall where they would on the whole line.
 * @param period dash period in world units (0: solid)
 * @returns the length added (world units; a tiny positive number for a zero-length edge), 0 when nothing was
 */
function addSegment(ctx: CanvasRenderingContext2D, ax: number, ay: number, bx: number, by: number, view: ReturnType<typeof visibleWorldRect>, period: number): number {
  const clip = clipSegment(ax, ay, bx, by, view);
  if (!clip) return 0;
  let [t0] = clip;
  const t1 = clip[1];
  if (t0 > 0 && period > 0) {
    const length = Math.hypot(bx - ax, by - ay);
    t0 = length > 0 ? (Math.floor((t0 * length) / period) * period) / length : 0;
  }
  const dx = bx - ax;
  const dy = by - ay;
  ctx.moveTo(ax + t0 * dx, ay + t0 * dy);
  ctx.lineTo(ax + t1 * dx, ay + t1 * dy);
  return Math.max(1e-9, (t1 - t0) * Math.hypot(dx, dy));
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, view: ReturnType<typeof visibleWorldRect>, px: number): void {
  const { x, y, r } = scene.model.layout;
  const n = x.length;
  const tiny = 1.5 * px;
  for (let pass = 0; pass < 2; pass += 1) {
    // Pass 0: faded nodes (under a selection); pass 1: the rest.
    for (let f = 0; f < FILL_ORDER.length; f += 1) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < n; i += 1) {
        if (scene.fill[i] !== f) continue;
        const isFaded = scene.role[i] === ROLE.faded;
        if ((pass === 0) !== isFaded) continue;
        if (!circleInRect(x[i]!, y[i]!, r[i]!, view)) continue;
        if (r[i]! < tiny) ctx.rect(x[i]! - tiny / 2, y[i]! - tiny / 2, tiny, tiny);
        else {
          ctx.moveTo(x[i]! + r[i]!, y[i]!);
          ctx.arc(x[i]!, y[i]!, r[i]!, 0, 2 * Math.PI);
        }
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = FILL_ORDER[f]!;
      ctx.globalAlpha = pass === 0 ? 0.18 : 1;
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  // Rings: status and problems, then the highlight roles.
  const rings: [number, string, number, number[]][] = [
    [1, RING.retained, 1.6, []],
    [2, RING.unscheduled, 2, []],
    [4, RING.cycle, 2.2, []],
    [8, RING.broken, 2.2, [3, 2]],
  ];
  for (const [flag, colour, width, dash] of rings) strokeNodes(ctx, scene, view, px, (i) => (scene.ring[i]! & flag) !== 0, colour, width, dash);
  if (scene.hasSelection) {
    strokeNodes(ctx, scene, view, px, (i) => scene.role[i] === ROLE.prerequisite, HIGHLIGHT.prerequisite, 2, []);
    strokeNodes(ctx, scene, view, px, (i) => scene.role[i] === ROLE.dependent, HIGHLIGHT.dependent, 2, []);
    strokeNode(ctx, scene, view, px, scene.selected, RING.selected, 3.5, [], 3);
  }
}

/** One node's ring (selection, connect source, hover). */
function strokeNode(ctx: CanvasRenderingContext2D, scene: Scene, view: ReturnType<typeof visibleWorldRect>, px: number, node: number, colour: string, width: number, dash: number[], grow: number): void {
  strokeNodes(ctx, scene, view, px, (i) => i === node, colour, width, dash, grow, node);
}

function strokeNodes(ctx: CanvasRenderingContext2D, scene: Scene, view: ReturnType<typeof visibleWorldRect>, px: number, pick: (i: number) => boolean, colour: string, width: number, dash: number[], grow = 1.5, only = -1): void {
  const { x, y, r } = scene.model.layout;
  ctx.beginPath();
  let any = false;
  const [first, end] = only >= 0 ? [only, Math.min(only + 1, x.length)] : [0, x.length];
  for (let i = first; i < end; i += 1) {
    if (!pick(i) || !circleInRect(x[i]!, y[i]!, r[i]!, view)) continue;
    const rr = Math.max(r[i]!, 1.5 * px) + grow * px;
    ctx.moveTo(x[i]! + rr, y[i]!);
    ctx.arc(x[i]!, y[i]!, rr, 0, 2 * Math.PI);
    any = true;
  }
  if (!any) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width * px;
  ctx.setLineDash(dash.map((d) => d * px));
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, view: ReturnType<typeof visibleWorldRect>, px: number, k: number, o: DrawOptions, reserved: readonly RingTitle[]): void {
  const { x, y, r } = scene.model.layout;
  const nodes = scene.model.nodes;
  const { tx, ty } = o.transform;
  // Candidates: the selection first, then applications, then the largest nodes on screen.
  const candidates: number[] = [];
  for (let i = 0; i < x.length; i += 1) {
    const screenR = r[i]! * k;
    const isApp = nodes[i]!.asset.category === 'application';
    if (screenR < (isApp ? 3 : 6) || !circleInRect(x[i]!, y[i]!, r[i]!, view)) continue;
    if (scene.hasSelection && scene.role[i] === ROLE.faded) continue;
    candidates.push(i);
  }
  const priority = (i: number) => (i === scene.selected || i === o.hover || i === o.connectFrom ? 0 : nodes[i]!.asset.category === 'application' ? 1 : 2);
  candidates.sort((a, b) => priority(a) - priority(b) || r[b]! - r[a]! || a - b);
  // Deep zoom on a dense estate: measure only as many labels as could ever fit.
  if (candidates.length > 4 * MAX_LABELS) candidates.length = 4 * MAX_LABELS;
  for (const i of [o.connectFrom, o.hover, scene.selected]) if (i >= 0 && !candidates.includes(i)) candidates.unshift(i);
  // A coarse screen-space occupancy grid keeps labels from overprinting each other.
  const cellW = 12;
  const cellH = 14;
  const taken = new Set<number>();
  for (const { box } of reserved) {
    for (let row = Math.floor(box.y0 / cellH); row <= Math.floor(box.y1 / cellH); row += 1) {
      for (let c = Math.floor(box.x0 / cellW); c <= Math.floor(box.x1 / cellW); c += 1) taken.add(row * 100_000 + c);
    }
  }
  const font = (bold: boolean) => `${bold ? '600 ' : ''}${11 * px}px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 3 * px;
  ctx.strokeStyle = 'rgba(251,252,253,0.92)';
  let count = 0;
  for (const i of candidates) {
    if (count >= MAX_LABELS) break;
    const bold = priority(i) === 0;
    const text = nodes[i]!.asset.name;
    ctx.font = font(bold);
    const w = ctx.measureText(text).width * k;
    const sx = x[i]! * k + tx;
    const sy = (y[i]! + r[i]!) * k + ty + 2;
    const c0 = Math.floor((sx - w / 2) / cellW);
    const c1 = Math.floor((sx + w / 2) / cellW);
    const row = Math.floor(sy / cellH);
    let free = true;
    for (let c = c0; c <= c1 && free; c += 1) if (taken.has(row * 100_000 + c) || taken.has((row + 1) * 100_000 + c)) free = false;
    if (!free && !bold) continue;
    for (let c = c0; c <= c1; c += 1) taken.add(row * 100_000 + c);
    ctx.strokeText(text, x[i]!, y[i]! + r[i]! + 2 * px);
    ctx.fillStyle = '#1f2329';
    ctx.fillText(text, x[i]!, y[i]! + r[i]! + 2 * px);
    count += 1;
  }
  ctx.textBaseline = 'alphabetic';
}
