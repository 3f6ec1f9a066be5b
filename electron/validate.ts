// Main process. Zod schemas for every IPC payload (R-E8) and the sender-origin check. A payload
// that fails gives a typed `invalid-payload` error naming the field; nothing else happens.
import { z } from 'zod';

import {
  MAX_FILTERS,
  MAX_NAME_CHARS,
  MAX_BACKUP_BYTES,
  MAX_SAVE_BYTES,
  ipcError,
} from '../shared/ipc';
import type { BackupNameRequest, BackupSecretRequest, BackupWriteRequest, GroupConfigSetRequest, GroupPullRequest, GroupPushRequest, IpcError, OpenExternalRequest, OpenFileRequest, PrintToPdfRequest, SaveFileRequest } from '../shared/ipc';
import { BACKUP_NAME_PATTERN } from '../shared/backup/naming';
import { isAppUrl } from './security';

/** Characters never allowed in a suggested file name (path separators, reserved on Windows, control chars). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const BAD_NAME = /[\\/:*?"<>|\u0000-\u001f]/;

const extension = z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'extension: 1-10 letters or digits, no dot');

const filter = z.strictObject({
  name: z.string().min(1).max(80),
  extensions: z.array(extension).min(1).max(10),
});

const filters = z.array(filter).max(MAX_FILTERS);

const title = z.string().max(120).optional();

export const openFileSchema = z.strictObject({ filters, title });

const fileName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .refine((s) => !BAD_NAME.test(s), 'file name contains a path separator or a reserved character')
  .refine((s) => s !== '.' && s !== '..' && !s.endsWith('.') && !s.endsWith(' '), 'file name is reserved');

const data = z.union([
  z.string().max(MAX_SAVE_BYTES),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'data is larger than the save limit'),
]);

export const saveFileSchema = z.strictObject({ suggestedName: fileName, data, filters: filters.optional(), title });

export const openExternalSchema = z.strictObject({ url: z.string().min(1).max(2048) });

export const noArgsSchema = z.undefined();

/** A backup file name: only `xcplan-backup-<timestamp>.json|xcpe`, so no path can be expressed. */
const backupName = z.string().max(80).regex(BACKUP_NAME_PATTERN, 'not a backup file name');

export const backupWriteSchema = z.strictObject({
  name: backupName,
  data: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_BACKUP_BYTES, 'data is empty or larger than the backup limit'),
});

export const backupNameSchema = z.strictObject({ name: backupName });

export const printToPdfSchema = z.strictObject({
  suggestedName: fileName,
  footer: z.strictObject({ text: z.string().max(400), lang: z.enum(['zh', 'en']) }),
});

/** Outcome of validating one payload. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: IpcError };

function check<T>(schema: z.ZodType<T>, payload: unknown): Checked<T> {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  const field = first && first.path.length > 0 ? first.path.map(String).join('.') : undefined;
  const detail = first?.message ?? 'invalid';
  return {
    ok: false,
    error: ipcError('invalid-payload', `请求参数无效${field ? `（字段 ${field}）` : ''}：${detail}`, `Invalid request${field ? ` (field ${field})` : ''}: ${detail}`, field),
  };
}

/** Validates an open-file request. */
export const checkOpenFile = (payload: unknown): Checked<OpenFileRequest> => check(openFileSchema, payload);
/** Validates a save-file request. */
export const checkSaveFile = (payload: unknown): Checked<SaveFileRequest> => check(saveFileSchema, payload);
/** Validates an open-external request (the allow-list is checked separately). */
export const checkOpenExternal = (payload: unknown): Checked<OpenExternalRequest> => check(openExternalSchema, payload);

/** Validates a backup write. */
export const checkBackupWrite = (payload: unknown): Checked<BackupWriteRequest> => check(backupWriteSchema, payload);
/** Validates a backup read or delete. */
export const checkBackupName = (payload: unknown): Checked<BackupNameRequest> => check(backupNameSchema, payload);
/** Validates a print-to-PDF request. */
export const checkPrintToPdf = (payload: unknown): Checked<PrintToPdfRequest> => check(printToPdfSchema, payload);
/** Validates a backup passphrase to keep (the sealing code's own length limits apply). */
export const checkBackupSecret = (payload: unknown): Checked<BackupSecretRequest> => check(z.strictObject({ passphrase: z.string().min(1).max(1024).nullable() }), payload);
/** Validates a request that takes no arguments. */
export const checkNoArgs = (payload: unknown): Checked<undefined> => check(noArgsSchema, payload);

/** Minimal shape of an IPC event used for the sender check. */
export type SenderEvent = { senderFrame?: { url: string } | null };

/** Checks that the IPC message comes from the app's own page (checklist 17); a typed error otherwise. */
export function checkSender(event: SenderEvent): IpcError | undefined {
  const url = event.senderFrame?.url;
  if (typeof url === 'string' && isAppUrl(url)) return undefined;
  return ipcError('forbidden-sender', '拒绝：请求不是来自本应用的页面', 'Refused: the request does not come from the app page');
}

// ── Group store (issue 17) ──────────────────────────────────────────────────────────────────

export const groupConfigSetSchema = z.strictObject({
  url: z.string().min(1).max(2048).regex(/^postgres(ql)?:\/\//, 'must start with postgres://'),
  hospitalId: z.string().trim().min(1).max(200),
  password: z.string().max(1024).optional(),
});

export const groupPushSchema = z.strictObject({
  data: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_SAVE_BYTES, 'data is empty or larger than the save limit'),
  baseRevision: z.number().int().min(0).max(2_147_483_647),
  fileName: fileName,
});

export const groupPullSchema = z.strictObject({ revision: z.number().int().min(1).max(2_147_483_647).optional() });

/** Validates the group-store connection to keep. */
export const checkGroupConfigSet = (payload: unknown): Checked<GroupConfigSetRequest> => check(groupConfigSetSchema, payload);
/** Validates a push: the project file's bytes and the revision it started from. */
export const checkGroupPush = (payload: unknown): Checked<GroupPushRequest> => check(groupPushSchema, payload);
/** Validates a pull. */
export const checkGroupPull = (payload: unknown): Checked<GroupPullRequest> => check(groupPullSchema, payload);
