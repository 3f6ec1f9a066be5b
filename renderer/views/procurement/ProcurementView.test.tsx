/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { initI18n } from '../../i18n';
import { LIST, PROJECT } from './fixtures.test-helpers';
import { ProcurementView } from './ProcurementView';

vi.mock('./useProcurementList', () => ({
  useProcurementList: () => ({ status: 'ready', project: PROJECT, list: LIST, issues: [], cpuFamily: 'mixed', pending: false }),
}));

describe('ProcurementView', () => {
  beforeAll(() => {
    initI18n('zh');
    // jsdom does no layout: give the scroll container a size so the virtualiser renders rows.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  });

  it('shows the list grouped by year with flags, totals and the province rules', () => {
    render(<ProcurementView />);
    expect(screen.getByRole('heading', { name: '国产优先采购清单' })).toBeTruthy();
    expect(screen.getByText('2027 年')).toBeTruthy();
    expect(screen.getByText('门诊医生站')).toBeTruthy();
    expect(screen.getAllByText('仍需进口').length).toBeGreaterThan(0);
    expect(screen.getByText(/合计：4 项/)).toBeTruthy();
    expect(screen.getByText(/未经批准，公立医院禁止采购进口设备/)).toBeTruthy();
  });

  it('filters to the items that need attention', async () => {
    render(<ProcurementView />);
    const toolbar = screen.getAllByRole('toolbar')[0]!;
    await userEvent.selectOptions(within(toolbar).getByLabelText('标记'), 'flagged');
    expect(screen.getAllByText(/显示 1 \/ 4 项/).length).toBeGreaterThan(0);
  });
});
