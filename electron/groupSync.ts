// Main process. Push and pull against the hospital group's PostgreSQL (issue 17). The connection
// (URL, hospital, password) is kept only encrypted by the operating system's secure storage
// (Electron safeStorage) in <userData>/group-store.bin; never in the project or the settings. Every
// handler checks the sender and the payload (guarded) before it reads the credentials or opens a
// connection.
import type { IpcMain, IpcMainInvokeEvent, SafeStorage } from 'electron';

import { connectDb } from '../shared/cli/groupdb';
import { DbUrlError, parseDbUrl, preparePush, pullRevision, pushRevision, redactDbUrl } from '../shared/groupdb';
import type { Db } from '../shared/groupdb';
import { IPC_CHANNELS, ipcError, ipcFail, ipcOk } from '../shared/ipc';
import type { GroupConfig, GroupPullResult, GroupPushResult, IpcResult } from '../shared/ipc';
import { formatIssue } from '../shared/model';
import { guarded, readFileIfExists, writeFileAtomic } from './ipc';
import { checkGroupConfigSet, checkGroupPull, checkGroupPush, checkNoArgs } from './validate';

/** The stored connection, as encrypted in the credentials file. */
type StoredConfig = { url: string; hospitalId: string; password?: string };

export type GroupDeps = {
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string };
  /** `<userData>/group-store.bin` */
  credentialsPath: () => string;
  files?: { read: (path: string) => Promise<Uint8Array | undefined>; write: (path: string, data: Uint8Array) => Promise<void> };
  /** Opens a connection (replaced in tests). */
  connect?: (url: string, password: string | undefined) => Promise<{ db: Db; close: () => Promise<void> }>;
};

const defaultFiles = { read: readFileIfExists, write: (path: string, data: Uint8Array) => writeFileAtomic(path, data) };

const defaultConnect = (url: string, password: string | undefined) => connectDb(url, { applicationName: 'xcplan-desktop', ...(password !== undefined ? { password } : {}) });

/** True when safeStorage really encrypts (on Linux without a keyring it falls back to plain text). */
export function secureStorageAvailable(safeStorage: GroupDeps['safeStorage']): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

const noSecureStorage = () =>
  ipcFail<never>(ipcError('unavailable', '本机没有可用的系统密钥存储（如 Windows 凭据保护、GNOME 密钥环），无法安全保存集团库密码', 'No operating-system secret storage (e.g. Windows DPAPI, GNOME keyring) is available, so the group store password cannot be kept safely'));
const notConfigured = () => ipcFail<never>(ipcError('not-configured', '尚未设置集团库连接', 'The group store connection is not set up yet'));

async function loadConfig(deps: GroupDeps): Promise<StoredConfig | undefined> {
  const bytes = await (deps.files ?? defaultFiles).read(deps.credentialsPath());
  if (!bytes) return undefined;
  const json = JSON.parse(deps.safeStorage.decryptString(Buffer.from(bytes))) as StoredConfig;
  return typeof json.url === 'string' && typeof json.hospitalId === 'string' ? json : undefined;
}

const publicView = (config: StoredConfig): GroupConfig => ({ url: config.url, hospitalId: config.hospitalId, hasPassword: config.password !== undefined && config.password !== '' });

const dbFailed = (config: StoredConfig, err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  return ipcFail<never>(ipcError('io-failed', `集团库 ${redactDbUrl(config.url)} 操作失败：${detail}`, `Group store ${redactDbUrl(config.url)} failed: ${detail}`));
};

/** Runs `act` on a connection made from the stored config; errors become typed results. */
async function withStore<R>(deps: GroupDeps, act: (db: Db, config: StoredConfig) => Promise<IpcResult<R>>): Promise<IpcResult<R>> {
  if (!secureStorageAvailable(deps.safeStorage)) return noSecureStorage();
  let config: StoredConfig | undefined;
  try {
    config = await loadConfig(deps);
  } catch {
    return ipcFail(ipcError('unavailable', '无法解密已保存的集团库连接，请重新设置', 'The saved group store connection cannot be decrypted; set it up again'));
  }
  if (!config) return notConfigured();
  let connection: { db: Db; close: () => Promise<void> };
  try {
    connection = await (deps.connect ?? defaultConnect)(config.url, config.password);
  } catch (err) {
    return dbFailed(config, err);
  }
  try {
    return await act(connection.db, config);
  } catch (err) {
    return dbFailed(config, err);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** The stored connection without its password, or null. */
export async function handleGroupConfigGet(deps: GroupDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<GroupConfig | null>> {
  return guarded(event, payload, checkNoArgs, async () => {
    if (!secureStorageAvailable(deps.safeStorage)) return ipcOk(null);
    try {
      const config = await loadConfig(deps);
      return ipcOk(config ? publicView(config) : null);
    } catch {
      return ipcOk(null);
    }
  });
}

/** Keeps the connection, encrypted; a password inside the URL is moved out of it; no password keeps the stored one. */
export async function handleGroupConfigSet(deps: GroupDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<GroupConfig>> {
  return guarded(event, payload, checkGroupConfigSet, async (req) => {
    let password = req.password;
    let url = req.url;
    try {
      const target = parseDbUrl(req.url);
      if (target.password !== undefined) {
        password ??= target.password;
        const parsed = new URL(req.url);
        parsed.password = '';
        url = parsed.toString();
      }
    } catch (err) {
      const e = err instanceof DbUrlError ? err : new DbUrlError('数据库地址无效', 'invalid database URL');
      return ipcFail(ipcError('invalid-payload', e.zh, e.en, 'url'));
    }
    if (!secureStorageAvailable(deps.safeStorage)) return noSecureStorage();
    // No password given: keep the one already stored (the renderer never sees it); '' clears it.
    if (password === undefined) password = await loadConfig(deps).then((c) => c?.password, () => undefined);
    const config: StoredConfig = { url, hospitalId: req.hospitalId.trim(), ...(password ? { password } : {}) };
    try {
      await (deps.files ?? defaultFiles).write(deps.credentialsPath(), new Uint8Array(deps.safeStorage.encryptString(JSON.stringify(config))));
      return ipcOk(publicView(config));
    } catch (err) {
      return ipcFail(ipcError('io-failed', `保存集团库连接失败：${String(err)}`, `Saving the group store connection failed: ${String(err)}`));
    }
  });
}

/** Pushes a project file as the hospital's next revision (validated and analysed here first). */
export async function handleGroupPush(deps: GroupDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<GroupPushResult>> {
  return guarded(event, payload, checkGroupPush, async (req) => {
    const prepared = preparePush(req.data, req.fileName);
    if (!prepared.ok) {
      const first = prepared.issues.find((i) => i.severity === 'error') ?? prepared.issues[0];
      return ipcFail(ipcError('invalid-payload', first ? formatIssue(first, 'zh') : '项目文件无效', first ? formatIssue(first, 'en') : 'invalid project file', 'data'));
    }
    return withStore(deps, async (db, config) => ipcOk(await pushRevision(db, { ...prepared.value, hospitalId: config.hospitalId, baseRevision: req.baseRevision })));
  });
}

/** Pulls the hospital's head revision (or `revision`), byte for byte; null when there is none. */
export async function handleGroupPull(deps: GroupDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<IpcResult<GroupPullResult>> {
  return guarded(event, payload, checkGroupPull, async (req) =>
    withStore(deps, async (db, config) => {
      const result = await pullRevision(db, config.hospitalId, req.revision);
      if (result.status === 'not-found') return ipcOk(null);
      return ipcOk({ revision: result.revision, bytes: result.body, sha256: result.sha256, author: result.author, pushedAt: result.pushedAt });
    }),
  );
}

/** Registers the group-store handlers. Call once, after `ready`. */
export function registerGroupHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: GroupDeps): void {
  ipcMain.handle(IPC_CHANNELS.groupConfigGet, (event, payload: unknown) => handleGroupConfigGet(deps, event, payload));
  ipcMain.handle(IPC_CHANNELS.groupConfigSet, (event, payload: unknown) => handleGroupConfigSet(deps, event, payload));
  ipcMain.handle(IPC_CHANNELS.groupPush, (event, payload: unknown) => handleGroupPush(deps, event, payload));
  ipcMain.handle(IPC_CHANNELS.groupPull, (event, payload: unknown) => handleGroupPull(deps, event, payload));
}
