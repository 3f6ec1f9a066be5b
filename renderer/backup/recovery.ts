/**
 * Start-up recovery (desktop): when the database cannot be opened, or opens empty while the backup
 * folder has backups, ask whether to restore instead of starting blank. Restoring a backup writes
 * every project in it through the import's atomic commit.
 */
import Dexie from 'dexie';
import i18next from 'i18next';

import { checkBackupFile, checkBackupIntegrity, parseBackupText } from '../../shared/backup';
import { pushToast } from '../components/toasts';
import { db, NewerDatabaseError } from '../db/database';
import type { PlannerDB } from '../db/database';
import { commitImport } from '../db/importCommit';
import { desktopBackups } from '../platform';
import type { DesktopBackups } from '../platform';
import { askRecovery } from './backupStore';
import { openSealedFile } from './openSealed';

/**
 * @returns the project to open after a restore, or undefined to start as usual
 * @throws the open error when the database cannot be opened and the user declines to restore
 */
export async function startupRecovery(database: PlannerDB = db, target: DesktopBackups | undefined = desktopBackups(), ask = askRecovery): Promise<string | undefined> {
  if (!target) return undefined;
  let openError: Error | undefined;
  try {
    await database.open();
    if ((await database.projects.count()) > 0) return undefined;
  } catch (error) {
    if (error instanceof NewerDatabaseError) throw error;
    openError = error instanceof Error ? error : new Error(String(error));
  }
  const files = await target.list().then((l) => l.files).catch(() => []);
  if (files.length === 0) {
    if (openError) throw openError;
    return undefined;
  }
  const checks = await checkNewestFirst(target, files.map((f) => f.name));
  for (;;) {
    const request = openError
      ? { reason: 'open-failed' as const, message: openError.message, backups: files, checks }
      : { reason: 'empty' as const, backups: files, checks };
    const name = await ask(request);
    if (!name) {
      if (openError) throw openError;
      return undefined;
    }
    try {
      const opened = await openSealedFile(await target.read(name), name);
      if (!opened) continue;
      if ((await checkBackupIntegrity(opened.text)) === 'mismatch') throw new Error(i18next.t('backup:damaged', { name }));
      const parsed = parseBackupText(opened.text, name);
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message[i18next.language === 'en' ? 'en' : 'zh']).join('; '));
      if (openError) {
        database.close();
        await Dexie.delete(database.name);
        await database.open();
      }
      const now = new Date().toISOString();
      // Every project in ONE transaction (each commit joins it): a failure in the third project
      // rolls back the first two, so recovery never leaves half a backup (issue 15 #6).
      await database.transaction('rw', [database.projects, database.assets, database.dependencies, database.scenarios, database.meta], async () => {
        for (const { id, file } of parsed.value.projects) {
          await commitImport(id, { assets: file.assets, dependencies: file.dependencies, project: file }, { mode: 'replace', now }, database);
        }
      });
      const ids = parsed.value.projects.map((p) => p.id);
      const active = parsed.value.activeProjectId;
      return active && ids.includes(active) ? active : ids[0];
    } catch (error) {
      pushToast({ tone: 'error', text: i18next.t('backup:restoreDialog.failed', { message: error instanceof Error ? error.message : String(error) }) }, 0);
    }
  }
}

/**
 * Checks backups newest first until one is good (R-S8): the damaged ones before it are flagged so
 * the dialog offers the newest good one; encrypted ones are `locked` until their passphrase is given.
 */
export async function checkNewestFirst(target: DesktopBackups, names: readonly string[], limit = 10): Promise<Record<string, 'ok' | 'locked' | 'damaged'>> {
  const checks: Record<string, 'ok' | 'locked' | 'damaged'> = {};
  for (const name of names.slice(0, limit)) {
    // Any failure while checking (a planted file, a parser bug) marks this backup damaged and the
    // next one is checked; it never throws out of start-up (issue 15 #6).
    const result = await target
      .read(name)
      .then((bytes) => checkBackupFile(bytes))
      .catch(() => 'damaged' as const);
    checks[name] = result;
    if (result !== 'damaged') break;
  }
  return checks;
}
