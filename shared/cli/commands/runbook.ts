/**
 * `xcplan runbook <project file> --out runbooks.xlsx [--all | --unit ID[,ID]] [--scenario <file or name>]`:
 * one runbook per core cut-over of the plan (or every system / the named units), as XLSX: an
 * overview sheet and one sheet per cut-over. Without --out it prints the overview.
 */

import { toXlsx } from '../../io/export';
import { buildRunbook, cutoverInputs, runbookSheets } from '../../runbook';
import { analyseForCommand } from '../analysis';
import { parseArgs } from '../args';
import { loadProjectForCommand } from '../load';
import type { CliCommand } from '../types';
import { UsageError } from '../types';
import { checkOutputPath, writeAtomically } from '../write';

export const command: CliCommand = {
  name: 'runbook',
  usage: 'runbook <项目文件.xcplan.json> [--out runbooks.xlsx] [--all | --unit ID,ID] [--scenario <情景文件或名称>]',
  summary: { zh: '核心系统切换手册（窗口、双轨期、回退时限、准入条件），导出 XLSX', en: 'cut-over runbooks of the core systems (window, dual track, rollback deadline, go/no-go), as XLSX' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['all'], options: ['out', 'unit', 'scenario'], positionals: 1 });
    if (flags.has('all') && options.has('unit')) throw new UsageError(io.lang === 'zh' ? '--all 与 --unit 只能选一个' : 'choose one of --all and --unit');
    const [path] = positionals;
    const out = options.get('out');
    if (out) await checkOutputPath(out);
    const project = await loadProjectForCommand(path, options.get('scenario'), io);
    if (!project) return 1;
    const analysis = analyseForCommand(project, path!, io);
    if (!analysis) return 1;
    const { plan } = analysis;
    const which = flags.has('all') ? 'all' : options.has('unit') ? options.get('unit')!.split(',').map((s) => s.trim()) : 'core';
    const runbooks = cutoverInputs(project, plan, which, analysis.procurement).map(buildRunbook);
    if (Array.isArray(which)) {
      const missing = which.filter((id) => !runbooks.some((r) => r.unitId === id));
      if (missing.length > 0) {
        io.stderr(io.lang === 'zh' ? `错误: 计划中没有这些切换单元：${missing.join(', ')}` : `error: no such cut-over unit in the plan: ${missing.join(', ')}`);
        return 1;
      }
    }
    const zh = io.lang === 'zh';
    for (const r of runbooks) {
      io.stdout(`W${r.wave} ${r.unitId} ${r.name}${r.core ? (zh ? '［核心］' : ' [core]') : ''}`);
      io.stdout(`  ${zh ? '窗口' : 'window'}: ${r.window.text[io.lang]}  ${zh ? '回退时限' : 'rollback by'}: ${r.rollbackDeadline}  ${zh ? '双轨期至' : 'dual track until'}: ${r.dualTrackEnd}  ${zh ? '准入条件' : 'go/no-go'}: ${r.goNoGo.length}`);
      for (const note of r.notes) io.stdout(`  ${note[io.lang]}`);
    }
    if (runbooks.length === 0) io.stdout(zh ? '（计划中没有符合条件的切换）' : '(no matching cut-over in the plan)');
    if (out) {
      await writeAtomically(out, await toXlsx(runbookSheets(runbooks, io.lang)));
      io.stdout(zh ? `已写入 ${out}（${runbooks.length} 份切换手册）` : `wrote ${out} (${runbooks.length} runbooks)`);
    }
    return 0;
  },
};
