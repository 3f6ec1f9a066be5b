/**
 * rankByString against the plain comparator sort it replaced: the same ranks for any names,
 * including shared prefixes, empty names, repeated names and code units past ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rankByString } from './units';

/** The reference: a stable sort of the items with a `<` comparator on their names. */
const comparatorRanks = (names: readonly string[]): Int32Array => {
  const order = names.map((_, i) => i);
  order.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const rank = new Int32Array(names.length);
  order.forEach((item, i) => (rank[item] = i));
  return rank;
};

// Few code units, so names share prefixes and the partitions have equal parts: NUL, ASCII, Latin-1,
// CJK, both halves of a surrogate pair and the last code unit.
const arbUnit = fc.constantFrom('\u0000', '-', '0', '1', 'A', 'H', 'a', 'é', '中', '\uD83D', '\uDE00', '\uFFFF');
const arbName = fc.array(arbUnit, { maxLength: 8 }).map((units) => units.join(''));
// Names as a common stem plus a short tail, the shape of ids like APP-HIS-H0001. Arrays at full
// size (fast-check keeps them under about ten items by default): a dozen or more take the
// partitioning path rather than insertion.
const arbNames = fc.tuple(fc.array(arbName, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), arbName), { maxLength: 300, size: 'max' })).map(([stems, tails]) => tails.map(([k, tail]) => stems[k % stems.length]! + tail));

describe('rankByString', () => {
  it('ranks like a stable comparator sort', () => {
    fc.assert(
      fc.property(arbNames, (names) => {
        expect(rankByString(names.length, (i) => names[i]!)).toEqual(comparatorRanks(names));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks arbitrary strings like a stable comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 200, size: 'max' }), (names) => {
        expect(rankByString(names.length, (i) => names[i]!)).toEqual(comparatorRanks(names));
      }),
    );
  });

  it('ranks repeated names by item, as a stable sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', 'a', 'ab', 'b', 'é'), { maxLength: 120, size: 'max' }), (names) => {
        expect(rankByString(names.length, (i) => names[i]!)).toEqual(comparatorRanks(names));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks nothing and one name', () => {
    expect(rankByString(0, () => '')).toEqual(new Int32Array(0));
    expect(rankByString(1, () => '')).toEqual(new Int32Array([0]));
  });
});
