/** @vitest-environment jsdom */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { lazyView } from './views';

function Hello() {
  return <p>已加载的视图</p>;
}

/** A module that arrives when the test says so. */
function deferredModule() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  let calls = 0;
  const loader = () => {
    calls += 1;
    return new Promise<{ Hello: typeof Hello }>((resolve, reject) => {
      arrive = () => resolve({ Hello });
      fail = reject;
    });
  };
  return { loader, arrive: () => arrive(), fail: (error: Error) => fail(error), calls: () => calls };
}

const shown = (Component: ComponentType) =>
  render(
    <Suspense fallback={<p>加载中</p>}>
      <Component />
    </Suspense>,
  );

describe('lazyView', () => {
  afterEach(cleanup);

  it('shows the loading notice while the code has not arrived, then the view', async () => {
    const module = deferredModule();
    const view = lazyView(module.loader, 'Hello');
    shown(view.Component);
    expect(screen.getByText('加载中')).toBeTruthy();
    act(() => module.arrive());
    expect(await screen.findByText('已加载的视图')).toBeTruthy();
  });

  it('renders a view loaded ahead of its visit at once, without suspending (no loading notice, no 300 ms hold)', async () => {
    const module = deferredModule();
    const view = lazyView(module.loader, 'Hello');
    const preloaded = view.preload();
    module.arrive();
    await preloaded;
    shown(view.Component);
    // Synchronously after the first render: React.lazy would have shown the fallback here.
    expect(screen.queryByText('加载中')).toBeNull();
    expect(screen.getByText('已加载的视图')).toBeTruthy();
    expect(module.calls()).toBe(1);
  });

  it('loads the code once however often it is asked for, and again after a failure', async () => {
    const module = deferredModule();
    const view = lazyView(module.loader, 'Hello');
    const first = view.preload();
    void view.preload();
    expect(module.calls()).toBe(1);
    module.fail(new Error('网络中断'));
    await expect(first).rejects.toThrow('网络中断');
    const second = view.preload();
    expect(module.calls()).toBe(2);
    module.arrive();
    await second;
    shown(view.Component);
    expect(screen.getByText('已加载的视图')).toBeTruthy();
  });
});
