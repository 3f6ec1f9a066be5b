/** @vitest-environment jsdom */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import sampleFile from '../../../fixtures/sample-tertiary.xcplan.json';
import type { ProjectFile } from '../../../shared/model';
import { buildReport, REPORT_SECTIONS } from '../../../shared/report';
import { initI18n } from '../../i18n';
import { ReportDocument } from './ReportDocument';
import { RUNBOOKS_PRINTED } from './sections';
import { ReportView } from './ReportView';
import { formatMoney } from '../../../shared/format';
import { generateEstate } from '../../../fixtures/generate/estate';
import type { Lang } from '../../../shared/format';

const sample = sampleFile as unknown as ProjectFile;

const platform = vi.hoisted(() => ({ printDocument: vi.fn((_name: string, _footer: { text: string; lang: Lang }) => Promise.resolve(true)), saveFile: vi.fn((_name: string, _bytes: Uint8Array | string, _mime: string) => Promise.resolve(true)) }));
vi.mock('../../platform', async (importOriginal) => ({ ...(await importOriginal<object>()), ...platform }));
vi.mock('../../hooks/useActiveProject', () => ({ useActiveProjectFile: () => sample }));
vi.mock('../../hooks/useProjects', () => ({ useActiveProjectRow: () => ({ name: '示例市第一人民医院（三甲）' }) }));

/** The sample's report in `lang` on the tests' date, rendered. */
function renderSample(lang: Lang = 'zh') {
  const model = buildReport(sample, undefined, lang, { date: '2026-11-29' });
  return { model, ...render(<ReportDocument model={model} />) };
}

describe('ReportDocument', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(cleanup);

  it.each(['zh', 'en'] as const)('renders every section in %s with no missing words', (lang) => {
    const { model, container } = renderSample(lang);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/doc\.[a-zA-Z]/);
    if (lang === 'en') {
      // Money in the one English style of shared/format ("×10k yuan"), categories by their names, not their ids.
      expect(text).toContain(' ×10k yuan');
      expect(text).not.toMatch(/(?<!×)10k yuan|万元/);
      expect(text).not.toMatch(/security-software|security-appliance|medical-device/);
    }
    // The sections of shared/report's table, in its order, each listed in the contents under its title.
    const titles = [...container.querySelectorAll('.rp-page > h2')].map((h) => h.textContent);
    expect(titles).toHaveLength(REPORT_SECTIONS.length);
    expect([...container.querySelectorAll('.rp-contents li')].map((li) => li.textContent)).toEqual(titles);
    expect(titles[0]).toBe(lang === 'zh' ? '一、执行摘要' : '1. Executive summary');
    // One runbook row per core cut-over of the plan, with its rollback deadline (issue 16).
    expect(model.runbooks!.length).toBeGreaterThanOrEqual(4);
    expect(container.querySelectorAll('[data-testid="report-runbooks"] tbody tr')).toHaveLength(model.runbooks!.length);
    // The criteria all cut-overs share are printed once; each row keeps only its own, nothing is lost.
    const common = [...container.querySelectorAll('[data-testid="report-runbooks-common"] li')].map((li) => li.textContent);
    expect(common.length).toBeGreaterThan(3);
    const rows = [...container.querySelectorAll('[data-testid="report-runbooks"] tbody tr')];
    model.runbooks!.forEach((runbook, i) => {
      const shown = [...rows[i]!.querySelectorAll('li')].map((li) => li.textContent);
      expect(runbook.goNoGo.every((g) => common.includes(g) || shown.includes(g))).toBe(true);
      expect(shown.every((g) => !common.includes(g))).toBe(true);
    });
    expect(container.querySelectorAll('[data-testid="report-waves"] tbody tr')).toHaveLength(model.waves.length);
    expect(screen.getByTestId('report-kpi-total').textContent).toBe(formatMoney(model.summary.total, 'wan', lang));
    expect(screen.getByTestId('report-kpi-total').parentElement!.textContent).toContain(formatMoney(model.procurement.total.cost, 'wan', lang));
    expect(container.querySelectorAll('[data-testid="report-graph"] circle').length).toBeGreaterThanOrEqual(model.graph.nodes.length);
    // The procurement section is what a director reads: rules, tenders per budget year, totals and
    // what needs acting on; the list item by item is the appendix, last and in the contents.
    const procurementSection = container.querySelector('[aria-labelledby="rp-procurement"]')!;
    const appendix = container.querySelector('[aria-labelledby="rp-purchaseItems"]')!;
    expect(titles.at(-1)).toBe(lang === 'zh' ? '附录：采购明细' : 'Appendix: purchase items');
    expect(procurementSection.querySelector('.rp-procurement')).toBeNull();
    expect([...procurementSection.querySelectorAll('.rp-packages')].map((table) => Number(table.getAttribute('data-year')))).toEqual([...new Set(model.procurement.packages.map((p) => p.budgetYear))]);
    expect(procurementSection.querySelectorAll('.rp-packages tbody tr')).toHaveLength(model.procurement.packages.length);
    expect([...procurementSection.querySelectorAll('[data-testid="report-procurement-attention"] tbody tr')].map((tr) => tr.getAttribute('data-kind'))).toEqual(['overdue', 'early', 'import', 'kept']);
    expect(screen.getByTestId('report-procurement-total').textContent).toContain(formatMoney(model.procurement.total.cost, 'wan', lang));
    expect(appendix.querySelectorAll('.rp-procurement tbody tr')).toHaveLength(model.procurement.total.items);
    // An import cites its province rules by place and number inside its own row (a page break
    // cannot part item and citation); their words are printed once, numbered, above the tables.
    const ruled = model.procurement.years.flatMap((y) => y.rows).filter((row) => row.rules.length > 0);
    expect(ruled.length).toBeGreaterThan(0);
    const citations = [...container.querySelectorAll('.rp-procurement tbody tr .rp-rule-ref')].map((cell) => cell.textContent);
    expect(citations).toHaveLength(ruled.length);
    const citingRows = [...container.querySelectorAll('.rp-procurement tbody tr')].filter((tr) => tr.querySelector('.rp-rule-ref'));
    expect(citingRows.map((tr) => tr.querySelector('.rp-id')?.textContent)).toEqual(ruled.map((row) => row.assetId));
    const listed = screen.getByTestId('report-procurement-rules');
    model.procurement.rules.forEach((rule, i) => {
      expect(rule.label).toMatch(new RegExp(` ${i + 1}$`));
      expect(listed.textContent).toContain(`${rule.label}${lang === 'zh' ? '：' : ': '}${rule.text}`);
    });
    ruled.forEach((row, i) => {
      expect(citations[i]).toContain(row.ruleRefs.join(lang === 'zh' ? '、' : ', '));
      for (const rule of model.procurement.rules) expect(citations[i]).not.toContain(rule.text);
    });
  });

  it('says what the peak year needs in all, in parts that add up to it, and that the cap limits only the one-off part', () => {
    const { model, container } = renderSample();
    const wan = (yuan: number) => formatMoney(yuan, 'wan', 'zh');
    const peak = model.spend.years.find((y) => y.year === model.summary.peakYear)!;
    const cap = peak.budget!;
    expect(peak.total).toBeGreaterThan(cap);
    expect(peak.oneOff).toBeLessThanOrEqual(cap);
    const box = screen.getByTestId('report-cash-need').textContent ?? '';
    expect(box).toContain(`年度预算上限 ${wan(cap)} 只约束一次性替代支出`);
    expect(box).toContain(
      `${peak.year} 年全年现金需求 ${wan(peak.total)} = 一次性替代 ${wan(peak.oneOff)} + 服务费与订阅 ${wan(peak.support)} + 等保测评与密评 ${wan(peak.assessments)} + 双轨运行 ${wan(peak.dualTrack)} + 培训与变革 ${wan(peak.change)}`,
    );
    for (const y of model.spend.years.filter((e) => e.budget !== null && e.total > e.budget)) expect(box).toContain(`${y.year} 年超出 ${wan(y.total - y.budget!)}`);
    // The peak year's figure says it is the whole year's, recurring spend included.
    expect(screen.getByTestId('report-kpis').textContent).toContain(`全年支出 ${wan(peak.total)}（含经常性支出；其中一次性 ${wan(peak.oneOff)}）`);
    // The forecast section parts every year the same way; the parts of each row add up to its total.
    const number = (cell: Element) => Number((cell.textContent ?? '').replace(/,/g, ''));
    for (const y of model.spend.years) {
      const cells = [...container.querySelectorAll(`[data-testid="report-cash"] tr[data-year="${y.year}"] td`)].map(number);
      const [oneOff, support, assessments, dualTrack, change, total] = cells;
      expect([oneOff, support, assessments, dualTrack, change, total]).toEqual([y.oneOff, y.support, y.assessments, y.dualTrack, y.change, y.total].map((v) => Math.round(v / 1000) / 10));
      expect(oneOff! + support! + assessments! + dualTrack! + change!).toBeCloseTo(total!, 0);
    }
  });

  it('says when the replacement is done with what stays, and carries no field, command or programmer words', () => {
    const { model, container } = renderSample();
    const { lastCutover, lastDualTrackEnd, retained } = model.summary;
    expect(screen.getByTestId('report-kpi-done').textContent).toBe(`${lastCutover!.slice(0, 4)} 年 ${Number(lastCutover!.slice(5, 7))} 月`);
    const kpis = screen.getByTestId('report-kpis').textContent ?? '';
    expect(kpis).toContain(`应替资产完成替换`);
    expect(kpis).toContain(`末次切换 ${lastCutover}，双轨运行至 ${lastDualTrackEnd}；${retained} 项按例外保留，业务系统覆盖 98.4%`);
    const text = container.textContent ?? '';
    for (const word of ['实现全面替代', '下界', '泳道', 'xcplan', '冻结期', 'Go/No-Go', '由边缘到核心']) expect(text).not.toContain(word);
    // Runbook rows say the wave as every other table does.
    expect([...container.querySelectorAll('[data-testid="report-runbooks"] tbody tr')].every((tr) => /^第 \d+ 批/.test(tr.textContent ?? ''))).toBe(true);
  });
});

describe('ReportDocument at hospital-group scale', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(cleanup);

  it('prints the procurement lines with their item counts and says why the estate is not drawn', () => {
    const estate = generateEstate({ assets: 6000, seed: 11 });
    const model = buildReport(estate, undefined, 'zh', { date: '2026-12-04' });
    const { container } = render(<ReportDocument model={model} />);
    const grouped = screen.getByTestId('report-procurement-grouped').textContent ?? '';
    expect(grouped).toContain(`共 ${model.procurement.grouped!.items.toLocaleString('zh-CN')} 项采购条目`);
    expect(grouped).toContain(`汇总为 ${model.procurement.grouped!.lines.toLocaleString('zh-CN')} 行`);
    expect(container.querySelectorAll('.rp-procurement tbody tr')).toHaveLength(model.procurement.grouped!.lines);
    const line = model.procurement.years.flatMap((y) => y.rows).find((r) => (r.count ?? 1) > 1)!;
    expect(container.textContent).toContain(`${line.assetName} 等 ${line.count!.toLocaleString('zh-CN')} 项`);
    expect(container.querySelector('[data-testid="report-graph"]')).toBeNull();
    expect(screen.getByTestId('report-graph-omitted').textContent).toContain('依赖图');
    // The runbook table prints the first cut-overs by wave and says where the others are.
    const runbooks = model.runbooks!;
    expect(runbooks.length).toBeGreaterThan(RUNBOOKS_PRINTED);
    const printed = [...container.querySelectorAll('[data-testid="report-runbooks"] tbody tr')];
    expect(printed).toHaveLength(RUNBOOKS_PRINTED);
    expect(printed.map((row) => row.textContent?.match(/^第 (\d+) 批/)?.[1])).toEqual(runbooks.slice(0, RUNBOOKS_PRINTED).map((r) => String(r.wave)));
    expect(screen.getByTestId('report-runbooks-more').textContent).toBe(`共 ${runbooks.length.toLocaleString('zh-CN')} 个核心切换，此处按批次列出前 ${RUNBOOKS_PRINTED} 个；全部见导出 XLSX 的“切换手册”表。`);
  });
});

describe('ReportView', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(cleanup);

  it('prints the document under the hospital name and exports the workbook', async () => {
    render(<ReportView />);
    // The report is built in the analysis worker (the main-thread fallback here): it arrives after a moment.
    const toolbar = await screen.findByRole('toolbar', { name: '报告操作' }, { timeout: 15_000 });
    await userEvent.click(within(toolbar).getByRole('button', { name: '生成 PDF' }));
    await waitFor(() => expect(platform.printDocument).toHaveBeenCalledTimes(1));
    expect(platform.printDocument.mock.calls[0]).toEqual(['示例市第一人民医院（三甲）-信创替代路线图-基准.pdf', { text: '示例市第一人民医院（三甲） · 信息技术应用创新替代路线图', lang: 'zh' }]);
    await userEvent.click(within(toolbar).getByRole('button', { name: '导出 XLSX' }));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const [name, bytes] = platform.saveFile.mock.calls[0]!;
    expect(name).toBe('示例市第一人民医院（三甲）-信创替代路线图-基准.xlsx');
    expect([...(bytes as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('writes the report in the UI language by default, and the user can still switch it', async () => {
    await act(() => initI18n().changeLanguage('en'));
    try {
      render(<ReportView />);
      const picker = await screen.findByLabelText('Report language', undefined, { timeout: 15_000 });
      expect((picker as HTMLSelectElement).value).toBe('en');
      expect(await screen.findByRole('heading', { name: '1. Executive summary' })).toBeTruthy();
      await userEvent.selectOptions(picker, 'zh');
      expect(await screen.findByRole('heading', { name: '一、执行摘要' }, { timeout: 15_000 })).toBeTruthy();
    } finally {
      await act(() => initI18n().changeLanguage('zh'));
    }
  });

  it('re-plans for another scenario and switches the document language', async () => {
    render(<ReportView />);
    const fast = buildReport(sample, '快速', 'en');
    await userEvent.selectOptions(await screen.findByLabelText('情景', undefined, { timeout: 15_000 }), '快速');
    await userEvent.selectOptions(screen.getByLabelText('报告语言'), 'en');
    await waitFor(() => expect(screen.getByTestId('report-scenario').textContent).toBe('快速'), { timeout: 15_000 });
    await waitFor(() => expect(screen.getByTestId('report-kpi-waves').textContent).toBe(`${fast.summary.waves} waves`), { timeout: 15_000 });
    expect(screen.getByRole('heading', { name: '1. Executive summary' })).toBeTruthy();
  });
});
