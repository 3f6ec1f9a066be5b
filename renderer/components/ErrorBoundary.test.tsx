/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { initI18n } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'wave')");
  return <p>计划已显示</p>;
}

describe('ErrorBoundary (issue 15 #7)', () => {
  beforeAll(() => {
    initI18n('zh');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows a calm message with a way back instead of a blank page, and retries', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onBack = vi.fn();
    broken = true;
    render(
      <ErrorBoundary onBack={onBack} backLabel="返回资产清单">
        <Fragile />
      </ErrorBoundary>,
    );
    const notice = screen.getByTestId('view-crash');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('这个页面出错了');
    expect(notice.textContent).toContain('没有丢失');
    fireEvent.click(screen.getByRole('button', { name: '返回资产清单' }));
    expect(onBack).toHaveBeenCalledOnce();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('计划已显示')).toBeTruthy();
  });
});
