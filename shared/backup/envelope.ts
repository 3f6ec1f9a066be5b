/**
 * What a backup or an exported project file holds, and how it is sealed:
 * - a project file (`*.xcplan.json`, shared/io), a backup bundle (every project at one moment), or
 *   a database dump (every table as an older version wrote it, taken before a schema upgrade);
 * - either as plain UTF-8 JSON or inside the passphrase envelope of crypto.ts (magic "XCPE").
 * Opening never throws: a missing or wrong passphrase is a typed error and yields nothing, so an
 * import with a wrong passphrase imports nothing.
 */
import { exceedsJsonDepth, parseProjectFileText, parseProjectFileValue, serializeProjectFile } from '../io';
import { makeIssue } from '../model';
import type { Issue, Parsed, ProjectFile } from '../model';
import { decryptBytes, encryptBytes, isEncrypted } from './passphrase';
import type { DecryptError } from './passphrase';

export const BACKUP_FORMAT = 'xcplan-backup';

/** Every project of the app at one moment. */
export type BackupBundle = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  /** ISO timestamp of the backup. */
  createdAt: string;
  /** Which project was open, so a full restore can reopen it. */
  activeProjectId?: string;
  projects: { id: string; file: ProjectFile }[];
};

export const DUMP_FORMAT = 'xcplan-db-dump';

/**
 * Every table of the database, row by row, as the app of schema version `dbVersion` wrote it: the
 * copy taken before a schema upgrade runs (QUALITY.md R-S6). It is the database itself, not the
 * projects as the upgrade reads them, so a faulty upgrade cannot spoil its own backup; restoring
 * loads it at its own version and runs the upgrade on the copy (renderer/db/dump.ts).
 */
export type DatabaseDump = {
  format: typeof DUMP_FORMAT;
  version: 1;
  /** The Dexie schema version that wrote the rows (IndexedDB's version is ten times it). */
  dbVersion: number;
  /** ISO timestamp of the copy. */
  createdAt: string;
  /** Rows of each table, in primary-key order. */
  tables: Record<string, unknown[]>;
};

export type OpenError =
  | { code: 'passphrase-required'; message: { zh: string; en: string } }
  | DecryptError;

/** Result of opening sealed bytes: the plain text, or why not. */
export type Opened = { ok: true; text: string; encrypted: boolean } | { ok: false; error: OpenError };

/** What a file chosen for restore turned out to be. */
export type RestoreSource =
  | { kind: 'project'; file: ProjectFile; issues: Issue[] }
  | { kind: 'backup'; bundle: BackupBundle; issues: Issue[] }
  | { kind: 'dump'; dump: DatabaseDump; issues: Issue[] };

/**
 * Seals text for writing: plain UTF-8, or encrypted when a passphrase is given.
 * @param text the JSON text
 * @param passphrase optional; empty or undefined means no encryption
 */
export async function sealText(text: string, passphrase?: string): Promise<Uint8Array> {
  const plain = new TextEncoder().encode(text);
  return passphrase ? encryptBytes(plain, passphrase) : plain;
}

/**
 * Opens bytes that may be encrypted.
 * @param bytes the file's bytes
 * @param passphrase the user's passphrase, when they gave one
 */
export async function openBytes(bytes: Uint8Array, passphrase?: string): Promise<Opened> {
  if (!isEncrypted(bytes)) return { ok: true, text: new TextDecoder().decode(bytes), encrypted: false };
  if (!passphrase) {
    return { ok: false, error: { code: 'passphrase-required', message: { zh: '此文件已加密，请输入口令', en: 'This file is encrypted: enter its passphrase' } } };
  }
  const opened = await decryptBytes(bytes, passphrase);
  if (!opened.ok) return opened;
  return { ok: true, text: new TextDecoder().decode(opened.value), encrypted: true };
}

/**
 * Serialises a bundle as JSON text (projects keep their project-file shape), with a SHA-256
 * checksum of the projects so a damaged plain backup is detected (encrypted ones are authenticated
 * by AES-GCM anyway).
 */
export async function serializeBackup(bundle: BackupBundle): Promise<string> {
  const projects = JSON.stringify(bundle.projects);
  const checksum = `sha256:${await sha256Hex(new TextEncoder().encode(projects))}`;
  const head = JSON.stringify({ format: bundle.format, version: bundle.version, createdAt: bundle.createdAt, ...(bundle.activeProjectId ? { activeProjectId: bundle.activeProjectId } : {}), checksum });
  return `${head.slice(0, -1)},"projects":${projects}}\n`;
}

/**
 * Serialises a database dump as JSON text, with a SHA-256 checksum of its tables (as a bundle's
 * covers its projects).
 */
export async function serializeDump(dump: DatabaseDump): Promise<string> {
  const tables = JSON.stringify(dump.tables);
  const checksum = `sha256:${await sha256Hex(new TextEncoder().encode(tables))}`;
  const head = JSON.stringify({ format: dump.format, version: dump.version, dbVersion: dump.dbVersion, createdAt: dump.createdAt, checksum });
  return `${head.slice(0, -1)},"tables":${tables}}\n`;
}

/** JSON text (a leading BOM allowed) as a value, or `invalid` when it does not parse. */
function readJson(text: string): { valid: true; raw: unknown } | { valid: false } {
  try {
    return { valid: true, raw: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { valid: false };
  }
}

type Integrity = 'ok' | 'mismatch' | 'missing' | 'unreadable';

/** Integrity of a parsed backup or dump: its checksum against its projects (a bundle) or tables (a dump). */
async function integrityOf(raw: unknown): Promise<Integrity> {
  const r = raw as { format?: unknown; checksum?: unknown; projects?: unknown; tables?: unknown } | null;
  if (typeof r?.checksum !== 'string') return 'missing';
  const body = r.format === DUMP_FORMAT ? r.tables : r.projects;
  // A planted backup nested 100,000 levels deep has a valid checksum, but JSON.stringify throws a
  // RangeError on it: refuse it by depth first, so start-up never throws (issue 15 #6).
  if (exceedsJsonDepth(body)) return 'unreadable';
  const actual = `sha256:${await sha256Hex(new TextEncoder().encode(JSON.stringify(body ?? null)))}`;
  return actual === r.checksum ? 'ok' : 'mismatch';
}

/**
 * Integrity of a backup's (or a dump's) text: `ok`, `mismatch` (damaged), `missing` (no checksum),
 * `unreadable` (not JSON).
 */
export async function checkBackupIntegrity(text: string): Promise<Integrity> {
  const json = readJson(text);
  return json.valid ? integrityOf(json.raw) : 'unreadable';
}

/**
 * What is wrong with a stored backup's text, read once: its checksum (`checksum mismatch`, …), or
 * its content (`unreadable`: neither a valid bundle nor a valid dump); undefined when good.
 */
async function storedBackupProblem(text: string): Promise<string | undefined> {
  const json = readJson(text);
  if (!json.valid) return 'checksum unreadable';
  const integrity = await integrityOf(json.raw);
  if (integrity !== 'ok') return `checksum ${integrity}`;
  const valid = (json.raw as { format?: unknown } | null)?.format === DUMP_FORMAT ? validateDump(json.raw, 'backup') : validateBundle(json.raw, 'backup');
  return valid.ok ? undefined : 'unreadable';
}

/**
 * Checks a backup file as stored: opens it (a passphrase is needed for encrypted ones, which are
 * otherwise reported `locked`), then checksum and content.
 */
export async function checkBackupFile(bytes: Uint8Array, passphrase?: string): Promise<'ok' | 'locked' | 'damaged'> {
  if (isEncrypted(bytes) && !passphrase) return 'locked';
  const opened = await openBytes(bytes, passphrase);
  if (!opened.ok) return opened.error.code === 'passphrase-required' ? 'locked' : 'damaged';
  return (await storedBackupProblem(opened.text)) === undefined ? 'ok' : 'damaged';
}

/** Highest schema version a dump may claim, and the shape of its table names. */
const MAX_DB_VERSION = 999;
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const invalidJson = (fileName: string) => ({ ok: false as const, issues: [makeIssue({ code: 'invalid-json', file: fileName, zh: '不是有效的 JSON', en: 'not valid JSON' })] });

/**
 * Parses and checks a database dump's text: its fields, and every table a list of rows (objects).
 * What the rows mean is checked when they are restored: they are loaded at their own version,
 * upgraded, and each project read back is validated as a project file (renderer/db/dump.ts).
 * @param text the dump JSON
 * @param fileName for messages
 */
export function parseDumpText(text: string, fileName: string): Parsed<DatabaseDump> {
  const json = readJson(text);
  return json.valid ? validateDump(json.raw, fileName) : invalidJson(fileName);
}

function validateDump(value: unknown, fileName: string): Parsed<DatabaseDump> {
  const bad = (field: string, zh: string, en: string): Parsed<DatabaseDump> => ({ ok: false, issues: [makeIssue({ code: 'invalid-backup', file: fileName, field, zh, en })] });
  const raw = value as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || raw.format !== DUMP_FORMAT) return bad('format', '不是数据库备份（format 字段不是 xcplan-db-dump）', 'not a database copy (format is not xcplan-db-dump)');
  if (raw.version !== 1) return bad('version', `不支持的备份版本：${String(raw.version)}`, `unsupported backup version: ${String(raw.version)}`);
  const dbVersion = raw.dbVersion;
  if (typeof dbVersion !== 'number' || !Number.isInteger(dbVersion) || dbVersion < 1 || dbVersion > MAX_DB_VERSION) {
    return bad('dbVersion', `数据库版本无效：${String(dbVersion)}`, `invalid database version: ${String(dbVersion)}`);
  }
  if (typeof raw.createdAt !== 'string' || !Number.isFinite(Date.parse(raw.createdAt))) return bad('createdAt', '备份时间无效', 'invalid backup time');
  const tables = raw.tables;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables) || exceedsJsonDepth(tables)) return bad('tables', '缺少数据表', 'the tables are missing');
  for (const [name, rows] of Object.entries(tables as Record<string, unknown>)) {
    if (!TABLE_NAME.test(name)) return bad('tables', `数据表名称无效：${name.slice(0, 40)}`, `invalid table name: ${name.slice(0, 40)}`);
    if (!Array.isArray(rows)) return bad(`tables.${name}`, `数据表 ${name} 不是行的列表`, `table ${name} is not a list of rows`);
    const index = rows.findIndex((row) => !row || typeof row !== 'object' || Array.isArray(row));
    if (index >= 0) return bad(`tables.${name}.${index}`, `数据表 ${name} 第 ${index + 1} 行不是记录`, `row ${index + 1} of table ${name} is not a record`);
  }
  return { ok: true, value: { format: DUMP_FORMAT, version: 1, dbVersion, createdAt: raw.createdAt, tables: tables as Record<string, unknown[]> }, issues: [] };
}

/**
 * Parses and validates a backup bundle's text; each project is validated as a project file.
 * @param text the bundle JSON
 * @param fileName for messages
 */
export function parseBackupText(text: string, fileName: string): Parsed<BackupBundle> {
  const json = readJson(text);
  return json.valid ? validateBundle(json.raw, fileName) : invalidJson(fileName);
}

function validateBundle(raw: unknown, fileName: string): Parsed<BackupBundle> {
  const bad = (field: string, zh: string, en: string): Parsed<BackupBundle> => ({ ok: false, issues: [makeIssue({ code: 'invalid-backup', file: fileName, field, zh, en })] });
  if (!raw || typeof raw !== 'object') return bad('', '不是备份文件', 'not a backup file');
  const r = raw as Record<string, unknown>;
  if (r.format !== BACKUP_FORMAT) return bad('format', '不是备份文件（format 字段不是 xcplan-backup）', 'not a backup file (format is not xcplan-backup)');
  if (r.version !== 1) return bad('version', `不支持的备份版本：${String(r.version)}`, `unsupported backup version: ${String(r.version)}`);
  if (typeof r.createdAt !== 'string' || !Number.isFinite(Date.parse(r.createdAt))) return bad('createdAt', '备份时间无效', 'invalid backup time');
  if (!Array.isArray(r.projects)) return bad('projects', '缺少项目列表', 'the project list is missing');
  const projects: BackupBundle['projects'] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of (r.projects as unknown[]).entries()) {
    const e = entry as { id?: unknown; file?: unknown } | null;
    if (!e || typeof e.id !== 'string' || e.id.length === 0 || e.id.length > 200) return bad(`projects.${index}.id`, `第 ${index + 1} 个项目的编号无效`, `project ${index + 1} has an invalid id`);
    if (seen.has(e.id)) return bad(`projects.${index}.id`, `项目编号重复：${e.id}`, `duplicate project id: ${e.id}`);
    seen.add(e.id);
    // The project-file reader's rules (forbidden keys, nesting depth) on the parsed value: no
    // JSON.stringify round trip, which throws a RangeError on a deeply nested planted entry.
    const parsed = parseProjectFileValue(e.file ?? null, `${fileName} → ${e.id}`);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    for (const issue of parsed.issues) issues.push(issue);
    projects.push({ id: e.id, file: parsed.value });
  }
  const bundle: BackupBundle = { format: BACKUP_FORMAT, version: 1, createdAt: r.createdAt, projects };
  if (typeof r.activeProjectId === 'string') bundle.activeProjectId = r.activeProjectId;
  return { ok: true, value: bundle, issues };
}

/**
 * Reads a file chosen for restore or import: a project file, a backup bundle or a database copy,
 * by content (the JSON is parsed once for a bundle or a copy).
 * @param text opened (decrypted) text
 * @param fileName for messages
 */
export function parseRestoreText(text: string, fileName: string): Parsed<RestoreSource> {
  const json = readJson(text);
  if (!json.valid) {
    return { ok: false, issues: [makeIssue({ code: 'invalid-json', file: fileName, zh: '不是有效的 JSON（也不是加密文件）', en: 'not valid JSON (and not an encrypted file)' })] };
  }
  const format = (json.raw as { format?: unknown } | null)?.format;
  if (format === BACKUP_FORMAT) {
    const parsed = validateBundle(json.raw, fileName);
    return parsed.ok ? { ok: true, value: { kind: 'backup', bundle: parsed.value, issues: parsed.issues }, issues: parsed.issues } : parsed;
  }
  if (format === DUMP_FORMAT) {
    const parsed = validateDump(json.raw, fileName);
    return parsed.ok ? { ok: true, value: { kind: 'dump', dump: parsed.value, issues: [] }, issues: [] } : parsed;
  }
  const parsed = parseProjectFileText(text, fileName);
  return parsed.ok ? { ok: true, value: { kind: 'project', file: parsed.value, issues: parsed.issues }, issues: parsed.issues } : parsed;
}

/** A project file, sealed for export (encrypted when a passphrase is given). */
export async function sealProjectFile(file: ProjectFile, passphrase?: string): Promise<Uint8Array> {
  return sealText(serializeProjectFile(file), passphrase);
}

/** SHA-256 of bytes as lower-case hex (WebCrypto), for verify-after-write. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto: { subtle: { digest(alg: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto.subtle;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Verify-after-write: the bytes read back must hash to the bytes written, and must open and parse
 * again (with the same passphrase), so a backup that is listed as verified can be restored.
 * @returns undefined when good, otherwise the reason
 */
export async function verifyBackupBytes(written: Uint8Array, readBack: Uint8Array | undefined, passphrase?: string): Promise<string | undefined> {
  if (!readBack) return 'missing';
  if (readBack.length !== written.length) return `size ${readBack.length} != ${written.length}`;
  const [a, b] = await Promise.all([sha256Hex(written), sha256Hex(readBack)]);
  if (a !== b) return 'hash mismatch';
  const opened = await openBytes(readBack, passphrase);
  if (!opened.ok) return opened.error.code;
  return storedBackupProblem(opened.text);
}
