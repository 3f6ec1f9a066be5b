/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { Dialog } from './Dialog';

describe('Dialog', () => {
  afterEach(cleanup);

  it('takes the focus, keeps Tab inside, closes on Escape and gives the focus back', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    const { unmount } = render(
      <Dialog title="删除项目" onClose={onClose} footer={<button type="button">确定</button>}>
        <input aria-label="名称" />
      </Dialog>,
    );
    const input = screen.getByRole('textbox', { name: '名称' });
    const ok = screen.getByRole('button', { name: '确定' });
    expect(document.activeElement).toBe(input);
    // Tab from the last control comes back to the first (the close button), Shift+Tab goes round the other way.
    ok.focus();
    fireEvent.keyDown(ok, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '×' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(ok);
    fireEvent.keyDown(ok, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
