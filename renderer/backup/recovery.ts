/**
 * Start-up: an older database is first copied into the backup folder (desktop) or the browser's
 * copies (web build, browserCopies.ts), before it is opened and upgraded (R-S6, preUpgrade.ts).
 * Then recovery (desktop): when the database cannot be opened, or opens empty while the backup
 * folder has backups, ask whether to restore instead of starting blank.
 * Restoring a backup writes every project in it all or nothing (renderer/db/recovery.ts).
 */
import i18next from 'i18next';

import { checkBackupFile } from '../../shared/backup';
import { toLang } from '../../shared/format';
import { pushToast } from '../components/toasts';
import { db } from '../db/database';
import type { PlannerDB } from '../db/database';
import { openForRecovery, restoreBackupProjects } from '../db/recovery';
import { desktopBackups } from '../platform';
import type { DesktopBackups } from '../platform';
import { askRecovery } from './backupStore';
import { backupBeforeUpgrade } from './preUpgrade';
import { browserCopies } from './browserCopies';
import { openSealedFile } from './openSealed';
import { readRestoreSource } from './restoreSource';

/**
 * @returns the project to open after a restore, or undefined to start as usual
 * @throws the open error when the database cannot be opened and the user declines to restore;
 *   PreUpgradeBackupError when an older database could not be copied (it is left unopened)
 */
export async function startupRecovery(database?: PlannerDB, target: DesktopBackups | undefined = desktopBackups(), ask = askRecovery, copies: () => DesktopBackups = browserCopies): Promise<string | undefined> {
  // The web build has no backup folder: it keeps the copy in the browser (browserCopies.ts),
  // written and read back the same way, and Settings lists it.
  const copied = await backupBeforeUpgrade(target ?? copies(), { now: new Date().toISOString(), databaseName: (database ?? db).name });
  if (!target && !copied) return undefined;
  const state = await openForRecovery(database);
  if (copied && state.kind !== 'broken') {
    pushToast({ tone: 'info', text: i18next.t(target ? 'backup:preUpgradeDone' : 'backup:preUpgradeBrowser', { from: copied.fromVersion, to: copied.toVersion, name: copied.name }) }, 0);
  }
  // The web build offers no backups to restore at start: a database that cannot be opened fails as it always has.
  if (!target) {
    if (state.kind === 'broken') throw state.error;
    return undefined;
  }
  if (state.kind === 'has-projects') return undefined;
  const openError = state.kind === 'broken' ? state.error : undefined;
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
      // A bundle, or a copy taken before an upgrade (read as a bundle); the folder holds nothing else.
      const parsed = await readRestoreSource(opened.text, name);
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message[toLang(i18next.language)]).join('; '));
      if (parsed.value.kind !== 'backup') throw new Error(i18next.t('backup:notBackup', { name }));
      const { bundle } = parsed.value;
      // All or nothing; a broken database is replaced only once the backup is written and read back.
      await restoreBackupProjects(bundle.projects, new Date().toISOString(), openError !== undefined, database);
      const ids = bundle.projects.map((p) => p.id);
      const active = bundle.activeProjectId;
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
