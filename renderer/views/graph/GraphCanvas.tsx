/**
 * The estate drawn on a canvas: pan (drag, arrow keys), zoom (wheel, +/-), hover, click to select,
 * and in connect mode click a source then a target. The transform lives in a ref and frames are
 * drawn on requestAnimationFrame only when something changed, so React never re-renders per frame.
 *
 * The picture (edges, nodes, rings: `drawBase`) is kept in an off-screen bitmap a margin larger
 * than the view, drawn at the current zoom; a pan frame copies that bitmap at its new offset and
 * draws only the text and pointer marks over it (`drawOverlay`), so panning a 25,000-asset estate
 * costs the same as panning ten assets. The bitmap is redrawn when the scene or the zoom changes
 * or the pan leaves the margin. While the wheel (or +/-) is zooming, frames scale the kept bitmap
 * instead of redrawing it, and the picture is drawn anew at the final zoom once the gesture has
 * paused for `ZOOM_SETTLE_MS`: a zoom frame costs what a pan frame costs, at any estate size.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';

import { buildHitGrid, centreOn, fitTransform, hitTest, panBy, toWorld, zoomAt } from '../../../shared/layout';
import type { Transform } from '../../../shared/layout';
import type { Tier } from '../../../shared/model';
import { drawBase, drawOverlay } from './drawScene';
import type { Scene } from './scene';

export type ViewRequest = { kind: 'fit' } | { kind: 'focus'; node: number };

export type GraphCanvasProps = {
  scene: Scene;
  tierLabels: Record<Tier, string>;
  label: string;
  connectFrom: number;
  /** A new object asks the canvas to fit the drawing or focus a node. */
  request: ViewRequest | undefined;
  onPick: (node: number) => void;
  /** Called after the first frame is drawn (and after later ones; it should be cheap and idempotent). */
  onDrawn?: () => void;
};

/** The off-screen picture and the view it was drawn for. */
type BaseLayer = { canvas: HTMLCanvasElement; scene: Scene; k: number; tx: number; ty: number; width: number; height: number; dpr: number; margin: number };

/** Pixels drawn beyond each side of the view: a pan of up to this much reuses the bitmap. */
const MARGIN = 256;

/** Quiet time after the last zoom step before the picture is drawn anew at the new zoom. */
const ZOOM_SETTLE_MS = 180;

/**
 * Draws a kept bitmap at another zoom: a world point drawn at `(x·k₀ + tx₀ + margin)·dpr` in the
 * bitmap must land at `(x·k + tx)·dpr` on the screen, so the bitmap is scaled by k/k₀ and shifted.
 * Only usable for the same scene, view size and pixel ratio.
 */
function drawScaled(ctx: CanvasRenderingContext2D, layer: BaseLayer, t: Transform): void {
  const s = t.k / layer.k;
  const x = (t.tx - (layer.tx + layer.margin) * s) * layer.dpr;
  const y = (t.ty - (layer.ty + layer.margin) * s) * layer.dpr;
  ctx.drawImage(layer.canvas, x, y, layer.canvas.width * s, layer.canvas.height * s);
}

/**
 * The picture for this frame: the one kept when it still covers the view (same scene, zoom, size
 * and pixel ratio, panned less than the margin), else a new one drawn now. Undefined when no
 * off-screen canvas can be made (the caller then draws directly).
 */
function baseLayer(kept: BaseLayer | undefined, scene: Scene, o: Parameters<typeof drawBase>[2]): BaseLayer | undefined {
  const { k, tx, ty } = o.transform;
  if (
    kept &&
    kept.scene === scene &&
    kept.k === k &&
    kept.width === o.width &&
    kept.height === o.height &&
    kept.dpr === o.dpr &&
    Math.abs(tx - kept.tx) <= kept.margin &&
    Math.abs(ty - kept.ty) <= kept.margin
  )
    return kept;
  const canvas = kept?.canvas ?? document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const margin = MARGIN;
  const w = o.width + 2 * margin;
  const h = o.height + 2 * margin;
  if (canvas.width !== Math.round(w * o.dpr) || canvas.height !== Math.round(h * o.dpr)) {
    canvas.width = Math.round(w * o.dpr);
    canvas.height = Math.round(h * o.dpr);
  }
  drawBase(ctx, scene, { ...o, width: w, height: h, transform: { k, tx: tx + margin, ty: ty + margin } });
  return { canvas, scene, k, tx, ty, width: o.width, height: o.height, dpr: o.dpr, margin };
}

export function GraphCanvas({ scene, tierLabels, label, connectFrom, request, onPick, onDrawn }: GraphCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const transform = useRef<Transform | undefined>(undefined);
  const size = useRef({ width: 800, height: 600 });
  const frame = useRef(0);
  const hover = useRef(-1);
  const stats = useRef({ count: 0, first: -1, mountedAt: 0 });
  const latest = useRef({ scene, tierLabels, connectFrom, onPick, onDrawn });
  useLayoutEffect(() => {
    latest.current = { scene, tierLabels, connectFrom, onPick, onDrawn };
  });
  useLayoutEffect(() => {
    stats.current.mountedAt = performance.now();
  }, []);
  const { x, y, r } = scene.model.layout;
  const grid = useMemo(() => buildHitGrid(x, y, 28), [x, y]);

  const base = useRef<BaseLayer | undefined>(undefined);
  const zooming = useRef<number | undefined>(undefined);

  const draw = useRef(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) {
      // No 2D context (jsdom, a lost context): no frame will come, so nothing waits for one.
      latest.current.onDrawn?.();
      return;
    }
    const { width, height } = size.current;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const t = (transform.current ??= fitTransform(latest.current.scene.model.layout.extent, width, height));
    const t0 = performance.now();
    const { scene, tierLabels, connectFrom } = latest.current;
    const options = { width, height, transform: t, dpr, tierLabels, connectFrom, hover: hover.current };
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const kept = base.current;
    const scaled = zooming.current !== undefined && kept !== undefined && kept.scene === scene && kept.width === width && kept.height === height && kept.dpr === dpr;
    // The first frame is drawn straight on the canvas (nothing to pan yet); the bitmap comes with the next.
    const layer = scaled || stats.current.count === 0 ? undefined : (base.current = baseLayer(kept, scene, options));
    if (scaled) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      drawScaled(ctx, kept, t);
    } else if (layer) {
      // The bitmap's origin sits `margin` pixels up and left of the view it was drawn for.
      ctx.drawImage(layer.canvas, Math.round((t.tx - layer.tx - layer.margin) * dpr), Math.round((t.ty - layer.ty - layer.margin) * dpr));
    } else {
      drawBase(ctx, scene, options);
    }
    drawOverlay(ctx, scene, options);
    const t1 = performance.now();
    stats.current.count += 1;
    if (stats.current.first < 0) stats.current.first = t1 - stats.current.mountedAt;
    canvas.dataset.drawCount = String(stats.current.count);
    canvas.dataset.lastDrawMs = (t1 - t0).toFixed(2);
    canvas.dataset.firstDrawMs = stats.current.first.toFixed(1);
    if (stats.current.count === 1) latest.current.onDrawn?.();
  });
  const requestDraw = useRef(() => {
    if (frame.current === 0) frame.current = requestAnimationFrame(() => draw.current());
  });
  /** A zoom step: frames scale the kept picture until the gesture pauses, then it is drawn anew. */
  const zoomTo = useRef((next: Transform) => {
    transform.current = next;
    window.clearTimeout(zooming.current);
    zooming.current = window.setTimeout(() => {
      zooming.current = undefined;
      requestDraw.current();
    }, ZOOM_SETTLE_MS);
    requestDraw.current();
  });

  // Redraw when the scene changes.
  useEffect(() => {
    requestDraw.current();
  }, [scene, tierLabels, connectFrom]);

  // Follow the element's size.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const measure = () => {
      const rect = canvas.getBoundingClientRect();
      size.current = { width: Math.max(100, rect.width), height: Math.max(100, rect.height) };
      requestDraw.current();
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  // Fit or focus on request.
  useEffect(() => {
    if (!request) return;
    const { width, height } = size.current;
    const layout = latest.current.scene.model.layout;
    if (request.kind === 'fit' || request.node < 0) transform.current = fitTransform(layout.extent, width, height);
    else {
      // Zoom in enough to read the neighbourhood (twice the fitted scale), never out.
      const fitK = fitTransform(layout.extent, width, height).k;
      transform.current = centreOn(layout.x[request.node]!, layout.y[request.node]!, Math.max(transform.current?.k ?? fitK, fitK * 2), width, height);
    }
    requestDraw.current();
  }, [request]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = canvas.getBoundingClientRect();
      const t = transform.current ?? fitTransform(latest.current.scene.model.layout.extent, size.current.width, size.current.height);
      zoomTo.current(zoomAt(t, Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, []);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      window.clearTimeout(zooming.current);
    },
    [],
  );

  const drag = useRef<{ x: number; y: number; moved: boolean } | undefined>(undefined);
  const pick = (clientX: number, clientY: number): number => {
    const canvas = canvasRef.current;
    const t = transform.current;
    if (!canvas || !t) return -1;
    const rect = canvas.getBoundingClientRect();
    const [wx, wy] = toWorld(t, clientX - rect.left, clientY - rect.top);
    return hitTest(grid, x, y, r, wx, wy, 4 / t.k);
  };

  return (
    <canvas
      ref={canvasRef}
      className="graph-canvas"
      role="img"
      aria-label={label}
      tabIndex={0}
      data-testid="graph-canvas"
      data-nodes={scene.model.nodes.length}
      data-edges={scene.model.graph.edgeFrom.length}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, y: e.clientY, moved: false };
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d) {
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          if (d.moved || Math.abs(dx) + Math.abs(dy) > 3) {
            d.moved = true;
            d.x = e.clientX;
            d.y = e.clientY;
            if (transform.current) transform.current = panBy(transform.current, dx, dy);
            requestDraw.current();
          }
          return;
        }
        const h = pick(e.clientX, e.clientY);
        if (h !== hover.current) {
          hover.current = h;
          e.currentTarget.style.cursor = h >= 0 ? 'pointer' : 'grab';
          requestDraw.current();
        }
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = undefined;
        if (d && !d.moved) latest.current.onPick(pick(e.clientX, e.clientY));
      }}
      onPointerLeave={() => {
        if (hover.current >= 0) {
          hover.current = -1;
          requestDraw.current();
        }
      }}
      onKeyDown={(e) => {
        const t = transform.current;
        if (!t) return;
        const { width, height } = size.current;
        const step = 60;
        const moves: Record<string, () => Transform> = {
          ArrowLeft: () => panBy(t, step, 0),
          ArrowRight: () => panBy(t, -step, 0),
          ArrowUp: () => panBy(t, 0, step),
          ArrowDown: () => panBy(t, 0, -step),
          '+': () => zoomAt(t, 1.25, width / 2, height / 2),
          '=': () => zoomAt(t, 1.25, width / 2, height / 2),
          '-': () => zoomAt(t, 0.8, width / 2, height / 2),
        };
        const move = moves[e.key];
        if (move) {
          e.preventDefault();
          if (e.key.startsWith('Arrow')) {
            transform.current = move();
            requestDraw.current();
          } else zoomTo.current(move());
        } else if (e.key === 'Escape') latest.current.onPick(-1);
      }}
    />
  );
}
