/** @vitest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { usePendingEdit } from './usePendingEdit';

type Answers = Record<string, string>;

describe('usePendingEdit', () => {
  it('keeps two quick answers when the reload of the first write arrives after the second click', () => {
    const writes: Answers[] = [];
    const { result, rerender } = renderHook(({ stored }: { stored: Answers }) => usePendingEdit(stored, 'p1', (next) => { writes.push(next); return Promise.resolve(); }), { initialProps: { stored: {} } });
    act(() => result.current[1]({ ...result.current[0], db: 'cache' }));
    act(() => result.current[1]({ ...result.current[0], availability: 'er-24h' }));
    // The database reload of the first write only.
    rerender({ stored: writes[0]! });
    expect(result.current[0]).toEqual({ db: 'cache', availability: 'er-24h' });
    // A third answer built on what is shown keeps the second.
    act(() => result.current[1]({ ...result.current[0], vendor: 'promised' }));
    expect(writes.at(-1)).toEqual({ db: 'cache', availability: 'er-24h', vendor: 'promised' });
    rerender({ stored: writes.at(-1)! });
    expect(result.current[0]).toEqual(writes.at(-1));
  });

  it('shows the stored value again when the write fails, and after the store caught up follows later changes from elsewhere', async () => {
    let fail = true;
    const { result, rerender } = renderHook(({ stored }: { stored: Answers }) => usePendingEdit(stored, 'p1', () => (fail ? Promise.reject(new Error('quota')) : Promise.resolve())), { initialProps: { stored: { a: '1' } } });
    await act(async () => {
      result.current[1]({ a: '2' });
      await Promise.resolve();
    });
    expect(result.current[0]).toEqual({ a: '1' });
    fail = false;
    act(() => result.current[1]({ a: '3' }));
    rerender({ stored: { a: '3' } });
    rerender({ stored: { a: '4' } });
    expect(result.current[0]).toEqual({ a: '4' });
  });

  it('does not show an edit of one project on another', () => {
    const { result, rerender } = renderHook(({ stored, scope }: { stored: Answers; scope: string }) => usePendingEdit(stored, scope, () => Promise.resolve()), { initialProps: { stored: {}, scope: 'p1' } });
    act(() => result.current[1]({ a: '1' }));
    rerender({ stored: { b: '2' }, scope: 'p2' });
    expect(result.current[0]).toEqual({ b: '2' });
  });
});
