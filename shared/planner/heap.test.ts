import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createRankQueue } from './heap';

describe('rank queue', () => {
  it('always gives back the least rank held, across interleaved pushes and pops (property, against a sorted list)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 400 }), (n, steps) => {
        const queue = createRankQueue(n);
        const held = new Set<number>();
        for (const [push, at] of steps) {
          const rank = at % n;
          if (push && !held.has(rank)) {
            queue.push(rank);
            held.add(rank);
          } else {
            const least = held.size === 0 ? -1 : Math.min(...held);
            expect(queue.pop()).toBe(least);
            held.delete(least);
          }
          expect(queue.size()).toBe(held.size);
        }
        const rest = [...held].sort((a, b) => a - b);
        for (const rank of rest) expect(queue.pop()).toBe(rank);
        expect(queue.pop()).toBe(-1);
      }),
    );
  });

  it('handles ranks at word and summary boundaries, and pushes below the last pop', () => {
    const queue = createRankQueue(70_000);
    for (const rank of [69_999, 1023, 1024, 31, 32, 0, 65_535, 65_536]) queue.push(rank);
    expect([queue.pop(), queue.pop(), queue.pop()]).toEqual([0, 31, 32]);
    queue.push(1);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual([1, 1023, 1024, 65_535, 65_536, 69_999, -1]);
  });
});
