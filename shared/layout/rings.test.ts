import { describe, expect, it } from 'vitest';

import { TIERS } from '../model';
import type { Tier } from '../model';
import { layoutRings, nodeRadius, titleSectorAngle } from './rings';
import type { RingNodeInput } from './rings';
import { buildHitGrid, centreOn, fitTransform, hitTest, toWorld, visibleWorldRect, zoomAt } from './viewport';

const node = (id: string, tier: Tier, group = 'G', quantity = 1): RingNodeInput => ({ id, tier, group, quantity });

describe('ring layout', () => {
  const nodes = [node('HIS', 'core', 'HIS'), node('EMR', 'core', 'EMR'), node('LIS', 'clinical-support', 'LIS'), node('PC', 'office', 'HIS', 300), node('OA', 'office', 'OA')];
  const layout = layoutRings(nodes);
  const radius = (i: number) => Math.hypot(layout.x[i]!, layout.y[i]!);

  it('puts the core in the centre and the edge outside', () => {
    expect(radius(0)).toBeLessThan(radius(2));
    expect(radius(2)).toBeLessThan(radius(3));
    expect(layout.bands.map((b) => b.tier)).toEqual([...TIERS].reverse());
    expect(layout.bands.find((b) => b.tier === 'operations')!.count).toBe(0);
  });

  it('is deterministic and independent of input order', () => {
    const again = layoutRings([...nodes].reverse());
    const byId = (l: typeof layout, list: RingNodeInput[], id: string) => {
      const i = list.findIndex((n) => n.id === id);
      return [l.x[i], l.y[i]];
    };
    for (const n of nodes) expect(byId(again, [...nodes].reverse(), n.id)).toEqual(byId(layout, nodes, n.id));
  });

  it('sizes nodes by quantity on a log scale, within bounds', () => {
    expect(nodeRadius(1)).toBe(3);
    expect(nodeRadius(300)).toBeGreaterThan(nodeRadius(10));
    expect(nodeRadius(1e9)).toBe(12);
    expect(nodeRadius(0)).toBe(3);
    expect(layout.r[3]).toBe(nodeRadius(300));
  });

  it('wraps a crowded band onto further tracks without overlapping nodes', () => {
    const many = Array.from({ length: 2000 }, (_, i) => node(`T${String(i).padStart(4, '0')}`, 'office', `G${i % 17}`, 1 + (i % 50)));
    const l = layoutRings(many);
    const band = l.bands.find((b) => b.tier === 'office')!;
    expect(band.outer).toBeGreaterThan(band.inner);
    // No two nodes overlap: check with a hit grid (neighbours only).
    const grid = buildHitGrid(l.x, l.y, 30);
    let overlaps = 0;
    for (let i = 0; i < many.length; i += 1) {
      const c = Math.floor((l.y[i]! - grid.y0) / grid.cell) * grid.cols + Math.floor((l.x[i]! - grid.x0) / grid.cell);
      for (let k = grid.start[c]!; k < grid.start[c + 1]!; k += 1) {
        const j = grid.items[k]!;
        if (j > i && Math.hypot(l.x[i]! - l.x[j]!, l.y[i]! - l.y[j]!) < l.r[i]! + l.r[j]! - 1e-6) overlaps += 1;
      }
    }
    expect(overlaps).toBe(0);
    expect(l.extent).toBeGreaterThan(band.outer);
  });

  it('keeps the arc at 12 o\'clock free of nodes on every track outside the core, for the ring titles', () => {
    const many = Array.from({ length: 3000 }, (_, i) => node(`N${String(i).padStart(4, '0')}`, TIERS[i % 4]!, `G${i % 23}`, 1 + (i % 40)));
    const l = layoutRings(many);
    let inside = 0;
    for (let i = 0; i < many.length; i += 1) {
      if (many[i]!.tier === 'core') continue; // the core's title sits in the centre
      const rad = Math.hypot(l.x[i]!, l.y[i]!);
      const fromTop = Math.abs(Math.atan2(l.x[i]!, -l.y[i]!)); // 0 at 12 o'clock
      // No node centre inside the sector (nodes start half their width after it).
      if (fromTop < titleSectorAngle(rad) / 2 - 1e-9) inside += 1;
    }
    expect(inside).toBe(0);
    // A lone node sits just after the sector, not at 12 o'clock.
    const one = layoutRings([node('A', 'office')]);
    expect(Math.abs(Math.atan2(one.x[0]!, -one.y[0]!))).toBeGreaterThan(titleSectorAngle(Math.hypot(one.x[0]!, one.y[0]!)) / 2);
  });

  it('keeps members of one group next to each other on a track', () => {
    const list = [node('a1', 'office', 'A'), node('b1', 'office', 'B'), node('a2', 'office', 'A'), node('b2', 'office', 'B')];
    const l = layoutRings(list);
    const angle = (i: number) => (Math.atan2(l.y[i]!, l.x[i]!) + 2.5 * Math.PI) % (2 * Math.PI);
    const order = [0, 1, 2, 3].sort((p, q) => angle(p) - angle(q)).map((i) => list[i]!.id);
    expect(order).toEqual(['a1', 'a2', 'b1', 'b2']);
  });
});

describe('viewport maths', () => {
  it('fits the drawing and round-trips screen and world points', () => {
    const t = fitTransform(500, 800, 600, 20);
    expect(t.k).toBeCloseTo(560 / 1000);
    expect(toWorld(t, 400, 300)).toEqual([0, 0]);
  });

  it('zooms about the cursor, keeping the point under it fixed', () => {
    const t = { k: 1, tx: 10, ty: 20 };
    const z = zoomAt(t, 2, 110, 70);
    expect(toWorld(z, 110, 70)).toEqual(toWorld(t, 110, 70));
    expect(zoomAt(t, 1e9, 0, 0).k).toBe(12);
  });

  it('centres on a point and reports the visible rectangle', () => {
    const t = centreOn(100, -50, 2, 400, 200);
    const rect = visibleWorldRect(t, 400, 200);
    expect((rect.x0 + rect.x1) / 2).toBeCloseTo(100);
    expect((rect.y0 + rect.y1) / 2).toBeCloseTo(-50);
    expect(rect.x1 - rect.x0).toBeCloseTo(200);
  });

  it('hit-tests the nearest node under the point', () => {
    const x = [0, 10, 100];
    const y = [0, 0, 100];
    const r = [4, 4, 8];
    const grid = buildHitGrid(x, y, 24);
    expect(hitTest(grid, x, y, r, 9, 1)).toBe(1);
    expect(hitTest(grid, x, y, r, 1, 0)).toBe(0);
    expect(hitTest(grid, x, y, r, 50, 50)).toBe(-1);
    expect(hitTest(grid, x, y, r, 106, 100)).toBe(2);
  });
});
