/** Backups, restore sources and passphrase encryption (issue 7). Pure TypeScript. */
export { isEncrypted } from './passphrase';
export { DEFAULT_RETENTION, retentionCap, selectBackupsToKeep } from './retention';
export type { RetentionPolicy } from './retention';
export { backupFileName, parseBackupFileName } from './naming';
export type { BackupName } from './naming';
export {
  BACKUP_FORMAT,
  DUMP_FORMAT,
  checkBackupFile,
  checkBackupIntegrity,
  openBytes,
  parseBackupText,
  parseDumpText,
  parseRestoreText,
  sealProjectFile,
  sealText,
  serializeBackup,
  serializeDump,
  sha256Hex,
  verifyBackupBytes,
} from './envelope';
export type { BackupBundle, DatabaseDump, RestoreSource } from './envelope';
