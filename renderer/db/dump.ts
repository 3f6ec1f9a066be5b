/**
 * The database as rows (QUALITY.md R-S6): a copy of every table taken before a schema upgrade
 * runs, and the way back from such a copy. A copy is loaded into a scratch database at the version
 * that wrote it and upgraded there by the same schema chain as the app's own database, so a copy of
 * any released version restores through the ordinary restore path as a backup bundle.
 */
import Dexie from 'dexie';

import { BACKUP_FORMAT, DUMP_FORMAT, parseBackupText, serializeBackup } from '../../shared/backup';
import type { BackupBundle, DatabaseDump } from '../../shared/backup';
import type { Parsed } from '../../shared/model';
import { NewerDatabaseError, PlannerDB } from './database';
import { readAllProjects } from './projects';
import { CURRENT_DB_VERSION, SCHEMA_CHAIN } from './schema';
import { readSettings } from './settings';

/**
 * Database `name` opened at whatever version it is installed with (no version declared, so Dexie
 * opens it as it is and runs no upgrade); undefined when there is no such database. The caller
 * closes it.
 */
async function openInstalled(name: string): Promise<Dexie | undefined> {
  const installed = new Dexie(name);
  try {
    await installed.open();
    return installed;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return undefined;
    throw error;
  }
}

/**
 * The schema version database `name` is installed at, read without upgrading it; undefined when
 * there is no such database. Reads no rows.
 */
export async function installedVersion(name: string): Promise<number | undefined> {
  const installed = await openInstalled(name);
  installed?.close();
  return installed?.verno;
}

/**
 * Every table of the database `name` as it is installed, without opening it at the app's version
 * (which would run the upgrade first). Undefined when there is no such database.
 * @param now ISO timestamp of the copy
 */
export async function dumpDatabase(name: string, now: string): Promise<DatabaseDump | undefined> {
  const installed = await openInstalled(name);
  if (!installed) return undefined;
  try {
    const tables: Record<string, unknown[]> = {};
    await installed.transaction('r', installed.tables, async () => {
      for (const table of installed.tables) tables[table.name] = await table.toArray();
    });
    return { format: DUMP_FORMAT, version: 1, dbVersion: installed.verno, createdAt: now, tables };
  } finally {
    installed.close();
  }
}

/**
 * Creates database `name` as version `dbVersion` of the app did (its stores, no later step) and
 * writes the rows, all in one transaction.
 */
export async function loadDump(name: string, dbVersion: number, tables: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
  const old = new Dexie(name);
  for (const step of SCHEMA_CHAIN.filter((s) => s.version <= dbVersion)) old.version(step.version).stores(step.stores);
  try {
    await old.open();
    const unknown = Object.keys(tables).filter((table) => !old.tables.some((t) => t.name === table));
    if (unknown.length > 0) throw new Error(`数据库版本 ${dbVersion} 没有数据表 ${unknown.join('、')} / Database version ${dbVersion} has no table ${unknown.join(', ')}`);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows as unknown[]);
    });
  } finally {
    old.close();
  }
}

/**
 * The projects a database copy holds, upgraded to this version and validated as a backup bundle
 * is: the copy is loaded into a scratch database at its own version, the app opens that (running
 * the upgrades), reads every project, and the scratch database is deleted.
 * @param dump a copy taken before an upgrade (or by any released version)
 * @param fileName for messages
 * @param scratchName the scratch database (deleted before and after)
 */
export async function bundleFromDump(dump: DatabaseDump, fileName: string, scratchName = 'xinchuang-planner-dump-scratch'): Promise<Parsed<BackupBundle>> {
  // A copy from a newer app is refused as that app's database would be (R-S11).
  if (dump.dbVersion > CURRENT_DB_VERSION) throw new NewerDatabaseError(dump.dbVersion, CURRENT_DB_VERSION);
  await Dexie.delete(scratchName);
  try {
    await loadDump(scratchName, dump.dbVersion, dump.tables);
    const upgraded = new PlannerDB(scratchName);
    try {
      const projects = await readAllProjects(upgraded);
      const { activeProjectId } = await readSettings(upgraded);
      const bundle: BackupBundle = { format: BACKUP_FORMAT, version: 1, createdAt: dump.createdAt, projects };
      if (activeProjectId) bundle.activeProjectId = activeProjectId;
      // Every project through the project-file rules, as a bundle read from a file is.
      return parseBackupText(await serializeBackup(bundle), fileName);
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(scratchName);
  }
}
