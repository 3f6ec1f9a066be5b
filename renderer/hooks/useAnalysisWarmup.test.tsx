/** @vitest-environment jsdom */
/**
 * The analysis is warmed once the page is quiet after the project is read or written: the project
 * the views were given, once per version (edits in a row warm the last one), in the views' language.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ProjectFile } from '../../shared/model';
import type { ProjectQuery } from '../workers/analysisClient';
import { useAnalysisWarmup } from './useAnalysis';

const warmed: ProjectQuery[] = [];
let shown: ProjectFile | null | undefined;

const WARM_AFTER_MS = 1000;
vi.mock('../workers/analysisClient', () => ({
  WARM_AFTER_MS: 1000,
  AnalysisFailure: class extends Error {},
  getAnalysisClient: () => ({ warm: (query: ProjectQuery) => warmed.push(query) }),
}));
vi.mock('./useActiveProject', () => ({ useActiveProjectIfRead: () => shown }));

const project = (name: string): ProjectFile => ({ format: 'xcplan', version: 2, project: { name, startDate: '2027-01-01', horizonYears: 1, waveMonths: 3 }, assets: [], dependencies: [] });

describe('useAnalysisWarmup', () => {
  beforeEach(() => {
    warmed.length = 0;
    shown = undefined;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('warms the read project after a quiet time, and only the last of edits in a row', () => {
    const { rerender } = renderHook(({ lang }: { lang: 'zh' | 'en' }) => useAnalysisWarmup(lang), { initialProps: { lang: 'zh' } });
    vi.advanceTimersByTime(5 * WARM_AFTER_MS);
    // Nothing read yet: nothing to warm (the hook starts no read of its own).
    expect(warmed).toHaveLength(0);
    const v1 = project('v1');
    shown = v1;
    rerender({ lang: 'zh' });
    vi.advanceTimersByTime(WARM_AFTER_MS - 1);
    expect(warmed).toHaveLength(0);
    vi.advanceTimersByTime(1);
    // jsdom has no requestIdleCallback: warmed at the end of the quiet time.
    expect(warmed).toEqual([{ project: v1, lang: 'zh' }]);
    // Two quick edits: only the second version is warmed.
    shown = { ...v1 };
    rerender({ lang: 'zh' });
    vi.advanceTimersByTime(WARM_AFTER_MS / 2);
    const v3 = { ...v1 };
    shown = v3;
    rerender({ lang: 'zh' });
    vi.advanceTimersByTime(WARM_AFTER_MS);
    expect(warmed).toHaveLength(2);
    expect(warmed[1]!.project).toBe(v3);
    // The language the views will ask in.
    rerender({ lang: 'en' });
    vi.advanceTimersByTime(WARM_AFTER_MS);
    expect(warmed[2]).toEqual({ project: v3, lang: 'en' });
  });

  it('warms nothing when there is no project, or after the app closed the view of it', () => {
    shown = null;
    const { unmount, rerender } = renderHook(() => useAnalysisWarmup('zh'));
    vi.advanceTimersByTime(2 * WARM_AFTER_MS);
    expect(warmed).toHaveLength(0);
    shown = project('late');
    rerender();
    unmount();
    vi.advanceTimersByTime(2 * WARM_AFTER_MS);
    expect(warmed).toHaveLength(0);
  });
});
