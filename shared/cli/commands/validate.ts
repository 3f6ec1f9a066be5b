/**
 * `xcplan validate <file> [--deps <csv|xlsx>] [--json]`: checks a project file (`.xcplan.json`) or a
 * hospital asset list (CSV in UTF-8/GB18030, or XLSX, headers mapped automatically) and, with
 * `--deps`, a dependency list against those assets. Prints every problem with its location
 * (file, sheet, row, column); exit 1 on errors. Dependency cycles are warnings, not errors: the
 * planner migrates each cycle as one bundle, and the warning names its assets so a planner can
 * check whether the cycle is real.
 */
import { basename } from 'node:path';

import { classifyAsset } from '../../classify';
import { readPriceBook } from '../../forecast';
import type { ReadOptions } from '../../io';
import { parseDependencyFile, sniffKind } from '../../io';
import type { Asset, Dependency, Issue, Parsed } from '../../model';
import { makeIssue } from '../../model';
import { findBundles } from '../../planner';
import { parseArgs } from '../args';
import type { AssetList } from '../assetList';
import { LIST_OPTIONS, listCounts, loadAssetList, partialSummary, readListBytes, readOptionsFrom, writeRejects } from '../assetList';
import { loadProjectFile, printIssues } from '../load';
import type { CliCommand, CliIo } from '../types';
import { UsageError } from '../types';

type Loaded = { assets: Asset[]; dependencies: Dependency[]; kind: string; encoding?: string; profile?: { zh: string; en: string } };

const readBytes = readListBytes;

async function loadAny(path: string, read: ReadOptions): Promise<Parsed<Loaded> & { list?: AssetList }> {
  const file = basename(path);
  const bytes = await readBytes(path);
  if (!bytes.ok) return bytes;
  const kind = sniffKind(bytes.value, file);
  if (!kind.ok) return kind;
  if (kind.value === 'json') {
    const project = await loadProjectFile(path);
    if (!project.ok) return project;
    // What `plan`, `forecast` and `report` read besides the records: the price book. A file those
    // commands refuse must not pass here (issue 15 #10).
    const book = readPriceBook(project.value, basename(path));
    const issues = [...project.issues, ...book.issues];
    if (!book.ok) return { ok: false, issues };
    return { ok: true, value: { assets: project.value.assets, dependencies: project.value.dependencies, kind: 'json' }, issues };
  }
  const loaded = await loadAssetList(bytes.value, file, read, (asset) => classifyAsset(asset).category);
  if (!loaded.ok) return loaded;
  const list = loaded.value;
  if (list.conversion.errors > 0) return { ok: false, issues: list.issues, list };
  const value: Loaded = { assets: list.conversion.assets, dependencies: [], kind: list.table.kind };
  if (list.table.encoding !== undefined) value.encoding = list.table.encoding;
  if (list.table.profile) value.profile = list.table.profile.name;
  return { ok: true, value, issues: list.issues, list };
}


/**
 * One warning per dependency cycle (a bundle the planner will migrate in one wave), naming the
 * cycle's assets in order and how many assets the bundle holds in all.
 */
export function cycleWarnings(assets: readonly Asset[], dependencies: readonly Dependency[], file: string): Issue[] {
  if (dependencies.length === 0) return [];
  const names = new Map(assets.map((asset) => [asset.id, asset.name]));
  const named = (id: string) => names.get(id) !== undefined && names.get(id) !== id;
  const zh = (id: string) => (named(id) ? `${id}（${names.get(id)}）` : id);
  const en = (id: string) => (named(id) ? `${id} (${names.get(id)})` : id);
  return findBundles(assets, dependencies).map((bundle) => {
    const loop = [...bundle.cycle, bundle.cycle[0] ?? ''];
    const others = bundle.assets.filter((id) => !bundle.cycle.includes(id));
    const zhMore = others.length > 0 ? `；同组还有 ${others.map(zh).join('、')}` : '';
    const enMore = others.length > 0 ? `; the bundle also holds ${others.map(en).join(', ')}` : '';
    const path = { zh: loop.map(zh).join(' → '), en: loop.map(en).join(' → ') };
    return makeIssue({
      code: 'dependency-cycle',
      severity: 'warning',
      file,
      section: 'dependencies',
      zh: `循环依赖，规划时将作为一组同批迁移（${bundle.assets.length} 项）：${path.zh}${zhMore}`,
      en: `dependency cycle, planned as one bundle migrating together (${bundle.assets.length} assets): ${path.en}${enMore}`,
    });
  });
}

function summary(loaded: Loaded, deps: number | undefined, warnings: number, skipped: number, io: CliIo): string {
  const units = loaded.assets.reduce((sum, asset) => sum + asset.quantity, 0);
  const dependencies = loaded.dependencies.length + (deps ?? 0);
  const encoding = loaded.encoding ? (io.lang === 'zh' ? `，编码 ${loaded.encoding}` : `, encoding ${loaded.encoding}`) : '';
  const profile = loaded.profile ? (io.lang === 'zh' ? `，识别为 ${loaded.profile.zh}` : `, recognised as ${loaded.profile.en}`) : '';
  const skippedText = skipped > 0 ? (io.lang === 'zh' ? `，跳过 ${skipped} 行非资产行` : `, ${skipped} non-asset rows left out`) : '';
  return io.lang === 'zh'
    ? `通过：${loaded.assets.length} 条资产（${units} 台/套），${dependencies} 条依赖，${warnings} 条警告${skippedText}${encoding}${profile}`
    : `ok: ${loaded.assets.length} assets (${units} units), ${dependencies} dependencies, ${warnings} warnings${skippedText}${encoding}${profile}`;
}

export const command: CliCommand = {
  name: 'validate',
  usage: 'validate <项目文件.xcplan.json|资产清单.csv|.xlsx|.xls|.ods> [--deps 依赖.csv] [--profile 名称|配置.json] [--header-row N] [--sheet 工作表] [--rejects 问题行.csv|.xlsx] [--json]',
  summary: {
    zh: '检查项目文件或资产清单（CSV/XLSX，自动识别表头与编码），逐条列出问题（文件、工作表、行、列）',
    en: 'check a project file or an asset list (CSV/XLSX, headers and encoding detected) and list every problem (file, sheet, row, column)',
  },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json'], options: ['deps', ...LIST_OPTIONS], positionals: 1 });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少文件参数' : 'missing the file argument');
    const read = await readOptionsFrom(options, io);
    const loaded: Parsed<Loaded> & { list?: AssetList } = read.ok ? await loadAny(path, read.value) : read;
    const rejectsPath = options.get('rejects');
    if (rejectsPath !== undefined && loaded.list) await writeRejects(rejectsPath, loaded.list, io);
    const issues: Issue[] = [...loaded.issues];
    let ok = loaded.ok;
    let deps: number | undefined;
    let depList: Dependency[] = loaded.ok ? [...loaded.value.dependencies] : [];
    let depsFile = basename(path);
    const depsPath = options.get('deps');
    if (depsPath !== undefined) {
      if (!loaded.ok) {
        io.stderr(io.lang === 'zh' ? '资产有错误，未检查依赖文件' : 'the assets have errors: the dependency file was not checked');
      } else {
        const bytes = await readBytes(depsPath);
        const parsed = bytes.ok
          ? await parseDependencyFile(bytes.value, basename(depsPath), new Set(loaded.value.assets.map((asset) => asset.id)))
          : bytes;
        for (const issue of parsed.issues) issues.push(issue);
        if (parsed.ok) {
          deps = parsed.value.length;
          depList = depList.concat(parsed.value);
          depsFile = basename(depsPath);
        } else ok = false;
      }
    }
    if (ok && loaded.ok) for (const warning of cycleWarnings(loaded.value.assets, depList, depsFile)) issues.push(warning);
    const counts = loaded.list ? listCounts(loaded.list) : undefined;
    if (flags.has('json')) {
      const list = loaded.list;
      io.stdout(
        JSON.stringify(
          {
            ok,
            issues,
            assets: loaded.ok ? loaded.value.assets.length : undefined,
            dependencies: deps,
            ...(list && counts
              ? {
                  valid: counts.valid,
                  rejected: counts.rejected,
                  skipped: counts.skipped,
                  profile: list.table.profile?.id ?? null,
                  sheets: list.table.sheets.map((sheet) => ({ name: sheet.name, headerRow: sheet.headerRow, rows: sheet.rows.length, skipped: sheet.skipped ?? [] })),
                  rejects: list.conversion.rejects.map((reject) => ({ sheet: reject.section ?? null, row: reject.row, reasons: reject.reasons.map((reason) => reason[io.lang]) })),
                }
              : {}),
          },
          null,
          2,
        ),
      );
    } else {
      printIssues(issues, io);
      if (ok && loaded.ok) io.stdout(summary(loaded.value, deps, issues.length, counts?.skipped ?? 0, io));
      else if (loaded.list) io.stderr(partialSummary(loaded.list, io));
    }
    return ok ? 0 : 1;
  },
};
