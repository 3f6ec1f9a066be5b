/**
 * Analysis benchmark (issue 12): the one analysis (plan, costs at each year's prices, forecast
 * lines, procurement list, coverage) of a generated estate of 100,000 assets and 400,000
 * dependencies (fixtures/generate/estate.ts), against planning alone in the same run; and a
 * revisit of a view after it, served from the analysis client's cache (the app's path: the same
 * project object, the same scenario). Runs standalone: `npx tsx bench/analysis.bench.ts`.
 * `XC_BENCH_ANALYSIS_ASSETS` sets the estate size (default 100000).
 */
import { fileURLToPath } from 'node:url';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { generateEstate } from '../fixtures/generate/estate';
import { analyse } from '../shared/analysis';
import { costOf, readPriceBook } from '../shared/forecast';
import { planProject } from '../shared/planner';
import { createAnalysisClient } from '../renderer/workers/analysisClient';
import { answer } from '../renderer/workers/analysisTask';
import { replyForPage, replyFromWorker } from '../renderer/workers/replyTransfer';
import { projectDelta } from '../renderer/workers/projectDelta';

const ASSETS = Number(process.env.XC_BENCH_ANALYSIS_ASSETS ?? 100_000);

const round = (ms: number) => Math.round(ms * 10) / 10;

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/**
 * @returns `analysis100kMs` (warm run, its procurement list included), `analysis100kColdMs`, `analysisViewsMs`
 * (the same run without the list: what the plan, forecast, graph and group views wait for; the
 * list is built when first read), `analysisListMs` (the list), `analysisVsPlanRatio` (warm run against planning
 * alone), `analysisNonPlanMs` and `analysisNonPlanVsPlanRatio` (the warm run without its planning part, against
 * that part: costs, forecast, procurement list, coverage), `analysisRevisitMs`
 */
export async function run(): Promise<Record<string, number>> {
  const project = generateEstate({ assets: ASSETS, seed: 42 });
  const book = readPriceBook(project);
  if (!book.ok) throw new Error('the generated estate has an invalid price book');
  // The whole analysis, its procurement list included (the list is built when first read).
  const cold = time(() => analyse(project).procurement);
  let analysed: ReturnType<typeof analyse> | undefined;
  const views = time(() => (analysed = analyse(project, undefined, { now: () => performance.now() })));
  const listMs = time(() => analysed!.procurement);
  const warm = views + listMs;
  const timings = analysed!.timings;
  // Planning alone, priced the same way, in the same run: what the rest of the analysis adds.
  const plan = time(() => planProject(project, { costOf: costOf(book.value, project) }));
  // The app's client (main-thread fallback in Node: the same cache code the worker client uses).
  const client = createAnalysisClient();
  const first = performance.now();
  await client.request('analyse', { project, lang: 'zh' });
  const firstMs = performance.now() - first;
  const revisit = performance.now();
  const again = await client.request('analyse', { project, lang: 'zh' });
  const revisitMs = performance.now() - revisit;
  if (!again) throw new Error('the cached revisit returned nothing');
  client.dispose();
  const page = pageReceive(project, 'analyse');
  const list = pageReceive(project, 'procurement');
  const edits = editSequence(project);
  return {
    analysis100kMs: round(warm),
    analysis100kColdMs: round(cold),
    analysisPlanPartMs: round(timings.planMs),
    analysisPlanAloneMs: round(plan),
    analysisVsPlanRatio: Math.round((warm / plan) * 100) / 100,
    analysisViewsMs: round(views),
    analysisListMs: round(listMs),
    analysisNonPlanMs: round(warm - timings.planMs),
    analysisNonPlanVsPlanRatio: Math.round(((warm - timings.planMs) / timings.planMs) * 100) / 100,
    analysisClientFirstMs: round(firstMs),
    analysisRevisitMs: Math.round(revisitMs * 1000) / 1000,
    analysisAssets: project.assets.length,
    analysisPageReceiveMs: round(page.packed),
    analysisPageReceivePlainMs: round(page.plain),
    analysisPageReceiveRatio: Math.round((page.packed / page.plain) * 100) / 100,
    procurementPageReceiveMs: round(list.packed),
    procurementPageReceivePlainMs: round(list.plain),
    procurementPageReceiveRatio: Math.round((list.packed / list.plain) * 100) / 100,
    workerEditAnalysisMs: round(edits.medianMs),
    workerEditHeapMb: edits.heapMb,
  };
}

/**
 * The worker through a session of edits, as the app drives it: the project posted once, then six
 * edits of one quantity, each posted as its changes (projectDelta) and warmed with its procurement
 * list. Returns the median time of the warm-ups after the first three edits, and the worker's heap
 * after the last one and a full collection (MB).
 */
function editSequence(project: Parameters<typeof analyse>[0]): { medianMs: number; heapMb: number } {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const now = () => performance.now();
  const warm = (input: object): number => {
    const started = performance.now();
    const reply = answer({ id: 1, kind: 'warm', input: { lang: 'zh', list: true, ...input } } as Parameters<typeof answer>[0], now);
    if (!reply.ok) throw new Error(`the warm-up failed: ${reply.message}`);
    return performance.now() - started;
  };
  const base = 5000;
  warm({ version: base, project });
  let previous = project;
  const times: number[] = [];
  for (let edit = 1; edit <= 6; edit++) {
    const assets = previous.assets.slice();
    const k = (edit * 7919) % assets.length;
    assets[k] = { ...assets[k]!, quantity: assets[k]!.quantity + 1 };
    const next = { ...previous, assets };
    const delta = projectDelta(base + edit - 1, previous, next);
    if (!delta) throw new Error('an edit of one asset should travel as its changes');
    times.push(warm({ version: base + edit, delta }));
    previous = next;
  }
  gc();
  const later = times.slice(3).sort((a, b) => a - b);
  return { medianMs: later[1]!, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) };
}

/**
 * What the page's thread spends on receiving an answer (median of three, interleaved):
 * deserialising the message as the worker posts it (`v8.deserialize`, the algorithm of
 * postMessage) and unpacking it (renderer/workers/replyTransfer.ts: the analysis's plan, the
 * procurement list), against deserialising the same answer posted as it is.
 */
function pageReceive(project: Parameters<typeof analyse>[0], kind: 'analyse' | 'procurement'): { packed: number; plain: number } {
  const reply = answer({ id: 1, kind, input: { version: 1, lang: 'zh', project } }, () => performance.now());
  const plainBytes = serialize(reply);
  const packedBytes = serialize(replyForPage(kind, reply).message);
  const packed: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 3; i++) {
    plain.push(time(() => deserialize(plainBytes)));
    packed.push(time(() => replyFromWorker(kind, deserialize(packedBytes) as typeof reply)));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  return { packed: median(packed), plain: median(plain) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const metrics = await run();
  process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
}
