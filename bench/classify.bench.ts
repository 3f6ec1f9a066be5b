/**
 * Classifier benchmark: accuracy on the labelled set (fixtures/labelled/products.csv) and the time
 * to classify 100,000 assets with distinct strings (no cache hits). Runs standalone:
 * `npx tsx bench/classify.bench.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Papa from 'papaparse';

import { BUILT_IN_CATALOGUE } from '../shared/catalogue';
import { compileClassifier } from '../shared/classify';
import { measureAccuracy } from '../shared/classify/accuracy';
import type { LabelledRow } from '../shared/classify/accuracy';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LABELLED_PATH = join(ROOT, 'fixtures', 'labelled', 'products.csv');

/** Reads the labelled set; empty when it is not there. */
export function readLabelled(path = LABELLED_PATH): LabelledRow[] {
  if (!existsSync(path)) return [];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.filter((row) => (row.text ?? '').trim().length > 0).map((row) => ({ text: row.text!, category: row.category, origin: row.origin, cpuArch: row.cpuArch }));
}

const SAMPLE = ['HIS 数据库服务器 Dell PowerEdge R740', '门诊医生站 联想启天 M430 i5-8500', '银河麒麟高级服务器操作系统 V10', 'Oracle 11g RAC', '深信服 AF-1000', 'H3C S5130', 'WPS Office 2019', '海光 C86 7285 服务器', 'SQL Server 2012', '未知设备'];

/** @returns the metrics named in the benchmark contract */
export async function run(): Promise<Record<string, number>> {
  const labelled = readLabelled();
  const accuracy = measureAccuracy(labelled);
  const texts = labelled.length > 0 ? labelled.map((row) => row.text) : SAMPLE;
  const assets = Array.from({ length: 100_000 }, (_, i) => ({ id: `A${i}`, name: `${texts[i % texts.length]!} 资产${i}` }));
  const classifier = compileClassifier(BUILT_IN_CATALOGUE);
  const started = performance.now();
  let domestic = 0;
  for (const asset of assets) if (classifier.classify(asset).origin === 'domestic') domestic++;
  const classify100kMs = performance.now() - started;
  const compileStarted = performance.now();
  compileClassifier(BUILT_IN_CATALOGUE);
  const compileMs = performance.now() - compileStarted;
  return Promise.resolve({
    labelledRows: labelled.length,
    classifyOriginPrecision: round(accuracy.originPrecision),
    classifyOriginRecall: round(accuracy.originRecall),
    classifyCategoryPrecision: round(accuracy.categoryPrecision),
    classifyCategoryRecall: round(accuracy.categoryRecall),
    classifyCpuArchAccuracy: round(accuracy.cpuArchAccuracy),
    classify100kMs: Math.round(classify100kMs),
    classifyCompileMs: Math.round(compileMs),
    classifyDomesticShare: round(domestic / assets.length),
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metrics = await run();
  process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
  if (process.argv.includes('--misses')) {
    for (const miss of measureAccuracy(readLabelled()).originMisses) process.stdout.write(`${miss.expected}\t${miss.got}\t${miss.text}\n`);
  }
}
