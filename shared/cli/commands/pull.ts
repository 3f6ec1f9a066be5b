/**
 * `xcplan pull --db URL --hospital ID --out file [--revision N]`: writes the hospital's head
 * revision (or revision N) exactly as it was pushed, byte for byte, and prints its revision number
 * (the `--base` of the next push).
 */
import { pullRevision } from '../../groupdb';
import { parseArgs } from '../args';
import { withDb } from '../groupdb';
import type { CliCommand } from '../types';
import { UsageError } from '../types';
import { checkOutputPath, writeAtomically } from '../write';

export const command: CliCommand = {
  name: 'pull',
  usage: 'pull --db <postgres://…> --hospital <医院编号> --out <文件> [--revision <修订号>]',
  summary: { zh: '从集团库取回医院的项目文件（与推送时逐字节相同）', en: "fetch a hospital's project file from the group store, byte-identical to what was pushed" },
  async run(args, io) {
    const zh = io.lang === 'zh';
    const { options } = parseArgs(args, { options: ['db', 'hospital', 'out', 'revision'], positionals: 0 });
    const hospital = options.get('hospital');
    const out = options.get('out');
    if (!hospital) throw new UsageError(zh ? '缺少 --hospital <医院编号>' : 'missing --hospital <id>');
    if (!out) throw new UsageError(zh ? '缺少 --out <文件>' : 'missing --out <file>');
    const revision = options.has('revision') ? Number(options.get('revision')) : undefined;
    if (revision !== undefined && (!Number.isInteger(revision) || revision < 1)) throw new UsageError(zh ? '--revision 须为正整数' : '--revision must be a positive integer');
    await checkOutputPath(out);
    return withDb(options.get('db'), io, async (db) => {
      const result = await pullRevision(db, hospital, revision);
      if (result.status === 'not-found') {
        io.stderr(zh ? `集团库中没有医院 ${hospital} 的${revision ? `修订 ${revision}` : '任何修订'}，或当前角色无权读取` : `the group store has no ${revision ? `revision ${revision}` : 'revision'} of hospital ${hospital}, or this role may not read it`);
        return 1;
      }
      await writeAtomically(out, result.body);
      io.stdout(
        zh
          ? `已取回医院 ${hospital} 修订 ${result.revision}（${result.author}，${result.pushedAt}，SHA-256 ${result.sha256}）→ ${out}；下次推送请用 --base ${result.revision}`
          : `pulled hospital ${hospital} revision ${result.revision} (${result.author}, ${result.pushedAt}, SHA-256 ${result.sha256}) → ${out}; push next with --base ${result.revision}`,
      );
      return 0;
    });
  },
};
