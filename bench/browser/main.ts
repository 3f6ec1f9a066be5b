/**
 * Browser side of the import benchmark (runs in Chromium, driven by bench/import.bench.ts).
 * Generates an N-asset CSV, then measures in the same page: (1) the app's whole import (read,
 * decode, parse, validate, classify, Dexie write through `commitImport` in one transaction with the
 * app's chunking) and (2) a raw IndexedDB write of the same records into a store with the same key
 * and three indexes, one transaction, same durability. Exposes `window.xcBench`.
 */
import { applySuggestions, classifyAsset, suggestClassifications } from '../../shared/classify';
import { guessMapping, importAssetTable, readImportFile } from '../../shared/io';
import type { ColumnMapping } from '../../shared/io';
import type { Asset } from '../../shared/model';
import { PlannerDB } from '../../renderer/db/database';
import { commitImport } from '../../renderer/db/importCommit';

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

/** The raw baseline: one transaction, same key and three indexes as the app's `assets` store. */
async function rawWrite(records: readonly object[]): Promise<number> {
  await deleteDb('bench-raw');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('bench-raw', 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('assets', { keyPath: ['projectId', 'id'] });
      store.createIndex('projectId', 'projectId');
      store.createIndex('projectId_category', ['projectId', 'category']);
      store.createIndex('projectId_origin', ['projectId', 'origin']);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error('open bench-raw failed'));
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('assets', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('assets');
    for (const r of records) store.put(r);
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
  readMs: number;
  convertMs: number;
  classifyMs: number;
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
  const read = await readImportFile(bytes, 'assets.csv');
  if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.issues.slice(0, 3))}`);
  const t1 = performance.now();
  const mappings: Record<string, ColumnMapping> = {};
  for (const sheet of read.value.sheets) mappings[sheet.name] = guessMapping(sheet.headers);
  const inferCategory = (partial: Partial<Asset>) => classifyAsset(partial).category;
  const converted = importAssetTable(read.value, 'assets.csv', { mappings, inferCategory });
  if (!converted.ok) throw new Error(`convert failed: ${JSON.stringify(converted.issues.slice(0, 3))}`);
  const t2 = performance.now();
  let assets = converted.value.assets;
  const suggestions = suggestClassifications(assets);
  if (suggestions.length > 0) assets = applySuggestions(assets, suggestions);
  const t3 = performance.now();
  await commitImport('bench', { assets, dependencies: [] }, { mode: 'replace', now: '2026-11-28T00:00:00.000Z' }, database);
  const t4 = performance.now();
  database.close();

  if (assets.length !== n) throw new Error(`expected ${n} assets, got ${assets.length}`);
  const records = assets.map((a) => ({ ...a, projectId: 'bench' }));
  const recordBytes = Math.round(JSON.stringify(records.slice(0, 1000)).length / 1000);
  const rawMs = await rawWrite(records);
  return {
    rows: n,
    csvBytes: bytes.length,
    recordBytes,
    readMs: t1 - t0,
    convertMs: t2 - t1,
    classifyMs: t3 - t2,
    dexieWriteMs: t4 - t3,
    import100kMs: t4 - t0,
    rawWrite100kMs: rawMs,
  };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- global augmentation needs an interface
  interface Window {
    xcBench?: { runImport: (n: number) => Promise<ImportBenchResult> };
  }
}

window.xcBench = { runImport };
document.getElementById('status')!.textContent = 'loaded';
