/**
 * Start-up: ask for persistent storage (R-S1), offer a restore when the database is unreadable or
 * empty while backups exist (desktop), restore settings, report an interrupted import,
 * open the remembered project or seed the sample hospital on first run, and remember the active
 * project from then on. Returns false until the first project is open.
 */
import { useEffect, useState } from 'react';

import { startupRecovery } from '../backup/recovery';
import { takeUnfinishedImport } from '../db/importCommit';
import { ensureStartupProject } from '../db/samples';
import { readSettings, writeSetting } from '../db/settings';
import { requestPersistentStorage } from '../db/storage';
import { useAppStore } from '../state/store';

export function useBootstrap(emptyProjectName: string): { ready: boolean; error: unknown } {
  const [ready, setReady] = useState(false);
  // The thrown value itself: the shell words it in the user's language (app/startError.ts).
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    const store = useAppStore.getState();
    void requestPersistentStorage().then((status) => store.setStorage(status));
    const start = async () => {
      // Desktop: an unopenable or unexpectedly empty database with backups on disk offers a restore first.
      const recovered = await startupRecovery();
      const settings = await readSettings();
      store.setMoneyUnit(settings.moneyUnit);
      if (await takeUnfinishedImport()) store.setUnfinishedImport(true);
      const projectId = store.activeProjectId ?? recovered ?? (await ensureStartupProject(settings.activeProjectId, new Date().toISOString(), emptyProjectName));
      if (!live) return;
      store.setActiveProject(projectId);
      setReady(true);
    };
    start().catch((e: unknown) => live && setError(() => e ?? new Error(String(e))));
    return () => {
      live = false;
    };
  }, [emptyProjectName]);

  const activeProjectId = useAppStore((s) => s.activeProjectId);
  useEffect(() => {
    if (ready && activeProjectId) void writeSetting('activeProjectId', activeProjectId);
  }, [ready, activeProjectId]);
  return { ready, error };
}
