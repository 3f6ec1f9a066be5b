import { describe, expect, it } from 'vitest';

import { clipSegment } from './viewport';

describe('clipSegment', () => {
  const view = { x0: 0, y0: 0, x1: 100, y1: 50 };

  it('keeps a segment inside whole and misses one outside', () => {
    expect(clipSegment(10, 10, 90, 40, view)).toEqual([0, 1]);
    expect(clipSegment(-50, -10, -10, 60, view)).toBeUndefined();
    expect(clipSegment(200, 10, 300, 10, view)).toBeUndefined();
  });

  it('cuts a long edge to the part on screen', () => {
    // From x = -1000 to x = 1000 at y = 25: visible from x = 0 to x = 100.
    const [t0, t1] = clipSegment(-1000, 25, 1000, 25, view)!;
    expect(-1000 + t0 * 2000).toBeCloseTo(0);
    expect(-1000 + t1 * 2000).toBeCloseTo(100);
  });

  it('handles vertical and diagonal segments crossing corners', () => {
    const [a, b] = clipSegment(50, -100, 50, 100, view)!;
    expect(-100 + a * 200).toBeCloseTo(0);
    expect(-100 + b * 200).toBeCloseTo(50);
    expect(clipSegment(-10, 5, 5, -10, view)).toBeUndefined(); // passes the corner outside
  });
});
