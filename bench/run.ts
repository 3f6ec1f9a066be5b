/**
 * The benchmark report (`npm run bench`): runs every `bench/*.bench.ts` (each exports
 * `run(): Promise<Record<string, number>>`) in sequence, each in a process of its own, then prints one table with the targets.
 * `npm run bench -- --json` prints the same figures as one JSON object on the last line.
 * A module that is missing, fails or times out is reported as such; its figures are absent, never
 * invented, and the other modules still run. Optional filter: `npm run bench -- import planner`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ROOT } from '../e2e/harness';

/** The figures the report must contain, with who measures them and the target where one exists. */
const REQUIRED: { key: string; source: string; target?: { max: number; label: string } }[] = [
  { key: 'import100kMs', source: 'import' },
  { key: 'importVsRawRatio', source: 'import', target: { max: 1.3, label: '≤ 1.3x raw IndexedDB' } },
  { key: 'dexieVsRawRatio', source: 'import' },
  { key: 'tableFirstRenderMs', source: 'import', target: { max: 1000, label: '≤ 1 s' } },
  { key: 'planner100kMs', source: 'planner', target: { max: 1000, label: '≤ 1 s (issue 11)' } },
  { key: 'plannerFloorRatio', source: 'planner', target: { max: 3, label: '≤ 3x typed-array floor (issue 12)' } },
  { key: 'plannerQualityRatio', source: 'planner', target: { max: 1.2, label: '≤ 1.2x lower bound (issue 11)' } },
  { key: 'graphFirstDrawMs', source: 'graph', target: { max: 1500, label: '≤ 1.5 s' } },
  { key: 'graphFirstDrawFloorRatio', source: 'graph', target: { max: 2, label: '≤ 2x floor (issue 12)' } },
  { key: 'graphFrameMedianMs', source: 'graph', target: { max: 33, label: '≤ 33 ms (30 fps, issue 6)' } },
  { key: 'graphFirstDraw25kMs', source: 'graph' },
  { key: 'graphFirstDraw25kFloorRatio', source: 'graph', target: { max: 2, label: '≤ 2x floor (issue 12)' } },
  { key: 'graphFrame25kMedianMs', source: 'graph', target: { max: 16, label: '≤ 16 ms (issue 12)' } },
  { key: 'projectImportVsRawRatio', source: 'projectImport', target: { max: 1.3, label: '≤ 1.3x raw IndexedDB (issue 12)' } },
  { key: 'forecastMs', source: 'forecast' },
  { key: 'analysis100kMs', source: 'analysis' },
  { key: 'analysisViewsMs', source: 'analysis' },
  { key: 'analysisNonPlanMs', source: 'analysis' },
  { key: 'analysisRevisitMs', source: 'analysis', target: { max: 50, label: '≤ 50 ms (served from the cache, issue 12)' } },
  { key: 'workerEditAnalysisMs', source: 'analysis' },
  { key: 'workerEditHeapMb', source: 'analysis' },
  { key: 'planViewFirstMs', source: 'planView' },
  { key: 'planViewWarmedMs', source: 'planView' },
  { key: 'planViewWarmedRatio', source: 'planView' },
  { key: 'webColdLoadMs', source: 'import' },
  { key: 'groupPushVsCopyRatio', source: 'group' },
  { key: 'groupRollupMs', source: 'group' },
  { key: 'groupRollupVsScanRatio', source: 'group' },
];

const MODULE_TIMEOUT_MS = Number(process.env.XC_BENCH_MODULE_TIMEOUT_MS ?? 200_000);

type ModuleOutcome = { name: string; ms: number; figures: Record<string, number>; error?: string; notes: string[] };

const unit = (key: string) => (/Ratio$/.test(key) ? 'x' : /Ms$/.test(key) ? 'ms' : /Kb$/.test(key) ? 'KB' : /Mb$/.test(key) ? 'MB' : '');

/**
 * One module in a process of its own: a module's figures must not depend on the heap, caches and
 * compiled code the modules before it left behind (in one process, after the analysis, graph and
 * import benches, the planner took 727 ms in the 20:45 run of 2026-12-04; in processes of its own
 * 534 and 548 ms by medians at 19:30). The child writes its outcome to a
 * file; its own output goes to our stderr so the table stays the only thing on stdout. A child
 * past the timeout is killed, not left running beside the next module.
 */
function runModule(name: string, path: string): Promise<ModuleOutcome> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'xc-bench-'));
  const out = join(dir, 'outcome.json');
  return new Promise<ModuleOutcome>((resolve) => {
    const done = (figures: Record<string, number>, error?: string, notes: string[] = []): void => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ name, ms: Math.round(performance.now() - started), figures, error, notes });
    };
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', path], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, XC_BENCH_OUTCOME: out },
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, MODULE_TIMEOUT_MS);
    let timedOut = false;
    child.on('error', (err) => {
      clearTimeout(timer);
      done({}, err.message);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return done({}, `timed out after ${MODULE_TIMEOUT_MS / 1000} s`);
      let outcome: ChildOutcome | undefined;
      try {
        outcome = JSON.parse(readFileSync(out, 'utf8')) as ChildOutcome;
      } catch {
        return done({}, `exited (${signal ?? `code ${code}`}) without an outcome`);
      }
      done(outcome.figures, outcome.error, outcome.notes);
    });
  });
}

type ChildOutcome = { figures: Record<string, number>; error?: string; notes: string[] };

/** The child's side: import one module, run it, write what it measured (or why it could not). */
async function runChild(path: string): Promise<ChildOutcome> {
  try {
    const mod = (await import(pathToFileURL(path).href)) as { run?: unknown; errors?: unknown };
    if (typeof mod.run !== 'function') return { figures: {}, error: 'does not export run()', notes: [] };
    const raw = await (mod.run as () => Promise<unknown>)();
    const figures: Record<string, number> = {};
    const notes = Array.isArray(mod.errors) ? mod.errors.map(String) : [];
    if (!raw || typeof raw !== 'object') return { figures: {}, error: 'run() returned no object', notes };
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'number' && Number.isFinite(value)) figures[key] = value;
      else notes.push(`${key}: not a finite number (${String(value)})`);
    }
    return { figures, notes };
  } catch (err) {
    return { figures: {}, error: err instanceof Error ? err.message.split('\n').slice(0, 3).join(' | ') : String(err), notes: [] };
  }
}

function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]! + (c.length - [...c].length))).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const dir = join(ROOT, 'bench');
  const modules = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((f) => ({ name: f.replace(/\.bench\.ts$/, ''), path: join(dir, f) }))
    .filter((m) => filters.length === 0 || filters.some((f) => m.name.includes(f)));

  const started = performance.now();
  const outcomes: ModuleOutcome[] = [];
  for (const m of modules) {
    console.error(`▶ bench ${m.name}`);
    const outcome = await runModule(m.name, m.path);
    outcomes.push(outcome);
    console.error(outcome.error ? `  ✗ ${m.name}: ${outcome.error}` : `  ✓ ${m.name} (${(outcome.ms / 1000).toFixed(1)} s)`);
  }
  const figures: Record<string, number> = {};
  const from: Record<string, string> = {};
  for (const o of outcomes) for (const [k, v] of Object.entries(o.figures)) { figures[k] = v; from[k] = o.name; }

  const rows: string[][] = [['figure', 'value', 'unit', 'bench', 'target']];
  const seen = new Set<string>();
  for (const req of REQUIRED) {
    seen.add(req.key);
    const v = figures[req.key];
    const verdict = req.target && v !== undefined ? `${req.target.label} ${v <= req.target.max ? 'PASS' : 'FAIL'}` : (req.target?.label ?? '');
    rows.push([req.key, v === undefined ? 'not measured' : format(v), unit(req.key), from[req.key] ?? req.source, verdict]);
  }
  for (const [k, v] of Object.entries(figures)) if (!seen.has(k)) rows.push([k, format(v), unit(k), from[k] ?? '', '']);
  const totalS = (performance.now() - started) / 1000;

  console.log(table(rows));
  console.log('');
  for (const o of outcomes) {
    if (o.error) console.log(`bench ${o.name}: FAILED — ${o.error}`);
    for (const note of o.notes) console.log(`bench ${o.name}: ${note}`);
  }
  const absentModules = [...new Set(REQUIRED.map((r) => r.source))].filter((s) => !modules.some((m) => m.name === s));
  for (const s of absentModules) if (filters.length === 0) console.log(`bench ${s}: no bench/${s}.bench.ts module`);
  console.log(`total ${totalS.toFixed(1)} s on ${modules.length} module(s)`);
  if (json) console.log(JSON.stringify(figures));
  return outcomes.some((o) => o.error) ? 1 : 0;
}

const childAt = process.argv.indexOf('--child');
(childAt >= 0
  ? runChild(process.argv[childAt + 1]!).then((outcome) => {
      writeFileSync(process.env.XC_BENCH_OUTCOME!, JSON.stringify(outcome));
      return 0;
    })
  : main()
).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
