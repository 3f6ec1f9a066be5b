/**
 * The report page `xcplan report` prints: the web build's report.html when it is not older than the
 * sources it was built from (the list the Vite config writes beside it), else a build of the report
 * page alone from the same Vite config.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { REPORT_SOURCES_FILE } from '../../vite.config';
import { buildReportPage, isFreshReportBuild, ROOT } from './reportPdf';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xc-report-page-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('which report page build is used', () => {
  test('a build is fresh only with its page, its sources list, and no source newer than the page', async () => {
    const page = join(dir, 'report.html');
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(false);
    await writeFile(page, '<!doctype html>');
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(false); // no list: built by something else
    await writeFile(join(dir, REPORT_SOURCES_FILE), JSON.stringify(['package.json', 'shared/report/page.ts']));
    const future = new Date(Date.now() + 60_000);
    await utimes(page, future, future);
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(true);
    const past = new Date('2000-01-01T00:00:00Z');
    await utimes(page, past, past);
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(false); // a source changed after the build
    await utimes(page, future, future);
    await writeFile(join(dir, REPORT_SOURCES_FILE), JSON.stringify(['shared/report/no-longer-there.ts']));
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(false); // a source is gone
    await writeFile(join(dir, REPORT_SOURCES_FILE), 'not json');
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(false);
  });

  test('the on-demand build is the Vite config narrowed to the report page, and lists what it was built from', async () => {
    await buildReportPage(dir);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(existsSync(join(dir, 'index.html'))).toBe(false); // the app itself is not built
    const sources = JSON.parse(await readFile(join(dir, REPORT_SOURCES_FILE), 'utf8')) as string[];
    for (const file of ['renderer/report.html', 'renderer/report-entry.tsx', 'renderer/views/report/ReportDocument.tsx', 'shared/report/page.ts', 'vite.config.ts']) expect(sources).toContain(file);
    expect(sources.every((s) => existsSync(join(ROOT, s)))).toBe(true);
    expect(isFreshReportBuild(dir, REPORT_SOURCES_FILE)).toBe(true);
  }, 120_000);
});
