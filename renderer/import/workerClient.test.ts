import { describe, expect, it } from 'vitest';

import { readTimeoutMs, TASK_TIMEOUT_MS } from './workerClient';

describe('the read budget of an import', () => {
  it('stops a small file at 30 s and gives a large project file time by its size', () => {
    expect(readTimeoutMs(200_000)).toBe(TASK_TIMEOUT_MS);
    expect(readTimeoutMs(8 * 1_048_576)).toBe(TASK_TIMEOUT_MS);
    // A 61 MB group file (100,000 assets, 400,000 dependencies) gets 30 s + 53 s.
    expect(readTimeoutMs(61 * 1_048_576)).toBe(83_000);
    // The 256 MB project-file cap is the most any file can get.
    expect(readTimeoutMs(256 * 1_048_576)).toBe(278_000);
  });
});
