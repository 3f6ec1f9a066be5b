import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { readXlsxRows } from '../../io/xlsx';
import type { ProjectFile } from '../../model';
import { buildReport } from '../../report';
import { chromiumArgs, countPdfPages, DEFAULT_CHROMIUM, renderReportPdf, serveDirectory } from '../reportPdf';
import { UsageError } from '../types';
import { command as report } from './report';
import { captureIo } from '../testIo';
import { formatMoney } from '../../format';

const SAMPLE = join(__dirname, '../../../fixtures/sample-tertiary.xcplan.json');
const chromium = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
const hasChromium = existsSync(chromium);
if (!hasChromium) console.warn(`report PDF tests skipped: no Chromium at ${chromium} (set CHROMIUM_PATH)`);

let dir: string;
let sample: ProjectFile;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xcplan-report-'));
  sample = JSON.parse(await readFile(SAMPLE, 'utf8')) as ProjectFile;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('xcplan report', () => {
  test('asks for an output and names unknown scenarios', async () => {
    const { io } = captureIo();
    await expect(report.run([SAMPLE], io)).rejects.toThrow(UsageError);
    await expect(report.run([SAMPLE], io)).rejects.toThrow(/--out/);
    const { io: io2, err } = captureIo();
    expect(await report.run([SAMPLE, '--scenario', '不存在的情景', '--xlsx', join(dir, 'x.xlsx')], io2)).toBe(1);
    expect(err.join('\n')).toContain('快速');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a project file with errors writes nothing', async () => {
    const bad = join(dir, 'bad.xcplan.json');
    await writeFile(bad, JSON.stringify({ ...sample, assets: [{ id: 'A', name: '', category: 'nope', quantity: -1 }] }));
    const { io, err } = captureIo();
    expect(await report.run([bad, '--xlsx', join(dir, 'bad.xlsx'), '--out', join(dir, 'bad.pdf')], io)).toBe(1);
    expect(err.join('\n')).toContain('bad.xcplan.json');
    expect(existsSync(join(dir, 'bad.xlsx')) || existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });

  test('--xlsx writes one sheet per section with the planner figures', async () => {
    const { io, out } = captureIo();
    const path = join(dir, 'roadmap.xlsx');
    expect(await report.run([SAMPLE, '--scenario', '快速', '--xlsx', path], io)).toBe(0);
    const model = buildReport(sample, '快速', 'zh');
    expect(out.at(-1)).toContain(`${model.summary.waves} 个批次`);
    const sheets = await readXlsxRows(new Uint8Array(await readFile(path)), 'roadmap.xlsx');
    expect(sheets.ok).toBe(true);
    if (!sheets.ok) return;
    expect(sheets.value.map((s) => s.name)).toEqual(['摘要', '迁移批次', '年度支出', '采购清单', '采购包', '切换手册', '警告', '假设-价格本', '假设-情景与规则']);
    const summary = new Map(sheets.value[0]!.rows.map((r) => [r.cells[0], r.cells[1]]));
    expect(summary.get('情景')).toBe('快速');
    expect(summary.get('迁移批次数')).toBe(String(model.summary.waves));
    expect(sheets.value[1]!.rows).toHaveLength(model.waves.length + 1);
  });

  test('exits 2 with a clear message when Chromium is missing, and writes no PDF', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium');
    try {
      const { io, err } = captureIo('en');
      const out = join(dir, 'none.pdf');
      expect(await report.run([SAMPLE, '--out', out], io)).toBe(2);
      expect(err.join('\n')).toMatch(/Chromium not found .*no-such-chromium.*CHROMIUM_PATH/);
      expect(existsSync(out)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  test.skipIf(!hasChromium)('renders the sample hospital to a multi-page A4 PDF whose text has the waves and the total', async () => {
    const out = join(dir, 'roadmap.pdf');
    const { io, out: lines } = captureIo();
    expect(await report.run([SAMPLE, '--out', out], io)).toBe(0);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = countPdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(lines.join('\n')).toContain(`（${pages} 页`);

    // The same renderer returns the document's text as Chromium laid it out.
    const model = buildReport(sample, undefined, 'zh');
    const again = await renderReportPdf(model, join(dir, 'again.pdf'));
    expect(again.pages).toBe(pages);
    expect(again.text).toContain(`${model.summary.waves} 批`);
    expect(again.text).toContain(formatMoney(model.summary.total, 'wan', 'zh'));
    expect(again.text).toContain(`第 ${model.waves.length} 批`);
    expect(again.text).toContain(model.cover.hospital);
  }, 180_000);

  test.skipIf(!hasChromium)('--lang en renders the English document', async () => {
    const out = join(dir, 'roadmap-en.pdf');
    const model = buildReport(sample, undefined, 'en');
    const result = await renderReportPdf(model, out);
    expect(result.text).toContain('Executive summary');
    expect(result.text).toContain(`${model.summary.waves} waves`);
    expect(result.pages).toBeGreaterThanOrEqual(8);
  }, 180_000);
});

describe('the report renderer hardening (issue 15 #11)', () => {
  test('its local server answers a malformed URI with 400 and keeps serving', async () => {
    await writeFile(join(dir, 'report.html'), '<p>ok</p>');
    const server = await serveDirectory(dir);
    try {
      const origin = new URL(server.url).origin;
      expect((await fetch(`${origin}/%`)).status).toBe(400);
      expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${origin}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>ok</p>');
    } finally {
      await server.close();
    }
  });

  test('Chromium keeps its sandbox except as root, where it cannot start sandboxed', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs()).toEqual(chromiumArgs(process.getuid?.() === 0));
  });
});
