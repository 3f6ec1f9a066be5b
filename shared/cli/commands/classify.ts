/**
 * `xcplan classify <project file | CSV> [--json]`: what the classifier infers for every asset.
 * `--json` prints a JSON array with one object per asset (one per line):
 * `{ "id", "category", "origin", "vendorOrigin", "disposition", "dispositionReason", "cpuArch", "match": { "vendor", "product" } | null, "confidence" }`.
 * The disposition is a suggestion: never `compliant` for an application unless its product names its 信创 version.
 * Asset lists (CSV in UTF-8/GB18030, XLSX) are read as the import wizard reads them: title rows
 * skipped, Chinese headers mapped, problems named by file, row and column.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../catalogue';
import type { Catalogue } from '../../catalogue';
import { classifierFor, vendorOriginOf } from '../../classify';
import { CATEGORY_LABELS, checkFileSize, importAssetTable, readImportFile, sniffKind } from '../../io';
import type { Asset } from '../../model';
import { DISPOSITION_NAMES, makeIssue, VENDOR_ORIGIN_NAMES } from '../../model';
import { parseArgs } from '../args';
import { loadProjectFile, printIssues } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';

/** Pads to a display width where CJK characters count double. */
function pad(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w >= width ? `${text} ` : text + ' '.repeat(width - w);
}

export const command: CliCommand = {
  name: 'classify',
  usage: 'classify <项目文件.xcplan.json | 清单.csv> [--json]',
  summary: { zh: '自动识别资产的类别、国产/进口、CPU 架构与目录产品', en: 'infer category, origin, CPU architecture and catalogue product of every asset' },
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'] });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少文件参数' : 'missing the file argument');
    const loaded = /\.json$/i.test(path) ? await readProjectAssets(path, io) : await readListAssets(path, io);
    if (!loaded) return 1;
    const classifier = classifierFor(loaded.catalogue);
    const rows = loaded.assets.map((asset, index) => {
      const result = classifier.classify(asset);
      return {
        id: asset.id ?? String(index + 1),
        category: asset.category ?? result.category ?? null,
        origin: result.origin,
        vendorOrigin: vendorOriginOf(result),
        disposition: result.disposition,
        dispositionReason: result.dispositionReason[io.lang],
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
    const idWidth = Math.min(24, Math.max(6, ...rows.map((row) => row.id.length + 2)));
    const line = (cells: string[]) => [pad(cells[0]!, idWidth), pad(cells[1]!, 18), pad(cells[2]!, 12), pad(cells[3]!, 12), pad(cells[4]!, 11), pad(cells[5]!, 8), cells[6]!].join('').trimEnd();
    io.stdout(line([zh ? '编号' : 'id', zh ? '类别' : 'category', zh ? '产地' : 'origin', zh ? '建议处置' : 'disposition', zh ? 'CPU 架构' : 'CPU arch', zh ? '置信度' : 'conf.', zh ? '匹配产品' : 'match']));
    for (const row of rows) {
      const category = row.category ? (CATEGORY_LABELS[row.category]?.[io.lang] ?? row.category) : '-';
      io.stdout(line([row.id, category, VENDOR_ORIGIN_NAMES[row.vendorOrigin][io.lang], DISPOSITION_NAMES[row.disposition][io.lang], row.cpuArch ?? '-', row.confidence.toFixed(2), row.match ? `${row.match.product}` : '-']));
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

/** An asset list (CSV/XLSX) read as the import wizard reads it; rows with errors stop the command. */
async function readListAssets(path: string, io: CliIo): Promise<Loaded | undefined> {
  const file = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    printIssues([makeIssue({ code: 'file-not-found', file, zh: '文件不存在或无法读取', en: 'the file does not exist or cannot be read' })], io);
    return undefined;
  }
  const tooLarge = checkFileSize(size, file);
  if (tooLarge) {
    printIssues([tooLarge], io);
    return undefined;
  }
  const bytes = new Uint8Array(await readFile(path));
  const kind = sniffKind(bytes, file);
  if (!kind.ok || kind.value === 'json') {
    if (kind.ok) return readProjectAssets(path, io);
    printIssues(kind.issues, io);
    return undefined;
  }
  const table = await readImportFile(bytes, file);
  if (!table.ok) {
    printIssues(table.issues, io);
    return undefined;
  }
  const classifier = classifierFor(BUILT_IN_CATALOGUE);
  const imported = importAssetTable(table.value, file, { inferCategory: (asset) => classifier.classify(asset).category });
  printIssues([...table.issues, ...imported.issues], io);
  if (!imported.ok) return undefined;
  return { assets: imported.value.assets, catalogue: BUILT_IN_CATALOGUE };
}
