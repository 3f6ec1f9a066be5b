/**
 * A throwaway PostgreSQL cluster for tests and the bench: initdb into a temporary folder, a server
 * listening only on a unix socket in that folder (no TCP port to collide with), stopped and removed
 * at the end. PostgreSQL refuses to run as root, so under uid 0 (CI) the server runs as the
 * unprivileged `postgres` user (or `nobody`) through runuser, with the folder owned by it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The folder of initdb/pg_ctl/postgres: `PG_BINDIR`, else `pg_config --bindir`, else the newest
 * /usr/lib/postgresql/<version>/bin, else /usr/local/pgsql/bin; undefined when none has initdb.
 */
export async function findPgBinDir(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const hasTools = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(dir, tool)));
  if (env.PG_BINDIR) return hasTools(env.PG_BINDIR) ? env.PG_BINDIR : undefined;
  try {
    const { stdout } = await run('pg_config', ['--bindir']);
    const dir = stdout.trim();
    if (dir && hasTools(dir)) return dir;
  } catch {
    // no pg_config on PATH (Debian's postgresql-common does not always ship it)
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (hasTools(join(root, v, 'bin'))) return join(root, v, 'bin');
  }
  return hasTools('/usr/local/pgsql/bin') ? '/usr/local/pgsql/bin' : undefined;
}

export type PgCluster = {
  /** The socket directory: the `host` to connect to. */
  socketDir: string;
  port: number;
  superuser: string;
  /** `postgres://` URL of a database on the cluster, for a role (default: the superuser). */
  url: (database: string, role?: string) => string;
  /** Runs a binary of the cluster's version (psql, createdb…) as the cluster's owner. */
  bin: (tool: string, args: string[]) => Promise<string>;
  stop: () => Promise<void>;
};

const SUPERUSER = 'xcplan_super';
const PORT = 5432;

/**
 * Starts a fresh cluster.
 * @param settings extra `postgres -c name=value` settings
 */
export async function startCluster(settings: Record<string, string> = {}): Promise<PgCluster> {
  const binDir = await findPgBinDir();
  if (!binDir) throw new Error('PostgreSQL binaries not found (install the Debian package postgresql, or set PG_BINDIR)');
  const dir = await mkdtemp(join(tmpdir(), 'xcplan-pg-'));
  const data = join(dir, 'data');
  let owner: { uid: number; gid: number; name: string } | undefined;
  if (userInfo().uid === 0) {
    owner = await unprivilegedUser();
    await chown(dir, owner.uid, owner.gid);
  }
  const asOwner = async (tool: string, args: string[]): Promise<string> => {
    const path = join(binDir, tool);
    const { stdout } = owner ? await run('runuser', ['-u', owner.name, '--', path, ...args], { cwd: dir }) : await run(path, args, { cwd: dir });
    return stdout;
  };
  try {
    await asOwner('initdb', ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    const conf = {
      listen_addresses: "''",
      unix_socket_directories: `'${dir}'`,
      port: String(PORT),
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      max_connections: '50',
      ...settings,
    };
    const lines = Object.entries(conf).map(([k, v]) => `${k} = ${v}`);
    // Later lines of postgresql.conf win over initdb's.
    await appendFile(join(data, 'postgresql.conf'), `\n# xcplan test cluster\n${lines.join('\n')}\n`);
    await asOwner('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    socketDir: dir,
    port: PORT,
    superuser: SUPERUSER,
    url: (database, role = SUPERUSER) => `postgres://${encodeURIComponent(role)}@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}`,
    bin: (tool, args) => asOwner(tool, args),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        await asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

async function unprivilegedUser(): Promise<{ uid: number; gid: number; name: string }> {
  for (const name of ['postgres', 'nobody']) {
    try {
      const { stdout } = await run('id', ['-u', name]);
      const { stdout: gid } = await run('id', ['-g', name]);
      return { uid: Number(stdout.trim()), gid: Number(gid.trim()), name };
    } catch {
      // try the next one
    }
  }
  throw new Error('running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as');
}
