/**
 * The start-up failure in the user's language: the cause Dexie wraps (OpenFailedError → inner) is
 * unwrapped, a newer database gets its own localised sentence, and other errors show their message
 * only, never the error class name.
 */
import type { TFunction } from 'i18next';

import { PreUpgradeBackupError } from '../backup/preUpgrade';
import { NewerDatabaseError } from '../db/database';

/** The innermost cause: Dexie keeps it in `inner`, standard errors in `cause`. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 8; depth += 1) {
    const next = (current as { inner?: unknown; cause?: unknown } | null | undefined)?.inner ?? (current as { cause?: unknown } | null | undefined)?.cause;
    if (next === undefined || next === null || next === current) break;
    current = next;
  }
  return current;
}

/**
 * @param error what the start-up threw
 * @param t the common namespace's translate function
 * @returns the banner text, e.g. 无法打开本地数据库：数据库由更新版本的应用写入…
 */
export function startErrorMessage(error: unknown, t: TFunction<'common'>): string {
  if (error instanceof PreUpgradeBackupError) return t('preUpgradeFailed', { from: error.fromVersion, to: error.toVersion, reason: error.reason });
  const newer = error instanceof NewerDatabaseError ? error : rootCause(error);
  if (newer instanceof NewerDatabaseError) return t('startFailed', { message: t('newerDatabase', { found: newer.foundVersion, supported: newer.supportedVersion }) });
  const cause = rootCause(error);
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : String(cause);
  // Dexie writes a wrapped error as "<Name> <message>"; the class name means nothing to a user.
  const message = text.replace(/^[A-Z][A-Za-z]*Error:?\s+/, '').trim() || t('startUnknown');
  return t('startFailed', { message });
}
