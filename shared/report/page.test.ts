import { describe, expect, it } from 'vitest';

import { footerTemplate, pageCss, REPORT_PAGE, reportFooter } from './page';

const model = { lang: 'zh' as const, cover: { hospital: '示例医院', title: '信息技术应用创新替代路线图' } } as Parameters<typeof reportFooter>[0];

describe('the report page as data', () => {
  it('gives the footer the hospital and the title, with the page number in the report language', () => {
    const footer = reportFooter(model);
    expect(footer).toEqual({ text: '示例医院 · 信息技术应用创新替代路线图', lang: 'zh' });
    expect(footerTemplate(footer)).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
    expect(footerTemplate({ ...footer, lang: 'en' })).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    // The footer runs between the side margins.
    expect(footerTemplate(footer)).toContain(`padding:0 ${REPORT_PAGE.marginMm.right}mm 0 ${REPORT_PAGE.marginMm.left}mm`);
  });

  it('carries paper and margins as @page rules, and the footer as margin boxes only when asked', () => {
    const m = REPORT_PAGE.marginMm;
    expect(pageCss()).toBe(`@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`);
    const withFooter = pageCss(reportFooter(model));
    expect(withFooter).toContain('@bottom-left { content: "示例医院 · 信息技术应用创新替代路线图";');
    expect(withFooter).toContain('@bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";');
  });

  it('escapes a hospital name in both footers: no markup in the template, no way out of the CSS string', () => {
    const footer = { text: '<b>医院</b> "A" \\ x\n}', lang: 'zh' as const };
    expect(footerTemplate(footer)).toContain('&lt;b&gt;医院&lt;/b&gt; &quot;A&quot;');
    expect(footerTemplate(footer)).not.toContain('<b>');
    expect(pageCss(footer)).toContain('content: "<b>医院</b> \\"A\\" \\\\ x }";');
  });
});
