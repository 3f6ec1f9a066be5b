/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { TabList } from './TabList';

function Tabs() {
  const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
  return <TabList ids={['a', 'b', 'c']} selected={tab} label="视图" className="tabs" idPrefix="t" panelId={(id) => `p-${id}`} labelOf={(id) => id.toUpperCase()} onSelect={setTab} />;
}

describe('TabList', () => {
  afterEach(cleanup);

  it('is one tab stop; the arrow keys, Home and End move along the row and select', () => {
    render(<Tabs />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(screen.getByRole('tablist', { name: '视图' })).toBeTruthy();
    expect([tab('A'), tab('B'), tab('C')].map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tab('A').focus();
    fireEvent.keyDown(tab('A'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('B'));
    expect(tab('B').getAttribute('aria-selected')).toBe('true');
    expect([tab('A'), tab('B'), tab('C')].map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(tab('B'), { key: 'End' });
    expect(document.activeElement).toBe(tab('C'));
    // Round the end, and back.
    fireEvent.keyDown(tab('C'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('A'));
    fireEvent.keyDown(tab('A'), { key: 'ArrowLeft' });
    expect(tab('C').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('C'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('A'));
    fireEvent.click(tab('B'));
    expect(tab('B').getAttribute('aria-controls')).toBe('p-b');
    expect(tab('B').id).toBe('t-b');
  });
});
