/**
 * What the Settings section, the shell and the export menu call: back up now, download a backup
 * (web build), export an encrypted project file, and the scheduler's lifetime.
 */
import i18next from 'i18next';

import { BACKUP_FLUSH_GLOBAL } from '../../shared/ipc';
import { pushToast } from '../components/toasts';
import { desktopBackups, saveFile } from '../platform';
import { useAppStore } from '../state/store';
import { readBackupStatus, updateBackupStatus } from '../db/settings';
import { makeBackupDownload, needsDownloadReminder } from './backupRun';
import type { BackupResult } from './backupRun';
import { askPassphrase, backupPassphrase, backupsPaused, loadBackupState, useBackupStore } from './backupStore';
import { BackupScheduler } from './scheduler';

let scheduler: BackupScheduler | undefined;
let stopScheduler: (() => void) | undefined;
/** How many mounted hosts use the scheduler (React StrictMode mounts effects twice in development). */
let users = 0;
let reminded = false;

const refreshStatus = async () => useBackupStore.getState().setStatus(await readBackupStatus());

function reportResult(result: BackupResult | Error, quiet: boolean): void {
  void refreshStatus();
  if (result instanceof Error) pushToast({ tone: 'error', text: i18next.t('backup:backupFailed', { message: result.message }) }, 0);
  else if (!quiet) pushToast({ tone: 'info', text: i18next.t('backup:backedUp', { count: result.projects, name: result.name }) });
}

let manual = false;

/** Shows a failure of a user action as an error toast. */
export function reportError(error: unknown): void {
  pushToast({ tone: 'error', text: i18next.t('backup:backupFailed', { message: error instanceof Error ? error.message : String(error) }) }, 0);
}

/** Starts the scheduler once a project is open (desktop) and reminds about downloads (web). */
export async function startBackups(): Promise<() => void> {
  users += 1;
  await loadBackupState();
  const target = desktopBackups();
  if (!scheduler) {
    scheduler = new BackupScheduler({
      target,
      activeProjectId: () => useAppStore.getState().activeProjectId,
      passphrase: backupPassphrase,
      paused: backupsPaused,
      onResult: (result) => reportResult(result, !manual),
    });
    stopScheduler = await scheduler.start();
    // The desktop shell calls this when the window is closing and waits for it (electron/quit.ts).
    (globalThis as Record<string, unknown>)[BACKUP_FLUSH_GLOBAL] = () => scheduler?.flush();
  }
  if (target && backupsPaused() && !reminded) {
    // Encrypted backups need this run's passphrase: say so at once, with the way to give it.
    reminded = true;
    pushToast(
      {
        tone: 'info',
        text: i18next.t('backup:encryption.missing'),
        action: {
          label: i18next.t('backup:encryption.enter'),
          run: async () => {
            const passphrase = await askPassphrase('backup');
            if (passphrase) useBackupStore.getState().setPassphrase(passphrase);
          },
        },
      },
      0,
    );
  }
  if (!target && !reminded) {
    reminded = true;
    const status = await readBackupStatus();
    if (needsDownloadReminder(status, new Date().toISOString())) {
      pushToast(
        { tone: 'info', text: status.lastDownloadAt ? i18next.t('backup:reminder', { days: 7 }) : i18next.t('backup:reminderNever'), action: { label: i18next.t('backup:download'), run: () => downloadBackup().then(() => undefined, reportError) } },
        20_000,
      );
    }
  }
  return () => {
    users -= 1;
    if (users > 0) return;
    stopScheduler?.();
    delete (globalThis as Record<string, unknown>)[BACKUP_FLUSH_GLOBAL];
    scheduler = undefined;
    stopScheduler = undefined;
  };
}

/** "Back up now" (desktop). */
export async function backupNow(): Promise<void> {
  if (!scheduler) await startBackups();
  if (backupsPaused()) {
    const passphrase = await askPassphrase('backup');
    if (!passphrase) return;
    useBackupStore.getState().setPassphrase(passphrase);
  }
  manual = true;
  try {
    await scheduler?.backupNow();
  } finally {
    manual = false;
  }
}

/** Downloads a backup of every project (web build; works on the desktop too). Resolves false when cancelled. */
export async function downloadBackup(): Promise<boolean> {
  let passphrase = backupPassphrase();
  if (useBackupStore.getState().encrypt && !passphrase) {
    passphrase = await askPassphrase('backup');
    if (!passphrase) return false;
    useBackupStore.getState().setPassphrase(passphrase);
  }
  const now = new Date().toISOString();
  const download = await makeBackupDownload({ now, activeProjectId: useAppStore.getState().activeProjectId, passphrase });
  const saved = await saveFile(download.name, download.bytes, passphrase ? 'application/octet-stream' : 'application/json');
  if (!saved) return false;
  useBackupStore.getState().setStatus(await updateBackupStatus({ lastDownloadAt: now }));
  pushToast({ tone: 'info', text: i18next.t('backup:downloaded', { count: download.projects, name: download.name }) });
  return true;
}
