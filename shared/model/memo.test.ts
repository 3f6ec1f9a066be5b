import { describe, expect, it } from 'vitest';

import { memoByKey } from './memo';

describe('memoByKey', () => {
  it('reads each distinct key once, an undefined answer included', () => {
    const asked: string[] = [];
    const read = memoByKey((key: string) => {
      asked.push(key);
      return key === 'unknown' ? undefined : key.length;
    });
    expect(['ab', 'unknown', 'ab', 'unknown', 'c'].map(read)).toEqual([2, undefined, 2, undefined, 1]);
    expect(asked).toEqual(['ab', 'unknown', 'c']);
  });
});
