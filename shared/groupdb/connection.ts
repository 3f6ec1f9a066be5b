/**
 * From a `postgres://` URL to the client's connection settings. TLS is the default: a host that is
 * not this machine gets `sslmode=verify-full` (certificate chain and host name checked) unless the
 * URL says otherwise; a local host or a unix socket gets no TLS unless asked. Pure: the CA file, if
 * any, is read by the caller.
 */

/** WHATWG URL, present in every runtime shared/ runs in (Node, Chromium, Electron); only what is used here. */
type WhatwgUrl = { protocol: string; hostname: string; port: string; pathname: string; username: string; password: string; searchParams: { get(name: string): string | null; keys(): IterableIterator<string> }; toString(): string };
declare const URL: new (url: string) => WhatwgUrl;

export const SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export type DbTarget = {
  /** Host name, IP address, or the directory of a unix socket (starts with `/`). */
  host: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  sslmode: SslMode;
  /** Path of the CA certificate file (`sslrootcert`), for verify-ca / verify-full. */
  sslrootcert?: string;
};

export class DbUrlError extends Error {
  override name = 'DbUrlError';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** True for this machine: a unix socket directory, localhost or a loopback address. */
export function isLocalHost(host: string): boolean {
  if (host.startsWith('/')) return true;
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Parses `postgres://user:password@host:port/database?sslmode=…&sslrootcert=…` (also
 * `postgresql://`; a unix socket as `?host=/run/postgresql`).
 */
export function parseDbUrl(url: string): DbTarget {
  let parsed: WhatwgUrl;
  try {
    parsed = new URL(url);
  } catch {
    throw new DbUrlError('数据库地址无效，应形如 postgres://用户@主机:5432/数据库', 'invalid database URL, expected postgres://user@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DbUrlError(`数据库地址须以 postgres:// 开头（收到 ${parsed.protocol}）`, `the database URL must start with postgres:// (got ${parsed.protocol})`);
  }
  const known = new Set(['sslmode', 'sslrootcert', 'host']);
  for (const key of parsed.searchParams.keys()) {
    if (!known.has(key)) throw new DbUrlError(`数据库地址含不支持的参数 ${key}`, `unsupported database URL parameter ${key}`);
  }
  const socket = parsed.searchParams.get('host');
  const host = socket ?? decodeURIComponent(parsed.hostname).replace(/^\[|\]$/g, '');
  if (!host) throw new DbUrlError('数据库地址缺少主机', 'the database URL has no host');
  const port = parsed.port ? Number(parsed.port) : 5432;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new DbUrlError('数据库地址缺少数据库名', 'the database URL names no database');
  const requested = parsed.searchParams.get('sslmode');
  let sslmode: SslMode;
  if (requested === null) sslmode = isLocalHost(host) ? 'disable' : 'verify-full';
  else if ((SSL_MODES as readonly string[]).includes(requested)) sslmode = requested as SslMode;
  else throw new DbUrlError(`不支持的 sslmode=${requested}（可用：${SSL_MODES.join('、')}）`, `unsupported sslmode=${requested} (use one of ${SSL_MODES.join(', ')})`);
  const target: DbTarget = { host, port, database, sslmode };
  if (parsed.username) target.user = decodeURIComponent(parsed.username);
  if (parsed.password) target.password = decodeURIComponent(parsed.password);
  const rootcert = parsed.searchParams.get('sslrootcert');
  if (rootcert) target.sslrootcert = rootcert;
  return target;
}

/** The TLS part of the client settings (node's tls options as the `pg` client takes them). */
export type TlsSettings = false | { rejectUnauthorized: boolean; ca?: string; servername?: string; checkServerIdentity?: () => undefined };

export type ClientSettings = { host: string; port: number; database: string; user?: string; password?: string; ssl: TlsSettings; connectionTimeoutMillis: number };

/**
 * The `pg` client settings for a target.
 * @param target the parsed URL
 * @param ca the contents of `sslrootcert`, when the URL names one (the caller reads the file)
 */
export function clientSettings(target: DbTarget, ca?: string): ClientSettings {
  let ssl: TlsSettings;
  switch (target.sslmode) {
    case 'disable':
      ssl = false;
      break;
    case 'require':
      ssl = { rejectUnauthorized: false };
      break;
    case 'verify-ca':
      // The chain is checked, the host name is not (libpq's verify-ca).
      ssl = { rejectUnauthorized: true, checkServerIdentity: () => undefined, ...(ca ? { ca } : {}) };
      break;
    case 'verify-full':
      ssl = { rejectUnauthorized: true, servername: target.host, ...(ca ? { ca } : {}) };
      break;
  }
  const settings: ClientSettings = { host: target.host, port: target.port, database: target.database, ssl, connectionTimeoutMillis: 15_000 };
  if (target.user !== undefined) settings.user = target.user;
  if (target.password !== undefined) settings.password = target.password;
  return settings;
}

/** The URL without its password, for messages and logs. */
export function redactDbUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
