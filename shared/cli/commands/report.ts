/**
 * `xcplan report <project file> [--scenario <file or name>] --out roadmap.pdf [--xlsx roadmap.xlsx]
 * [--lang en]`: the roadmap report, rendered headless from the app's own report document (PDF) and
 * as a workbook with one sheet per section (XLSX). Consultants run it in batches. A project file
 * with errors prints them and exits 1, never a partial report; a missing Chromium exits 2.
 */
import { basename } from 'node:path';

import { toXlsx } from '../../io/export';
import type { ProjectFile } from '../../model';
import { buildReport, ReportError, reportSheets } from '../../report';
import type { ReportModel } from '../../report';
import { parseArgs } from '../args';
import { loadProjectForCommand } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import { checkOutputPath, writeAtomically } from '../write';
import { formatMoney } from '../../format';

function summaryLine(model: ReportModel, io: CliIo): string {
  const s = model.summary;
  return io.lang === 'zh'
    ? `${model.cover.hospital}（情景：${model.cover.scenario}）：${s.waves} 个批次，${s.firstWaveStart ?? '–'} 至 ${s.lastWaveEnd ?? '–'}；总投资 ${formatMoney(s.total, 'wan', 'zh')}，峰值 ${s.peakYear ?? '–'} 年 ${formatMoney(s.peakSpend, 'wan', 'zh')}`
    : `${model.cover.hospital} (scenario ${model.cover.scenario}): ${s.waves} waves, ${s.firstWaveStart ?? '–'} to ${s.lastWaveEnd ?? '–'}; total ${formatMoney(s.total, 'wan', 'en')}, peak ${s.peakYear ?? '–'} ${formatMoney(s.peakSpend, 'wan', 'en')}`;
}

export const command: CliCommand = {
  name: 'report',
  usage: 'report <项目文件> [--scenario <情景文件或名称>] --out <报告.pdf> [--xlsx <报告.xlsx>]',
  summary: { zh: '生成信创替代路线图报告（PDF，与应用内报告同一文档；可同时导出 XLSX）', en: 'the roadmap report as PDF (the same document as in the app) and optionally XLSX' },
  async run(args, io) {
    const zh = io.lang === 'zh';
    const { positionals, options } = parseArgs(args, { options: ['scenario', 'out', 'xlsx', 'screenshot'], positionals: 1 });
    if (positionals.length === 0) throw new UsageError(zh ? '缺少项目文件参数' : 'missing the project file argument');
    const out = options.get('out');
    const xlsx = options.get('xlsx');
    if (!out && !xlsx) throw new UsageError(zh ? '请用 --out 指定 PDF 文件（或用 --xlsx 指定工作簿）' : 'name the PDF with --out (or a workbook with --xlsx)');
    // Before the plan and the browser: a PDF that cannot be written should not cost a render first.
    for (const path of [out, xlsx]) if (path) await checkOutputPath(path);
    // A scenario file, or one of the project's scenarios by name (loadProjectForCommand decides).
    const project: ProjectFile | undefined = await loadProjectForCommand(positionals[0], options.get('scenario'), io);
    if (!project) return 1;
    let model: ReportModel;
    try {
      model = buildReport(project, undefined, io.lang);
    } catch (error) {
      if (error instanceof ReportError) {
        io.stderr(`${zh ? '错误' : 'error'}: ${basename(positionals[0]!)}: ${zh ? error.zh : error.en}`);
        return 1;
      }
      throw error;
    }
    if (xlsx) {
      const sheets = reportSheets(model);
      await writeAtomically(xlsx, await toXlsx(sheets));
      io.stdout(zh ? `已写入 ${xlsx}（${sheets.length} 个工作表）` : `wrote ${xlsx} (${sheets.length} sheets)`);
    }
    if (out) {
      const renderer = await import('../reportPdf');
      try {
        const screenshot = options.get('screenshot');
        const result = await renderer.renderReportPdf(model, out, { log: (text) => io.stderr(text), ...(screenshot ? { screenshot } : {}) });
        io.stdout(zh ? `已写入 ${out}（${result.pages} 页，${Math.round(result.bytes / 1024)} KB）` : `wrote ${out} (${result.pages} pages, ${Math.round(result.bytes / 1024)} KB)`);
      } catch (error) {
        if (error instanceof renderer.ChromiumMissingError) {
          io.stderr(zh
            ? `错误: 找不到 Chromium（${error.message}）。请安装 Debian 的 chromium 软件包，或用环境变量 CHROMIUM_PATH 指定浏览器路径；也可只用 --xlsx 导出工作簿。`
            : `error: Chromium not found (${error.message}). Install Debian's chromium package or set CHROMIUM_PATH; --xlsx alone needs no browser.`);
          return 2;
        }
        throw error;
      }
    }
    io.stdout(summaryLine(model, io));
    return 0;
  },
};
