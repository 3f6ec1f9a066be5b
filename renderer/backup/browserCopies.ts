/**
 * Where the web build keeps its copy of the database before a schema upgrade (QUALITY.md R-S6).
 * The web build has no backup folder (its backups are downloads), and a download started by the
 * app at start-up can be neither checked nor relied on. So the copy goes into a database of its
 * own in the same browser profile: written and read back by `backupBeforeUpgrade` (preUpgrade.ts)
 * exactly as into the desktop folder, before the app's database is opened and upgraded. Settings
 * lists these copies to restore, download or delete. Only these copies are kept here; periodic
 * backups stay downloads.
 *
 * The copy is as safe as the database beside it (the same origin's storage); it is sealed when
 * backups are set to be encrypted, as on the desktop.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';

import type { DesktopBackups } from '../platform';

/** The database the copies live in (never the app's own). */
export const BROWSER_COPIES_DB = 'xcplan-preupgrade-copies';

type CopyInfo = { name: string; size: number; modifiedAt: string };
type CopyData = { name: string; data: Uint8Array };

class CopiesDB extends Dexie {
  /** What a listing reads: a copy's bytes are read only when it is restored or downloaded. */
  info!: Table<CopyInfo, string>;
  data!: Table<CopyData, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ info: 'name', data: 'name' });
  }
}

/**
 * The browser's copies before upgrades, as a backup target.
 * @param name the database holding them (tests use their own)
 */
export function browserCopies(name = BROWSER_COPIES_DB): DesktopBackups {
  const db = new CopiesDB(name);
  return {
    write: async (file, data) => {
      const info = { name: file, size: data.length, modifiedAt: new Date().toISOString() };
      await db.transaction('rw', db.info, db.data, async () => {
        await db.data.put({ name: file, data });
        await db.info.put(info);
      });
      return info;
    },
    // Listing does not create the database: a profile that never upgraded has none.
    list: async () => ({ folder: '', files: (await Dexie.exists(name)) ? (await db.info.toArray()).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)) : [] }),
    read: async (file) => {
      const row = await db.data.get(file);
      if (!row) throw new Error(`no copy named ${file}`);
      return row.data;
    },
    remove: async (file) => {
      const known = (await db.info.get(file)) !== undefined;
      await db.transaction('rw', db.info, db.data, async () => {
        await db.info.delete(file);
        await db.data.delete(file);
      });
      return known;
    },
    // The browser has no secret storage: an encrypted copy asks for the passphrase.
    loadSecret: () => Promise.resolve(null),
    saveSecret: () => Promise.resolve(false),
  };
}
