/**
 * Session state of backups: the passphrase (in memory; on the desktop also kept by the system's
 * secret storage through safeStorage, never in the database or settings), whether backups are
 * encrypted (a setting), the status shown in Settings, and the two prompts the shell shows on
 * request from anywhere (passphrase, start-up recovery), each answered through a promise.
 */
import { create } from 'zustand';

import type { BackupFileInfo } from '../../shared/ipc';
import { readBackupStatus, readSettings, writeSetting } from '../db/settings';
import { desktopBackups } from '../platform';
import type { BackupStatus } from '../db/settings';

export type PassphrasePurpose = 'export' | 'backup' | 'open';

export type PassphraseRequest = {
  purpose: PassphrasePurpose;
  fileName?: string;
  /** Shown under the field (e.g. the previous attempt was wrong). */
  error?: string;
  resolve: (passphrase: string | undefined) => void;
};

export type RecoveryRequest = {
  reason: 'empty' | 'open-failed';
  message?: string;
  backups: BackupFileInfo[];
  /** What checking found, newest first up to the first good one; unchecked names are absent. */
  checks: Record<string, 'ok' | 'locked' | 'damaged'>;
  /** Resolves with the chosen backup name, or undefined to start blank. */
  resolve: (name: string | undefined) => void;
};

type BackupState = {
  passphrase: string | undefined;
  encrypt: boolean;
  status: BackupStatus;
  prompt: PassphraseRequest | undefined;
  recovery: RecoveryRequest | undefined;
  setPassphrase: (passphrase: string | undefined) => void;
  setEncrypt: (encrypt: boolean) => void;
  setStatus: (status: BackupStatus) => void;
  setPrompt: (prompt: PassphraseRequest | undefined) => void;
  setRecovery: (recovery: RecoveryRequest | undefined) => void;
};

export const useBackupStore = create<BackupState>()((set) => ({
  passphrase: undefined,
  encrypt: false,
  status: {},
  prompt: undefined,
  recovery: undefined,
  setPassphrase: (passphrase) => {
    set({ passphrase });
    // The desktop keeps it in the system's secret storage, so backups go on after a restart.
    void desktopBackups()?.saveSecret(passphrase ?? null).catch(() => undefined);
  },
  setEncrypt: (encrypt) => set({ encrypt }),
  setStatus: (status) => set({ status }),
  setPrompt: (prompt) => set({ prompt }),
  setRecovery: (recovery) => set({ recovery }),
}));

/** Shows a prompt through its store slot and resolves with the answer, clearing the slot. */
function ask<R extends { resolve: (answer: string | undefined) => void }>(show: (request: R | undefined) => void, request: Omit<R, 'resolve'>): Promise<string | undefined> {
  return new Promise((resolve) => show({ ...request, resolve: (answer: string | undefined) => (show(undefined), resolve(answer)) } as R));
}

/** Asks the user for a passphrase; resolves undefined when they cancel. */
export const askPassphrase = (purpose: PassphrasePurpose, options: { fileName?: string; error?: string } = {}): Promise<string | undefined> =>
  ask(useBackupStore.getState().setPrompt, { purpose, ...options });

/** Asks whether to restore at start-up; resolves the chosen backup name or undefined (start blank). */
export const askRecovery = (request: Omit<RecoveryRequest, 'resolve'>): Promise<string | undefined> => ask(useBackupStore.getState().setRecovery, request);

/** Loads the encryption setting and the status into the store. */
export async function loadBackupState(): Promise<void> {
  const encrypt = (await readSettings()).backupEncrypt;
  useBackupStore.getState().setEncrypt(encrypt);
  if (encrypt && !useBackupStore.getState().passphrase) {
    const kept = await desktopBackups()?.loadSecret().catch(() => null);
    if (kept) useBackupStore.setState({ passphrase: kept });
  }
  useBackupStore.getState().setStatus(await readBackupStatus());
}

export async function saveEncryptSetting(encrypt: boolean): Promise<void> {
  useBackupStore.getState().setEncrypt(encrypt);
  await writeSetting('backupEncrypt', encrypt);
  if (!encrypt) useBackupStore.getState().setPassphrase(undefined);
}

/** The passphrase backups should use now (undefined: plain). */
export const backupPassphrase = (): string | undefined => {
  const s = useBackupStore.getState();
  return s.encrypt ? s.passphrase : undefined;
};

/** Encryption on but no passphrase this run: automatic backups wait. */
export const backupsPaused = (): boolean => {
  const s = useBackupStore.getState();
  return s.encrypt && !s.passphrase;
};
