/** @vitest-environment jsdom */
// The desktop keeps the backup passphrase in the system's secret storage (issue 15 #11): giving
// it once stores it through the shell; the next start loads it, so encrypted backups are not paused.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { PlannerBridge } from '../../shared/ipc';
import { db } from '../db/database';
import { writeSetting } from '../db/settings';
import { backupsPaused, loadBackupState, useBackupStore } from './backupStore';

function installBridge(kept: string | null) {
  const state = { kept };
  const bridge = {
    backupSecretGet: vi.fn(() => Promise.resolve({ ok: true as const, value: state.kept })),
    backupSecretSet: vi.fn(({ passphrase }: { passphrase: string | null }) => {
      state.kept = passphrase;
      return Promise.resolve({ ok: true as const, value: true });
    }),
  } as Partial<PlannerBridge>;
  (window as Window & { planner?: Partial<PlannerBridge> }).planner = bridge;
  return { state, bridge };
}

afterEach(async () => {
  delete (window as Window & { planner?: unknown }).planner;
  useBackupStore.setState({ passphrase: undefined, encrypt: false });
  await db.settings.clear();
});

describe('backup passphrase kept by the desktop shell', () => {
  it('stores a passphrase given this session, and the next start loads it so backups are not paused', async () => {
    const { state, bridge } = installBridge(null);
    await writeSetting('backupEncrypt', true);
    await loadBackupState();
    expect(backupsPaused()).toBe(true);
    useBackupStore.getState().setPassphrase('院内口令');
    await vi.waitFor(() => expect(state.kept).toBe('院内口令'));
    // Next start: memory is empty, the shell still has it.
    useBackupStore.setState({ passphrase: undefined });
    await loadBackupState();
    expect(useBackupStore.getState().passphrase).toBe('院内口令');
    expect(backupsPaused()).toBe(false);
    expect(bridge.backupSecretGet).toHaveBeenCalled();
  });

  it('clearing the passphrase forgets it in the shell too; plain backups never ask the shell', async () => {
    const { state, bridge } = installBridge('旧口令');
    await loadBackupState();
    expect(bridge.backupSecretGet).not.toHaveBeenCalled();
    useBackupStore.getState().setPassphrase(undefined);
    await vi.waitFor(() => expect(state.kept).toBeNull());
  });
});
