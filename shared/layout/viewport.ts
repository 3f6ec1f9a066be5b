/**
 * Viewport maths for the canvas graph: world ↔ screen transforms, zoom about a point, fitting the
 * drawing, the visible world rectangle for culling, and a uniform grid for hit-testing, so a click
 * among 5,000 nodes looks at a handful of candidates instead of all of them.
 */

/** Screen = world * k + (tx, ty). */
export type Transform = { k: number; tx: number; ty: number };

export type Rect = { x0: number; y0: number; x1: number; y1: number };

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 12;

/**
 * The transform that shows a centred drawing of the given radius inside the viewport.
 * @param extent radius of the drawing in world units (centred on 0,0)
 * @param width viewport width in pixels
 * @param height viewport height in pixels
 * @param margin pixels kept free around the drawing
 */
export function fitTransform(extent: number, width: number, height: number, margin = 16): Transform {
  const size = Math.max(1, Math.min(width, height) - 2 * margin);
  const k = clampZoom(size / Math.max(2 * extent, 1));
  return { k, tx: width / 2, ty: height / 2 };
}

/**
 * Zooms by a factor while keeping the world point under the screen point (sx, sy) fixed.
 * @returns the new transform, zoom clamped to [MIN_ZOOM, MAX_ZOOM]
 */
export function zoomAt(t: Transform, factor: number, sx: number, sy: number): Transform {
  const k = clampZoom(t.k * factor);
  const wx = (sx - t.tx) / t.k;
  const wy = (sy - t.ty) / t.k;
  return { k, tx: sx - wx * k, ty: sy - wy * k };
}

/** Moves the view by a screen-space offset. */
export function panBy(t: Transform, dx: number, dy: number): Transform {
  return { k: t.k, tx: t.tx + dx, ty: t.ty + dy };
}

/** The transform that centres a world point in the viewport at zoom k (focus on an asset). */
export function centreOn(wx: number, wy: number, k: number, width: number, height: number): Transform {
  const kk = clampZoom(k);
  return { k: kk, tx: width / 2 - wx * kk, ty: height / 2 - wy * kk };
}

/** Screen point → world point. */
export function toWorld(t: Transform, sx: number, sy: number): [number, number] {
  return [(sx - t.tx) / t.k, (sy - t.ty) / t.k];
}

/** The world rectangle the viewport shows, grown by `pad` pixels so edges entering the view are drawn. */
export function visibleWorldRect(t: Transform, width: number, height: number, pad = 0): Rect {
  const [x0, y0] = toWorld(t, -pad, -pad);
  const [x1, y1] = toWorld(t, width + pad, height + pad);
  return { x0, y0, x1, y1 };
}

/** Whether a circle (world units) touches the rectangle. */
export function circleInRect(x: number, y: number, r: number, rect: Rect): boolean {
  return x + r >= rect.x0 && x - r <= rect.x1 && y + r >= rect.y0 && y - r <= rect.y1;
}

/**
 * Whether a segment may be visible: its bounding box touches the rectangle. Cheap and
 * conservative (a few long diagonals off screen are drawn anyway).
 */
export function segmentMayBeVisible(ax: number, ay: number, bx: number, by: number, rect: Rect): boolean {
  return Math.max(ax, bx) >= rect.x0 && Math.min(ax, bx) <= rect.x1 && Math.max(ay, by) >= rect.y0 && Math.min(ay, by) <= rect.y1;
}

/**
 * The part of a segment inside a rectangle (Liang–Barsky), as parameters along it: 0 at (ax, ay),
 * 1 at (bx, by). Zoomed in, an edge to a far node is thousands of pixels long and a dashed stroke
 * costs by its length, so only the visible part is drawn.
 * @returns [t0, t1] with 0 ≤ t0 ≤ t1 ≤ 1, or undefined when the segment misses the rectangle
 */
export function clipSegment(ax: number, ay: number, bx: number, by: number, rect: Rect): [number, number] | undefined {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, ax - rect.x0],
    [dx, rect.x1 - ax],
    [-dy, ay - rect.y0],
    [dy, rect.y1 - ay],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return undefined;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return undefined;
      if (t < t1) t1 = t;
    }
  }
  return [t0, t1];
}

export function clampZoom(k: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

/** A uniform grid over node circles for hit-testing. */
export type HitGrid = { cell: number; x0: number; y0: number; cols: number; rows: number; start: Int32Array; items: Int32Array };

/**
 * Buckets each node by the cell of its centre.
 * @param x,y,r node centres and radii (world units)
 * @param cell cell size (≥ twice the largest radius keeps lookups to the 3×3 neighbourhood)
 */
export function buildHitGrid(x: ArrayLike<number>, y: ArrayLike<number>, cell: number): HitGrid {
  const n = x.length;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i += 1) {
    x0 = Math.min(x0, x[i]!);
    y0 = Math.min(y0, y[i]!);
    x1 = Math.max(x1, x[i]!);
    y1 = Math.max(y1, y[i]!);
  }
  if (n === 0) x0 = y0 = x1 = y1 = 0;
  const cols = Math.max(1, Math.floor((x1 - x0) / cell) + 1);
  const rows = Math.max(1, Math.floor((y1 - y0) / cell) + 1);
  const cellOf = (i: number) => Math.floor((y[i]! - y0) / cell) * cols + Math.floor((x[i]! - x0) / cell);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i += 1) start[cellOf(i) + 1]! += 1;
  for (let c = 0; c < cols * rows; c += 1) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cols * rows);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i += 1) items[fill[cellOf(i)]!++] = i;
  return { cell, x0, y0, cols, rows, start, items };
}

/**
 * The node under a world point: the nearest one whose circle (grown by `slop`) contains it.
 * @returns the node index, or -1
 */
export function hitTest(grid: HitGrid, x: ArrayLike<number>, y: ArrayLike<number>, r: ArrayLike<number>, wx: number, wy: number, slop = 0): number {
  const cx = Math.floor((wx - grid.x0) / grid.cell);
  const cy = Math.floor((wy - grid.y0) / grid.cell);
  let best = -1;
  let bestD = Infinity;
  for (let gy = cy - 1; gy <= cy + 1; gy += 1) {
    if (gy < 0 || gy >= grid.rows) continue;
    for (let gx = cx - 1; gx <= cx + 1; gx += 1) {
      if (gx < 0 || gx >= grid.cols) continue;
      const c = gy * grid.cols + gx;
      for (let k = grid.start[c]!; k < grid.start[c + 1]!; k += 1) {
        const i = grid.items[k]!;
        const d = Math.hypot(x[i]! - wx, y[i]! - wy);
        if (d <= r[i]! + slop && d < bestD) {
          best = i;
          bestD = d;
        }
      }
    }
  }
  return best;
}
