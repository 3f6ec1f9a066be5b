/**
 * `xcplan push <project file> --db URL --hospital ID [--base N]`: appends the file, byte for byte,
 * as the hospital's next revision in the group store, with its plan and spend figures. `--base`
 * names the revision the file was pulled from (0, the default, for the first push); when the store
 * has a newer one nothing is written and the command says so (exit 1).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { preparePush, pushRevision } from '../../groupdb';
import { IMPORT_LIMITS } from '../../io/limits';
import { parseArgs } from '../args';
import { withDb } from '../groupdb';
import { printIssues } from '../load';
import type { CliCommand } from '../types';
import { UsageError } from '../types';

export const command: CliCommand = {
  name: 'push',
  usage: 'push <项目文件> --db <postgres://…> --hospital <医院编号> [--base <修订号>] [--json]',
  summary: { zh: '把项目文件作为新修订推送到集团库（基于的修订已过时则不写入）', en: 'push the project file to the group store as a new revision (refused when its base is stale)' },
  async run(args, io) {
    const zh = io.lang === 'zh';
    const { positionals, flags, options } = parseArgs(args, { flags: ['json'], options: ['db', 'hospital', 'base'], positionals: 1 });
    const [path] = positionals;
    if (!path) throw new UsageError(zh ? '缺少项目文件参数' : 'missing the project file argument');
    const hospital = options.get('hospital');
    if (!hospital) throw new UsageError(zh ? '缺少 --hospital <医院编号>' : 'missing --hospital <id>');
    const base = Number(options.get('base') ?? '0');
    if (!Number.isInteger(base) || base < 0) throw new UsageError(zh ? '--base 须为非负整数' : '--base must be a non-negative integer');
    if (!options.get('db')) throw new UsageError(zh ? '缺少 --db <postgres://…>' : 'missing --db <postgres://…>');

    const file = basename(path);
    let bytes: Uint8Array;
    try {
      if ((await stat(path)).size > IMPORT_LIMITS.projectBytes) {
        io.stderr(zh ? `错误: ${file}: 文件过大` : `error: ${file}: file too large`);
        return 1;
      }
      bytes = new Uint8Array(await readFile(path));
    } catch {
      io.stderr(zh ? `错误: ${file}: 文件不存在或无法读取` : `error: ${file}: the file does not exist or cannot be read`);
      return 1;
    }
    const prepared = preparePush(bytes, file);
    printIssues(prepared.issues, io);
    if (!prepared.ok) return 1;

    return withDb(options.get('db'), io, async (db) => {
      const result = await pushRevision(db, { ...prepared.value, hospitalId: hospital, baseRevision: base });
      if (flags.has('json')) io.stdout(JSON.stringify(result));
      if (result.status === 'pushed') {
        if (!flags.has('json')) io.stdout(zh ? `已推送：医院 ${hospital} 修订 ${result.revision}（基于修订 ${base}）` : `pushed: hospital ${hospital} revision ${result.revision} (based on ${base})`);
        return 0;
      }
      if (result.status === 'stale') {
        io.stderr(
          zh
            ? `未写入：集团库中医院 ${hospital} 已有修订 ${result.head}，而此文件基于修订 ${result.base}。请先 xcplan pull 取回修订 ${result.head}，在“项目”中合并，再以 --base ${result.head} 推送。`
            : `nothing written: the group store already has revision ${result.head} of hospital ${hospital}, and this file is based on revision ${result.base}. Pull revision ${result.head}, merge in Projects, then push with --base ${result.head}.`,
        );
        return 1;
      }
      io.stderr(zh ? `未写入：集团库中没有医院 ${hospital}，或当前角色无权写入该医院` : `nothing written: the group store has no hospital ${hospital}, or this role may not write it`);
      return 1;
    });
  },
};
