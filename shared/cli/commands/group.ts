/**
 * `xcplan group --db URL [--json] [--xlsx out.xlsx]`: the group store's roll-up, computed by the
 * database under the caller's row-level security: per hospital and year the spend per line,
 * coverage of systems, terminals and servers, core systems still foreign and the foreign families
 * left; per year the same counts over every hospital the role sees.
 */
import { toXlsx } from '../../io/export';
import { rollup, rollupSheets } from '../../groupdb';
import { parseArgs } from '../args';
import { withDb } from '../groupdb';
import type { CliCommand } from '../types';
import { checkOutputPath, writeAtomically } from '../write';

export const command: CliCommand = {
  name: 'group',
  usage: 'group --db <postgres://…> [--json] [--xlsx <文件.xlsx>]',
  summary: { zh: '集团库汇总：各医院逐年费用、覆盖率与剩余国外产品（由数据库计算）', en: 'group store roll-up per hospital and year, computed by the database' },
  async run(args, io) {
    const zh = io.lang === 'zh';
    const { flags, options } = parseArgs(args, { flags: ['json'], options: ['db', 'xlsx'], positionals: 0 });
    const xlsxOut = options.get('xlsx');
    if (xlsxOut) await checkOutputPath(xlsxOut);
    return withDb(options.get('db'), io, async (db) => {
      const result = await rollup(db);
      const sheets = rollupSheets(result, io.lang);
      const xlsx = options.get('xlsx');
      if (xlsx) await writeAtomically(xlsx, await toXlsx(sheets));
      if (flags.has('json')) {
        io.stdout(JSON.stringify({ currency: 'CNY', ...result }, null, 2));
        return 0;
      }
      if (result.rows.length === 0) {
        io.stdout(zh ? '集团库中没有当前角色可见的医院计划' : 'no hospital plans visible to this role in the group store');
        return 0;
      }
      for (const sheet of sheets) {
        io.stdout(`\n${sheet.name}`);
        io.stdout(sheet.headers.join('\t'));
        for (const row of sheet.rows) io.stdout(row.map((c) => (c === null || c === undefined ? '' : String(c))).join('\t'));
      }
      if (xlsx) io.stdout(zh ? `\n已导出 ${xlsx}` : `\nwritten ${xlsx}`);
      return 0;
    });
  },
};
