/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ForecastYear } from '../../../shared/forecast';
import { initI18n, setLang } from '../../i18n';
import { useAppStore } from '../../state/store';
import { buildProcurementList } from '../../../shared/procurement';
import { fakePlan, LIST, PROJECT } from './fixtures.test-helpers';
import { ProcurementView } from './ProcurementView';

const current = vi.hoisted(() => ({ list: undefined as typeof LIST | undefined, forecast: undefined as Pick<ForecastYear, 'year' | 'assessments' | 'support' | 'dualTrack' | 'change'>[] | undefined }));
vi.mock('./useProcurementList', () => ({
  useProcurementList: () => ({ status: 'ready', project: PROJECT, list: current.list ?? LIST, issues: [], cpuFamily: 'mixed', pending: false, forecast: current.forecast }),
}));

describe('ProcurementView', () => {
  beforeAll(() => {
    initI18n('zh');
    // jsdom does no layout: give the scroll container a size so the virtualiser renders rows.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  });

  afterEach(() => {
    cleanup();
    current.list = undefined;
    current.forecast = undefined;
    setLang('zh');
    useAppStore.getState().setMoneyUnit('wan');
  });

  it('shows the list grouped by year with flags, totals and the province rules', () => {
    render(<ProcurementView />);
    expect(screen.getByRole('heading', { name: '国产优先采购清单' })).toBeTruthy();
    expect(screen.getByText('2027 年')).toBeTruthy();
    expect(screen.getByText('门诊医生站')).toBeTruthy();
    expect(screen.getAllByText('仍需进口').length).toBeGreaterThan(0);
    expect(screen.getByText(/合计：4 项/)).toBeTruthy();
    // The unit price to the fen beside the quantity: 300 × 5,000.00 = the row's amount.
    expect(within(document.querySelector('[data-asset="PC-1"]') as HTMLElement).getByText('单价 5,000.00 元')).toBeTruthy();
    // The rule is in the numbered rules panel, and the import's own line cites it by number with its full text as its name.
    const panel = screen.getByRole('heading', { name: /适用的采购规则/ }).parentElement!;
    const numbered = within(panel).getAllByRole('listitem');
    const n = numbered.findIndex((li) => /未经批准，公立医院禁止采购进口设备/.test(li.textContent ?? '')) + 1;
    expect(n).toBeGreaterThan(0);
    const lab = document.querySelector('[data-asset="LAB-1"]') as HTMLElement;
    const cite = within(lab).getByRole('link', { name: /采购规则（安徽）：未经批准，公立医院禁止采购进口设备/ });
    expect(cite.textContent).toBe(`安徽 ${n}`);
    expect(cite.getAttribute('href')).toBe(`#proc-rule-${n}`);
  });

  it('says which tenders should already be complete, in the summary and on their rows', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // The PCs of wave 1 (2027-01-01) must be tendered by 2026-10-01; the rest by 2027-10-01.
      vi.setSystemTime(new Date('2026-12-05T10:00:00+08:00'));
      render(<ProcurementView />);
      expect(screen.getByTestId('proc-overdue').textContent).toBe('1 项采购的招标完成时限已过（最早 2026-10-01）：须加急采购，或推迟规划开始日期');
      const pc = document.querySelector('[data-asset="PC-1"]') as HTMLElement;
      expect(within(pc).getByText('已过时限')).toBeTruthy();
      expect(within(document.querySelector('[data-asset="DB-1"]') as HTMLElement).queryByText('已过时限')).toBeNull();
      cleanup();
      vi.setSystemTime(new Date('2026-06-01T10:00:00+08:00'));
      render(<ProcurementView />);
      expect(screen.queryByTestId('proc-overdue')).toBeNull();
      expect(screen.queryByText('已过时限')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists a product kept by exception after the purchases, as not purchased, outside the totals', () => {
    const project = { ...PROJECT, assets: [...PROJECT.assets, { id: 'KEEP-1', name: '直线加速器控制台', category: 'medical-device' as const, quantity: 2, vendor: 'Varian', vendorOrigin: 'foreign' as const, disposition: 'retain' as const }] };
    current.list = buildProcurementList(project, fakePlan(project), { costOf: (asset) => asset.quantity * 5000 });
    render(<ProcurementView />);
    // The purchases' totals are unchanged; the retained product is counted apart.
    expect(screen.getByText(/合计：4 项，303 台\/套，151.5 万元/)).toBeTruthy();
    expect(screen.getByTestId('proc-retained').textContent).toBe('另有保留（例外，不采购）1 项，不计入合计与采购包');
    const rows = [...document.querySelectorAll('[role="row"].proc-item, [role="row"].proc-group')];
    const group = rows.findIndex((r) => r.hasAttribute('data-group-retained'));
    expect(rows[group]!.textContent).toMatch(/^保留（例外，不采购）1 项 · 不计入采购金额与采购包/);
    // After every year's purchases: the group and its one row are the last two rows.
    expect(group).toBe(rows.length - 2);
    const keep = rows.at(-1) as HTMLElement;
    expect(keep.getAttribute('data-asset')).toBe('KEEP-1');
    expect(within(keep).getByText('不采购')).toBeTruthy();
    expect(within(keep).getByText('保留')).toBeTruthy();
  });

  it('marks a tender package whose deadline has passed in its grouping header', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      vi.setSystemTime(new Date('2026-12-05T10:00:00+08:00'));
      render(<ProcurementView />);
      const toolbar = screen.getAllByRole('toolbar')[0]!;
      await userEvent.selectOptions(within(toolbar).getByLabelText('分组'), 'package');
      const heads = [...document.querySelectorAll('.proc-group')].map((g) => g.textContent ?? '');
      // The PCs (wave 1) were due 2026-10-01, in the year before their 2027 money: late, and a cross-year procurement.
      expect(heads.find((h) => h.startsWith('2027 年预算 · 终端与外设'))).toMatch(/招标完成时限 2026-10-01 已过时限跨年度采购$/);
      // The database's tender (wave 3) is due 2027-10-01, for the 2028 budget: not late, but cross-year.
      expect(heads.find((h) => h.startsWith('2028 年预算 · 数据库'))).toMatch(/招标完成时限 2027-10-01跨年度采购$/);
      const early = [...document.querySelectorAll('.proc-group .proc-early-mark')].map((m) => m.getAttribute('title') ?? '');
      expect(early[0]).toMatch(/^招标须在 2027 年之前完成/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says under the list what it does not include, for the years shown, from the forecast', async () => {
    current.forecast = [
      { year: 2027, assessments: 300_000, support: 0, dualTrack: 10_000, change: 20_000 },
      { year: 2028, assessments: 100_000, support: 50_000, dualTrack: 0, change: 20_000 },
      { year: 2029, assessments: 999_000, support: 999_000, dualTrack: 0, change: 0 },
    ];
    render(<ProcurementView />);
    // The list buys in 2027 and 2028: 2029's lines are not its years.
    expect(screen.getByTestId('proc-excluded').textContent).toBe('本清单不含（2027–2028 年，须另行预算与采购）：等保测评与密评 40.0 万元，已购产品维保与订阅 5.0 万元，新旧系统双轨运行 1.0 万元，培训与变更管理 4.0 万元，合计 50.0 万元');
    const toolbar = screen.getAllByRole('toolbar')[0]!;
    await userEvent.selectOptions(within(toolbar).getByLabelText('年度'), '2027');
    expect(screen.getByTestId('proc-excluded').textContent).toBe('本清单不含（2027 年，须另行预算与采购）：等保测评与密评 30.0 万元，已购产品维保与订阅 0.0 万元，新旧系统双轨运行 1.0 万元，培训与变更管理 2.0 万元，合计 33.0 万元');
  });

  it('filters to the items that need attention', async () => {
    render(<ProcurementView />);
    const toolbar = screen.getAllByRole('toolbar')[0]!;
    await userEvent.selectOptions(within(toolbar).getByLabelText('标记'), 'flagged');
    expect(screen.getAllByText(/显示 1 \/ 4 项/).length).toBeGreaterThan(0);
  });

  it('writes money in the unit chosen in Settings, in the summary, group subtotals and rows', () => {
    const { unmount } = render(<ProcurementView />);
    // 4 items costing 5,000 yuan per unit: 303 units = 1,515,000 yuan.
    expect(screen.getByText(/合计：4 项，303 台\/套，151.5 万元/)).toBeTruthy();
    // The amount column names its unit once, so a row's amount fits its column in either language.
    expect(screen.getByRole('columnheader', { name: '金额（万元）' })).toBeTruthy();
    unmount();
    useAppStore.getState().setMoneyUnit('yuan');
    render(<ProcurementView />);
    expect(screen.getByText(/合计：4 项，303 台\/套，1,515,000 元/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '金额（元）' })).toBeTruthy();
  });

  it('in English: money in 10k yuan, provinces and rules in English, Chinese-only rules quoted as the original', () => {
    setLang('en');
    const zhOnly = { id: 'user-1', province: '安徽省', kind: 'approval' as const, source: '', text: { zh: '进口设备须经卫健委审批。', en: '' } };
    current.list = { ...LIST, rules: [...LIST.rules, zhOnly] };
    render(<ProcurementView />);
    expect(screen.getByText(/Total: 4 items, 303 units, 151.5 ×10k yuan/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Cost (×10k yuan)' })).toBeTruthy();
    expect(screen.queryByText(/¥/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Procurement rules in force (Anhui)' })).toBeTruthy();
    const rules = screen.getByRole('heading', { name: /Procurement rules/ }).closest('aside')!;
    const items = within(rules).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^Anhui Public hospitals may not buy imported equipment without approval/);
    expect(items.find((text) => text.startsWith('National'))).toMatch(/security and reliability assessment/);
    expect(items.join(' ')).not.toMatch(/安徽|全国|安全可靠测评/);
    expect(within(rules).getByText('Original Chinese policy text:')).toBeTruthy();
    expect(within(rules).getByText('进口设备须经卫健委审批。').getAttribute('lang')).toBe('zh-CN');
  });
});
