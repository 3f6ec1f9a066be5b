import { describe, expect, it } from 'vitest';

import { CATEGORIES } from '../model';
import { CAT, CAT_UNKNOWN, categoryCodes } from './codes';

describe('category codes', () => {
  it('code every category by its index, and anything else (inherited names included) as unknown', () => {
    expect(Array.from(categoryCodes(CATEGORIES.map((category) => ({ category }))))).toEqual(CATEGORIES.map((_, i) => i));
    expect(CATEGORIES.map((c) => CAT[c])).toEqual(CATEGORIES.map((_, i) => i));
    const odd = ['toString', '__proto__', 'constructor', 'hasOwnProperty', '', 'Terminal'].map((category) => ({ category }) as never);
    expect(Array.from(categoryCodes(odd))).toEqual(odd.map(() => CAT_UNKNOWN));
    expect(Object.isFrozen(CAT)).toBe(true);
  });
});
