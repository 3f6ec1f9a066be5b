/**
 * Browser side of the import benchmark (runs in Chromium, driven by bench/import.bench.ts).
 * Generates an N-asset CSV, then measures in the same page: (1) the app's whole import along the
 * wizard's own path: the import worker's `read` task (decode, parse, header, mapping), its
 * `convert` task (validate, classify, suggestions; the table cloned into and the assets out of
 * the worker), then the Dexie write through `commitImport` in one transaction with the app's
 * chunking; and (2) a raw IndexedDB write of the same records into a store with the same key
 * and three indexes, one transaction, same durability. Exposes `window.xcBench`.
 */
import { fitTransform, layoutEstate, nodeStatesAt } from '../../shared/layout';
import { generateEstate } from '../../fixtures/generate/estate';
import type { ProjectFile, Tier } from '../../shared/model';
import { PlannerDB } from '../../renderer/db/database';
import { SCHEMA_CHAIN } from '../../renderer/db/schema';
import { commitImport } from '../../renderer/db/importCommit';
import { readProject, replaceProject } from '../../renderer/db/projects';
import { drawScene } from '../../renderer/views/graph/drawScene';
import { buildScene, combineStates } from '../../renderer/views/graph/scene';
import { runImportTask } from '../../renderer/import/workerClient';

const HEADER = ['资产编号', '设备名称', '资产类别', '品牌', '型号', '版本', '数量', '院区', '科室', '操作系统', 'CPU', '购置日期', '维保到期', '等保级别', '状态', '单价', '业务分层', '备注'];
const PRODUCTS: [string, string, string, string, string, string][] = [
  ['terminal', '门诊医生工作站', 'Lenovo', 'ThinkCentre M720', 'Windows 10', 'Intel Core i5'],
  ['terminal', '护士站电脑', '长城', 'TN140C', '银河麒麟 V10', '飞腾 D2000'],
  ['server', 'HIS 数据库服务器', 'Dell', 'PowerEdge R740', 'Windows Server 2016', 'Intel Xeon Gold'],
  ['server', 'PACS 存储节点', '华为', 'TaiShan 200', '统信 UOS', '鲲鹏 920'],
  ['database', 'HIS 主库', 'Oracle', 'Oracle Database', '', ''],
  ['database', 'LIS 数据库', '达梦', 'DM8', '', ''],
  ['network', '核心交换机', 'Cisco', 'Catalyst 9500', '', ''],
  ['', '防火墙', '深信服', 'AF-1000', '', ''],
  ['', 'WebLogic 中间件', 'Oracle', 'WebLogic Server', '', ''],
  ['office', '办公套件', 'Microsoft', 'Office 2016', '', ''],
];
const SITES = ['本部', '东院区', '西院区'];
const DEPTS = ['信息科', '门诊部', '住院部', '检验科', '放射科', '药剂科', '财务科'];
const TIERS = ['office', 'operations', 'clinical-support', 'core'];

/** A deterministic N-row CSV (~190 bytes a row, so 100k rows stay under the 20 MB import cap). */
function makeCsv(n: number): string {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < n; i++) {
    const [cat, name, vendor, product, os, cpu] = PRODUCTS[i % PRODUCTS.length]!;
    const year = 2015 + (i % 9);
    lines.push([
      `A${String(i).padStart(6, '0')}`, `${name}${i % 97}`, cat, vendor, product, `v${(i % 5) + 1}.${i % 10}`, String((i % 4) + 1),
      SITES[i % 3], DEPTS[i % 7], os, cpu, `${year}-0${(i % 9) + 1}-1${i % 10}`, `${year + 5}-12-31`, String((i % 3) + 1),
      'in-use', String(3000 + (i % 50) * 100), TIERS[i % 4], i % 11 === 0 ? '"需适配, 见附件"' : '',
    ].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(new Error(`delete ${name} failed`));
    req.onblocked = () => resolve();
  });
}

/**
 * The raw baseline: the rows put into stores with the app's keys and indexes, taken from the
 * app's current schema (renderer/db/schema.ts: assets by [projectId+id] with three indexes,
 * dependency chunks by [projectId+chunk] with one, and the rest), in one transaction with strict
 * durability.
 * @returns the time of the write transaction
 */
async function rawWrite(name: string, rows: Readonly<Record<string, readonly object[]>>): Promise<number> {
  await deleteDb(name);
  const stores = Object.entries(SCHEMA_CHAIN.at(-1)!.stores).filter((entry): entry is [string, string] => entry[1] !== null);
  const keyPath = (spec: string): string | string[] => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const [store, spec] of stores) {
        const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
        const auto = primary.startsWith('++');
        const created = req.result.createObjectStore(store, { keyPath: keyPath(primary.replace(/^\+\+/, '')), autoIncrement: auto });
        for (const index of indexes) created.createIndex(index, keyPath(index.replace(/^[&*]/, '')), { unique: index.startsWith('&'), multiEntry: index.startsWith('*') });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`open ${name} failed`));
  });
  const names = Object.keys(rows).filter((store) => (rows[store]?.length ?? 0) > 0);
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
    for (const store of names) {
      const target = tx.objectStore(store);
      for (const r of rows[store]!) target.put(r);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new Error(tx.error?.message ?? 'raw write failed'));
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

export type ImportBenchResult = {
  rows: number;
  csvBytes: number;
  recordBytes: number;
  /** The worker's read task, as the wizard runs it. */
  readMs: number;
  /** The worker's convert task (validation and classification together). */
  convertMs: number;
  dexieWriteMs: number;
  import100kMs: number;
  rawWrite100kMs: number;
};

/** Runs one round: the whole import, then the raw write of the same records. */
async function runImport(n: number): Promise<ImportBenchResult> {
  const csv = makeCsv(n);
  const bytes = new TextEncoder().encode(csv);
  await deleteDb('bench-dexie');
  const database = new PlannerDB('bench-dexie');
  await database.open();

  const t0 = performance.now();
  // Exactly the wizard's calls (ImportWizard.readFile and .convert), each in a fresh worker.
  const { result: read } = await runImportTask({ op: 'read', bytes, fileName: 'assets.csv' }, { timeoutMs: 120_000 });
  if (!read.ok || read.kind !== 'table') throw new Error(`read failed: ${JSON.stringify(read.issues.slice(0, 3))}`);
  const t1 = performance.now();
  const { result: converted } = await runImportTask({ op: 'convert', request: { table: read.table, fileName: 'assets.csv', mappings: read.mappings, acceptSuggestions: true } }, { timeoutMs: 120_000 });
  if (!converted.ok) throw new Error(`convert failed: ${JSON.stringify(converted.issues.slice(0, 3))}`);
  const t2 = performance.now();
  const assets = converted.assets;
  await commitImport('bench', { assets, dependencies: [] }, { mode: 'replace', now: '2026-11-28T00:00:00.000Z' }, database);
  const t3 = performance.now();
  database.close();

  if (assets.length !== n) throw new Error(`expected ${n} assets, got ${assets.length}`);
  const records = assets.map((a) => ({ ...a, projectId: 'bench' }));
  const recordBytes = Math.round(JSON.stringify(records.slice(0, 1000)).length / 1000);
  const rawMs = await rawWrite('bench-raw', { assets: records });
  return {
    rows: n,
    csvBytes: bytes.length,
    recordBytes,
    readMs: t1 - t0,
    convertMs: t2 - t1,
    dexieWriteMs: t3 - t2,
    import100kMs: t3 - t0,
    rawWrite100kMs: rawMs,
  };
}

export type ProjectImportResult = { fileMb: number; parseMs: number; writeMs: number; importMs: number; rawWriteMs: number; rounds: ProjectImportRound[] };
export type ProjectImportRound = { parseMs: number; writeMs: number; importMs: number; rawWriteMs: number };

/**
 * Import of a project file (`*.xcplan.json`) of n assets and 4n dependencies as the app does it:
 * the wizard's own `read` task in the import worker (sniff, decode, parse and validate with the
 * project-file schema, the validated project cloned back to the page), then commitImport's one
 * transaction; then the raw write of the very rows it stored, in the same page. `rounds` rounds,
 * each an import then a raw write; the figures are each one's best round (the machine is shared,
 * so a round can be slowed by others' work).
 */
async function runProjectImport(n: number, rounds = 2): Promise<ProjectImportResult> {
  const estate = generateEstate({ assets: n, dependencies: 4 * n, seed: 11 });
  const bytes = new TextEncoder().encode(JSON.stringify(estate));
  const measured: ProjectImportRound[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await deleteDb('bench-project');
    const database = new PlannerDB('bench-project');
    await database.open();
    const t0 = performance.now();
    const { result: read } = await runImportTask({ op: 'read', bytes, fileName: 'estate.xcplan.json' }, { timeoutMs: 1_200_000 });
    if (!read.ok || read.kind !== 'project') throw new Error(`read failed: ${JSON.stringify(read.issues.slice(0, 3))}`);
    const file = read.file;
    const t1 = performance.now();
    await commitImport('bench', { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now: '2026-11-28T00:00:00.000Z' }, database);
    const t2 = performance.now();
    database.close();
    const rows = await snapshotRows('bench-project');
    const rawWriteMs = await rawWrite('bench-raw-project', rows);
    measured.push({ parseMs: t1 - t0, writeMs: t2 - t1, importMs: t2 - t0, rawWriteMs });
  }
  const best = (key: keyof ProjectImportRound) => Math.min(...measured.map((r) => r[key]));
  return { fileMb: bytes.length / 1024 / 1024, parseMs: best('parseMs'), writeMs: best('writeMs'), importMs: best('importMs'), rawWriteMs: best('rawWriteMs'), rounds: measured };
}

/**
 * Every row of every project-data store the app wrote (assets, dependency chunks, the project and
 * its scenarios), as stored: the raw write puts the same objects. Markers and settings are not
 * project rows and are left out.
 */
async function snapshotRows(name: string): Promise<Record<string, object[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`open ${name} failed`));
  });
  const all = (store: string) => new Promise<object[]>((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as object[]);
    req.onerror = () => reject(new Error(`read ${store} failed`));
  });
  const stores = [...db.objectStoreNames].filter((store) => store !== 'meta' && store !== 'settings');
  const rows = Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await all(store)] as const)));
  db.close();
  return rows;
}

export type GraphFloorResult = { readMs: number; layoutMs: number; drawMs: number; floorMs: number; roundsMs?: number[] };

const TIER_LABELS: Record<Tier, string> = { office: '办公', operations: '运营', 'clinical-support': '临床支撑', core: '核心' };

/**
 * The graph's first-draw floor: the least work any graph view must do, measured in this page on
 * the same browser and machine: read the project back from IndexedDB with the app's own reader
 * (readProject; the database is opened before the clock starts, as the app's is), lay it out with
 * the app's ring layout (effective tiers included), build the scene and draw it once on a canvas of
 * the app's size, reading one pixel back so the drawing is rasterised. No React, no worker, no
 * plan. The project is written first (not timed) with the app's writer.
 */
async function graphFloor(project: ProjectFile, width: number, height: number, rounds = 2): Promise<GraphFloorResult> {
  await deleteDb('bench-graph-floor');
  const database = new PlannerDB('bench-graph-floor');
  await database.open();
  await replaceProject('floor', project, '2026-11-28T00:00:00.000Z', database);
  database.close();
  let best: GraphFloorResult | undefined;
  const all: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const r = await graphFloorRound(width, height);
    all.push(Math.round(r.floorMs));
    if (!best || r.floorMs < best.floorMs) best = r;
  }
  return { ...best!, roundsMs: all };
}

async function graphFloorRound(width: number, height: number): Promise<GraphFloorResult> {
  const canvas = document.createElement('canvas');
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  document.body.append(canvas);
  try {
    // The app has its database open before any view reads from it: opening it is not timed.
    const reader = new PlannerDB('bench-graph-floor');
    await reader.open();
    const t0 = performance.now();
    const file = await readProject('floor', reader);
    reader.close();
    if (!file) throw new Error('the floor project was not read back');
    const t1 = performance.now();
    const model = layoutEstate(file.assets, file.dependencies);
    const t2 = performance.now();
    const states = combineStates(model, file.assets.map((a) => a.id), nodeStatesAt(file.assets, undefined, 0));
    const scene = buildScene(model, states, [], -1);
    const ctx = canvas.getContext('2d')!;
    drawScene(ctx, scene, { width, height, dpr, transform: fitTransform(model.layout.extent, width, height), tierLabels: TIER_LABELS, connectFrom: -1, hover: -1 });
    // Reading one pixel back makes the canvas rasterise now, so the drawing's cost is counted.
    ctx.getImageData(0, 0, 1, 1);
    const t3 = performance.now();
    return { readMs: t1 - t0, layoutMs: t2 - t1, drawMs: t3 - t2, floorMs: t3 - t0 };
  } finally {
    canvas.remove();
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- global augmentation needs an interface
  interface Window {
    xcBench?: { runImport: (n: number) => Promise<ImportBenchResult>; graphFloor: typeof graphFloor; runProjectImport: typeof runProjectImport };
  }
}

window.xcBench = { runImport, graphFloor, runProjectImport };
document.getElementById('status')!.textContent = 'loaded';
