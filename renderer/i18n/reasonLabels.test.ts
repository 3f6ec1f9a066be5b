import { describe, expect, it } from 'vitest';

import { REASON_CODES } from '../../shared/planner/types';
import { messages as en } from './locales/en/plan';
import { messages as zh } from './locales/zh/plan';

describe('placement reason labels', () => {
  it('name every reason the planner can give, in both languages (the plan panel shows the chip for each)', () => {
    for (const [lang, reason] of [['zh', zh.reason], ['en', en.reason]] as const) {
      const missing = REASON_CODES.filter((code) => !(reason as Record<string, string>)[code]);
      expect(missing, `${lang} plan.reason lacks labels`).toEqual([]);
    }
  });
});
