/**
 * `xcplan classify <project file | CSV> [--json]`: what the classifier infers for every asset.
 * `--json` prints a JSON array with one object per asset (one per line):
 * `{ "id", "category", "origin", "cpuArch", "match": { "vendor", "product" } | null, "confidence" }`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import iconv from 'iconv-lite';
import Papa from 'papaparse';

import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../catalogue';
import type { Catalogue } from '../../catalogue';
import { classifierFor } from '../../classify';
import type { Asset } from '../../model';
import { makeIssue } from '../../model';
import { parseArgs } from '../args';
import { loadProjectFile, MAX_PROJECT_FILE_BYTES, printIssues } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';

/** Column headers seen in hospital asset lists, mapped to contract fields (for CSV input). */
const HEADER_FIELDS: Record<string, keyof Asset> = {
  id: 'id', 资产编号: 'id', 编号: 'id', 设备编号: 'id',
  name: 'name', 名称: 'name', 设备名称: 'name', 资产名称: 'name', text: 'name',
  vendor: 'vendor', 品牌: 'vendor', 厂商: 'vendor', 厂家: 'vendor', 生产厂家: 'vendor',
  product: 'product', 型号: 'product', 产品: 'product', 规格型号: 'product',
  version: 'version', 版本: 'version',
  cpu: 'cpu', 处理器: 'cpu', CPU: 'cpu',
  os: 'os', 操作系统: 'os',
  category: 'category', 类别: 'category',
  origin: 'origin', 来源: 'origin',
};

export const command: CliCommand = {
  name: 'classify',
  usage: 'classify <项目文件.xcplan.json | 清单.csv> [--json]',
  summary: { zh: '自动识别资产的类别、国产/进口、CPU 架构与目录产品', en: 'infer category, origin, CPU architecture and catalogue product of every asset' },
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'] });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少文件参数' : 'missing the file argument');
    const loaded = /\.(csv|txt)$/i.test(path) ? await readCsvAssets(path, io) : await readProjectAssets(path, io);
    if (!loaded) return 1;
    const classifier = classifierFor(loaded.catalogue);
    const rows = loaded.assets.map((asset, index) => {
      const result = classifier.classify(asset);
      return {
        id: asset.id ?? String(index + 1),
        category: asset.category ?? result.category ?? null,
        origin: result.origin,
        cpuArch: result.cpuArch ?? null,
        match: result.match ? { vendor: result.match.vendor, product: result.match.product } : null,
        confidence: result.confidence,
        evidence: result.evidence,
      };
    });
    if (flags.has('json')) {
      const lines = rows.map(({ evidence: _evidence, ...row }) => JSON.stringify(row));
      io.stdout(lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`);
      return 0;
    }
    const zh = io.lang === 'zh';
    io.stdout([zh ? '编号' : 'id', zh ? '类别' : 'category', zh ? '来源' : 'origin', 'CPU', zh ? '置信度' : 'conf.', zh ? '匹配产品' : 'match'].join('\t'));
    for (const row of rows) {
      io.stdout([row.id, row.category ?? '-', row.origin, row.cpuArch ?? '-', row.confidence.toFixed(2), row.match ? row.match.product : '-'].join('\t'));
    }
    const count = (origin: string) => rows.filter((row) => row.origin === origin).length;
    io.stdout(
      zh
        ? `共 ${rows.length} 条：国产 ${count('domestic')}，进口 ${count('foreign')}，未识别 ${count('unknown')}（目录版本 ${loaded.catalogue.version}）`
        : `${rows.length} assets: domestic ${count('domestic')}, foreign ${count('foreign')}, unknown ${count('unknown')} (catalogue ${loaded.catalogue.version})`,
    );
    return 0;
  },
};

type Loaded = { assets: Partial<Asset>[]; catalogue: Catalogue };

async function readProjectAssets(path: string, io: CliIo): Promise<Loaded | undefined> {
  const loaded = await loadProjectFile(path);
  printIssues(loaded.issues, io);
  if (!loaded.ok) return undefined;
  const user = parseUserCatalogue(loaded.value.extensions?.[USER_CATALOGUE_KEY], basename(path));
  printIssues(user.issues, io);
  return { assets: loaded.value.assets, catalogue: mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined) };
}

async function readCsvAssets(path: string, io: CliIo): Promise<Loaded | undefined> {
  const file = basename(path);
  const fail = (code: string, zh: string, en: string) => {
    printIssues([makeIssue({ code, file, zh, en })], io);
    return undefined;
  };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return fail('file-not-found', '文件不存在或无法读取', 'the file does not exist or cannot be read');
  }
  if (size > MAX_PROJECT_FILE_BYTES) return fail('file-too-large', '文件过大', 'file too large');
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'gb18030');
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const mapping = headers.map((header) => [header, HEADER_FIELDS[header.trim()] ?? HEADER_FIELDS[header.trim().toLowerCase()]] as const);
  if (!mapping.some(([, field]) => field === 'name' || field === 'product' || field === 'vendor')) {
    return fail('csv-no-columns', `找不到名称/品牌/型号列（表头：${headers.join(', ')}）`, `no name/vendor/product column (headers: ${headers.join(', ')})`);
  }
  const assets = parsed.data.map((row) => {
    const asset: Record<string, string> = {};
    for (const [header, field] of mapping) if (field && row[header]) asset[field] = row[header].trim();
    return asset;
  });
  return { assets, catalogue: BUILT_IN_CATALOGUE };
}
