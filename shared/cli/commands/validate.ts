/** `xcplan validate <project file>`: every problem with its location; non-zero exit on errors. */
import { parseArgs } from '../args';
import { loadProjectFile, printIssues } from '../load';
import type { CliCommand } from '../types';
import { UsageError } from '../types';

export const command: CliCommand = {
  name: 'validate',
  usage: 'validate <项目文件.xcplan.json> [--json]',
  summary: { zh: '检查项目文件，逐条列出问题（文件、行、字段）', en: 'check a project file and list every problem (file, row, field)' },
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'] });
    const [path] = positionals;
    if (!path) throw new UsageError(io.lang === 'zh' ? '缺少文件参数' : 'missing the file argument');
    const loaded = await loadProjectFile(path);
    if (flags.has('json')) {
      io.stdout(JSON.stringify({ ok: loaded.ok, issues: loaded.issues }, null, 2));
    } else {
      printIssues(loaded.issues, io);
      if (loaded.ok) {
        const { assets, dependencies } = loaded.value;
        const units = assets.reduce((sum, asset) => sum + asset.quantity, 0);
        io.stdout(
          io.lang === 'zh'
            ? `通过：${assets.length} 条资产（${units} 台/套），${dependencies.length} 条依赖，${loaded.issues.length} 条警告`
            : `ok: ${assets.length} assets (${units} units), ${dependencies.length} dependencies, ${loaded.issues.length} warnings`,
        );
      }
    }
    return loaded.ok ? 0 : 1;
  },
};
