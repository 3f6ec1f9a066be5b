/**
 * The backup scheduler. Listens to Dexie's storage-mutation events (any write to project data),
 * and backs up every project at most every 15 minutes after a change, and once more when the page
 * is hidden or closed (`pagehide`, also fired when the desktop window closes). Desktop only: the
 * web build cannot write files by itself, so there the scheduler only records the last change
 * (for the download reminder).
 */
import { onDataChange } from '../db/changes';
import type { PlannerDB } from '../db/database';
import { readBackupStatus, updateBackupStatus } from '../db/settings';
import type { DesktopBackups } from '../platform';
import { writeDesktopBackup } from './backupRun';
import type { BackupResult } from './backupRun';

export const BACKUP_INTERVAL_MS = 15 * 60_000;
/** Wait this long after the first change before backing up (several edits usually come together). */
export const SETTLE_MS = 30_000;

export type SchedulerDeps = {
  target: DesktopBackups | undefined;
  database?: PlannerDB;
  now?: () => number;
  activeProjectId: () => string | undefined;
  /** The session's backup passphrase, when backups are encrypted. */
  passphrase: () => string | undefined;
  /** True when the user asked for encrypted backups but gave no passphrase this session: skip. */
  paused: () => boolean;
  onResult?: (result: BackupResult | Error) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

export class BackupScheduler {
  private dirty = false;
  private running: Promise<void> | undefined;
  private timer: unknown;
  private lastBackupMs = 0;
  private lastChangeWrite = 0;
  private readonly database: PlannerDB | undefined;
  private readonly now: () => number;

  constructor(private readonly deps: SchedulerDeps) {
    this.database = deps.database;
    this.now = deps.now ?? Date.now;
  }

  /** Reads the last backup time; subscribes to changes and to page hide. Returns a stop function. */
  async start(): Promise<() => void> {
    const status = await readBackupStatus(this.database);
    if (!status.firstSeenAt) await updateBackupStatus({ firstSeenAt: new Date(this.now()).toISOString() }, this.database).catch(() => undefined);
    this.lastBackupMs = status.lastBackupAt ? Date.parse(status.lastBackupAt) : 0;
    if (status.lastChangeAt && (!status.lastBackupAt || status.lastChangeAt > status.lastBackupAt)) this.markDirty();
    const stopListening = onDataChange(() => this.markDirty(), this.database);
    const onHide = () => void this.flush();
    if (typeof window !== 'undefined') window.addEventListener('pagehide', onHide);
    return () => {
      stopListening();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onHide);
      this.clear();
    };
  }

  /** A change happened: remember it, and schedule a backup no sooner than 15 minutes after the last. */
  markDirty(): void {
    this.dirty = true;
    const now = this.now();
    if (now - this.lastChangeWrite > 60_000) {
      this.lastChangeWrite = now;
      void updateBackupStatus({ lastChangeAt: new Date(now).toISOString() }, this.database).catch(() => undefined);
    }
    if (!this.deps.target || this.timer !== undefined) return;
    const due = Math.max(this.lastBackupMs + BACKUP_INTERVAL_MS, now + SETTLE_MS);
    this.timer = (this.deps.setTimer ?? setTimeout)(() => {
      this.timer = undefined;
      void this.flush();
    }, due - now);
  }

  /** Backs up now if anything changed (page hide, quit, or the timer). */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    await this.backupNow();
  }

  /** Backs up now regardless of changes ("Back up now" in Settings). Concurrent calls share one run. */
  async backupNow(): Promise<void> {
    const target = this.deps.target;
    if (!target || this.deps.paused()) return;
    if (this.running) return this.running;
    this.clear();
    this.dirty = false;
    const at = this.now();
    this.running = (async () => {
      try {
        const result = await writeDesktopBackup(target, { now: new Date(at).toISOString(), activeProjectId: this.deps.activeProjectId(), passphrase: this.deps.passphrase() }, this.database);
        this.lastBackupMs = at;
        this.deps.onResult?.(result);
      } catch (error) {
        this.dirty = true;
        this.deps.onResult?.(error instanceof Error ? error : new Error(String(error)));
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private clear(): void {
    if (this.timer !== undefined) (this.deps.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
    this.timer = undefined;
  }
}
