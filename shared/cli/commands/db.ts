/**
 * `xcplan db migrate --db URL` brings the group store's schema to the newest version;
 * `xcplan db add-hospital --db URL --id ID --name NAME [--province P] [--members r1,r2] [--overseers r3]`
 * registers a hospital with the login roles that write it and the roles that oversee it (admin);
 * `xcplan db status --db URL` prints the schema version.
 */
import { addHospital, migrate, migrationLabel, schemaVersion } from '../../groupdb';
import { parseArgs } from '../args';
import { withDb } from '../groupdb';
import { loadMigrations } from '../migrations';
import type { CliCommand } from '../types';
import { UsageError } from '../types';

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

export const command: CliCommand = {
  name: 'db',
  usage: 'db migrate|status|add-hospital --db <postgres://…> [--id ID --name 名称 --members 角色,… --overseers 角色,…]',
  summary: { zh: '集团库（PostgreSQL）：升级表结构、查看版本、登记医院', en: 'group store (PostgreSQL): migrate the schema, show its version, register hospitals' },
  async run(args, io) {
    const zh = io.lang === 'zh';
    const { positionals, options } = parseArgs(args, { options: ['db', 'to', 'id', 'name', 'province', 'members', 'overseers'], positionals: 1 });
    const [action] = positionals;
    if (action === 'migrate') {
      const migrations = await loadMigrations();
      const to = options.has('to') ? Number(options.get('to')) : migrations.length;
      if (!Number.isInteger(to) || to < 0 || to > migrations.length) throw new UsageError(zh ? `--to 须为 0 至 ${migrations.length} 的整数` : `--to must be an integer from 0 to ${migrations.length}`);
      return withDb(options.get('db'), io, async (db) => {
        const result = await migrate(db, migrations, to);
        if (result.applied.length === 0) io.stdout(zh ? `表结构已是版本 ${result.from}，无需升级` : `schema already at version ${result.from}, nothing to do`);
        for (const m of result.applied) io.stdout(zh ? `已应用 ${migrationLabel(m)}` : `applied ${migrationLabel(m)}`);
        if (result.applied.length > 0) io.stdout(zh ? `表结构版本 ${result.from} → ${result.to}` : `schema version ${result.from} → ${result.to}`);
        return 0;
      });
    }
    if (action === 'status') {
      return withDb(options.get('db'), io, async (db) => {
        const version = await schemaVersion(db);
        const newest = (await loadMigrations()).length;
        io.stdout(zh ? `表结构版本 ${version}（本程序最新 ${newest}）` : `schema version ${version} (this xcplan: ${newest})`);
        return 0;
      });
    }
    if (action === 'add-hospital') {
      const id = options.get('id');
      const name = options.get('name');
      if (!id || !name) throw new UsageError(zh ? 'add-hospital 需要 --id 与 --name' : 'add-hospital needs --id and --name');
      return withDb(options.get('db'), io, async (db) => {
        const province = options.get('province');
        await addHospital(db, { id, name, ...(province ? { province } : {}), members: list(options.get('members')), overseers: list(options.get('overseers')) });
        io.stdout(zh ? `已登记医院 ${id}（${name}）` : `registered hospital ${id} (${name})`);
        return 0;
      });
    }
    throw new UsageError(zh ? '请指定 migrate、status 或 add-hospital' : 'choose migrate, status or add-hospital');
  },
};
