/**
 * `xcplan classify <project file | CSV> [--json]`: what the classifier infers for every asset.
 * `--json` prints a JSON array with one object per asset (one per line):
 * `{ "id", "category", "tier", "origin", "vendorOrigin", "disposition", "dispositionReason", "cpuArch", "match": { "vendor", "product" } | null, "confidence" }`
 * (`tier`: a business system's, as given or as its name stands for, else null).
 * The disposition is a suggestion: never `compliant` for an application unless its product names its 信创 version.
 * Asset lists (CSV in UTF-8/GB18030, XLSX) are read as the import wizard reads them: title rows
 * skipped, Chinese headers mapped, problems named by file, row and column.
 */
import { basename } from 'node:path';

import { BUILT_IN_CATALOGUE, familyName, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '../../catalogue';
import type { Catalogue } from '../../catalogue';
import { applicationScale, classifierFor, systemTier, vendorOriginOf } from '../../classify';
import { CATEGORY_LABELS, sniffKind } from '../../io';
import type { ReadOptions } from '../../io';
import type { Asset, Issue } from '../../model';
import { DISPOSITION_NAMES, VENDOR_ORIGIN_NAMES } from '../../model';
import { parseArgs } from '../args';
import { LIST_OPTIONS, loadAssetList, partialSummary, readListBytes, readOptionsFrom, writeRejects } from '../assetList';
import { loadProjectFile, printIssues } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';
import { padEnd } from '../text';


export const command: CliCommand = {
  name: 'classify',
  usage: 'classify <项目文件.xcplan.json | 清单.csv|.xlsx|.xls|.ods> [--profile 名称|配置.json] [--header-row N] [--sheet 工作表] [--rejects 问题行.csv] [--json]',
  summary: { zh: '自动识别资产的类别、国产/进口、CPU 架构与目录产品', en: 'infer category, origin, CPU architecture and catalogue product of every asset' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json'], options: [...LIST_OPTIONS], positionals: 1 });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少文件参数' : 'missing the file argument');
    const json = flags.has('json');
    // With --json, problems go into one JSON object on stdout instead of lines on stderr.
    const problems: Issue[] = [];
    const report = json ? (issues: readonly Issue[]) => void problems.push(...issues) : (issues: readonly Issue[]) => printIssues(issues, io);
    const read = await readOptionsFrom(options, io);
    const loaded = !read.ok ? (report(read.issues), undefined) : /\.json$/i.test(path) ? await readProjectAssets(path, report) : await readListAssets(path, read.value, options.get('rejects'), report, io);
    if (!loaded) {
      if (json) io.stdout(JSON.stringify({ ok: false, issues: problems }, null, 2));
      return 1;
    }
    const classifier = classifierFor(loaded.catalogue);
    const rows = loaded.assets.map((asset, index) => {
      const result = classifier.classify(asset);
      const category = asset.category ?? result.category ?? null;
      return {
        id: asset.id ?? String(index + 1),
        category,
        tier: category === 'application' ? (asset.tier ?? systemTier(asset.name, asset.product) ?? null) : null,
        // The scale its purchase or adaptation is priced at: declared, else the one its name stands for.
        scale: category === 'application' ? applicationScale(asset) : null,
        origin: result.origin,
        vendorOrigin: vendorOriginOf(result),
        disposition: result.disposition,
        dispositionReason: result.dispositionReason[io.lang],
        cpuArch: result.cpuArch ?? null,
        match: result.match ? { vendor: result.match.vendor, product: result.match.product, entryId: result.match.entryId } : null,
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
    const idWidth = Math.min(24, rows.reduce((max, row) => Math.max(max, row.id.length + 2), 6));
    const line = (cells: string[]) => [padEnd(cells[0]!, idWidth), padEnd(cells[1]!, 18), padEnd(cells[2]!, 12), padEnd(cells[3]!, 12), padEnd(cells[4]!, 11), padEnd(cells[5]!, 8), cells[6]!].join('').trimEnd();
    io.stdout(line([zh ? '编号' : 'id', zh ? '类别' : 'category', zh ? '产地' : 'origin', zh ? '建议处置' : 'disposition', zh ? 'CPU 架构' : 'CPU arch', zh ? '置信度' : 'conf.', zh ? '匹配产品' : 'match']));
    for (const row of rows) {
      const category = row.category ? (CATEGORY_LABELS[row.category]?.[io.lang] ?? row.category) : '-';
      io.stdout(line([row.id, category, VENDOR_ORIGIN_NAMES[row.vendorOrigin][io.lang], DISPOSITION_NAMES[row.disposition][io.lang], row.cpuArch ?? '-', row.confidence.toFixed(2), row.match ? familyName(row.match.entryId, row.match.product, io.lang) : '-']));
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

type Report = (issues: readonly Issue[]) => void;

async function readProjectAssets(path: string, report: Report): Promise<Loaded | undefined> {
  const loaded = await loadProjectFile(path);
  report(loaded.issues);
  if (!loaded.ok) return undefined;
  const user = parseUserCatalogue(loaded.value.extensions?.[USER_CATALOGUE_KEY], basename(path));
  report(user.issues);
  return { assets: loaded.value.assets, catalogue: mergeCatalogue(BUILT_IN_CATALOGUE, user.ok ? user.value : undefined) };
}

/** An asset list (CSV/XLSX/XLS/ODS) read as the import wizard reads it; rows with errors stop the command. */
async function readListAssets(path: string, read: ReadOptions, rejectsPath: string | undefined, report: Report, io: CliIo): Promise<Loaded | undefined> {
  const file = basename(path);
  const bytes = await readListBytes(path);
  if (!bytes.ok) {
    report(bytes.issues);
    return undefined;
  }
  const kind = sniffKind(bytes.value, file);
  if (!kind.ok || kind.value === 'json') {
    if (kind.ok) return readProjectAssets(path, report);
    report(kind.issues);
    return undefined;
  }
  const classifier = classifierFor(BUILT_IN_CATALOGUE);
  const loaded = await loadAssetList(bytes.value, file, read, (asset) => classifier.classify(asset).category);
  report(loaded.issues);
  if (!loaded.ok) return undefined;
  if (rejectsPath !== undefined) await writeRejects(rejectsPath, loaded.value, io);
  if (loaded.value.conversion.errors > 0) {
    io.stderr(partialSummary(loaded.value, io));
    return undefined;
  }
  return { assets: loaded.value.conversion.assets, catalogue: BUILT_IN_CATALOGUE };
}
